#!/usr/bin/env bash
# packaging.sysusers-tmpfiles: apply the package's sysusers.d and tmpfiles.d
# files to a scratch root, as postinst does on a real machine, and check the
# kiosk user, the folders and the config's mode and group.
# Usage: sysusers-tmpfiles.sh GENERATED_SYSTEM_DIR SCRATCH_ROOT STATE_DIR CONFIG_FILE
set -euo pipefail
src=$1
root=$2
state=$3
config=$4

rm -rf "$root"
mkdir -p "$root/usr/lib/sysusers.d" "$root/usr/lib/tmpfiles.d" "$root/etc" "$(dirname "$root$config")"
cp "$src/sysusers.conf" "$root/usr/lib/sysusers.d/patient-kiosk.conf"
cp "$src/tmpfiles.conf" "$root/usr/lib/tmpfiles.d/patient-kiosk.conf"
echo "[clinic]" >"$root$config"
chmod 0644 "$root$config"

fail() { echo "FAIL: $*"; exit 1; }

systemd-sysusers --root="$root" patient-kiosk.conf || fail "systemd-sysusers"
entry=$(grep '^kiosk:' "$root/etc/passwd") || fail "no kiosk user in passwd"
IFS=: read -r _ _ uid gid _ home shell <<<"$entry"
[ "$uid" -lt 1000 ] || fail "kiosk is not a system user (uid $uid)"
[ "$home" = "$state/home" ] || fail "home is $home, expected $state/home"
[ "$shell" = /usr/sbin/nologin ] || fail "shell is $shell"
grep -q "^kiosk:x:$gid:" "$root/etc/group" || fail "no kiosk group"

systemd-tmpfiles --root="$root" --create patient-kiosk.conf || fail "systemd-tmpfiles"
check() { # path mode uid gid
    [ -e "$root$1" ] || fail "$1 was not created"
    actual=$(stat -c '%a %u %g' "$root$1")
    [ "$actual" = "$2 $3 $4" ] || fail "$1 is '$actual', expected '$2 $3 $4'"
}
check "$state" 755 0 0
check "$state/content" 755 0 0
check "$state/home" 700 "$uid" "$gid"
check "$state/state" 700 "$uid" "$gid"
check "$config" 640 0 "$gid"
echo "ok: kiosk user (uid $uid), folders and config mode"
