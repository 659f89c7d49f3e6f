#!/usr/bin/env python3
"""The dependency rule of docs/ARCHITECTURE.md, checked over app/: core never
includes web or ui, web never includes ui, and no header include circle.
Prints each violation with its file; exits 1 when there is one."""
import glob
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
os.chdir(root)
files = {}
for path in glob.glob("app/**/*.h", recursive=True) + glob.glob("app/**/*.cpp", recursive=True):
    with open(path, encoding="utf-8") as source:
        files[path] = re.findall(r'#include "([^"]+)"', source.read())


def resolve(path, include):
    for base in (os.path.dirname(path), "app/core", "app/ui", "app"):
        candidate = os.path.normpath(os.path.join(base, include))
        if candidate in files:
            return candidate
    return None


graph = {f: [r for i in incs if (r := resolve(f, i)) and r != f] for f, incs in files.items()}
problems = []
for source, targets in graph.items():
    for target in targets:
        if source.startswith("app/core/") and target.startswith(("app/ui/", "app/web/")):
            problems.append(f"{source}: core includes {target}; core must not depend on web or ui")
        if source.startswith("app/web/") and target.startswith("app/ui/"):
            problems.append(f"{source}: web includes {target}; web must not depend on ui")

headers = {f: [g for g in v if g.endswith(".h")] for f, v in graph.items() if f.endswith(".h")}
state = {}


def visit(node, stack):
    state[node] = 1
    stack.append(node)
    for nxt in headers.get(node, []):
        if state.get(nxt) == 1:
            problems.append("include circle: " + " -> ".join(stack[stack.index(nxt):] + [nxt]))
        elif not state.get(nxt):
            visit(nxt, stack)
    stack.pop()
    state[node] = 2


for header in headers:
    if not state.get(header):
        visit(header, [])

for problem in problems:
    print(problem)
print(f"{len(files)} files checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
