#include "session/IdleMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// A monitor on a clock moved by hand, with the real timeouts (two minutes,
// thirty seconds): each test says exactly when.
struct MonitorOnFakeClock
{
    std::chrono::milliseconds now{1'000'000ms};
    IdleMonitor monitor;
    MonitorOnFakeClock()
    {
        monitor.setClock([this] { return now; });
        monitor.setTimeouts(120s, 30s);
    }
    // Moves time on and lets the monitor look, as its timers would.
    void advance(std::chrono::milliseconds by)
    {
        now += by;
        monitor.checkTime();
    }
};

} // namespace

// Timing with a fake clock: the real timeouts (two minutes, thirty seconds)
// and no sleeping. One test keeps the real timers, to prove they drive it.
class TestIdleMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void warnsThenTimesOutOnTheRealClock()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(100ms, 1200ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy ticks(&monitor, &IdleMonitor::warningTick);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        QVERIFY(warning.wait(2000));
        QCOMPARE(warning.first().first().toInt(), 2); // 1.2 s rounds up to 2
        QVERIFY(timedOut.wait(3000));
        QVERIFY(!ticks.isEmpty());
        QCOMPARE(ticks.last().first().toInt(), 1);
        QVERIFY(!monitor.isRunning());
    }

    void warnsAtTheTimeoutAndCountsDownEachSecond()
    {
        MonitorOnFakeClock kiosk;
        IdleMonitor &monitor = kiosk.monitor;
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy ticks(&monitor, &IdleMonitor::warningTick);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();

        kiosk.advance(119'999ms);
        QCOMPARE(warning.size(), 0); // a millisecond early: nothing yet
        kiosk.advance(1ms);
        QCOMPARE(warning.size(), 1);
        QCOMPARE(warning.first().first().toInt(), 30);
        QVERIFY(monitor.isWarning());

        for (int left = 29; left >= 1; --left) {
            kiosk.advance(1s);
            QCOMPARE(ticks.last().first().toInt(), left);
            QCOMPARE(monitor.secondsLeft(), left);
        }
        QCOMPARE(ticks.size(), 29);
        QCOMPARE(timedOut.size(), 0);
        kiosk.advance(1s);
        QCOMPARE(timedOut.size(), 1);
        QVERIFY(!monitor.isWarning());
        QVERIFY(!monitor.isRunning());
        kiosk.advance(1h); // and never again
        QCOMPARE(timedOut.size(), 1);
    }

    void activityPostponesTheWarning()
    {
        MonitorOnFakeClock kiosk;
        IdleMonitor &monitor = kiosk.monitor;
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        monitor.start();
        for (int i = 0; i < 10; ++i) { // twenty minutes of reading, a touch a minute
            kiosk.advance(60s);
            monitor.recordActivity();
        }
        QCOMPARE(warning.size(), 0);
        kiosk.advance(119s);
        QCOMPARE(warning.size(), 0);
        kiosk.advance(1s); // two minutes after the last touch
        QCOMPARE(warning.size(), 1);
    }

    void activityDuringWarningCancelsItAnyNumberOfTimes()
    {
        MonitorOnFakeClock kiosk;
        IdleMonitor &monitor = kiosk.monitor;
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy cancelled(&monitor, &IdleMonitor::warningCancelled);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        for (int i = 1; i <= 5; ++i) {
            kiosk.advance(120s);
            QCOMPARE(warning.size(), i);
            kiosk.advance(29s);       // the last second of the countdown
            monitor.recordActivity(); // "I'm still here"
            QCOMPARE(cancelled.size(), i);
            QVERIFY(!monitor.isWarning());
        }
        kiosk.advance(60s);
        QCOMPARE(timedOut.size(), 0);
    }

    void stopPreventsEverything()
    {
        MonitorOnFakeClock kiosk;
        IdleMonitor &monitor = kiosk.monitor;
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        monitor.stop();
        kiosk.advance(1h);
        QCOMPARE(warning.size(), 0);
        QCOMPARE(timedOut.size(), 0);
        QVERIFY(!monitor.isRunning());
    }

    void pauseHoldsTheCountdown()
    {
        MonitorOnFakeClock kiosk;
        IdleMonitor &monitor = kiosk.monitor;
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        monitor.start();
        kiosk.advance(100s);
        monitor.pause(); // read-aloud plays a ten-minute article
        kiosk.advance(10min);
        QCOMPARE(warning.size(), 0);
        monitor.resume(); // counts from now, not from before the pause
        kiosk.advance(119s);
        QCOMPARE(warning.size(), 0);
        kiosk.advance(1s);
        QCOMPARE(warning.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
