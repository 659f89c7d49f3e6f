#!/usr/bin/env python3
"""Every playbook task that reads, holds or writes the staff PIN or its hash
must be `no_log: true`: `ansible-playbook -v` or `--diff` would print them.
The config may still hold an old version's PIN hash lines until the package
moved them to the PIN file: the template task hides its result and its diff
while the file has them (no_log and diff on kiosk_config_has_pin_lines), and
shows the diff of a config without them.
packaging/tests/playbook-run.sh checks the same by running the playbook.

Usage: ansible-no-log.py PLAYBOOK. Exits 1 naming each task (and its line)
that touches the PIN without no_log."""
import re
import sys

SECRET = re.compile(r"kiosk_staff_pin|kiosk_config_current|kiosk_config_pin_lines|kiosk_legacy_pin_lines|pin_hash|pin_salt|patient-kiosk\.conf\.j2")
# The template task's way of hiding what it writes only while it writes a hash.
CONDITIONAL_NO_LOG = re.compile(r'^\s*no_log:\s*"\{\{ kiosk_config_has_pin_lines \| bool \}\}"\s*$', re.M)
CONDITIONAL_DIFF = re.compile(r'^\s*diff:\s*"\{\{ ansible_diff_mode and not kiosk_config_has_pin_lines \| bool \}\}"\s*$', re.M)

def tasks(lines):
    """(line number, task text) for each '- name:' block of the playbook."""
    start, indent = None, None
    for number, line in enumerate(lines, 1):
        m = re.match(r"^(\s*)- name:", line)
        if m:
            if start is not None:
                yield start, "".join(lines[start - 1:number - 1])
            start, indent = number, len(m.group(1))
    if start is not None:
        yield start, "".join(lines[start - 1:])

def main():
    lines = open(sys.argv[1], encoding="utf-8").readlines()
    bad = []
    for number, text in tasks(lines):
        body = "\n".join(l for l in text.splitlines() if not l.strip().startswith("#"))
        # Blocks and plays hold other tasks; only leaf tasks are judged.
        if re.search(r"^\s*(block|tasks|handlers):", body, re.M):
            continue
        name = text.splitlines()[0].split("name:", 1)[1].strip()
        # A `when:` that only tests whether the PIN is defined reads no secret.
        uses = [l for l in body.splitlines()
                if SECRET.search(l)
                and not re.match(r"^\s*(- )?(when: )?kiosk_staff_pin is (not )?defined\s*$", l)
                and not re.match(r"^\s*(no_log|diff):", l)]
        if not uses or re.search(r"^\s*no_log:\s*true", body, re.M):
            continue
        if "patient-kiosk.conf.j2" in body and CONDITIONAL_NO_LOG.search(body) and CONDITIONAL_DIFF.search(body):
            continue
        bad.append(f"{sys.argv[1]}:{number}: task '{name}' handles the PIN or its hash without 'no_log: true'")
    for line in bad:
        print(line)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
