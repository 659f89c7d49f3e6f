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
for package in cage xwayland qt6-wayland libqt6webenginecore6-bin fonts-dejavu-core speech-dispatcher espeak-ng \
               libqt6webenginecore6 libqt6widgets6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package (Depends: $depends)"
done
recommends=$(field Recommends)
for package in xserver-xorg xinit; do
    grep -qE "(^|, )$package( |,|$)" <<<"$recommends" || fail "Recommends lacks $package"
done

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
for conffile in /etc/xdg/patient-kiosk/patient-kiosk.conf /etc/X11/patient-kiosk/xorg.conf; do
    grep -qxF "$conffile" "$work/control/conffiles" || fail "$conffile is not a conffile"
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
