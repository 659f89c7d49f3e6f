// The health metrics file of the real window, as node-exporter and clinic
// IT read it while the kiosk runs: a patient's session by touch, the reset
// when they finish, and a wrong staff PIN show up as counters; the screen
// shown and the last real paint are there; and promtool accepts the file.
// The wiring is the one main() makes (FleetHealthReporter over the window);
// only the writer's clock is moved, so the 15 s rate limit takes no time.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "config/KioskConfig.h"
#include "metrics/MetricsTextfileWriter.h"
#include "staff/PinPadOverlay.h"
#include "staff/PinVault.h"
#include "staff/StaffController.h"
#include "staff/StaffGesture.h"
#include "usage/UsageStore.h"
#include "visit/FleetHealthReporter.h"
#include "visit/UsageRecorder.h"
#include "web/WebEngineSetup.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

using namespace std::chrono_literals;

namespace {

const QString Pin = QStringLiteral("482915");
const QString WrongPin = QStringLiteral("135790");

// The value of one series in the file's text (name plus labels as written).
double valueOf(const QByteArray &text, const QString &series)
{
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(series + QLatin1Char(' ')))
            return line.section(QLatin1Char(' '), 1).toDouble();
    }
    return -1;
}

std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace

class TestFleetHealth final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KioskWindowFixture m_kiosk;
    FleetHealthReporter *m_reporter = nullptr;
    std::chrono::milliseconds m_now{0};

    QString metricsFile() const { return m_dir.filePath(QStringLiteral("patient-kiosk.prom")); }

    KioskConfig configWithPinAndMetrics()
    {
        const QString path = m_dir.filePath(QStringLiteral("kiosk.conf"));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return {};
            file.write(QStringLiteral("[staff]\nstate_file=%1\naudit_log=%2\n[metrics]\ntextfile=%3\n")
                           .arg(m_dir.filePath(QStringLiteral("state.ini")),
                                m_dir.filePath(QStringLiteral("audit.log")), metricsFile())
                           .toUtf8());
        }
        QString error;
        if (!PinVault(path).setPin(Pin, &error))
            qWarning() << error;
        QList<ContentProblem> problems;
        return KioskConfig::load(path, &problems);
    }

    // What the file says at the writer's next write: a minute later on its
    // clock, when it writes whether or not anything changed (the timer's job
    // in the kiosk), and the write done.
    QByteArray nextFile()
    {
        MetricsTextfileWriter *writer = m_reporter->writer();
        const auto written = [writer] { return !writer->isWriting(); };
        if (!QTest::qWaitFor(written, 10000))
            return {};
        m_now += MetricsTextfileWriter::RefreshInterval;
        const int started = writer->writesStarted();
        writer->checkTime();
        if (writer->writesStarted() != started + 1 || !QTest::qWaitFor(written, 10000) || writer->lastWriteFailed())
            return {};
        QFile file(metricsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // What node-exporter would serve, checked by Prometheus's own tool.
    void checkWithPromtool()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool not found (Debian package prometheus): the file's format is not checked");
        QProcess check;
        check.setStandardInputFile(metricsFile());
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput() + check.readAllStandardError());
    }

    StaffController *staff() const { return m_kiosk.window()->staff(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFile::remove(metricsFile());
        KioskWindowFixture::Options options;
        options.config = configWithPinAndMetrics();
        QCOMPARE(options.config.metricsTextfile(), metricsFile());
        options.staffBar = true;
        QVERIFY(m_kiosk.open(options));
        // As main() does.
        m_reporter = new FleetHealthReporter(m_kiosk.window(), options.config);
        QVERIFY(m_reporter->isEnabled());
        m_now = steadyNow();
        m_reporter->writer()->setClock([this] { return m_now; });
    }

    void cleanup()
    {
        m_kiosk.closeWindow(); // the reporter goes with its window
        m_reporter = nullptr;
    }

    void aSessionAResetAndAWrongPinReachTheFile()
    {
        const QByteArray first = nextFile();
        QVERIFY2(!first.isEmpty(), "no metrics file was written");
        QCOMPARE(valueOf(first, QStringLiteral("patient_kiosk_up")), 1.0);
        QCOMPARE(valueOf(first, QStringLiteral("patient_kiosk_sessions_total")), 0.0);
        QCOMPARE(valueOf(first, QStringLiteral("patient_kiosk_screen{screen=\"attract\"}")), 1.0);
        QVERIFY(valueOf(first, QStringLiteral("patient_kiosk_articles{language=\"en\"}")) > 0);
        QVERIFY(first.contains("patient_kiosk_info{version=\"" KIOSK_VERSION "\",content_revision=\""));

        // A patient: welcome -> disclaimer -> home, by touch.
        const double beforeTouch = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
        m_kiosk.passDisclaimer();
        const QByteArray during = nextFile();
        QCOMPARE(valueOf(during, QStringLiteral("patient_kiosk_sessions_total")), 1.0);
        QCOMPARE(valueOf(during, QStringLiteral("patient_kiosk_screen{screen=\"home\"}")), 1.0);
        QCOMPARE(valueOf(during, QStringLiteral("patient_kiosk_screen{screen=\"attract\"}")), 0.0);
        // The window painted the new screen: its frame time is after the touch.
        QVERIFY2(valueOf(during, QStringLiteral("patient_kiosk_last_frame_timestamp_seconds")) >= beforeTouch,
                 during.constData());

        // They finish: the reset, by its reason.
        m_kiosk.finishByTouch();
        const QByteArray after = nextFile();
        QCOMPARE(valueOf(after, QStringLiteral("patient_kiosk_resets_total{reason=\"patient_finished\"}")), 1.0);
        QCOMPARE(valueOf(after, QStringLiteral("patient_kiosk_resets_total{reason=\"idle_timeout\"}")), 0.0);
        QCOMPARE(valueOf(after, QStringLiteral("patient_kiosk_sessions_total")), 1.0);
        QCOMPARE(valueOf(after, QStringLiteral("patient_kiosk_screen{screen=\"attract\"}")), 1.0);

        // Someone tries a PIN that is wrong.
        m_kiosk.tap(QStringLiteral("lockKioskButton"));
        QVERIFY(m_kiosk.window()->isKioskLocked());
        staff()->gesture()->setHoldTime(200);
        m_kiosk.touch().hold(m_kiosk.window(), staff()->gesture()->corner().center(), 400);
        QVERIFY(staff()->pinPad()->isVisible());
        QSignalSpy rejected(staff(), &StaffController::pinRejected);
        for (const QChar digit : WrongPin)
            m_kiosk.tap(QStringLiteral("pinKey_") + digit);
        m_kiosk.tap(QStringLiteral("pinOk"));
        QVERIFY(rejected.wait(10000));
        const QByteArray wrongPin = nextFile();
        QCOMPARE(valueOf(wrongPin, QStringLiteral("patient_kiosk_staff_wrong_pins_total")), 1.0);
        QCOMPARE(valueOf(wrongPin, QStringLiteral("patient_kiosk_staff_unlocks_total")), 0.0);
        QCOMPARE(valueOf(wrongPin, QStringLiteral("patient_kiosk_staff_lockout_active")), 0.0); // 1 of 5 tries
        QCOMPARE(valueOf(wrongPin, QStringLiteral("patient_kiosk_screen{screen=\"staff\"}")), 1.0);
        QCOMPARE(valueOf(wrongPin, QStringLiteral("patient_kiosk_sessions_total")), 1.0);

        checkWithPromtool();
    }

    // The reading statistics, as counters a fleet's Prometheus sums: an
    // article opened twice in one visit counts once, and the visit counts
    // in its length bucket when the patient finishes.
    void readingReachesTheFileAsCounters()
    {
        // As main() does, without a database: the counts are in memory.
        auto *recorder = new UsageRecorder(m_kiosk.window(), UsageStore::Options{});
        m_reporter->countReading(recorder->store());
        const QString opens =
            QStringLiteral("patient_kiosk_article_opens_total{article=\"side-effects\",language=\"en\"}");
        const QByteArray before = nextFile();
        QVERIFY2(before.contains("# TYPE patient_kiosk_article_opens_total counter"), before.constData());
        QCOMPARE(valueOf(before, opens), -1.0); // no series for an article nobody opened
        QCOMPARE(valueOf(before, QStringLiteral("patient_kiosk_visits_by_length_total{length=\"under_1_min\"}")), 0.0);

        m_kiosk.openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        m_kiosk.tap(QStringLiteral("homeButton"));
        m_kiosk.tap(QStringLiteral("topicTile_safety"));
        m_kiosk.tap(QStringLiteral("articleTile_side-effects"));
        m_kiosk.waitForArticle(QStringLiteral("side-effects"));
        const QByteArray reading = nextFile();
        QVERIFY2(valueOf(reading, opens) == 1.0, reading.constData());

        m_kiosk.finishByTouch();
        const QByteArray after = nextFile();
        QCOMPARE(valueOf(after, opens), 1.0);
        double visits = 0;
        for (int bucket = 0; bucket < UsageCounts::SessionLengthCount; ++bucket)
            visits += valueOf(after, QStringLiteral("patient_kiosk_visits_by_length_total{length=\"%1\"}")
                                         .arg(UsageCounts::bucketName(UsageCounts::SessionLength(bucket))));
        QCOMPARE(visits, 1.0);
        checkWithPromtool();
    }

    // Statistics that cannot be saved never reach a patient (the counts wait
    // in memory, one line in the journal), so the metrics are how IT hears
    // of it: each failed try at the end of a visit is counted.
    void statisticsThatCannotBeSavedReachTheFile()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        UsageStore::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("a-file/usage/usage.sqlite")); // a folder it cannot make
        // Said once, as the store opens its file at the start; not again per try.
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("a-file/usage does not exist")));
        auto *recorder = new UsageRecorder(m_kiosk.window(), options);
        m_reporter->countReading(recorder->store());
        const QString failures = QStringLiteral("patient_kiosk_statistics_save_failures_total");
        QCOMPARE(valueOf(nextFile(), failures), 0.0);

        QSignalSpy tried(recorder->store(), &UsageStore::flushFinished);
        m_kiosk.openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        m_kiosk.finishByTouch(); // the visit's end tries to store its counts
        QTRY_COMPARE_WITH_TIMEOUT(tried.size(), 1, 10000);
        QCOMPARE(tried.constFirst().constFirst().toBool(), false);
        QVERIFY(!recorder->store()->pending().isEmpty()); // kept for the next try
        const QByteArray after = nextFile();
        QVERIFY2(valueOf(after, failures) == 1.0, after.constData());
        QCOMPARE(valueOf(after, QStringLiteral("patient_kiosk_backlight_failures_total")), 0.0);
        checkWithPromtool();
    }

    void theLastFileSaysDownWhenTheKioskStops()
    {
        QVERIFY(!nextFile().isEmpty());
        m_kiosk.closeWindow();
        m_reporter = nullptr;
        QFile file(metricsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(valueOf(file.readAll(), QStringLiteral("patient_kiosk_up")), 0.0);
    }
};

QTEST_MAIN(TestFleetHealth)
#include "tst_fleethealth.moc"
