#!/usr/bin/env python3
"""Readability gate for the bundled articles.

English: Flesch-Kincaid grade by GNU `style` (Debian package diction) must be
8.0 or lower, the average sentence 15 words or fewer, and no sentence over 25
words. Spanish: Fernández-Huerta 70 or higher, no sentence over 25 words.

The body is measured as a patient reads it: front matter removed, Markdown
syntax stripped, each heading and list item its own sentence.

Usage: readability.py [--style PATH] ARTICLES_DIR
"""
import argparse
import pathlib
import re
import subprocess
import sys

MAX_GRADE = 8.0
MAX_AVERAGE_WORDS = 15.0
MAX_SENTENCE_WORDS = 25
MIN_FERNANDEZ_HUERTA = 70.0


def body_text(path):
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:]
    blocks = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        s = re.sub(r"^#{1,6}\s*", "", s)
        s = re.sub(r"^([-*+]|\d+[.)])\s+", "", s)
        s = re.sub(r"^>\s*", "", s)
        s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        s = re.sub(r"[*_`]", "", s)
        # Every block (heading, list item, paragraph) ends a sentence.
        if not re.search(r"[.!?:][\"'”’]?$", s):
            s += "."
        blocks.append(s)
    return "\n\n".join(blocks)


def sentences(text):
    # A sentence ends at . ! ? (optionally followed by a closing quote) and
    # white space; decimals like 0.5 do not end one.
    # A line that ends in a colon introduces a list: it ends there too.
    parts = re.split(r"(?<=[.!?])[\"'”’)]?\s+|(?<=:)\n+", text)
    return [p for p in parts if re.search(r"\w", p)]


def words(text):
    return re.findall(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+(?:['’-][A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+)*", text)


def spanish_syllables(word):
    w = word.lower()
    count = 0
    for group in re.findall(r"[aeiouáéíóúü]+", w):
        count += 1
        for a, b in zip(group, group[1:]):
            # Two strong vowels, or an accented weak vowel, split a syllable (hiatus).
            if (a in "aeoáéó" and b in "aeoáéó") or a in "íú" or b in "íú":
                count += 1
    return max(1, count)


def check_english(path, style):
    text = body_text(path)
    out = subprocess.run([style, "-L", "en"], input=text, capture_output=True, text=True, check=True).stdout
    grade = float(re.search(r"Kincaid:\s*([-\d.]+)", out).group(1))
    average = float(re.search(r"sentences, average length ([\d.]+) words", out).group(1))
    longest, longest_text = max((len(words(s)), s) for s in sentences(text))
    problems = []
    if grade > MAX_GRADE:
        problems.append(f"Flesch-Kincaid grade {grade} is above {MAX_GRADE}")
    if average > MAX_AVERAGE_WORDS:
        problems.append(f"average sentence {average} words is above {MAX_AVERAGE_WORDS}")
    if longest > MAX_SENTENCE_WORDS:
        problems.append(f"a sentence of {longest} words is longer than {MAX_SENTENCE_WORDS}: \"{longest_text}\"")
    return f"grade {grade:4.1f}  avg {average:4.1f} words  longest {longest}", problems


def check_spanish(path):
    text = body_text(path)
    sents = sentences(text)
    ws = words(text)
    syllables = sum(spanish_syllables(w) for w in ws)
    p = syllables * 100.0 / len(ws)
    f = len(sents) * 100.0 / len(ws)
    score = 206.84 - 0.60 * p - 1.02 * f
    longest, longest_text = max((len(words(s)), s) for s in sents)
    problems = []
    if score < MIN_FERNANDEZ_HUERTA:
        problems.append(f"Fernández-Huerta {score:.1f} is below {MIN_FERNANDEZ_HUERTA}")
    if longest > MAX_SENTENCE_WORDS:
        problems.append(f"a sentence of {longest} words is longer than {MAX_SENTENCE_WORDS}: \"{longest_text}\"")
    return f"Fernández-Huerta {score:5.1f}  longest {longest}", problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--style", default="style")
    parser.add_argument("articles")
    args = parser.parse_args()
    root = pathlib.Path(args.articles)
    passed = failed = 0
    for path in sorted(root.glob("*/*.md")):
        language = path.parent.name
        if language == "en":
            summary, problems = check_english(path, args.style)
        elif language == "es":
            summary, problems = check_spanish(path)
        else:
            continue
        name = f"{language}/{path.name}"
        if problems:
            failed += 1
            for problem in problems:
                print(f"{path}:1: error: {problem}; shorten sentences and use everyday words")
        else:
            passed += 1
        print(f"  {name:45s} {summary}")
    if passed + failed == 0:
        print(f"no articles found under {root}")
        return 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
