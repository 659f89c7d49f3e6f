#include "ProcessTree.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

#include <unistd.h>

namespace {

struct ProcessStat
{
    qint64 parent = 0;
    qint64 cpuTicks = 0;
    qint64 residentPages = 0;
};

QHash<qint64, ProcessStat> readAll()
{
    QHash<qint64, ProcessStat> all;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Fields after the command name, which may contain spaces: "pid (comm) state ppid ..."
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 22)
            continue;
        ProcessStat s;
        s.parent = fields.at(1).toLongLong();
        s.cpuTicks = fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime + stime
        s.residentPages = fields.at(21).toLongLong();                         // rss
        all.insert(pid, s);
    }
    return all;
}

template<typename Field>
qint64 sumTree(qint64 root, Field field, bool withDescendants = true)
{
    const QHash<qint64, ProcessStat> all = readAll();
    qint64 total = 0;
    QList<qint64> pending{root};
    while (!pending.isEmpty()) {
        const qint64 pid = pending.takeLast();
        if (const auto it = all.constFind(pid); it != all.cend())
            total += field(*it);
        if (!withDescendants)
            break;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it->parent == pid)
                pending.append(it.key());
        }
    }
    return total;
}

} // namespace

namespace ProcessTree {

qint64 residentBytes(qint64 rootPid, bool withDescendants)
{
    const qint64 pageSize = sysconf(_SC_PAGESIZE);
    return sumTree(
               rootPid, [](const ProcessStat &s) { return s.residentPages; }, withDescendants)
           * pageSize;
}

int processCount(qint64 rootPid)
{
    return int(sumTree(rootPid, [](const ProcessStat &) { return qint64(1); }));
}

qint64 cpuMilliseconds(qint64 rootPid)
{
    const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
    return sumTree(rootPid, [](const ProcessStat &s) { return s.cpuTicks; }) * 1000 / ticksPerSecond;
}

} // namespace ProcessTree
