#!/usr/bin/env bash
# packaging.manpage: format the man page the way lintian does and fail on any
# groff/man warning (lintian would report them as groff-message).
# Usage: check-manpage.sh PAGE.1.gz
set -euo pipefail
page=$1

warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) || {
    echo "man could not format $page:"; echo "$warnings"; exit 1; }
if [ -n "$warnings" ]; then
    echo "$page has formatting warnings:"
    echo "$warnings"
    exit 1
fi

# The sections IT and packaging rely on.
text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null)
for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES "SEE ALSO"; do
    grep -q "^$section\$" <<<"$text" || { echo "missing section: $section"; exit 1; }
done
echo "ok: $page formats without warnings and has all sections"
