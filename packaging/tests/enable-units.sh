#!/usr/bin/env bash
# packaging.systemd-enable: what `systemctl enable` does with the units, in a
# scratch root (systemctl --root works offline, without a running systemd):
#  - enabling either kiosk unit links it into graphical.target.wants;
#  - enabling patient-kiosk-ctrl-alt-del.target aliases ctrl-alt-del.target
#    to it (Ctrl+Alt+Del does nothing), independently of the kiosk units:
#    switching cage -> X11 -> cage, in either order of enable and disable,
#    keeps the alias at every step (it used to come and go with each unit's
#    Also=, so "enable x11, then disable cage" dropped it);
#  - disabling the target removes the alias (Ctrl+Alt+Del reboots again);
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

alias_target=/usr/lib/systemd/system/patient-kiosk-ctrl-alt-del.target
protected() { [ "$(readlink "$etc/ctrl-alt-del.target" 2>/dev/null)" = "$alias_target" ]; }
enabled() { [ -L "$etc/graphical.target.wants/$1" ] && [ "$(sc is-enabled "$1")" = enabled ]; }
disabled() { [ ! -e "$etc/graphical.target.wants/$1" ] && [ "$(sc is-enabled "$1" || true)" = disabled ]; }
step() { # description, then the systemctl arguments
    local what=$1
    shift
    sc "$@" >/dev/null 2>&1 || fail "$what: systemctl $*"
}

# Each kiosk unit alone: it goes into graphical.target and back out, and
# touches Ctrl+Alt+Del neither way.
for unit in patient-kiosk.service patient-kiosk-x11.service; do
    step "enable $unit" enable "$unit"
    enabled "$unit" || fail "$unit not enabled (graphical.target.wants)"
    ! protected || fail "enabling $unit alone changed ctrl-alt-del.target"
    step "disable $unit" disable "$unit"
    disabled "$unit" || fail "$unit still enabled after disable"
done

# Install as documented: the cage unit and the protection.
step "install" enable patient-kiosk.service patient-kiosk-ctrl-alt-del.target
enabled patient-kiosk.service || fail "install: cage unit not enabled"
protected || fail "install: ctrl-alt-del.target is not aliased to the kiosk's target"

# (--now, as IT.md writes it, cannot start anything under --root.)
# cage -> X11 the documented way (disable, then enable), X11 -> cage the
# other way round (enable first, then disable: the order that used to drop
# the protection), then once more each way. The alias holds at every step.
step "cage -> X11: disable cage" disable patient-kiosk.service
protected || fail "cage -> X11: disabling the cage unit removed the Ctrl+Alt+Del protection"
step "cage -> X11: enable X11" enable patient-kiosk-x11.service
protected || fail "cage -> X11: protection lost after enabling X11"
enabled patient-kiosk-x11.service && disabled patient-kiosk.service || fail "cage -> X11: wrong units enabled"

step "X11 -> cage: enable cage" enable patient-kiosk.service
protected || fail "X11 -> cage: protection lost after enabling cage"
step "X11 -> cage: disable X11" disable patient-kiosk-x11.service
protected || fail "X11 -> cage: disabling the X11 unit removed the Ctrl+Alt+Del protection"
enabled patient-kiosk.service && disabled patient-kiosk-x11.service || fail "X11 -> cage: wrong units enabled"

step "cage -> X11 again: enable X11" enable patient-kiosk-x11.service
step "cage -> X11 again: disable cage" disable patient-kiosk.service
protected || fail "cage -> X11 again: protection lost"
step "X11 -> cage again: disable X11" disable patient-kiosk-x11.service
protected || fail "X11 -> cage again: protection lost with no kiosk unit enabled"
step "X11 -> cage again: enable cage" enable patient-kiosk.service
protected || fail "X11 -> cage again: protection lost"

# Only disabling the target itself gives Ctrl+Alt+Del back.
step "disable cage" disable patient-kiosk.service
step "disable the protection" disable patient-kiosk-ctrl-alt-del.target
[ ! -L "$etc/ctrl-alt-del.target" ] || fail "disabling patient-kiosk-ctrl-alt-del.target left the alias"

sc enable patient-kiosk-nightly-restart.timer >/dev/null 2>&1 || fail "enable timer"
[ -L "$etc/timers.target.wants/patient-kiosk-nightly-restart.timer" ] || fail "timer not in timers.target.wants"
sc disable patient-kiosk-nightly-restart.timer >/dev/null 2>&1

# Nothing enabled is left behind.
leftover=$(find "$etc" -type l)
[ -z "$leftover" ] || fail "links left after disable: $leftover"
echo "ok: enable/disable of the kiosk units, Ctrl+Alt+Del protection kept across cage <-> X11 switches, the nightly timer"
