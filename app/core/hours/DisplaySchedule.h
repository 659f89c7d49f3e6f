#pragma once

#include "hours/ClinicHours.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <chrono>
#include <functional>

// Decides when the kiosk's screen is awake: within the clinic's hours;
// outside them only for `wakeDuration` after a touch on the sleeping
// screen; and never asleep under a patient: while a session is active
// (anything but the attract screen) or staff are in their panel, sleep
// waits until the kiosk is back on the attract screen.
//
// Every decision reads the time from a clock (the system's wall clock
// unless setClock() gives another), in a time zone (the system's unless
// setTimeZone() gives another). One single-shot timer is armed to the next
// moment the answer can change (a closing, an opening, the end of a touch's
// wake), so a sleeping kiosk wakes its CPU once, not every few seconds. The
// timer is never armed further than MaximumTimerDelay ahead: a wall clock
// set late (NTP after boot, a machine resumed from suspend) is noticed
// within that time. A test moves a fake clock and calls checkTime().
class DisplaySchedule final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::minutes MaximumTimerDelay{60};

    explicit DisplaySchedule(QObject *parent = nullptr);

    void setHours(const ClinicHours &hours);
    void setWakeDuration(std::chrono::minutes duration) { m_wakeDuration = duration; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    const ClinicHours &hours() const { return m_hours; }
    std::chrono::minutes wakeDuration() const { return m_wakeDuration; }
    bool isAwake() const { return m_awake; }
    // The moment the armed timer looks again (invalid when none is armed:
    // always open, or waiting for a session to end).
    QDateTime nextCheck() const { return m_nextCheck; }
    // The timer itself, for tests that check there is exactly one.
    const QTimer &timer() const { return m_timer; }

public slots:
    // Looks at the clock and arms the timer; the first call may put the
    // kiosk to sleep at once (started at night).
    void start();
    // True while a patient (or staff) is using the kiosk: no sleep until false.
    void setInUse(bool inUse);
    // A touch on the sleeping screen: awake for wakeDuration from now.
    void wakeByTouch();
    // Looks at the clock now and does what is due. The timer calls it, and
    // so does a test after moving its clock.
    void checkTime();

signals:
    void awakeChanged(bool awake);

private:
    QDateTime now() const;
    void setAwake(bool awake);
    void arm(const QDateTime &at, const QDateTime &from);

    ClinicHours m_hours;
    std::chrono::minutes m_wakeDuration{10};
    Clock m_clock;
    QTimeZone m_zone;
    QTimer m_timer;
    QDateTime m_wokenUntil; // invalid unless a touch woke the kiosk out of hours
    QDateTime m_nextCheck;
    bool m_awake = true;
    bool m_inUse = false;
    bool m_started = false;
};
