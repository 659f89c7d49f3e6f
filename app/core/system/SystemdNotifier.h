#pragma once

#include <QObject>
#include <QTimer>

// Tells systemd the kiosk is up (READY=1) and alive (WATCHDOG=1). The pings
// come from a timer on the main event loop, so a hung UI stops them and
// systemd (WatchdogSec=) restarts the kiosk. Does nothing outside systemd.
class SystemdNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    bool isWatchdogEnabled() const { return m_pings.isActive(); }
    int pingIntervalMs() const { return m_pings.interval(); }

    void notifyReady();
    void notifyStopping();

private:
    void ping();

    QTimer m_pings;
};
