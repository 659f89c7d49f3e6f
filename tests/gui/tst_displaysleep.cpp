#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "hours/DisplaySchedule.h"
#include "screens/AttractScreen.h"
#include "screens/SleepScreen.h"
#include "session/IdleMonitor.h"
#include "system/Backlight.h"
#include "visit/DisplaySleep.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"
#include "web/WebEngineSetup.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace std::chrono_literals;

namespace {

// A backlight that remembers what it was told.
class RecordingBacklight final : public Backlight
{
public:
    void setPowered(bool on) override
    {
        calls.append(on);
        reportApplied(on);
    }
    QList<bool> calls;
};

// A wall clock that runs in real time from `start`, and can be moved on.
struct RunningClock
{
    QDateTime start;
    qint64 jumpedMs = 0;
    QElapsedTimer elapsed;
    QDateTime now() const { return start.addMSecs(elapsed.elapsed() + jumpedMs); }
};

} // namespace

// The real window at closing time, driven by touch, with a clock injected
// that runs a second or two before closing: the schedule's own timer puts
// it to sleep, the way it does at 18:00 in a clinic.
class TestDisplaySleep final : public QObject
{
    Q_OBJECT

private:
    KioskWindowFixture m_kiosk;
    RunningClock m_clock;
    RecordingBacklight *m_backlight = nullptr;
    DisplaySleep *m_sleep = nullptr;

    // Friday, `secondsBefore` closing at 18:00 (UTC).
    void openAtClosing(double idleSeconds = 120, int msBefore = 1500)
    {
        KioskConfig config;
        config.setValue(KioskConfig::Key::DisplayHours, QStringLiteral("Mon-Fri 07:30-18:00"));
        config.setValue(KioskConfig::Key::WakeMinutes, 10);
        config.setValue(KioskConfig::Key::IdleTimeoutSeconds, idleSeconds);
        config.setValue(KioskConfig::Key::IdleWarningSeconds, 0.5);
        QVERIFY(m_kiosk.open({config}));
        m_clock.start = closing().addMSecs(-msBefore);
        m_clock.jumpedMs = 0;
        m_clock.elapsed.start();
        m_backlight = new RecordingBacklight;
        m_sleep = new DisplaySleep(
            m_kiosk.window(), config, [this] { return m_clock.now(); }, m_backlight);
        m_sleep->schedule()->setTimeZone(QTimeZone::utc());
        m_sleep->schedule()->checkTime(); // the zone above, from now on
        QVERIFY(!m_sleep->isAsleep());
    }

    static QDateTime closing() { return QDateTime(QDate(2024, 6, 7), QTime(18, 0), QTimeZone::utc()); }
    SleepScreen *sleepScreen() const { return m_kiosk.visible<SleepScreen>(QStringLiteral("sleepScreen")); }
    AttractScreen *attract() const
    {
        return m_kiosk.window()->findChild<AttractScreen *>(QStringLiteral("attractScreen"));
    }
    bool pageFrozen() const
    {
        return m_kiosk.window()->webSession()->page()->lifecycleState() == QWebEnginePage::LifecycleState::Frozen;
    }

private slots:
    void cleanup()
    {
        m_kiosk.closeWindow();
        m_sleep = nullptr;
        m_backlight = nullptr;
    }

    void closingTimeOnAttractShowsTheBlackScreen()
    {
        openAtClosing();
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("attractScreen"));
        QVERIFY(attract()->isRotating());
        QVERIFY(!sleepScreen());
        // No call from here: the schedule's timer fires at 18:00.
        QTRY_VERIFY_WITH_TIMEOUT(sleepScreen(), 10000);
        SleepScreen *black = sleepScreen();
        QCOMPARE(black->geometry(), m_kiosk.window()->rect());
        QCOMPARE(black->grab().toImage().pixelColor(black->width() / 2, black->height() / 2), QColor(Qt::black));
        QCOMPARE(black->cursor().shape(), Qt::BlankCursor);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(black);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Screen asleep; touch to wake"));
        QCOMPARE(accessible->role(), QAccessible::Button);
        // Nothing ticks behind it.
        QVERIFY(!attract()->isRotating());
        QVERIFY(!m_kiosk.window()->idleMonitor()->isRunning());
        QVERIFY(pageFrozen());
        QCOMPARE(m_backlight->calls, QList<bool>{false});
        // The widget on top where a finger lands is the black screen.
        const QPoint middle = m_kiosk.window()->rect().center();
        QCOMPARE(m_kiosk.window()->childAt(middle), black);
    }

    void aTouchWakesToTheAttractScreenForWakeMinutes()
    {
        openAtClosing();
        QTRY_VERIFY_WITH_TIMEOUT(sleepScreen(), 10000);
        m_kiosk.touch().tap(sleepScreen());
        QTRY_VERIFY(!sleepScreen());
        QTest::qWait(50);
        // To the welcome, not past it: the waking touch begins nothing.
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("attractScreen"));
        QVERIFY(attract()->isRotating());
        QVERIFY(!pageFrozen());
        QCOMPARE(m_backlight->calls, (QList<bool>{false, true}));
        // A patient can begin as usual.
        m_kiosk.tap(m_kiosk.beginButton());
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("disclaimerScreen"));
        m_kiosk.window()->session()->resetToAttract(QStringLiteral("test"));
        QTest::qWait(50);
        QVERIFY(!sleepScreen()); // still inside the ten minutes
        // Ten minutes on, it sleeps again.
        m_clock.jumpedMs += 10 * 60 * 1000;
        m_sleep->schedule()->checkTime(); // what its timer does at that moment
        QVERIFY(sleepScreen());
        QVERIFY(!attract()->isRotating());
    }

    void aPatientReadingAtClosingKeepsReadingUntilTheReset()
    {
        openAtClosing(/*idleSeconds=*/12, /*msBefore=*/6000);
        // The patient starts reading a few seconds before 18:00.
        QSignalSpy sleep(m_sleep->schedule(), &DisplaySchedule::awakeChanged); // only to asleep here
        m_kiosk.openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        QVERIFY2(sleep.isEmpty(), "the test machine took over 6 s to open an article");
        // Past closing time, still reading: touches keep the visit going.
        QTRY_VERIFY_WITH_TIMEOUT(m_clock.now() > closing().addSecs(1), 10000);
        m_kiosk.touch().drag(m_kiosk.webInput(), QPoint(400, 900), QPoint(400, 600));
        QTest::qWait(200);
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("readerScreen"));
        QVERIFY(!sleepScreen());
        QVERIFY(sleep.isEmpty());
        QVERIFY(!m_sleep->isAsleep());
        // The patient walks away: the idle reset, then sleep.
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk.screenName(), QStringLiteral("attractScreen"), 30000);
        QTRY_VERIFY(sleepScreen());
        QCOMPARE(sleep.size(), 1);
        QCOMPARE(sleep.first().first().toBool(), false);
        QVERIFY(!attract()->isRotating());
    }
};

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)
QTEST_MAIN(TestDisplaySleep)
#include "tst_displaysleep.moc"
