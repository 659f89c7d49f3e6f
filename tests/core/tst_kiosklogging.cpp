// What IT gets from `journalctl -p warning` and `journalctl KIOSK_CATEGORY=`:
// the priority each kind of line is filed under, the fields it carries, and
// that journal logging applies only while stderr really is the service's
// journal stream.

#include "system/KioskLogging.h"

#include <QTemporaryFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QByteArray fieldValue(const QList<QByteArray> &fields, const QByteArray &name)
{
    QByteArray found;
    int count = 0;
    for (const QByteArray &field : fields) {
        if (field.startsWith(name + '=')) {
            found = field.mid(name.size() + 1);
            ++count;
        }
    }
    return count == 1 ? found : QByteArray("<" + QByteArray::number(count) + " fields>");
}

QByteArray streamOf(int fd)
{
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0)
        return {};
    return QByteArray::number(qulonglong(status.st_dev)) + ':' + QByteArray::number(qulonglong(status.st_ino));
}

} // namespace

class TestKioskLogging final : public QObject
{
    Q_OBJECT

private slots:
    void priorityFollowsSyslogLevels_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("priority");
        QTest::newRow("debug") << int(QtDebugMsg) << 7;
        QTest::newRow("info") << int(QtInfoMsg) << 6;
        QTest::newRow("warning") << int(QtWarningMsg) << 4;
        QTest::newRow("critical") << int(QtCriticalMsg) << 2;
        QTest::newRow("fatal") << int(QtFatalMsg) << 0;
    }
    void priorityFollowsSyslogLevels()
    {
        QFETCH(int, type);
        QFETCH(int, priority);
        QCOMPARE(KioskLogging::journalPriority(QtMsgType(type)), priority);
        // `journalctl -p warning` shows priorities 0 to 4: warnings and
        // worse, never info or debug.
        QCOMPARE(priority <= 4, type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg);
    }

    void entryCarriesCategoryPriorityAndMessage()
    {
        const QMessageLogContext context("ContentStore.cpp", 42, "void ContentStore::reload()", "kiosk.content");
        const QList<QByteArray> fields = KioskLogging::journalFields(
            QtWarningMsg, context, QStringLiteral("cannot read /srv/content/articles/en/flu.md: 100% sure"));
        QCOMPARE(fieldValue(fields, "PRIORITY"), QByteArray("4"));
        QCOMPARE(fieldValue(fields, "KIOSK_CATEGORY"), QByteArray("kiosk.content"));
        // No timestamp of our own: the journal stamps every entry.
        QCOMPARE(fieldValue(fields, "MESSAGE"),
                 QByteArray("kiosk.content: cannot read /srv/content/articles/en/flu.md: 100% sure"));
        QCOMPARE(fieldValue(fields, "CODE_FILE"), QByteArray("ContentStore.cpp"));
        QCOMPARE(fieldValue(fields, "CODE_LINE"), QByteArray("42"));
        QCOMPARE(fieldValue(fields, "CODE_FUNC"), QByteArray("void ContentStore::reload()"));
        QVERIFY(!fieldValue(fields, "SYSLOG_IDENTIFIER").isEmpty());
        for (const QByteArray &field : fields)
            QVERIFY2(field.indexOf('=') > 0, field.constData());
    }

    void entryWithoutSourceLocationHasNoCodeFields()
    {
        const QMessageLogContext context(nullptr, 0, nullptr, "kiosk.session");
        const QList<QByteArray> fields =
            KioskLogging::journalFields(QtInfoMsg, context, QStringLiteral("line one\nline two"));
        QCOMPARE(fieldValue(fields, "MESSAGE"), QByteArray("kiosk.session: line one\nline two"));
        QCOMPARE(fieldValue(fields, "PRIORITY"), QByteArray("6"));
        for (const QByteArray &field : fields)
            QVERIFY2(!field.startsWith("CODE_"), field.constData());
    }

    void realCategoriesReachTheField()
    {
        // What the code logs with is what IT types after KIOSK_CATEGORY=.
        const QMessageLogContext context(nullptr, 0, nullptr, lcStaff().categoryName());
        const QList<QByteArray> fields = KioskLogging::journalFields(QtCriticalMsg, context, QStringLiteral("x"));
        QCOMPARE(fieldValue(fields, "KIOSK_CATEGORY"), QByteArray("kiosk.staff"));
        QCOMPARE(fieldValue(fields, "PRIORITY"), QByteArray("2"));
    }

    void journalOnlyWhileStderrIsTheJournalStream()
    {
        QTemporaryFile stream;
        QVERIFY(stream.open());
        QTemporaryFile other;
        QVERIFY(other.open());
        const QByteArray id = streamOf(int(stream.handle()));
        QVERIFY(!id.isEmpty());
        QVERIFY(KioskLogging::isJournalStream(id, int(stream.handle())));
        // stderr redirected elsewhere (a shell started from the service,
        // `patient-kiosk --check-content > report 2>&1`): plain text.
        QVERIFY(!KioskLogging::isJournalStream(id, int(other.handle())));
        QVERIFY(!KioskLogging::isJournalStream(QByteArray(), int(stream.handle())));
        QVERIFY(!KioskLogging::isJournalStream("garbage", int(stream.handle())));
        QVERIFY(!KioskLogging::isJournalStream(id + ":1", int(stream.handle())));
        QVERIFY(!KioskLogging::isJournalStream(id, -1));
    }
};

QTEST_APPLESS_MAIN(TestKioskLogging)
#include "tst_kiosklogging.moc"
