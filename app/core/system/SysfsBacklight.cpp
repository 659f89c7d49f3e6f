#include "SysfsBacklight.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace {

// FB_BLANK_UNBLANK and FB_BLANK_POWERDOWN (linux/fb.h), as bl_power takes them.
constexpr int PowerOn = 0;
constexpr int PowerDown = 4;

bool writeNumber(const QString &path, int value, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QByteArray::number(value) + '\n') < 0
        || !file.flush()) {
        *error = QStringLiteral("cannot write %1 to %2: %3; give the kiosk user write access to it (a udev rule) "
                                "and add it to ReadWritePaths= in the unit")
                     .arg(value)
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

int readNumber(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int value = file.readAll().trimmed().toInt(&ok);
    return ok ? value : -1;
}

// Runs on a pool thread: plain file work, no Qt objects shared with the GUI.
SysfsBacklight::Outcome switchBacklight(const QString &root, QString device, bool on, int savedBrightness)
{
    SysfsBacklight::Outcome outcome;
    const QDir rootDir(root);
    const QStringList devices = rootDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (device.isEmpty()) {
        if (devices.isEmpty()) {
            outcome.error = QStringLiteral("there is no backlight device in %1; for an external monitor set "
                                           "[display] backlight=ddcutil, or none")
                                .arg(root);
            return outcome;
        }
        device = devices.first();
    }
    const QDir dir(rootDir.filePath(device));
    if (!dir.exists()) {
        outcome.error =
            QStringLiteral("%1 does not exist; set [display] backlight_device to one of: %2")
                .arg(dir.path(), devices.isEmpty() ? QStringLiteral("(none here)") : devices.join(QLatin1String(", ")));
        return outcome;
    }
    QString error;
    const QString power = dir.filePath(QStringLiteral("bl_power"));
    if (QFile::exists(power) && writeNumber(power, on ? PowerOn : PowerDown, &error))
        return outcome;
    // No bl_power, or the driver refused it: dim to 0 and back.
    const QString brightness = dir.filePath(QStringLiteral("brightness"));
    if (!on) {
        outcome.brightness = readNumber(brightness);
        if (!writeNumber(brightness, 0, &error))
            outcome.error = error;
        return outcome;
    }
    const int restore =
        savedBrightness > 0 ? savedBrightness : readNumber(dir.filePath(QStringLiteral("max_brightness")));
    if (restore <= 0) {
        outcome.error = QStringLiteral("%1 has no readable max_brightness to restore").arg(dir.path());
        return outcome;
    }
    if (!writeNumber(brightness, restore, &error))
        outcome.error = error;
    return outcome;
}

} // namespace

SysfsBacklight::SysfsBacklight(const QString &device, const QString &root, QObject *parent)
    : Backlight(parent)
    , m_root(root)
    , m_device(device)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SysfsBacklight::onFinished);
}

SysfsBacklight::~SysfsBacklight()
{
    // A write under way finishes on its own; its result is not wanted.
    m_watcher.disconnect(this);
}

void SysfsBacklight::setPowered(bool on)
{
    m_wanted = on;
    if (!m_running)
        startNext();
}

void SysfsBacklight::startNext()
{
    if (!m_wanted)
        return;
    const bool on = *m_wanted;
    m_wanted.reset();
    m_running = true;
    m_runningFor = on;
    auto promise = std::make_shared<QPromise<Outcome>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, root = m_root, device = m_device, on, saved = m_savedBrightness] {
        promise->addResult(switchBacklight(root, device, on, saved));
        promise->finish();
    });
}

void SysfsBacklight::onFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Outcome{};
    if (!m_runningFor && outcome.brightness >= 0)
        m_savedBrightness = outcome.brightness;
    if (outcome.error.isEmpty())
        reportApplied(m_runningFor);
    else
        reportFailure(outcome.error);
    startNext();
}
