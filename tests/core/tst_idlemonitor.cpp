#include "session/IdleMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// The monitor's clock, moved by hand: each test says exactly when.
struct FakeClock
{
    std::chrono::milliseconds now{1'000'000ms};
    void attachTo(IdleMonitor *monitor)
    {
        monitor->setClock([this] { return now; });
    }
    // Moves time on and lets the monitor look, as its timers would.
    void advance(IdleMonitor *monitor, std::chrono::milliseconds by)
    {
        now += by;
        monitor->checkTime();
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
        IdleMonitor monitor;
        FakeClock clock;
        clock.attachTo(&monitor);
        monitor.setTimeouts(120s, 30s);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy ticks(&monitor, &IdleMonitor::warningTick);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();

        clock.advance(&monitor, 119'999ms);
        QCOMPARE(warning.size(), 0); // a millisecond early: nothing yet
        clock.advance(&monitor, 1ms);
        QCOMPARE(warning.size(), 1);
        QCOMPARE(warning.first().first().toInt(), 30);
        QVERIFY(monitor.isWarning());

        for (int left = 29; left >= 1; --left) {
            clock.advance(&monitor, 1s);
            QCOMPARE(ticks.last().first().toInt(), left);
            QCOMPARE(monitor.secondsLeft(), left);
        }
        QCOMPARE(ticks.size(), 29);
        QCOMPARE(timedOut.size(), 0);
        clock.advance(&monitor, 1s);
        QCOMPARE(timedOut.size(), 1);
        QVERIFY(!monitor.isWarning());
        QVERIFY(!monitor.isRunning());
        clock.advance(&monitor, 1h); // and never again
        QCOMPARE(timedOut.size(), 1);
    }

    void activityPostponesTheWarning()
    {
        IdleMonitor monitor;
        FakeClock clock;
        clock.attachTo(&monitor);
        monitor.setTimeouts(120s, 30s);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        monitor.start();
        for (int i = 0; i < 10; ++i) { // twenty minutes of reading, a touch a minute
            clock.advance(&monitor, 60s);
            monitor.recordActivity();
        }
        QCOMPARE(warning.size(), 0);
        clock.advance(&monitor, 119s);
        QCOMPARE(warning.size(), 0);
        clock.advance(&monitor, 1s); // two minutes after the last touch
        QCOMPARE(warning.size(), 1);
    }

    void activityDuringWarningCancelsItAnyNumberOfTimes()
    {
        IdleMonitor monitor;
        FakeClock clock;
        clock.attachTo(&monitor);
        monitor.setTimeouts(120s, 30s);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy cancelled(&monitor, &IdleMonitor::warningCancelled);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        for (int i = 1; i <= 5; ++i) {
            clock.advance(&monitor, 120s);
            QCOMPARE(warning.size(), i);
            clock.advance(&monitor, 29s); // the last second of the countdown
            monitor.recordActivity();     // "I'm still here"
            QCOMPARE(cancelled.size(), i);
            QVERIFY(!monitor.isWarning());
        }
        clock.advance(&monitor, 60s);
        QCOMPARE(timedOut.size(), 0);
    }

    void stopPreventsEverything()
    {
        IdleMonitor monitor;
        FakeClock clock;
        clock.attachTo(&monitor);
        monitor.setTimeouts(120s, 30s);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        monitor.stop();
        clock.advance(&monitor, 1h);
        QCOMPARE(warning.size(), 0);
        QCOMPARE(timedOut.size(), 0);
        QVERIFY(!monitor.isRunning());
    }

    void pauseHoldsTheCountdown()
    {
        IdleMonitor monitor;
        FakeClock clock;
        clock.attachTo(&monitor);
        monitor.setTimeouts(120s, 30s);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        monitor.start();
        clock.advance(&monitor, 100s);
        monitor.pause(); // read-aloud plays a ten-minute article
        clock.advance(&monitor, 10min);
        QCOMPARE(warning.size(), 0);
        monitor.resume(); // counts from now, not from before the pause
        clock.advance(&monitor, 119s);
        QCOMPARE(warning.size(), 0);
        clock.advance(&monitor, 1s);
        QCOMPARE(warning.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
