#include "SystemdNotifier.h"

#include "system/KioskLogging.h"

#include <systemd/sd-daemon.h>

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
{
    // Not sd_watchdog_enabled(): it insists WATCHDOG_PID is this process,
    // but under cage or xinit the kiosk is the service's child, and the
    // unit's NotifyAccess=all accepts its pings.
    bool ok = false;
    const qulonglong usec = qEnvironmentVariable("WATCHDOG_USEC").toULongLong(&ok);
    if (ok && usec > 0 && qEnvironmentVariableIsSet("NOTIFY_SOCKET")) {
        // Twice per period, as sd_watchdog_enabled(3) recommends.
        m_pings.setInterval(int(std::max<qulonglong>(usec / 2000, 1)));
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
