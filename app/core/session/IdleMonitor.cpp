#include "IdleMonitor.h"

#include "config/KioskConfig.h"
#include "system/KioskLogging.h"

using namespace std::chrono;

namespace {

milliseconds defaultMilliseconds(KioskConfig::Key key)
{
    return duration_cast<milliseconds>(duration<double>(KioskConfig::info(key).defaultValue.toDouble()));
}

} // namespace

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
    , m_idleTimeout(defaultMilliseconds(KioskConfig::Key::IdleTimeoutSeconds))
    , m_warningDuration(defaultMilliseconds(KioskConfig::Key::IdleWarningSeconds))
    , m_clock([] { return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()); })
{
    m_idleTimer.setSingleShot(true);
    // Coarse timers let the system batch wake-ups: a few ms of slack on a
    // two-minute timeout is invisible and saves power on an idle kiosk.
    m_idleTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleMonitor::onIdleTimer);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleMonitor::onTick);
}

void IdleMonitor::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastActivity = now();
}

void IdleMonitor::checkTime()
{
    if (m_warning)
        onTick();
    else
        onIdleTimer();
}

void IdleMonitor::setTimeouts(milliseconds idleTimeout, milliseconds warningDuration)
{
    m_idleTimeout = std::max(idleTimeout, milliseconds(1));
    m_warningDuration = std::max(warningDuration, milliseconds(1));
    if (m_running && !m_warning && !m_paused)
        armIdleTimer(m_idleTimeout);
}

int IdleMonitor::secondsLeft() const
{
    if (!m_warning)
        return 0;
    const qint64 ms = (m_warningEnds - now()).count();
    return int((std::max<qint64>(ms, 0) + 999) / 1000);
}

void IdleMonitor::start()
{
    m_running = true;
    m_paused = false;
    cancelWarning();
    m_lastActivity = now();
    armIdleTimer(m_idleTimeout);
}

void IdleMonitor::stop()
{
    m_running = false;
    m_idleTimer.stop();
    if (m_warning) {
        m_warning = false;
        m_tickTimer.stop();
    }
}

void IdleMonitor::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_idleTimer.stop();
    cancelWarning();
}

void IdleMonitor::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_lastActivity = now();
    armIdleTimer(m_idleTimeout);
}

void IdleMonitor::recordActivity()
{
    m_lastActivity = now();
    if (m_warning && m_running) {
        cancelWarning();
        armIdleTimer(m_idleTimeout);
    }
}

void IdleMonitor::armIdleTimer(milliseconds delay)
{
    m_idleTimer.start(delay);
}

void IdleMonitor::onIdleTimer()
{
    if (!m_running || m_paused)
        return;
    const milliseconds idleFor = now() - m_lastActivity;
    if (idleFor < m_idleTimeout) {
        armIdleTimer(m_idleTimeout - idleFor);
        return;
    }
    m_warning = true;
    m_warningEnds = now() + m_warningDuration;
    m_lastSecondsShown = secondsLeft();
    // Tick on second boundaries for the countdown, or faster for sub-second
    // warnings (tests).
    m_tickTimer.start(std::min<milliseconds>(milliseconds(250), m_warningDuration));
    qCInfo(lcSession) << "idle warning:" << m_lastSecondsShown << "s left";
    emit warningStarted(m_lastSecondsShown);
}

void IdleMonitor::onTick()
{
    if (!m_warning)
        return;
    if (now() >= m_warningEnds) {
        m_tickTimer.stop();
        m_warning = false;
        m_running = false;
        emit timedOut();
        return;
    }
    const int seconds = secondsLeft();
    if (seconds != m_lastSecondsShown) {
        m_lastSecondsShown = seconds;
        emit warningTick(seconds);
    }
}

void IdleMonitor::cancelWarning()
{
    if (!m_warning)
        return;
    m_warning = false;
    m_tickTimer.stop();
    qCInfo(lcSession) << "idle warning cancelled: patient is still here";
    emit warningCancelled();
}
