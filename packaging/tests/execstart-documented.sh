#!/usr/bin/env bash
# packaging.execstart-documented: the command lines the units run are the ones
# docs/IT.md tells IT about, word for word, and every kiosk option they use is
# in the man page. The units carry the configured bindir; IT.md documents the
# Debian package (/usr/bin), so the configured bindir is read as /usr/bin.
# Usage: execstart-documented.sh UNIT_DIR IT.md patient-kiosk.1.in BINDIR
set -euo pipefail
units=$1
itmd=$2
manpage=$3
bindir=$4

status=0
for unit in patient-kiosk.service patient-kiosk-x11.service patient-kiosk-nightly-restart.service; do
    lines=$(grep '^ExecStart=' "$units/$unit")
    [ "$(wc -l <<<"$lines")" -eq 1 ] || { echo "FAIL: $unit must have exactly one ExecStart="; status=1; continue; }
    line=${lines//"$bindir/"/"/usr/bin/"}
    if grep -qxF -- "$line" "$itmd"; then
        echo "ok: $unit: $line"
    else
        echo "FAIL: $unit runs"
        echo "    $line"
        echo "but $itmd does not show that line (on a line of its own)."
        status=1
    fi
    # The kiosk's own options: the words after ".../patient-kiosk" up to "--".
    args=$(sed -n 's|.*/patient-kiosk\( .*\)\?$|\1|p' <<<"$line" | sed 's/ -- .*//')
    for option in $args; do
        escaped=${option//-/\\-}
        if ! grep -qF -- "$escaped" "$manpage"; then
            echo "FAIL: $unit uses $option, which the man page does not document"
            status=1
        fi
        if ! grep -qF -- "\`$option\`" "$itmd"; then
            echo "FAIL: $unit uses $option, which $itmd does not explain"
            status=1
        fi
    done
done
exit $status
