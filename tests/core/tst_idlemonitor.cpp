#include "session/IdleMonitor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// Timing tests use short periods and check order and presence of events with
// generous margins; how fast is the benchmark's business.
class TestIdleMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void warnsThenTimesOut()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(100ms, 1200ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy ticks(&monitor, &IdleMonitor::warningTick);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        QVERIFY(warning.wait(2000));
        QCOMPARE(warning.first().first().toInt(), 2); // 1.2 s rounds up to 2
        QVERIFY(monitor.isWarning());
        QCOMPARE(timedOut.size(), 0);
        QVERIFY(timedOut.wait(3000));
        QVERIFY(!ticks.isEmpty());
        QCOMPARE(ticks.last().first().toInt(), 1);
        QVERIFY(!monitor.isWarning());
        QVERIFY(!monitor.isRunning());
    }

    void activityPostponesTheWarning()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(300ms, 5000ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        monitor.start();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 900) {
            monitor.recordActivity();
            QTest::qWait(50);
        }
        QCOMPARE(warning.size(), 0);
        QVERIFY(warning.wait(2000)); // and it comes once the activity stops
    }

    void activityDuringWarningCancelsItAnyNumberOfTimes()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(50ms, 5000ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        QSignalSpy cancelled(&monitor, &IdleMonitor::warningCancelled);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        monitor.start();
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(warning.wait(2000));
            monitor.recordActivity(); // "I'm still here"
            QCOMPARE(cancelled.size(), i);
            QVERIFY(!monitor.isWarning());
        }
        QCOMPARE(timedOut.size(), 0);
    }

    void stopPreventsEverything()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(50ms, 50ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        monitor.start();
        monitor.stop();
        QTest::qWait(300);
        QCOMPARE(warning.size(), 0);
        QVERIFY(!monitor.isRunning());
    }

    void pauseHoldsTheCountdown()
    {
        IdleMonitor monitor;
        monitor.setTimeouts(100ms, 5000ms);
        QSignalSpy warning(&monitor, &IdleMonitor::warningStarted);
        monitor.start();
        monitor.pause(); // e.g. read-aloud is playing
        QTest::qWait(400);
        QCOMPARE(warning.size(), 0);
        monitor.resume();
        QVERIFY(warning.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
