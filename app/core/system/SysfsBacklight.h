#pragma once

#include "system/Backlight.h"

#include <QFutureWatcher>

#include <optional>

// A backlight in the kernel's backlight class (all-in-one touch PCs,
// laptops' panels): /sys/class/backlight/<device>/. Off writes bl_power=4
// (FB_BLANK_POWERDOWN) and on writes 0; a device without a writable
// bl_power gets brightness=0 instead, and its previous brightness back
// (max_brightness if that was unknown or 0). The writes run on the global
// thread pool: a driver may talk to the panel over a slow bus.
//
// The kiosk user must be allowed to write there (a udev rule, and
// ReadWritePaths= in the unit): see docs/IT.md.
class SysfsBacklight final : public Backlight
{
    Q_OBJECT

public:
    static constexpr auto DefaultRoot = "/sys/class/backlight";

    // `device` empty: the first device under `root`, by name.
    explicit SysfsBacklight(const QString &device = QString(), const QString &root = QLatin1String(DefaultRoot),
                            QObject *parent = nullptr);
    ~SysfsBacklight() override;
    Q_DISABLE_COPY_MOVE(SysfsBacklight)

    void setPowered(bool on) override;
    bool isBusy() const { return m_watcher.isRunning(); }

    struct Outcome
    {
        QString error;       // empty on success
        int brightness = -1; // the brightness before an "off" that wrote it, to restore
    };

private:
    void startNext();
    void onFinished();

    QString m_root;
    QString m_device;
    std::optional<bool> m_wanted;
    bool m_running = false;
    bool m_runningFor = true;
    int m_savedBrightness = -1;
    QFutureWatcher<Outcome> m_watcher;
};
