#include "SystemdNotifier.h"

#include "KioskLogging.h"

#include <systemd/sd-daemon.h>

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        // Twice per period, as sd_watchdog_enabled(3) recommends.
        m_pings.setInterval(int(std::max<uint64_t>(usec / 2000, 1)));
        m_pings.setTimerType(Qt::PreciseTimer);
        connect(&m_pings, &QTimer::timeout, this, &SystemdNotifier::ping);
        m_pings.start();
        qCInfo(lcSession) << "systemd watchdog: ping every" << m_pings.interval() << "ms";
    }
}

void SystemdNotifier::notifyReady()
{
    sd_notify(0, "READY=1");
    if (m_pings.isActive())
        ping();
}

void SystemdNotifier::notifyStopping()
{
    sd_notify(0, "STOPPING=1");
}

void SystemdNotifier::ping()
{
    sd_notify(0, "WATCHDOG=1");
}
