#pragma once

#include <QtGlobal>

// Resource use of a process and all its descendants (the kiosk and every
// Qt WebEngine process it started), read from /proc.
namespace ProcessTree {

// withDescendants false: the root process alone.
qint64 residentBytes(qint64 rootPid, bool withDescendants = true);
// User + system CPU time, in milliseconds.
qint64 cpuMilliseconds(qint64 rootPid);
int processCount(qint64 rootPid);

} // namespace ProcessTree
