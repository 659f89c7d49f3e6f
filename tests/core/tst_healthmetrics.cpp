// The health metrics as node-exporter's textfile collector and Prometheus
// read them: the exposition format with escaped labels, counters that only
// grow, and the file written atomically, at most every 15 s, only when
// something changed or a minute passed, with a failure logged once and
// retried. The rate limit runs on a fake clock: nothing here sleeps.
//
// With KIOSK_METRICS_SAMPLE=FILE set, writes a sample of the real metrics
// there instead (the packaging test runs `promtool check metrics` on it).

#include "metrics/HealthMetrics.h"
#include "metrics/MetricsTextfileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdio>
#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The one sample line of `series` (name plus labels, as written), or empty.
QString sampleLine(const QByteArray &text, const QString &series)
{
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(series + QLatin1Char(' ')))
            return line;
    }
    return {};
}

// Metrics as a real run has them: content, a session, a reset, a wrong PIN.
void fillLikeARun(HealthMetrics *metrics)
{
    metrics->setInfo(QStringLiteral("0.1.0"), QStringLiteral("0123456789ab"));
    metrics->setStartTime(1767225600.5);
    metrics->setArticleCounts({{QStringLiteral("en"), 24}, {QStringLiteral("es"), 23}});
    metrics->setContentErrors(1);
    metrics->setContentUpdated(1767225601.25);
    metrics->countSession();
    metrics->countReset(QStringLiteral("idle timeout"));
    metrics->countWrongPin();
    metrics->setLastFrame(1767225700.125);
    metrics->setScreen(QStringLiteral("home"));
}

// Root writes into a read-only folder (CAP_DAC_OVERRIDE), and CI runs as
// root. While this lives, this thread, and the threads it starts (the
// writer's worker), have those capabilities out of their effective set, so
// folder modes apply to root too. Capabilities are per thread and new
// threads inherit them.
class WithoutRootsOverride final
{
public:
    WithoutRootsOverride()
    {
        if (::geteuid() != 0 || syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
            reduced[CAP_TO_INDEX(cap)].effective &= ~CAP_TO_MASK(cap);
        m_active = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutRootsOverride()
    {
        if (m_active)
            syscall(SYS_capset, &m_header, m_saved);
    }
    Q_DISABLE_COPY_MOVE(WithoutRootsOverride)

private:
    __user_cap_header_struct m_header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct m_saved[2]{};
    bool m_active = false;
};

} // namespace

class TestHealthMetrics final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::chrono::milliseconds m_now{100000};

    MetricsTextfileWriter::Clock clock()
    {
        return [this] { return m_now; };
    }

    // Waits for the worker (not for time: the write takes what it takes).
    static bool waitForWrite(MetricsTextfileWriter *writer)
    {
        return QTest::qWaitFor([writer] { return !writer->isWriting(); }, 10000);
    }

    // A write that cannot reach its file is logged once; the retry 15 s
    // later (the text did not reach the file, so it still counts as a
    // change) fails again without a second line in the log.
    void verifyFailsLoudlyThenQuietly(MetricsTextfileWriter *writer)
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot write the health metrics to .*kiosk.prom")));
        writer->checkTime();
        QVERIFY(waitForWrite(writer));
        QVERIFY(writer->lastWriteFailed());
        QTest::failOnWarning(QRegularExpression(QStringLiteral("cannot write the health metrics")));
        m_now += 15s;
        writer->checkTime();
        QCOMPARE(writer->writesStarted(), 2);
        QVERIFY(waitForWrite(writer));
        QVERIFY(writer->lastWriteFailed());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The kiosk's unit runs with UMask=0077; the file must still be readable by node-exporter.
        ::umask(077);
    }

    void init() { m_now = 100000ms; }

    void formatHasHelpTypeAndThePrefix()
    {
        HealthMetrics metrics;
        fillLikeARun(&metrics);
        const QByteArray text = metrics.toText();
        const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            const QString name = line.startsWith(QLatin1Char('#'))
                                     ? line.section(QLatin1Char(' '), 2, 2)
                                     : line.section(QRegularExpression(QStringLiteral("[ {]")), 0, 0);
            QVERIFY2(name.startsWith(QLatin1String("patient_kiosk_")), qPrintable(line));
        }
        QVERIFY(text.contains("# HELP patient_kiosk_sessions_total "));
        QVERIFY(text.contains("# TYPE patient_kiosk_sessions_total counter\n"));
        QVERIFY(text.contains("# TYPE patient_kiosk_up gauge\n"));
        QCOMPARE(sampleLine(text, QStringLiteral("patient_kiosk_up")), QStringLiteral("patient_kiosk_up 1"));
        QCOMPARE(
            sampleLine(text, QStringLiteral("patient_kiosk_info{version=\"0.1.0\",content_revision=\"0123456789ab\"}")),
            QStringLiteral("patient_kiosk_info{version=\"0.1.0\",content_revision=\"0123456789ab\"} 1"));
        QCOMPARE(sampleLine(text, QStringLiteral("patient_kiosk_articles{language=\"es\"}")),
                 QStringLiteral("patient_kiosk_articles{language=\"es\"} 23"));
        QCOMPARE(sampleLine(text, QStringLiteral("patient_kiosk_resets_total{reason=\"idle_timeout\"}")),
                 QStringLiteral("patient_kiosk_resets_total{reason=\"idle_timeout\"} 1"));
        QCOMPARE(sampleLine(text, QStringLiteral("patient_kiosk_last_frame_timestamp_seconds")),
                 QStringLiteral("patient_kiosk_last_frame_timestamp_seconds 1767225700.125"));
        QCOMPARE(sampleLine(text, QStringLiteral("patient_kiosk_display_awake")),
                 QStringLiteral("patient_kiosk_display_awake 1"));
        // One HELP and one TYPE per family, HELP first.
        QCOMPARE(text.count("# HELP patient_kiosk_resets_total "), 1);
        QVERIFY(text.indexOf("# HELP patient_kiosk_resets_total") < text.indexOf("# TYPE patient_kiosk_resets_total"));
        QVERIFY(text.endsWith('\n'));
    }

    void screenIsOneOfAFixedSet()
    {
        HealthMetrics metrics;
        metrics.setScreen(QStringLiteral("reader"));
        metrics.setScreen(QStringLiteral("not-a-screen")); // ignored: the label set stays small
        const QByteArray text = metrics.toText();
        int ones = 0;
        for (const QString &state : HealthMetrics::screenStates()) {
            const QString line = sampleLine(text, QStringLiteral("patient_kiosk_screen{screen=\"%1\"}").arg(state));
            QVERIFY2(!line.isEmpty(), qPrintable(state));
            if (line.endsWith(QLatin1String(" 1")))
                ++ones;
        }
        QCOMPARE(ones, 1);
        QVERIFY(
            sampleLine(text, QStringLiteral("patient_kiosk_screen{screen=\"reader\"}")).endsWith(QLatin1String(" 1")));
        QCOMPARE(text.count("patient_kiosk_screen{"), HealthMetrics::screenStates().size());
    }

    void labelValuesAndHelpAreEscaped()
    {
        QCOMPARE(HealthMetrics::escapeLabelValue(QStringLiteral("a\\b\"c\nd")), QStringLiteral("a\\\\b\\\"c\\nd"));
        QCOMPARE(HealthMetrics::escapeHelp(QStringLiteral("a\\b\nc \"q\"")), QStringLiteral("a\\\\b\\nc \"q\""));
        HealthMetrics metrics;
        metrics.setInfo(QStringLiteral("1.0 \"beta\"\nx"), QStringLiteral("C:\\rev"));
        const QByteArray text = metrics.toText();
        QVERIFY2(
            text.contains("patient_kiosk_info{version=\"1.0 \\\"beta\\\"\\nx\",content_revision=\"C:\\\\rev\"} 1\n"),
            text.constData());
        // Only the new info series: two would say two contents are live.
        QCOMPARE(text.count("patient_kiosk_info{"), 1);
    }

    void resetReasonsStayAFixedSet_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("label");
        QTest::newRow("idle") << "idle timeout"
                              << "idle_timeout";
        QTest::newRow("finished") << "patient finished"
                                  << "patient_finished";
        QTest::newRow("disclaimer") << "left the disclaimer"
                                    << "left_disclaimer";
        QTest::newRow("crashes") << "renderer crashed 4 times in 60 s"
                                 << "renderer_crash_loop";
        QTest::newRow("staff") << "content reloaded by staff"
                               << "staff_reload";
        QTest::newRow("unknown") << "something new"
                                 << "other";
    }

    void resetReasonsStayAFixedSet()
    {
        QFETCH(QString, reason);
        QFETCH(QString, label);
        QCOMPARE(HealthMetrics::resetReasonLabel(reason), label);
        QVERIFY(HealthMetrics::resetReasons().contains(label));
        HealthMetrics metrics;
        metrics.countReset(reason);
        QCOMPARE(metrics.value(QStringLiteral("resets_total"), {label}), 1.0);
    }

    void countersStartAtZeroAndOnlyGrow()
    {
        HealthMetrics metrics;
        // Every series from the start, so Prometheus's increase() sees the first event.
        QCOMPARE(metrics.value(QStringLiteral("sessions_total")), 0.0);
        for (const QString &reason : HealthMetrics::resetReasons())
            QCOMPARE(metrics.value(QStringLiteral("resets_total"), {reason}), 0.0);
        metrics.countSession();
        metrics.countSession();
        metrics.add(QStringLiteral("sessions_total"), {}, -5); // never backwards
        QCOMPARE(metrics.value(QStringLiteral("sessions_total")), 2.0);
        QTest::ignoreMessage(QtWarningMsg, "health metric sessions_total used with the wrong type or labels");
        metrics.set(QStringLiteral("sessions_total"), 0); // a counter is not a gauge
        QCOMPARE(metrics.value(QStringLiteral("sessions_total")), 2.0);
        metrics.countWrongPin();
        metrics.countStaffUnlock();
        metrics.countRendererCrash();
        QCOMPARE(metrics.value(QStringLiteral("staff_wrong_pins_total")), 1.0);
        QCOMPARE(metrics.value(QStringLiteral("staff_unlocks_total")), 1.0);
        QCOMPARE(metrics.value(QStringLiteral("renderer_crashes_total")), 1.0);
    }

    void laterPartsAddTheirOwnFamilies()
    {
        HealthMetrics metrics;
        QVERIFY(metrics.defineCounter(QStringLiteral("article_opens_total"), QStringLiteral("Articles opened."),
                                      {QStringLiteral("article"), QStringLiteral("language")}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not defined: bad or repeated name")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not defined: bad or repeated name")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not defined: bad or repeated name")));
        QVERIFY(!metrics.defineCounter(QStringLiteral("article_opens_total"), QStringLiteral("again")));
        QVERIFY(!metrics.defineGauge(QStringLiteral("bad name"), QStringLiteral("x")));
        QVERIFY(!metrics.defineGauge(QStringLiteral("x"), QStringLiteral("x"), {QStringLiteral("__reserved")}));
        metrics.add(QStringLiteral("article_opens_total"), {QStringLiteral("what-is-ect"), QStringLiteral("en")});
        QCOMPARE(
            sampleLine(metrics.toText(),
                       QStringLiteral("patient_kiosk_article_opens_total{article=\"what-is-ect\",language=\"en\"}")),
            QStringLiteral("patient_kiosk_article_opens_total{article=\"what-is-ect\",language=\"en\"} 1"));
    }

    void onlyRealChangesMoveTheGeneration()
    {
        HealthMetrics metrics;
        quint64 generation = metrics.generation();
        metrics.setScreen(QStringLiteral("attract")); // already so
        metrics.setContentErrors(0);                  // already so
        QCOMPARE(metrics.generation(), generation);
        metrics.setLastFrame(12345.5); // a clock, not a change: written with the rest
        QCOMPARE(metrics.generation(), generation);
        metrics.setScreen(QStringLiteral("home"));
        QVERIFY(metrics.generation() > generation);
        generation = metrics.generation();
        metrics.setArticleCounts({{QStringLiteral("en"), 3}});
        QVERIFY(metrics.generation() > generation);
        generation = metrics.generation();
        metrics.setArticleCounts({{QStringLiteral("en"), 3}});
        QCOMPARE(metrics.generation(), generation);
        // A language that is gone is gone from the file too.
        metrics.setArticleCounts({{QStringLiteral("es"), 2}});
        QVERIFY(!metrics.hasSample(QStringLiteral("articles"), {QStringLiteral("en")}));
    }

    void offWhenThePathIsEmpty()
    {
        HealthMetrics metrics;
        MetricsTextfileWriter writer(QString(), &metrics);
        QVERIFY(!writer.isEnabled());
        writer.checkTime();
        writer.finish();
        QCOMPARE(writer.writesStarted(), 0);
    }

    void writesAtMostEvery15sAndOnlyOnChangeOrAMinute()
    {
        const QString path = m_dir.filePath(QStringLiteral("rate.prom"));
        HealthMetrics metrics;
        MetricsTextfileWriter writer(path, &metrics);
        writer.setClock(clock());

        writer.checkTime(); // the first write at once: the kiosk is up
        QCOMPARE(writer.writesStarted(), 1);
        QVERIFY(waitForWrite(&writer));
        QVERIFY(readFile(path).contains("patient_kiosk_sessions_total 0\n"));

        metrics.countSession();
        m_now += 5s;
        writer.checkTime(); // changed, but too soon
        QCOMPARE(writer.writesStarted(), 1);
        m_now += 10s; // 15 s after the first
        writer.checkTime();
        QCOMPARE(writer.writesStarted(), 2);
        QVERIFY(waitForWrite(&writer));
        QVERIFY(readFile(path).contains("patient_kiosk_sessions_total 1\n"));

        // Nothing changed: no write for the rest of the minute...
        metrics.setLastFrame(99999.5); // (a frame alone is not a change)
        m_now += 30s;
        writer.checkTime();
        m_now += 29s;
        writer.checkTime();
        QCOMPARE(writer.writesStarted(), 2);
        // ...then one, so the file and its last frame stay fresh.
        m_now += 1s;
        writer.checkTime();
        QCOMPARE(writer.writesStarted(), 3);
        QVERIFY(waitForWrite(&writer));
        QVERIFY(readFile(path).contains("patient_kiosk_last_frame_timestamp_seconds 99999.500\n"));

        // Many changes within 15 s: one write, with the last values.
        for (int i = 0; i < 10; ++i) {
            metrics.countSession();
            m_now += 1s;
            writer.checkTime();
        }
        QCOMPARE(writer.writesStarted(), 3);
        m_now += 5s;
        writer.checkTime();
        QCOMPARE(writer.writesStarted(), 4);
        QVERIFY(waitForWrite(&writer));
        QVERIFY(readFile(path).contains("patient_kiosk_sessions_total 11\n"));
    }

    void theFileIsReplacedWholeAndReadableByNodeExporter()
    {
        const QString path = m_dir.filePath(QStringLiteral("atomic.prom"));
        HealthMetrics metrics;
        fillLikeARun(&metrics);
        QVERIFY(MetricsTextfileWriter::writeFile(path, metrics.toText()).ok);
        // An open reader of the old file keeps the old, complete text: the
        // new one arrives by rename, never by rewriting in place.
        QFile reader(path);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        const QByteArray before = readFile(path);
        struct stat first
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &first), 0);
        metrics.countSession();
        QVERIFY(MetricsTextfileWriter::writeFile(path, metrics.toText()).ok);
        struct stat second
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &second), 0);
        QVERIFY2(first.st_ino != second.st_ino, "the file was rewritten in place, not replaced");
        QCOMPARE(reader.readAll(), before);
        QCOMPARE(readFile(path), metrics.toText());
        // No temporary file left that node-exporter would read (*.prom).
        const QStringList prom = QDir(m_dir.path()).entryList({QStringLiteral("atomic*")}, QDir::Files);
        QCOMPARE(prom, QStringList{QStringLiteral("atomic.prom")});
        // 0644 whatever the umask (077 here, as in the unit): node-exporter runs as another user.
        QCOMPARE(second.st_mode & 0777, mode_t(0644));
    }

    void aFolderItCannotWriteIsLoggedOnceAndRetried()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const WithoutRootsOverride asTheKioskUser;
        QFile probe(folder + QStringLiteral("/probe"));
        QVERIFY2(!probe.open(QIODevice::WriteOnly), "the folder is not read-only for this test");
        const QString path = folder + QStringLiteral("/kiosk.prom");
        HealthMetrics metrics;
        MetricsTextfileWriter writer(path, &metrics);
        writer.setClock(clock());

        verifyFailsLoudlyThenQuietly(&writer);
        QVERIFY(!QFileInfo::exists(path));

        // IT fixes the folder: the next try writes, and says so.
        QVERIFY(
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("written to .*kiosk.prom again")));
        m_now += 15s;
        writer.checkTime();
        QVERIFY(waitForWrite(&writer));
        QVERIFY(!writer.lastWriteFailed());
        QVERIFY(readFile(path).contains("patient_kiosk_up 1\n"));
    }

    void aMissingFolderIsLoggedOnceAndRetried()
    {
        // The same path as above for root, who may write anywhere: a folder
        // that does not exist (node-exporter not installed yet).
        const QString folder = m_dir.filePath(QStringLiteral("not-yet"));
        const QString path = folder + QStringLiteral("/kiosk.prom");
        HealthMetrics metrics;
        MetricsTextfileWriter writer(path, &metrics);
        writer.setClock(clock());
        verifyFailsLoudlyThenQuietly(&writer);

        QVERIFY(QDir().mkpath(folder));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("written to .*kiosk.prom again")));
        m_now += 15s;
        writer.checkTime();
        QVERIFY(waitForWrite(&writer));
        QVERIFY(!writer.lastWriteFailed());
        QVERIFY(QFileInfo::exists(path));
    }

    void finishWritesUpZeroWhateverTheRateLimit()
    {
        const QString path = m_dir.filePath(QStringLiteral("finish.prom"));
        HealthMetrics metrics;
        MetricsTextfileWriter writer(path, &metrics);
        writer.setClock(clock());
        writer.checkTime();
        QVERIFY(waitForWrite(&writer));
        metrics.setUp(false);
        writer.finish(); // 0 s after the last write
        QVERIFY(readFile(path).contains("patient_kiosk_up 0\n"));
        m_now += 60s;
        writer.checkTime(); // nothing after the last word
        QCOMPARE(writer.writesStarted(), 2);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The packaging test's sample: the real formatter and writer, one file.
    const QString sample = qEnvironmentVariable("KIOSK_METRICS_SAMPLE");
    if (!sample.isEmpty()) {
        HealthMetrics metrics;
        fillLikeARun(&metrics);
        const MetricsTextfileWriter::WriteResult result = MetricsTextfileWriter::writeFile(sample, metrics.toText());
        if (!result.ok)
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(sample), qPrintable(result.error));
        return result.ok ? 0 : 1;
    }
    TestHealthMetrics test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_healthmetrics.moc"
