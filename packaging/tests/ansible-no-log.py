#!/usr/bin/env python3
"""Every playbook task that reads, holds or writes the staff PIN or its hash
must be `no_log: true`: `ansible-playbook -v` or `--diff` would print them.

Usage: ansible-no-log.py PLAYBOOK. Exits 1 naming each task (and its line)
that touches the PIN without no_log."""
import re
import sys

SECRET = re.compile(r"kiosk_staff_pin|kiosk_config_current|kiosk_existing_pin_lines|pin_hash|patient-kiosk\.conf\.j2")

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
        uses = [l for l in body.splitlines() if SECRET.search(l) and not re.match(r"^\s*- kiosk_staff_pin is (not )?defined", l)]
        if uses and not re.search(r"^\s*no_log:\s*true", body, re.M):
            bad.append(f"{sys.argv[1]}:{number}: task '{name}' handles the PIN or its hash without 'no_log: true'")
    for line in bad:
        print(line)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
