#include "DisplaySchedule.h"

#include "system/KioskLogging.h"

using namespace std::chrono;

DisplaySchedule::DisplaySchedule(QObject *parent)
    : QObject(parent)
    , m_clock(&QDateTime::currentDateTimeUtc)
    , m_zone(QTimeZone::systemTimeZone())
{
    m_timer.setSingleShot(true);
    // Precise: a coarse timer may be 5 % late, three quarters of an hour on
    // a night-long sleep, and the clinic opens on time. One wake-up either way.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DisplaySchedule::checkTime);
}

void DisplaySchedule::setHours(const ClinicHours &hours)
{
    m_hours = hours;
    if (m_started)
        checkTime();
}

QDateTime DisplaySchedule::now() const
{
    return m_clock().toTimeZone(m_zone);
}

void DisplaySchedule::start()
{
    m_started = true;
    checkTime();
}

void DisplaySchedule::setInUse(bool inUse)
{
    if (m_inUse == inUse)
        return;
    m_inUse = inUse;
    if (m_started)
        checkTime();
}

void DisplaySchedule::wakeByTouch()
{
    if (m_awake)
        return;
    m_wokenUntil = now().addSecs(duration_cast<seconds>(m_wakeDuration).count());
    qCInfo(lcDisplay).noquote() << "display: woken by a touch until" << m_wokenUntil.toString(Qt::ISODate);
    checkTime();
}

void DisplaySchedule::checkTime()
{
    if (!m_started)
        return;
    const QDateTime moment = now();
    if (m_wokenUntil.isValid() && moment >= m_wokenUntil)
        m_wokenUntil = QDateTime();
    const bool open = m_hours.isOpenAt(moment);
    const bool wanted = open || m_wokenUntil.isValid();
    // Never asleep under a patient: the reset (back to attract) calls
    // setInUse(false). Staff who hold the corner on a sleeping screen get
    // their PIN pad in the light.
    setAwake(wanted || m_inUse);

    QDateTime next = m_hours.nextChangeAfter(moment);
    if (m_wokenUntil.isValid() && (!next.isValid() || m_wokenUntil < next))
        next = m_wokenUntil;
    if (!wanted && m_inUse) {
        // Out of hours and in use: the end of the session is the next
        // event, not a time.
        next = QDateTime();
    }
    arm(next, moment);
}

void DisplaySchedule::arm(const QDateTime &at, const QDateTime &from)
{
    if (!at.isValid()) {
        m_timer.stop();
        m_nextCheck = QDateTime();
        return;
    }
    const qint64 delay =
        std::clamp<qint64>(from.msecsTo(at), 0, duration_cast<milliseconds>(MaximumTimerDelay).count());
    m_nextCheck = from.addMSecs(delay);
    m_timer.start(milliseconds(delay));
}

void DisplaySchedule::setAwake(bool awake)
{
    if (m_awake == awake)
        return;
    m_awake = awake;
    qCInfo(lcDisplay) << (awake ? "display: awake" : "display: asleep");
    emit awakeChanged(awake);
}
