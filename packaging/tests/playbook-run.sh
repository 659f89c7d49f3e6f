#!/bin/bash
# Runs packaging/ansible/kiosks.yml for real, hermetically: `-c local` into a
# scratch root (kiosk_root), with the kiosk program from this build, a stand-in
# .deb, a dpkg database of the scratch root's own, and systemd left alone
# (kiosk_manage_services=false). It proves what IT relies on:
#   - --check on a new kiosk passes (no .deb in the cache yet) and writes nothing,
#   - --check still runs --check-content, and fails on content with errors,
#   - a real run writes the config, sets the PIN, publishes the content,
#   - a second real run reports changed=0 (no rewrite, no restart),
#   - the package is installed by version: the same version is not copied again,
#   - no run prints the PIN, its hash or its salt, even with --diff -v,
#   - an old config's PIN hash is kept (and not printed) until the PIN file exists,
#   - kiosk_pin_force=true sets the PIN again.
# Usage: playbook-run.sh PLAYBOOK KIOSK_PROGRAM GOOD_ARTICLE BROKEN_ARTICLE
#   (an English article that passes --check-content, and one with an error;
#   one article each keeps the runs short: Ansible copies file by file)
# Exit 77 (skipped) when ansible-playbook or dpkg-deb is missing.
set -euo pipefail

playbook=$1 program=$2 good=$3 broken=$4
for tool in ansible-playbook dpkg-deb dpkg-query diff; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool not found"; exit 77; }
done

work=$(mktemp -d)
trap '[ -n "${KEEP_WORK:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info" "$work/tmp" "$work/ansible"
: >"$root/var/lib/dpkg/status"
export ANSIBLE_HOME=$work/ansible ANSIBLE_LOCAL_TEMP=$work/ansible/tmp ANSIBLE_REMOTE_TEMP=$work/ansible/remote
export ANSIBLE_NOCOLOR=1 ANSIBLE_RETRY_FILES_ENABLED=false ANSIBLE_FORCE_COLOR=0 TMPDIR=$work/tmp
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

fail() { echo "FAIL: $*" >&2; exit 1; }

# A stand-in package: only its version is read; apt never runs (kiosk_root is not /).
mkdir -p "$work/deb/DEBIAN"
cat >"$work/deb/DEBIAN/control" <<'CONTROL'
Package: patient-kiosk
Version: 9.9.9
Architecture: all
Maintainer: playbook test <nobody@example.invalid>
Description: stand-in for the playbook test
CONTROL
dpkg-deb --build "$work/deb" "$work/patient-kiosk_9.9.9_all.deb" >/dev/null

mkdir -p "$work/content/articles/en" "$work/broken/articles/en"
cp "$good" "$work/content/articles/en/"
cp "$broken" "$work/broken/articles/en/"
pin=482915
printf '[kiosks]\nkiosk-under-test ansible_connection=local ansible_python_interpreter=%s\n' \
    "$(command -v python3)" >"$work/inventory.ini"
cat >"$work/vars.json" <<JSON
{"kiosk_root": "$root", "kiosk_deb": "$work/patient-kiosk_9.9.9_all.deb",
 "kiosk_content_src": "$work/content", "kiosk_program": "$program",
 "kiosk_owner": "$(id -un)", "kiosk_owner_group": "$(id -gn)", "kiosk_group": "$(id -gn)",
 "kiosk_manage_services": false, "ansible_become": false,
 "kiosk_settings": {"clinic": {"name": "Playbook Test Clinic", "hours": "Mon-Fri 8:00-17:00; Sat 9:00-12:00"},
                    "idle": {"timeout_seconds": 150}, "kiosk": {"hide_cursor": true}}}
JSON

run=0
play() { # play NAME EXPECTED_RC ARGS... ; output in $work/NAME.log
    local name=$1 expected=$2 rc=0
    shift 2
    run=$((run + 1))
    ansible-playbook -i "$work/inventory.ini" "$playbook" -e "@$work/vars.json" "$@" \
        >"$work/$name.log" 2>&1 || rc=$?
    if [ "$expected" = 0 ] && [ "$rc" != 0 ]; then cat "$work/$name.log"; fail "$name: exit $rc"; fi
    if [ "$expected" != 0 ] && [ "$rc" = 0 ]; then cat "$work/$name.log"; fail "$name: passed, should have failed"; fi
    echo "ok: $name (exit $rc)"
}
changed() { sed -n 's/.*kiosk-under-test *: .*changed=\([0-9]*\).*/\1/p' "$work/$1.log"; }

# 1. --check on a new kiosk: passes, says it would install, writes nothing.
play check-new 0 --check --diff -e kiosk_staff_pin=$pin
grep -q 'TASK \[Copy the package\]' "$work/check-new.log" || fail "check-new: no package copy planned"
[ "$(changed check-new)" -gt 0 ] || fail "check-new: reported no changes for a new kiosk"
written=$(find "$root" -mindepth 1 -not -path "$root/var" -not -path "$root/var/lib" -not -path "$root/var/lib/dpkg*")
[ -z "$written" ] || fail "check mode wrote into the root: $written"

# 2. --check runs the content check: content with errors fails the run.
play check-broken 1 --check -e kiosk_content_src="$work/broken"
grep -q 'Check the content\]' "$work/check-broken.log" || fail "check-broken: the content was not checked"
grep -q 'fatal: .*Check the content\|FAILED.*\|"rc": 1' "$work/check-broken.log" || fail "check-broken: no failed check"

# 3. A missing content folder stops the run early, saying what to set.
play missing-content 1 -e kiosk_content_src="$work/nowhere"
grep -q 'kiosk_content_src' "$work/missing-content.log" || fail "missing-content: the message does not name kiosk_content_src"
[ ! -e "$root/etc" ] || fail "missing-content: it changed the kiosk before stopping"

# The package counts as installed at the wanted version from here on, with
# the folders it makes (the config folder, /var/lib/patient-kiosk).
mkdir -p "$root/etc/xdg/patient-kiosk" "$root/var/lib/patient-kiosk/state" "$root/var/lib/patient-kiosk/content"
printf 'Package: patient-kiosk\nStatus: install ok installed\nVersion: 9.9.9\nArchitecture: all\nMaintainer: x\nDescription: x\n\n' \
    >"$root/var/lib/dpkg/status"

# 4. The real run.
play first 0 --diff -e kiosk_staff_pin=$pin
config=$root/etc/xdg/patient-kiosk/patient-kiosk.conf
pinfile=$root/var/lib/patient-kiosk/state/pin
grep -q '^name=Playbook Test Clinic$' "$config" || fail "first: the config was not written"
# Values from the one dictionary; a semicolon (a comment to the INI reader) is quoted.
grep -q '^hours="Mon-Fri 8:00-17:00; Sat 9:00-12:00"$' "$config" || fail "first: clinic.hours was not written quoted"
grep -q '^timeout_seconds=150$' "$config" || fail "first: idle.timeout_seconds was not written"
grep -q '^hide_cursor=true$' "$config" || fail "first: kiosk.hide_cursor was not written as true"
"$program" --check-config "$config" >/dev/null || fail "first: the written config does not pass --check-config"
grep -q '^pin_hash=' "$pinfile" || fail "first: no PIN file"
! grep -q 'pin_' "$config" || fail "first: the config holds PIN lines"
diff -r -q "$work/content" "$root/var/lib/patient-kiosk/content" >/dev/null || fail "first: the content was not published"
first_hash=$(sed -n 's/^pin_hash=//p' "$pinfile")
first_salt=$(sed -n 's/^pin_salt=//p' "$pinfile")
grep -q '^NAutoVTs=0$' "$root/etc/systemd/logind.conf.d/patient-kiosk.conf" || fail "first: no logind drop-in"
grep -q 'TASK \[Copy the package\]' "$work/first.log" && ! grep -A2 'TASK \[Copy the package\]' "$work/first.log" | grep -q skipping &&
    fail "first: copied the package although version 9.9.9 is installed"

# 4b. A misspelt key stops the run (the kiosk's own --check-config) and the
# config stays as it was; a setting given the old way stops it before anything.
cp "$config" "$work/config.before"
play misspelt 1 -e '{"kiosk_settings": {"idle": {"timeout_secnds": 150}}}'
grep -q "unknown setting 'idle/timeout_secnds'" "$work/misspelt.log" || fail "misspelt: the message does not name the key"
cmp -s "$config" "$work/config.before" || fail "misspelt: the config was changed"
play retired 1 -e kiosk_idle_timeout_seconds=150
grep -q 'kiosk_settings.idle.timeout_seconds' "$work/retired.log" || fail "retired: the message does not say where the setting goes"
cmp -s "$config" "$work/config.before" || fail "retired: the config was changed"

# 5. The second run changes nothing.
play second 0 --diff -v -e kiosk_staff_pin=$pin
[ "$(changed second)" = 0 ] || { grep -B3 '^changed' "$work/second.log"; fail "second: changed=$(changed second), want 0"; }
grep -q 'RUNNING HANDLER' "$work/second.log" && fail "second: a handler ran (a restart)"

# 6. A new content file is published, a removed one disappears.
echo "stray" >"$root/var/lib/patient-kiosk/content/stray.txt"
play republish 0
[ ! -e "$root/var/lib/patient-kiosk/content/stray.txt" ] || fail "republish: the live folder was not made equal to the source"

# 7. An old config's PIN hash is kept, and not printed, until the PIN file exists.
rm "$pinfile"
sed -i 's/^\[staff\]$/[staff]\npin_hash=LEGACYHASHb64AAAA\npin_salt=LEGACYSALTb64BBBB\npin_iterations=200000/' "$config"
grep -q '^pin_hash=LEGACYHASHb64AAAA$' "$config" || fail "legacy: could not make an old config"
play legacy 0 --diff -v
grep -q '^pin_hash=LEGACYHASHb64AAAA$' "$config" || fail "legacy: the old PIN hash was dropped from the config"

# 8. kiosk_pin_force sets the PIN again.
play force-first 0 -e kiosk_staff_pin=$pin
before=$(grep '^pin_salt=' "$pinfile")
play force 0 --diff -v -e kiosk_staff_pin=$pin -e kiosk_pin_force=true
! grep -q '^pin_' "$config" || fail "force: the old PIN lines stayed in the config after the PIN file was made"
[ "$(grep '^pin_salt=' "$pinfile")" != "$before" ] || fail "force: the PIN was not set again"

# No output ever showed the PIN, its hash or its salt.
secrets=("$pin" LEGACYHASHb64AAAA LEGACYSALTb64BBBB
         "$(sed -n 's/^pin_hash=//p' "$pinfile")" "$(sed -n 's/^pin_salt=//p' "$pinfile")"
         "${before#pin_salt=}" "$first_hash" "$first_salt")
for log in "$work"/*.log; do
    for secret in "${secrets[@]}"; do
        [ -n "$secret" ] || continue
        ! grep -qF -- "$secret" "$log" || fail "$(basename "$log") shows a secret: ${secret:0:6}..."
    done
done
echo "ok: no PIN, hash or salt in $run runs' output"
