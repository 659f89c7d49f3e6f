// The done-when of the reading statistics: patients use the real window by
// touch (two sessions: articles opened, one read to the end by scrolling,
// one read aloud), and the real executable's --usage-report prints exactly
// those counts from the same file, while the kiosk still has it open.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "screens/ReaderScreen.h"
#include "staff/PinPadOverlay.h"
#include "staff/PinVault.h"
#include "staff/StaffController.h"
#include "staff/StaffGesture.h"
#include "staff/StaffPanel.h"
#include "usage/UsageStore.h"
#include "visit/UsageRecorder.h"
#include "web/WebEngineSetup.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {

const QDate Day(2026, 3, 10);
constexpr auto Pin = "482915";

} // namespace

class TestUsageStatistics final : public QObject
{
    Q_OBJECT

    KioskWindowFixture m_kiosk;
    QTemporaryDir m_dir;

    QString database() const { return m_dir.filePath(QStringLiteral("usage.sqlite")); }

    bool longerThanTheScreen()
    {
        return WebPageProbe::evaluate(m_kiosk.page(), QStringLiteral("document.documentElement.scrollHeight > "
                                                                     "2 * window.innerHeight"))
            .toBool();
    }

    void waitForStored(QSignalSpy &flushed)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!flushed.isEmpty(), 10000);
        QVERIFY2(flushed.last().first().toBool(), "the session's counts were not stored");
        flushed.clear();
    }

    UsageRecorder *openWithStatistics()
    {
        KioskWindowFixture::Options options;
        options.speech = KioskWindowFixture::Speech::FakeAvailable;
        options.config.setValue(KioskConfig::Key::UsageDatabaseFile, database());
        if (!m_kiosk.open(options))
            return nullptr;
        UsageStore::Options usage;
        usage.today = [] { return Day; };
        usage.flushInterval = std::chrono::hours(1); // only the resets store
        return new UsageRecorder(m_kiosk.window(), options.config, usage);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        m_kiosk.closeWindow();
        QFile::remove(database());
    }

    void reportShowsExactlyTheSessionsDrivenByTouch()
    {
        UsageRecorder *recorder = openWithStatistics();
        QVERIFY(recorder);
        QSignalSpy flushed(recorder->store(), &UsageStore::flushFinished);

        // Patient 1: reads "session-day" to its end, goes back, opens
        // "how-many-sessions" (and only glances at it), then "I'm done".
        m_kiosk.openArticleByTouch(QStringLiteral("treatment"), QStringLiteral("session-day"));
        QVERIFY2(longerThanTheScreen(), "the article must need scrolling for this test to mean anything");
        QSignalSpy readToEnd(m_kiosk.window()->readerScreen(), &ReaderScreen::articleReadToEnd);
        m_kiosk.scrollToTheEndByTouch();
        QTRY_COMPARE_WITH_TIMEOUT(readToEnd.count(), 1, 5000);
        m_kiosk.tap(QStringLiteral("backButton"));
        m_kiosk.tap(QStringLiteral("articleTile_how-many-sessions"));
        m_kiosk.waitForArticle(QStringLiteral("how-many-sessions"));
        QVERIFY(longerThanTheScreen());
        // Back to the first one and there again: still one open each.
        m_kiosk.tap(QStringLiteral("backButton"));
        m_kiosk.tap(QStringLiteral("articleTile_session-day"));
        m_kiosk.waitForArticle(QStringLiteral("session-day"));
        m_kiosk.finishByTouch();
        waitForStored(flushed);

        // Patient 2: opens "how-many-sessions" and listens to it.
        m_kiosk.openArticleByTouch(QStringLiteral("treatment"), QStringLiteral("how-many-sessions"));
        m_kiosk.tap(QStringLiteral("readAloudButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk.speech()->spoken.isEmpty(), 5000);
        m_kiosk.finishByTouch();
        waitForStored(flushed);

        // The real executable, on the same file, while this kiosk has it open.
        const QString config = m_dir.filePath(QStringLiteral("kiosk.conf"));
        QFile conf(config);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[usage]\ndatabase=%1\n").arg(database()).toUtf8());
        conf.close();
        QProcess report;
        report.start(QStringLiteral(KIOSK_BINARY),
                     {QStringLiteral("--usage-report"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--config"), config, QStringLiteral("--from"), QStringLiteral("2026-03-10"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-10")});
        QVERIFY(report.waitForFinished(30000));
        QCOMPARE(report.exitCode(), 0);
        const QString csv = QString::fromUtf8(report.readAllStandardOutput());
        QCOMPARE(csv, QStringLiteral("day,record,article,language,opens,reads_to_end,read_aloud,qr_shows,sessions,"
                                     "sessions_under_1_min,sessions_1_to_3_min,sessions_3_to_10_min,"
                                     "sessions_10_min_or_more\n"
                                     "2026-03-10,article,how-many-sessions,en,2,0,1,0,,,,,\n"
                                     "2026-03-10,article,session-day,en,1,1,0,0,,,,,\n"
                                     "2026-03-10,sessions,,,,,,,2,2,0,0,0\n"));
    }

    void staffPanelShowsTheWeeksMostOpenedArticles()
    {
        // A kiosk with a staff PIN, so that staff can open the panel by touch.
        const QString config = m_dir.filePath(QStringLiteral("staff.conf"));
        QFile conf(config);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[staff]\nstate_file=%1\naudit_log=%2\n[usage]\ndatabase=%3\n")
                       .arg(m_dir.filePath(QStringLiteral("state.ini")), m_dir.filePath(QStringLiteral("audit.log")),
                            database())
                       .toUtf8());
        conf.close();
        QString error;
        QVERIFY2(PinVault(config).setPin(QString::fromLatin1(Pin), &error), qPrintable(error));
        QList<ContentProblem> problems;
        KioskWindowFixture::Options options;
        options.config = KioskConfig::load(config, &problems);
        options.staffBar = true;
        QVERIFY(m_kiosk.open(options));
        UsageStore::Options usage;
        usage.today = [] { return Day; };
        usage.flushInterval = std::chrono::hours(1);
        auto *recorder = new UsageRecorder(m_kiosk.window(), options.config, usage);
        QSignalSpy flushed(recorder->store(), &UsageStore::flushFinished);

        // One patient opens "session-day", and the next both articles: one
        // visit's counts are stored, the other's still wait in memory.
        m_kiosk.openArticleByTouch(QStringLiteral("treatment"), QStringLiteral("session-day"));
        m_kiosk.finishByTouch();
        waitForStored(flushed);
        m_kiosk.openArticleByTouch(QStringLiteral("treatment"), QStringLiteral("how-many-sessions"));
        m_kiosk.tap(QStringLiteral("backButton"));
        m_kiosk.tap(QStringLiteral("articleTile_session-day"));
        m_kiosk.waitForArticle(QStringLiteral("session-day"));
        m_kiosk.tap(QStringLiteral("homeButton"));

        // Staff lock the kiosk, then open the panel with the gesture and PIN.
        m_kiosk.tap(QStringLiteral("lockKioskButton"));
        QVERIFY(m_kiosk.window()->isKioskLocked());
        StaffController *staff = m_kiosk.window()->staff();
        staff->gesture()->setHoldTime(200);
        QTest::qWait(200);
        m_kiosk.touch().hold(m_kiosk.window(), staff->gesture()->corner().center(), 400);
        QVERIFY(staff->pinPad()->isVisible());
        for (const QChar digit : QString::fromLatin1(Pin))
            m_kiosk.tap(QStringLiteral("pinKey_") + digit);
        m_kiosk.tap(QStringLiteral("pinOk"));
        QTRY_VERIFY_WITH_TIMEOUT(staff->panel()->isVisible(), 5000);

        QLabel *top = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((top = m_kiosk.visible<QLabel>(QStringLiteral("staffTopArticles"))) != nullptr, 5000);
        const QStringList lines = top->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).endsWith(QLatin1String("(en): opened 2 times")), qPrintable(top->text()));
        QVERIFY2(lines.at(1).endsWith(QLatin1String("(en): opened once")), qPrintable(top->text()));
        QCOMPARE(m_kiosk.visible<QLabel>(QStringLiteral("staffTopArticlesHeading"))->text(),
                 QStringLiteral("Most read in the last 7 days"));
    }
};

QTEST_MAIN(TestUsageStatistics)
#include "tst_usagestatistics.moc"
