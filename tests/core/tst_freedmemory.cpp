// FreedMemory hands freed heap back to the system: a fragmented heap (what
// a patient's frames leave behind) shrinks in resident size when asked.

#include "system/FreedMemory.h"

#include <QFile>
#include <QTest>

#include <memory>
#include <unistd.h>
#include <vector>

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

class TestFreedMemory final : public QObject
{
    Q_OBJECT

private slots:
    void fragmentedHeapShrinksWhenReturned()
    {
#if !defined(__GLIBC__)
        QSKIP("returning freed memory is glibc's malloc_trim");
#endif
        // 160 MB in 64 KB blocks (below glibc's mmap threshold: they come
        // from the heap), touched so they are resident. Freeing all but
        // every 64th leaves holes glibc keeps for reuse.
        constexpr int BlockSize = 64 * 1024;
        constexpr int Blocks = 2560;
        std::vector<std::unique_ptr<char[]>> blocks;
        blocks.reserve(Blocks);
        for (int i = 0; i < Blocks; ++i) {
            blocks.emplace_back(new char[BlockSize]);
            memset(blocks.back().get(), i & 0xff, BlockSize);
        }
        for (int i = 0; i < Blocks; ++i) {
            if (i % 64 != 63)
                blocks[i].reset();
        }
        const qint64 fragmented = residentBytes();
        QVERIFY(fragmented > 0);

        const double ms = FreedMemory::returnToSystem();
        const qint64 returned = residentBytes();
        qInfo("resident %.1f MB -> %.1f MB in %.1f ms", double(fragmented) / 1e6, double(returned) / 1e6, ms);
        // Most of the 157 MB freed goes back to the system.
        QVERIFY2(fragmented - returned > 100'000'000, qPrintable(QString::number(fragmented - returned)));
    }
};

QTEST_GUILESS_MAIN(TestFreedMemory)
#include "tst_freedmemory.moc"
