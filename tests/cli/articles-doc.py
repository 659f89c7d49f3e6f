#!/usr/bin/env python3
"""docs/ARTICLES.md (shipped as /usr/share/doc/patient-kiosk/ARTICLES.md)
explains every --check-content message: each message of the broken-content
corpus (tests/content/broken/expected.tsv, 4th column) and each message the
folder and permission checks give appears in it verbatim.

Usage: articles-doc.py EXPECTED_TSV ARTICLES_MD. Exits 1 naming what is missing."""
import sys

PERMISSION_MESSAGES = [
    "folder cannot be opened, so nothing in it is shown",
    "cannot be read, so it is not shown",
    "folder cannot be opened by the kiosk's user",
    "cannot be read by the kiosk's user",
    "content revision",
]


def main():
    doc = open(sys.argv[2], encoding="utf-8").read()
    wanted = []
    for line in open(sys.argv[1], encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 4:
            wanted.append(fields[3])
    wanted += PERMISSION_MESSAGES
    missing = [m for m in wanted if m not in doc]
    for message in missing:
        print(f"{sys.argv[2]}: does not explain the message: {message}")
    print(f"{len(wanted) - len(missing)} of {len(wanted)} messages explained")
    return 1 if missing or len(wanted) < 30 else 0


if __name__ == "__main__":
    sys.exit(main())
