#!/usr/bin/env bash
# packaging.deb: build the .deb with cpack (as `cpack -G DEB` in the build
# dir does, but into a scratch folder), check its contents and control
# fields, then lintian with --fail-on error (warnings are printed, not fatal).
# Usage: deb-package.sh CPACK CPackConfig.cmake WORK_DIR EXPECTED_LIST DEB_NAME
set -euo pipefail
cpack=$1
config=$2
work=$3
expected=$4
debname=$5

rm -rf "$work"
mkdir -p "$work"
if ! "$cpack" -G DEB --config "$config" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1
fi
deb="$work/$debname"
[ -f "$deb" ] || { ls "$work"; echo "FAIL: $debname was not built"; exit 1; }
echo "built $debname ($(du -h "$deb" | cut -f1))"

status=0
fail() { echo "FAIL: $*"; status=1; }

# Contents: every expected file, nothing outside /usr, /etc.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents.txt"
while read -r path; do
    [ -n "$path" ] || continue
    grep -qxF "$path" "$work/contents.txt" || fail "not in the package: $path"
done <"$expected"
outside=$(grep -vE '^/(usr|etc)(/|$)|^/$' "$work/contents.txt" || true)
[ -z "$outside" ] || fail "files outside /usr and /etc: $outside"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = patient-kiosk ] || fail "Package is $(field Package)"
[ "$(field Section)" = education ] || fail "Section is $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
# libpam-systemd and dbus: the units' login session (PAMName=login runs
# pam_systemd, which reaches logind over D-Bus). libqt6sql6-sqlite: Qt SQL
# loads the SQLite driver as a plugin, so shlibdeps cannot find it, and
# without it the reading statistics only count in memory. libqrencode4:
# the QR codes (from shlibdeps).
for package in cage xwayland qt6-wayland libqt6webenginecore6-bin fonts-dejavu-core speech-dispatcher espeak-ng \
               libqt6webenginecore6 libqt6widgets6 libpam-systemd dbus libqt6sql6-sqlite libqrencode4; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package (Depends: $depends)"
done
# The X11 session's programs are only suggested: recommending xserver-xorg
# installed every X video and input driver on every kiosk.
recommends=$(field Recommends)
suggests=$(field Suggests)
for package in xserver-xorg xserver-xorg-core xinit xauth xserver-xorg-input-libinput; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends, $recommends" \
        && fail "$package is in Depends or Recommends (Recommends: $recommends)"
done
for package in xinit xserver-xorg-core xserver-xorg-input-libinput xauth; do
    grep -qE "(^|, )$package( |,|$)" <<<"$suggests" || fail "Suggests lacks $package (Suggests: $suggests)"
done
grep -qE "(^|, )libgl1-mesa-dri( |,|$)" <<<"$recommends" || fail "Recommends lacks libgl1-mesa-dri"

# Maintainer scripts and conffiles.
dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm; do
    [ -x "$work/control/$script" ] || fail "$script missing or not executable"
    sh -n "$work/control/$script" || fail "$script: syntax error"
done
# try-restart is fine (it only restarts a kiosk that is already running).
if grep -v '^[[:space:]]*#' "$work/control/postinst" | grep -qE \
        '(systemctl|deb-systemd-invoke|deb-systemd-helper)([[:space:]]+-[^[:space:]]+)*[[:space:]]+(enable|reenable|start|restart|unmask)([[:space:]]|$)'; then
    fail "postinst must not enable or start the kiosk"
fi
grep -qxF /etc/X11/patient-kiosk/xorg.conf "$work/control/conffiles" || fail "xorg.conf is not a conffile"
# The kiosk's config is IT's file, made by postinst from the example: not in
# the package, so not a conffile, so no upgrade ever asks about it.
grep -qxF /etc/xdg/patient-kiosk/patient-kiosk.conf "$work/contents.txt" \
    && fail "the package ships /etc/xdg/patient-kiosk/patient-kiosk.conf (upgrades would ask about it)"
grep -q patient-kiosk.conf "$work/control/conffiles" && fail "patient-kiosk.conf is a conffile"
grep -qxF /usr/share/patient-kiosk/patient-kiosk.conf.example "$work/contents.txt" \
    || fail "the example config is not in /usr/share/patient-kiosk"
for script in postinst prerm postrm; do
    ! grep -q '@[A-Z_]*@' "$work/control/$script" || fail "$script has an unfilled @VARIABLE@"
done

# lintian: errors fail the test; warnings and info are printed for the record.
echo "--- lintian"
if lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1; then
    cat "$work/lintian.txt"
    echo "--- lintian: no errors ($(grep -c '^W:' "$work/lintian.txt" || true) warnings)"
else
    cat "$work/lintian.txt"
    fail "lintian reported errors"
fi

[ $status -eq 0 ] && echo "ok: $debname"
exit $status
