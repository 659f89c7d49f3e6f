#!/bin/bash
# cli_asleep_metrics: the real kiosk, started outside the clinic's hours with
# health metrics on, reports patient_kiosk_display_awake 0. The frozen-screen
# alert fires only while that gauge is 1, so without this wiring (main()
# connects the schedule to the metrics) every kiosk would page IT each night.
# Usage: asleep-metrics.sh PATIENT_KIOSK
set -euo pipefail
program=$1
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

# Open one hour on a day that is not today: asleep all day.
other=Mon
[ "$(LC_ALL=C date +%a)" = Mon ] && other=Tue
mkdir -p "$work/state"
cat >"$work/kiosk.conf" <<CONF
[display]
hours="$other 08:00-09:00"
[metrics]
textfile=$work/patient-kiosk.prom
[staff]
state_file=$work/state/staff-state.ini
audit_log=$work/state/audit.log
[usage]
database=
CONF

"$program" --windowed --config "$work/kiosk.conf" >"$work/kiosk.log" 2>&1 &
pid=$!
# The writer writes at once and then at most every 15 s.
for _ in $(seq 1 90); do
    grep -q '^patient_kiosk_display_awake 0$' "$work/patient-kiosk.prom" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/kiosk.log"; echo "FAIL: the kiosk exited"; exit 1; }
    sleep 0.5
done
if ! grep -q '^patient_kiosk_display_awake 0$' "$work/patient-kiosk.prom" 2>/dev/null; then
    echo "FAIL: no 'patient_kiosk_display_awake 0' while asleep; the file says:"
    grep display_awake "$work/patient-kiosk.prom" 2>/dev/null || echo "(no metrics file)"
    tail -20 "$work/kiosk.log"
    exit 1
fi
grep -q '^patient_kiosk_up 1$' "$work/patient-kiosk.prom" || { echo "FAIL: up is not 1"; exit 1; }
grep -q 'kiosk.display' "$work/kiosk.log" || { echo "FAIL: the log does not say the screen went to sleep"; exit 1; }
echo "ok: asleep outside the hours, and the metrics say display_awake 0"
