#!/usr/bin/env bash
# packaging.destdir-install: `cmake --install BUILD --prefix /usr` into a
# DESTDIR staging folder (what distributions and CPack do) installs exactly
# the expected files, with the right modes, and nothing else.
# Usage: destdir-install.sh CMAKE BUILD_DIR DESTDIR EXPECTED_LIST
set -euo pipefail
cmake=$1
build=$2
dest=$3
expected=$4

rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
if ! DESTDIR="$dest" "$cmake" --install "$build" --prefix /usr >"$dest.log" 2>&1; then
    cat "$dest.log"; echo "FAIL: cmake --install"; exit 1
fi

status=0
while read -r path; do
    [ -n "$path" ] || continue
    if [ ! -f "$dest$path" ]; then echo "FAIL: missing $path"; status=1; fi
done <"$expected"

# Nothing unexpected (a stray install rule would show up here).
extra=$(cd "$dest" && find . -type f -o -type l | sed 's|^\.||' | sort | comm -23 - <(sort "$expected"))
if [ -n "$extra" ]; then echo "FAIL: not in the expected list:"; echo "$extra"; status=1; fi

# Executables are executable; everything else is not.
while read -r path; do
    case "$path" in
        */bin/*) [ -x "$dest$path" ] || { echo "FAIL: $path is not executable"; status=1; } ;;
        *) [ ! -x "$dest$path" ] || { echo "FAIL: $path should not be executable"; status=1; } ;;
    esac
done <"$expected"

# The units start the program this install put in place.
for unit in "$dest"/usr/lib/systemd/system/patient-kiosk.service "$dest"/usr/lib/systemd/system/patient-kiosk-x11.service; do
    program=$(grep '^ExecStart=' "$unit" | grep -o '[^ ]*/patient-kiosk\b' | head -n1)
    [ -x "$dest$program" ] || { echo "FAIL: $(basename "$unit") starts $program, which was not installed"; status=1; }
done

[ $status -eq 0 ] && echo "ok: $(wc -l <"$expected") files installed under DESTDIR, nothing else"
exit $status
