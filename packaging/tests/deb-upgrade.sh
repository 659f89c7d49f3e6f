#!/usr/bin/env bash
# packaging.deb-upgrade: upgrades never ask and never lose the staff PIN.
#
# Installs the package built by packaging.deb into throw-away directory trees
# with dpkg --root (the maintainer scripts run on this machine with
# DPKG_ROOT set, and touch only that tree), then upgrades it the way
# unattended-upgrades and Ansible do: stdin closed, no --force-conf*. Three
# more packages are made from the built one with dpkg-deb:
#   NEXT        this version + 1, whose example config changed
#   OLD         the 0.1.0 layout: the config shipped in /etc as a conffile
#               (where the old --set-pin wrote the PIN hash)
#   OLD_NEXT    the 0.1.0 layout with a changed config, for the control run
# and checks:
#   A. this version -> NEXT, with a PIN set by `patient-kiosk --set-pin` and
#      the config edited: exit 0, no prompt, configured, PIN file and the
#      edit unchanged.
#   B. OLD with the hash in its edited conffile -> this version -> NEXT:
#      exit 0, no prompt, configured, the hash moved into the PIN file (0600,
#      the kiosk user's) and out of the config, the edit kept; then purge.
#   C. control: OLD -> OLD_NEXT with the conffile edited must fail here
#      (dpkg's conffile prompt, with nobody to answer), or this test could
#      not see the bug it exists for.
# Nothing outside WORK_DIR is written. Exit 77 (skipped) without root or a tool.
# Usage: deb-upgrade.sh DEB WORK_DIR
set -euo pipefail
# Absolute: dpkg --root runs the maintainer scripts by their path in the tree.
deb=$(realpath -m "$1")
work=$(realpath -m "$2")

skip() { echo "skipped: $*"; exit 77; }
[ "$(id -u)" = 0 ] || skip "needs root (dpkg --root chowns files to the kiosk user of the scratch tree)"
for tool in dpkg dpkg-deb systemd-sysusers systemd-tmpfiles systemctl awk md5sum; do
    command -v "$tool" >/dev/null || skip "$tool not found"
done
[ -f "$deb" ] || { echo "FAIL: $deb not found (packaging.deb builds it)"; exit 1; }

rm -rf "$work"
mkdir -p "$work"
config=/etc/xdg/patient-kiosk/patient-kiosk.conf
example=/usr/share/patient-kiosk/patient-kiosk.conf.example
state=/var/lib/patient-kiosk/state
version=$(dpkg-deb -f "$deb" Version)

status=0
fail() { echo "FAIL: $*"; status=1; }
die() { echo "FAIL: $*"; exit 1; }

# --- The packages -------------------------------------------------------------
# repack OUT VERSION FUNCTION: unpack the built package, set its version, let
# FUNCTION change the tree, pack it again (with fresh md5sums).
repack() {
    local out=$1 new_version=$2 change=$3 tree
    tree=$(mktemp -d "$work/repack.XXXXXX")
    dpkg-deb -R "$deb" "$tree"
    sed -i "s/^Version: .*/Version: $new_version/" "$tree/DEBIAN/control"
    "$change" "$tree"
    (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
        >"$tree/DEBIAN/md5sums"
    dpkg-deb --root-owner-group -b "$tree" "$out" >/dev/null
    rm -rf "$tree"
}
changed_example() { printf '\n; New in the next version: an example that changed.\n' >>"$1$example"; }
old_layout() { # the config in /etc, a conffile, as 0.1.0 shipped it
    mkdir -p "$1$(dirname "$config")"
    cp "$1$example" "$1$config"
    echo "$config" >>"$1/DEBIAN/conffiles"
}
old_layout_changed() { old_layout "$1"; changed_example "$1"; cp "$1$example" "$1$config"; }

next=$work/next.deb
old=$work/old.deb
old_next=$work/old-next.deb
repack "$next" "$version+next1" changed_example
repack "$old" "$version~old1" old_layout
repack "$old_next" "$version~old2" old_layout_changed

# --- Helpers ------------------------------------------------------------------
new_root() {
    rm -rf "$1"
    mkdir -p "$1/var/lib/dpkg/info" "$1/var/lib/dpkg/updates" "$1/var/lib/dpkg/triggers" "$1/etc" "$1/var/log"
    : >"$1/var/lib/dpkg/status"
    : >"$1/var/lib/dpkg/available"
}
# dpkg ROOT ARGS...: non-interactive (stdin closed), no --force-conf*; the
# package's dependencies are not in the tree (--force-depends).
run_dpkg() {
    local root=$1
    shift
    dpkg --root="$root" --log="$root/var/log/dpkg.log" --force-script-chrootless --force-depends \
        --force-not-root "$@" </dev/null >"$work/dpkg.out" 2>&1
}
show_dpkg() { sed 's/^/    dpkg: /' "$work/dpkg.out"; }
installed() { # root, version
    local got
    got=$(dpkg --root="$1" -s patient-kiosk 2>/dev/null | awk -F': ' '$1 == "Status" || $1 == "Version" { print $2 }' |
        paste -sd ' ')
    [ "$got" = "install ok installed $2" ] || { echo "    status: $got"; return 1; }
}
asked() { grep -qE "Configuration file|conffile|\\*\\*\\* .* \\(Y/I/N/O/D/Z\\)" "$work/dpkg.out"; }
upgrade() { # root, deb, version, scenario
    if ! run_dpkg "$1" -i "$2"; then
        show_dpkg
        fail "$4: upgrade to $3 exited non-zero"
    fi
    ! asked || { show_dpkg; fail "$4: the upgrade to $3 asked a question"; }
    installed "$1" "$3" || fail "$4: patient-kiosk $3 is not configured after the upgrade"
}
kiosk_ids() { awk -F: '$1 == "kiosk" { print $3 ":" $4 }' "$1/etc/passwd"; }
pin_hash() { sed -n 's/^pin_hash[[:space:]]*=[[:space:]]*//p' "$1"; }
check_pin_file() { # root, expected hash, scenario
    local file=$1$state/pin
    [ -f "$file" ] || { fail "$3: no PIN file $state/pin"; return; }
    [ "$(pin_hash "$file")" = "$2" ] || fail "$3: the PIN hash changed or went missing: $(cat "$file")"
    [ "$(stat -c '%a %u:%g' "$file")" = "600 $(kiosk_ids "$1")" ] \
        || fail "$3: PIN file is $(stat -c '%a %u:%g' "$file"), expected 600 and the kiosk user ($(kiosk_ids "$1"))"
}

# --- A: this version -> NEXT --------------------------------------------------
a=$work/root-a
new_root "$a"
run_dpkg "$a" -i "$deb" || { show_dpkg; die "A: installing $version exited non-zero"; }
installed "$a" "$version" || die "A: $version is not configured after install"
[ -f "$a$config" ] || die "A: postinst did not create $config from the example"
# IT's edit: the clinic's name.
sed -i 's/^;name=Riverside Clinic$/name=Riverside Clinic/' "$a$config"
grep -qx 'name=Riverside Clinic' "$a$config" || die "A: could not edit the config"
# The PIN, set the way IT does, with the package's own binary; only the state
# folder points into the scratch tree.
printf '[staff]\nstate_file=%s\n' "$a$state/staff-state.ini" >"$work/it.conf"
config_before=$(md5sum <"$a$config")
printf '482915\n' | "$a/usr/bin/patient-kiosk" --set-pin --config "$work/it.conf" >"$work/set-pin.out" 2>&1 \
    || { cat "$work/set-pin.out"; die "A: patient-kiosk --set-pin failed"; }
hash=$(pin_hash "$a$state/pin")
[ -n "$hash" ] || die "A: --set-pin wrote no hash to $state/pin"
check_pin_file "$a" "$hash" "A, after --set-pin"
[ "$(md5sum <"$a$config")" = "$config_before" ] || fail "A: --set-pin changed the config"

upgrade "$a" "$next" "$version+next1" "A"
check_pin_file "$a" "$hash" "A"
grep -qx 'name=Riverside Clinic' "$a$config" || fail "A: the upgrade lost IT's edit of the config"
grep -q 'New in the next version' "$a$example" || fail "A: the new example did not arrive in $example"
! grep -q 'New in the next version' "$a$config" || fail "A: the upgrade rewrote IT's config"
[ "$status" -eq 0 ] && echo "ok: A: $version -> $version+next1 with a PIN and an edited config"

# --- B: the 0.1.0 layout -> this version -> NEXT -------------------------------
b=$work/root-b
new_root "$b"
run_dpkg "$b" -i "$old" || { show_dpkg; die "B: installing the old layout exited non-zero"; }
grep -qxF "$config" "$b/var/lib/dpkg/info/patient-kiosk.conffiles" || die "B: the old layout has no conffile"
# What 0.1.0's --set-pin left: the hash in the conffile's [staff] section (the
# last one), next to an edit of IT's.
sed -i 's/^;name=Riverside Clinic$/name=Northside Clinic/' "$b$config"
grep '^pin_' "$a$state/pin" >>"$b$config"
rm -f "$b$state/pin"
[ "$(pin_hash "$b$config")" = "$hash" ] || die "B: could not put the hash into the old config"

upgrade "$b" "$deb" "$version" "B (old layout -> $version)"
check_pin_file "$b" "$hash" "B"
! grep -q '^pin_' "$b$config" || fail "B: the PIN hash is still in the config: $(grep '^pin_' "$b$config")"
grep -qx 'name=Northside Clinic' "$b$config" || fail "B: the upgrade lost IT's edit of the config"
grep -qx 'state_file=/var/lib/patient-kiosk/state/staff-state.ini' "$b$config" \
    || fail "B: the move of the PIN damaged the config"
upgrade "$b" "$next" "$version+next1" "B ($version -> next)"
check_pin_file "$b" "$hash" "B, after the second upgrade"

if run_dpkg "$b" --purge patient-kiosk; then
    [ ! -e "$b$config" ] || fail "B: purge left $config"
    [ ! -e "$b$state" ] || fail "B: purge left $state"
else
    show_dpkg
    fail "B: purge exited non-zero"
fi
[ "$status" -eq 0 ] && echo "ok: B: old layout (hash in the conffile) -> $version -> next, then purge"

# --- C: control: the 0.1.0 layout stops at dpkg's question ----------------------
c=$work/root-c
new_root "$c"
run_dpkg "$c" -i "$old" || { show_dpkg; die "C: installing the old layout exited non-zero"; }
sed -i 's/^;name=Riverside Clinic$/name=Eastside Clinic/' "$c$config"
if run_dpkg "$c" -i "$old_next" && ! asked; then
    show_dpkg
    fail "C: an edited conffile with a changed new version upgraded without a prompt; this test cannot see prompts"
else
    echo "ok: C: control: the old layout (edited conffile) stops at dpkg's prompt, as it should here"
fi

[ "$status" -eq 0 ] && echo "ok: upgrades never ask and keep the staff PIN"
exit $status
