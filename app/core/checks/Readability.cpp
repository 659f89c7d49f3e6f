#include "Readability.h"

#include <QRegularExpression>

QString Readability::plainText(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s*"));
    static const QRegularExpression listMarker(QStringLiteral("^([-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression quote(QStringLiteral("^>\\s*"));
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("[*_`]"));
    static const QRegularExpression endsSentence(QStringLiteral("[.!?:][\"'”’]?$"));

    QStringList blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        line.remove(heading);
        line.remove(listMarker);
        line.remove(quote);
        line.remove(image);
        line.replace(link, QStringLiteral("\\1"));
        line.remove(emphasis);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // Every block (heading, list item, paragraph line) ends a sentence.
        if (!endsSentence.match(line).hasMatch())
            line += QLatin1Char('.');
        blocks.append(line);
    }
    return blocks.join(QStringLiteral("\n\n"));
}

QStringList Readability::sentences(const QString &plainText)
{
    // A sentence ends at . ! ? (with an optional closing quote) before white
    // space, or at a colon that ends a line (a list's lead-in). "0.5" does not end one.
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])[\"'”’)]?\\s+|(?<=:)\\n+"));
    static const QRegularExpression hasWord(QStringLiteral("\\w"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    const QStringList parts = plainText.split(boundary);
    for (const QString &part : parts) {
        if (hasWord.match(part).hasMatch())
            result.append(part.simplified());
    }
    return result;
}

QStringList Readability::words(const QString &text)
{
    // Hyphenated words, decimals ("0.5") and "mg/kg" are one word each, as in GNU style.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\d]+(?:[-'’./][\\p{L}\\d]+)*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList result;
    for (auto it = word.globalMatch(text); it.hasNext();)
        result.append(it.next().captured(0));
    return result;
}

int Readability::englishSyllables(const QString &input)
{
    // GNU style's rule, measured against it word by word: count groups of
    // vowels (y included), drop one when the word ends in a vowel ("idea",
    // "people") or in "ed" ("needed"), and never go below one.
    const QString w = input.toLower();
    static const QRegularExpression vowelGroup(QStringLiteral("[aeiouy]+"));
    int count = 0;
    for (auto it = vowelGroup.globalMatch(w); it.hasNext(); it.next())
        ++count;
    // A silent final vowel ("make") or "-ed" ("walked") adds no syllable.
    const bool silentEnding =
        (!w.isEmpty() && QStringLiteral("aeiouy").contains(w.back())) || w.endsWith(QLatin1String("ed"));
    if (silentEnding)
        --count;
    return qMax(1, count);
}

int Readability::spanishSyllables(const QString &input)
{
    const QString w = input.toLower();
    static const QString vowels = QStringLiteral("aeiouáéíóúü");
    static const QString strong = QStringLiteral("aeoáéó");
    static const QString accentedWeak = QStringLiteral("íú");
    int count = 0;
    QChar previous;
    bool inGroup = false;
    for (const QChar c : w) {
        if (!vowels.contains(c)) {
            inGroup = false;
            continue;
        }
        // A new vowel group, or a hiatus inside one (two strong vowels, or an
        // accented weak one, split into two syllables), starts a syllable.
        const bool hiatus = (strong.contains(previous) && strong.contains(c)) || accentedWeak.contains(previous)
                            || accentedWeak.contains(c);
        if (!inGroup || hiatus)
            ++count;
        inGroup = true;
        previous = c;
    }
    return qMax(1, count);
}

Readability::Scores Readability::measure(const QString &markdown, const QString &language, int longSentenceWords)
{
    Scores scores;
    const QString text = plainText(markdown);
    const QStringList allSentences = sentences(text);
    const bool spanish = language == QLatin1String("es");
    for (const QString &sentence : allSentences) {
        const QStringList sentenceWords = words(sentence);
        if (sentenceWords.isEmpty())
            continue;
        ++scores.sentences;
        scores.words += int(sentenceWords.size());
        for (const QString &w : sentenceWords)
            scores.syllables += spanish ? spanishSyllables(w) : englishSyllables(w);
        if (sentenceWords.size() > scores.longestSentenceWords) {
            scores.longestSentenceWords = int(sentenceWords.size());
            scores.longestSentence = sentence;
        }
        if (sentenceWords.size() > longSentenceWords)
            scores.sentencesOver.append(sentence);
    }
    if (scores.words == 0 || scores.sentences == 0)
        return scores;
    const double wordsPerSentence = double(scores.words) / scores.sentences;
    const double syllablesPerWord = double(scores.syllables) / scores.words;
    scores.averageSentenceWords = wordsPerSentence;
    scores.fleschKincaidGrade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    scores.fernandezHuerta = 206.84 - 0.60 * (syllablesPerWord * 100.0) - 1.02 * (100.0 / wordsPerSentence);
    return scores;
}
