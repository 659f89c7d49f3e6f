#pragma once

#include "system/Backlight.h"

#include <QProcess>
#include <QTimer>

#include <chrono>
#include <optional>

// An external monitor switched over DDC/CI by Debian's `ddcutil`: VCP
// feature D6 (power mode), 4 (off, DPM) to sleep and 1 (on) to wake. ddcutil
// talks to the monitor over I2C and takes a second or more, so it runs as a
// separate process, never waited for: the answer arrives as a signal, and a
// ddcutil that has not finished within the timeout is killed and counted as
// a failure. Needs /dev/i2c-* (the i2c-dev module; see docs/IT.md).
class DdcutilBacklight final : public Backlight
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    // `display` empty: ddcutil's first display; otherwise its --display number.
    explicit DdcutilBacklight(const QString &display = QString(), QObject *parent = nullptr);
    ~DdcutilBacklight() override;
    Q_DISABLE_COPY_MOVE(DdcutilBacklight)

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout.setInterval(timeout); }
    // "ddcutil" on PATH unless a test or IT gives another.
    void setProgram(const QString &program) { m_program = program; }
    void setPowered(bool on) override;
    bool isBusy() const { return m_process != nullptr; }
    // The arguments for `on`, as IT would type them.
    QStringList arguments(bool on) const;

private:
    void startNext();
    void finish(const QString &error);

    QString m_program = QStringLiteral("ddcutil");
    QString m_display;
    std::optional<bool> m_wanted;
    bool m_runningFor = true;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
};
