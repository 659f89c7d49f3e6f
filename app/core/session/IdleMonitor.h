#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

// Decides when a patient has walked away. After `idleTimeout` without
// activity it starts a visible warning that counts down `warningDuration`;
// any activity (or "I'm still here") during the warning cancels it, any
// number of times; at zero it reports the timeout so the session can end.
//
// Activity is only recorded (a clock read), never a timer restart: input
// arrives at hundreds of events a second during a scroll, and the idle timer
// re-arms itself for the remainder when it fires early.
//
// Every decision reads the time from a clock (monotonic, the steady clock
// unless setClock() gives another); the timers only say when to look
// again. A test moves a fake clock and calls checkTime(): no sleeping.
class IdleMonitor final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::milliseconds()>;

    explicit IdleMonitor(QObject *parent = nullptr);

    void setClock(Clock clock);
    void setTimeouts(std::chrono::milliseconds idleTimeout, std::chrono::milliseconds warningDuration);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    std::chrono::milliseconds warningDuration() const { return m_warningDuration; }

    bool isRunning() const { return m_running; }
    bool isWarning() const { return m_warning; }
    int secondsLeft() const; // while warning: whole seconds, rounded up

public slots:
    void start(); // begins watching, counting from now
    void stop();  // no warning, no timeout until start() again
    void recordActivity();
    // Holds the countdown while something else keeps the patient engaged
    // without input (for example read-aloud); resume() counts from now.
    void pause();
    void resume();
    // Looks at the clock now and does what is due (warn, count down, time
    // out). The timers call it; so does a test after moving its clock.
    void checkTime();

signals:
    void warningStarted(int secondsLeft);
    void warningTick(int secondsLeft);
    void warningCancelled();
    void timedOut();

private:
    void onIdleTimer();
    void onTick();
    void armIdleTimer(std::chrono::milliseconds delay);
    void cancelWarning();
    std::chrono::milliseconds now() const { return m_clock(); }

    // Until setTimeouts(): the config table's defaults (set in the constructor).
    std::chrono::milliseconds m_idleTimeout{0};
    std::chrono::milliseconds m_warningDuration{0};
    Clock m_clock;
    QTimer m_idleTimer;
    QTimer m_tickTimer;
    std::chrono::milliseconds m_lastActivity{0};
    std::chrono::milliseconds m_warningEnds{0};
    int m_lastSecondsShown = -1;
    bool m_running = false;
    bool m_warning = false;
    bool m_paused = false;
};
