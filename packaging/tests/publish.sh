#!/usr/bin/env bash
# packaging.publish: patient-kiosk-publish puts an editor's folder live with
# modes the kiosk's account can read, whatever the editor's umask was; it
# refuses content with errors and leaves the live folder as it was.
# Usage: publish.sh PUBLISH_SCRIPT PATIENT_KIOSK SOURCE_CONTENT BROKEN_ARTICLE WORK_DIR
set -euo pipefail
publish=$1
export PATIENT_KIOSK=$2
good=$3
broken=$4
work=$5

rm -rf "$work"
mkdir -p "$work/var"
status=0
fail() { echo "FAIL: $*"; status=1; }
listing() { (cd "$1" && find . -type f -exec sha256sum {} + | sort); }

# An editor's copy made with umask 077: private folders and files.
(umask 077 && cp -R "$good" "$work/edited")
[ "$(stat -c %a "$work/edited/articles")" = 700 ] || fail "setup: the edited copy is not private"
live="$work/var/content"
mkdir -p "$live/articles/en"
cp "$good/articles/en/session-day.md" "$live/articles/en/old-article.md"

"$publish" "$work/edited" "$live" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; fail "publish of good content failed"; }
wrong_dirs=$(find "$live" -type d ! -perm 0755)
wrong_files=$(find "$live" -type f ! -perm 0644)
[ -z "$wrong_dirs" ] || fail "folders not 0755: $wrong_dirs"
[ -z "$wrong_files" ] || fail "files not 0644: $wrong_files"
[ ! -e "$live/articles/en/old-article.md" ] || fail "a file the editor removed is still live"
cmp -s "$good/topics.yaml" "$live/topics.yaml" || fail "topics.yaml differs from the edited copy"
leftovers=$(find "$work/var" -maxdepth 1 -name '.content-*')
[ -z "$leftovers" ] || fail "staging folders left behind: $leftovers"

# Read as an account that is not root and owns nothing here: every article.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    out=$(setpriv --reuid=nobody --regid=nogroup --clear-groups "$PATIENT_KIOSK" --check-content "$live" 2>/dev/null) \
        || fail "the published folder does not pass --check-content as nobody"
    articles=$(find "$good/articles" -name '*.md' | wc -l)
    grep -q "$articles articles checked, 0 errors" <<<"$out" || fail "as nobody: $(tail -1 <<<"$out")"
fi

# Content with an error is refused, and the live folder is left exactly as it was.
before=$(listing "$live")
cp -R "$good" "$work/broken"
cp "$broken" "$work/broken/articles/en/"
if "$PATIENT_KIOSK" --check-content "$work/broken" >/dev/null 2>&1; then fail "setup: the broken copy passes the check"; fi
set +e
"$publish" "$work/broken" "$live" >/dev/null 2>"$work/broken.log"
code=$?
set -e
[ "$code" = 1 ] || fail "publishing content with errors exited $code, not 1"
grep -q "nothing was published" "$work/broken.log" || fail "no plain refusal: $(cat "$work/broken.log")"
[ "$(listing "$live")" = "$before" ] || fail "the live folder changed after a refused publish"

# A dry run changes nothing.
rm -rf "$work/edited/articles/en/session-day.md"
"$publish" --dry-run "$work/edited" "$live" >/dev/null 2>&1 || fail "dry run of good content failed"
[ "$(listing "$live")" = "$before" ] || fail "a dry run changed the live folder"

[ "$status" = 0 ] && echo "ok: published with readable modes, refused broken content, dry run changed nothing"
exit "$status"
