#!/bin/bash
# cli_asleep_metrics: the real kiosk, started outside the clinic's hours with
# health metrics on, reports patient_kiosk_display_awake 0. The frozen-screen
# alert fires only while that gauge is 1, so without this wiring (main()
# connects the schedule to the metrics) every kiosk would page IT each night.
# Going to sleep switches the backlight off; a backlight that cannot be
# switched (here a sysfs device that does not exist) is counted, because
# that screen stays lit all night and only the metrics tell IT.
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
backlight=sysfs
backlight_device=no-such-panel
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
grep -q 'backlight cannot be switched' "$work/kiosk.log" || {
    tail -20 "$work/kiosk.log"
    echo "FAIL: the log does not say the backlight cannot be switched"
    exit 1
}
# The failure comes after the first write: the next may be 15 s later.
for _ in $(seq 1 80); do
    grep -q '^patient_kiosk_backlight_failures_total 1$' "$work/patient-kiosk.prom" 2>/dev/null && break
    sleep 0.5
done
if ! grep -q '^patient_kiosk_backlight_failures_total 1$' "$work/patient-kiosk.prom"; then
    echo "FAIL: no 'patient_kiosk_backlight_failures_total 1' after a failed switch; the file says:"
    grep backlight "$work/patient-kiosk.prom" || echo "(no backlight series)"
    exit 1
fi
echo "ok: asleep outside the hours, the metrics say display_awake 0 and count the backlight's failure"
