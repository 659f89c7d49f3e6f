#!/usr/bin/env python3
"""The playbook leaves no login prompt behind the kiosk: no spare VTs
(logind NAutoVTs=0, ReserveVT=0) and the gettys on tty2-6 masked, so a
kiosk in a restart loop has no text console to switch to; and Ctrl+Alt+Del
does nothing (patient-kiosk-ctrl-alt-del.target enabled).

Usage: playbook-lockdown.py PLAYBOOK. Exits 1 naming what is missing."""
import re
import sys

def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    missing = []
    # /etc/systemd, or the variable for it (kiosk_root/etc/systemd: the
    # playbook test writes into a scratch root).
    if not re.search(r'dest:\s*"?(/etc/systemd|\{\{ kiosk_etc_systemd \}\})/logind\.conf\.d/\S+\.conf', text):
        missing.append("a logind.conf.d drop-in")
    for setting in ("NAutoVTs=0", "ReserveVT=0"):
        if not re.search(r"^\s*" + re.escape(setting) + r"\s*$", text, re.M):
            missing.append(setting)
    masked = re.search(r'name:\s*"getty@tty\{\{ item \}\}\.service"(?:.|\n)*?masked:\s*true(?:.|\n)*?loop:\s*\[([^\]]*)\]', text)
    ttys = sorted(int(n) for n in re.findall(r"\d+", masked.group(1))) if masked else []
    if ttys != [2, 3, 4, 5, 6]:
        missing.append("masked getty@tty2..6 (found %s)" % (ttys or "none"))
    # Ctrl+Alt+Del: its own unit, enabled next to the session (the kiosk
    # units no longer pull it in).
    if not re.search(r'name:\s*patient-kiosk-ctrl-alt-del\.target\s*\n\s*enabled:\s*true', text):
        missing.append("patient-kiosk-ctrl-alt-del.target enabled")
    for item in missing:
        print(f"{sys.argv[1]}: missing {item}")
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main())
