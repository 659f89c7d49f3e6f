#!/usr/bin/env bash
# packaging.systemd-verify: systemd-analyze verify on the units exactly as
# they are installed (configured in the build dir, not rewritten).
# verify checks that each Exec*= program exists, so /usr/bin/cage and
# /usr/bin/xinit must be installed (packaging/install-build-deps.sh does);
# without them the test reports itself skipped rather than half-checking.
# Documentation=man:patient-kiosk(1) must resolve too: MANPATH points at the
# built man page.
# Usage: verify-units.sh UNIT_DIR MAN_DIR
set -euo pipefail
units=$1
mandir=$2

for program in /usr/bin/cage /usr/bin/xinit /usr/sbin/sysctl /usr/bin/systemd-tmpfiles /usr/bin/systemctl; do
    if [ ! -x "$program" ]; then
        echo "skipped: $program is not installed (run packaging/install-build-deps.sh)"
        exit 77
    fi
done

cd "$units"
# verify prints problems (unknown keys, bad values, missing programs) on
# stderr and does not always fail on them: any output is a failure here.
output=$(MANPATH="$mandir" SYSTEMD_LOG_COLOR=0 systemd-analyze verify ./*.service ./*.timer ./*.target 2>&1) || {
    echo "$output"; echo "systemd-analyze verify failed"; exit 1; }
if [ -n "$output" ]; then
    echo "$output"
    echo "systemd-analyze verify reported problems"
    exit 1
fi
echo "ok: $(ls | tr '\n' ' ')"
