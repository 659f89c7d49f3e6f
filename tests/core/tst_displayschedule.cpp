#include "hours/DisplaySchedule.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {

// A schedule on a clock moved by hand, in UTC, with the clinic's week.
struct ScheduleOnFakeClock
{
    QDateTime now;
    DisplaySchedule schedule;
    explicit ScheduleOnFakeClock(const QDateTime &start,
                                 const QString &hours = QStringLiteral("Mon-Fri 07:30-18:00; Sat 08:00-12:00"))
        : now(start)
    {
        schedule.setClock([this] { return now; });
        schedule.setTimeZone(QTimeZone::utc());
        schedule.setHours(*ClinicHours::parse(hours));
        schedule.setWakeDuration(10min);
    }
    // Moves time on and lets the schedule look, as its timer would.
    void advanceTo(const QDateTime &moment)
    {
        now = moment;
        schedule.checkTime();
    }
    void advance(std::chrono::seconds by) { advanceTo(now.addSecs(by.count())); }
    // The timers this schedule has running (the one it arms, and no other).
    int activeTimers() const
    {
        int count = 0;
        for (const QTimer *timer : schedule.findChildren<QTimer *>())
            count += timer->isActive() ? 1 : 0;
        return count + (schedule.timer().isActive() ? 1 : 0);
    }
};

const QDate Friday(2024, 6, 7);

QDateTime at(int dayOffset, int hour, int minute, int second = 0)
{
    return QDateTime(Friday.addDays(dayOffset), QTime(hour, minute, second), QTimeZone::utc());
}

} // namespace

// The screen's day with a fake clock: no sleeping. One test keeps the real
// timer, to prove it drives the schedule.
class TestDisplaySchedule final : public QObject
{
    Q_OBJECT

private slots:
    void sleepsAtClosingOnItsOwnTimer()
    {
        // The real timer, 300 ms before closing, on a clock that runs.
        const QDateTime start = at(0, 17, 59, 59).addMSecs(700);
        QElapsedTimer elapsed;
        elapsed.start();
        DisplaySchedule schedule;
        schedule.setClock([&] { return start.addMSecs(elapsed.elapsed()); });
        schedule.setTimeZone(QTimeZone::utc());
        schedule.setHours(*ClinicHours::parse(QStringLiteral("Fri 07:30-18:00")));
        QSignalSpy sleep(&schedule, &DisplaySchedule::awakeChanged); // awake at start: a change is to asleep
        schedule.start();
        QVERIFY(schedule.isAwake());
        QVERIFY(sleep.wait(5000));
        QVERIFY(!schedule.isAwake());
    }

    void alwaysAwakeWithoutHoursAndNoTimer()
    {
        ScheduleOnFakeClock kiosk(at(0, 3, 0), QString());
        QSignalSpy changes(&kiosk.schedule, &DisplaySchedule::awakeChanged);
        kiosk.schedule.start();
        QVERIFY(kiosk.schedule.isAwake());
        QCOMPARE(kiosk.activeTimers(), 0);
        kiosk.advance(24h * 3);
        QVERIFY(kiosk.schedule.isAwake());
        QVERIFY(changes.isEmpty());
    }

    void startedAtNightSleepsAtOnce()
    {
        ScheduleOnFakeClock kiosk(at(0, 23, 0));
        QSignalSpy sleep(&kiosk.schedule, &DisplaySchedule::awakeChanged); // only to asleep here
        kiosk.schedule.start();
        QCOMPARE(sleep.size(), 1);
        QCOMPARE(sleep.first().first().toBool(), false);
        QVERIFY(!kiosk.schedule.isAwake());
    }

    void transitionsAtTheEdges()
    {
        ScheduleOnFakeClock kiosk(at(0, 17, 59, 59));
        QSignalSpy changes(&kiosk.schedule, &DisplaySchedule::awakeChanged);
        kiosk.schedule.start();
        QVERIFY(kiosk.schedule.isAwake());
        QCOMPARE(kiosk.schedule.nextCheck(), at(0, 18, 0));
        kiosk.advanceTo(at(0, 18, 0));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().toBool(), false);
        // Saturday morning: awake at 08:00 sharp, not a second before.
        kiosk.advanceTo(at(1, 7, 59, 59));
        QVERIFY(!kiosk.schedule.isAwake());
        kiosk.advanceTo(at(1, 8, 0));
        QVERIFY(kiosk.schedule.isAwake());
        kiosk.advanceTo(at(1, 12, 0));
        QVERIFY(!kiosk.schedule.isAwake());
        // Sunday stays dark; Monday opens (the week wraps).
        kiosk.advanceTo(at(2, 12, 0));
        QVERIFY(!kiosk.schedule.isAwake());
        kiosk.advanceTo(at(3, 7, 30));
        QVERIFY(kiosk.schedule.isAwake());
        QCOMPARE(changes.size(), 4);
    }

    void oneTimerArmedWhileAsleep()
    {
        ScheduleOnFakeClock kiosk(at(1, 11, 30)); // Saturday, closing at noon
        kiosk.schedule.start();
        kiosk.advanceTo(at(1, 12, 0));
        QVERIFY(!kiosk.schedule.isAwake());
        // Asleep until Monday 07:30: exactly one timer, single-shot, never
        // further ahead than the cap (a wall clock corrected meanwhile is
        // noticed within the hour); nothing that ticks.
        QCOMPARE(kiosk.activeTimers(), 1);
        QVERIFY(kiosk.schedule.timer().isSingleShot());
        QCOMPARE(kiosk.schedule.timer().interval(),
                 int(std::chrono::milliseconds(DisplaySchedule::MaximumTimerDelay).count()));
        QCOMPARE(kiosk.schedule.nextCheck(), at(1, 13, 0));
        // An hour later it looks, stays asleep, and arms once more.
        kiosk.advanceTo(at(1, 13, 0));
        QVERIFY(!kiosk.schedule.isAwake());
        QCOMPARE(kiosk.activeTimers(), 1);
        // Within the last hour: armed to the opening itself.
        kiosk.advanceTo(at(3, 7, 0));
        QCOMPARE(kiosk.schedule.nextCheck(), at(3, 7, 30));
        QCOMPARE(kiosk.schedule.timer().interval(), 30 * 60 * 1000);
    }

    void aTouchWakesForWakeMinutesThenSleeps()
    {
        ScheduleOnFakeClock kiosk(at(0, 22, 0));
        kiosk.schedule.start();
        QVERIFY(!kiosk.schedule.isAwake());
        QSignalSpy changes(&kiosk.schedule, &DisplaySchedule::awakeChanged);
        kiosk.schedule.wakeByTouch();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toBool(), true);
        QCOMPARE(kiosk.schedule.nextCheck(), at(0, 22, 10));
        QCOMPARE(kiosk.activeTimers(), 1);
        kiosk.advanceTo(at(0, 22, 9, 59));
        QVERIFY(kiosk.schedule.isAwake());
        kiosk.advanceTo(at(0, 22, 10));
        QVERIFY(!kiosk.schedule.isAwake());
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).at(0).toBool(), false);
        // A second touch: another ten minutes.
        kiosk.advanceTo(at(0, 23, 0));
        kiosk.schedule.wakeByTouch();
        QVERIFY(kiosk.schedule.isAwake());
        kiosk.advanceTo(at(0, 23, 10));
        QVERIFY(!kiosk.schedule.isAwake());
    }

    void aTouchShortlyBeforeOpeningStaysAwake()
    {
        ScheduleOnFakeClock kiosk(at(3, 7, 25)); // Monday
        kiosk.schedule.start();
        kiosk.schedule.wakeByTouch();
        QCOMPARE(kiosk.schedule.nextCheck(), at(3, 7, 30)); // the opening comes first
        kiosk.advanceTo(at(3, 7, 30));
        kiosk.advanceTo(at(3, 7, 35)); // past the touch's ten minutes: open anyway
        QVERIFY(kiosk.schedule.isAwake());
    }

    void sleepWaitsForTheResetWhileInUse()
    {
        ScheduleOnFakeClock kiosk(at(0, 17, 50));
        kiosk.schedule.start();
        kiosk.schedule.setInUse(true);                                     // a patient is reading
        QSignalSpy sleep(&kiosk.schedule, &DisplaySchedule::awakeChanged); // only to asleep here
        kiosk.advanceTo(at(0, 18, 0));
        kiosk.advanceTo(at(0, 18, 25));
        QVERIFY(kiosk.schedule.isAwake());
        QVERIFY(sleep.isEmpty());
        // Nothing to time while waiting: the reset is the next event.
        QCOMPARE(kiosk.activeTimers(), 0);
        kiosk.schedule.setInUse(false); // the idle reset: back on the attract screen
        QCOMPARE(sleep.size(), 1);
        QCOMPARE(sleep.first().first().toBool(), false);
        QVERIFY(!kiosk.schedule.isAwake());
    }

    void aTouchWakeEndsAfterTheReadingPatientLeaves()
    {
        ScheduleOnFakeClock kiosk(at(0, 22, 0));
        kiosk.schedule.start();
        kiosk.schedule.wakeByTouch();
        kiosk.schedule.setInUse(true);
        kiosk.advanceTo(at(0, 22, 30)); // reading well past the ten minutes
        QVERIFY(kiosk.schedule.isAwake());
        kiosk.schedule.setInUse(false);
        QVERIFY(!kiosk.schedule.isAwake());
    }

    void staffOnASleepingScreenWakeIt()
    {
        // The staff corner held on the black screen opens the PIN pad: in use.
        ScheduleOnFakeClock kiosk(at(0, 22, 0));
        kiosk.schedule.start();
        kiosk.schedule.setInUse(true);
        QVERIFY(kiosk.schedule.isAwake());
        kiosk.schedule.setInUse(false);
        QVERIFY(!kiosk.schedule.isAwake());
    }

    void followsTheWallClockOverADaylightSavingChange()
    {
        // Europe/Berlin, spring forward on Sunday 2024-03-31: the kiosk
        // sleeping from Saturday noon wakes at 07:30 on the wall clock Monday.
        const QTimeZone berlin("Europe/Berlin");
        ScheduleOnFakeClock kiosk(QDateTime(QDate(2024, 3, 30), QTime(12, 0), berlin).toUTC());
        kiosk.schedule.setTimeZone(berlin);
        kiosk.schedule.start();
        QVERIFY(!kiosk.schedule.isAwake());
        const QDateTime opening(QDate(2024, 4, 1), QTime(7, 30), berlin);
        kiosk.advanceTo(opening.addSecs(-1).toUTC());
        QVERIFY(!kiosk.schedule.isAwake());
        QCOMPARE(kiosk.schedule.nextCheck(), opening);
        kiosk.advanceTo(opening.toUTC());
        QVERIFY(kiosk.schedule.isAwake());
    }
};

QTEST_GUILESS_MAIN(TestDisplaySchedule)
#include "tst_displayschedule.moc"
