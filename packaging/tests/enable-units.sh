#!/usr/bin/env bash
# packaging.systemd-enable: what `systemctl enable` does with the units, in a
# scratch root (systemctl --root works offline, without a running systemd):
#  - enabling either kiosk unit links it into graphical.target.wants and,
#    through Also=, aliases ctrl-alt-del.target to
#    patient-kiosk-ctrl-alt-del.target (Ctrl+Alt+Del does nothing);
#  - disabling removes both again (Ctrl+Alt+Del reboots again);
#  - the nightly timer goes into timers.target.wants.
# Usage: enable-units.sh UNIT_DIR SCRATCH_DIR
set -euo pipefail
units=$1
root=$2

rm -rf "$root"
mkdir -p "$root/usr/lib/systemd/system" "$root/etc/systemd/system"
cp "$units"/* "$root/usr/lib/systemd/system/"
# The targets the units refer to, as Debian ships them (ctrl-alt-del.target is
# a symlink to reboot.target there).
for target in graphical.target timers.target reboot.target; do
    printf '[Unit]\nDescription=%s stand-in\n' "$target" >"$root/usr/lib/systemd/system/$target"
done
ln -s reboot.target "$root/usr/lib/systemd/system/ctrl-alt-del.target"

sc() { systemctl --root="$root" --no-reload "$@"; }
etc="$root/etc/systemd/system"
fail() { echo "FAIL: $*"; find "$etc" -printf '%P -> %l\n'; exit 1; }

for unit in patient-kiosk.service patient-kiosk-x11.service; do
    sc enable "$unit" >/dev/null 2>&1 || fail "systemctl enable $unit"
    [ -L "$etc/graphical.target.wants/$unit" ] || fail "$unit not in graphical.target.wants"
    [ "$(readlink "$etc/ctrl-alt-del.target")" = /usr/lib/systemd/system/patient-kiosk-ctrl-alt-del.target ] \
        || fail "enabling $unit did not alias ctrl-alt-del.target"
    [ "$(sc is-enabled "$unit")" = enabled ] || fail "$unit is not enabled"
    sc disable "$unit" >/dev/null 2>&1 || fail "systemctl disable $unit"
    [ ! -e "$etc/graphical.target.wants/$unit" ] || fail "$unit still wanted after disable"
    [ ! -L "$etc/ctrl-alt-del.target" ] || fail "disabling $unit left the ctrl-alt-del.target alias"
done

sc enable patient-kiosk-nightly-restart.timer >/dev/null 2>&1 || fail "enable timer"
[ -L "$etc/timers.target.wants/patient-kiosk-nightly-restart.timer" ] || fail "timer not in timers.target.wants"
sc disable patient-kiosk-nightly-restart.timer >/dev/null 2>&1

# Nothing enabled is left behind.
leftover=$(find "$etc" -type l)
[ -z "$leftover" ] || fail "links left after disable: $leftover"
echo "ok: enable/disable of the kiosk units, the Ctrl+Alt+Del alias and the nightly timer"
