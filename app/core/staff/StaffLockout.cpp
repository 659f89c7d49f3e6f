#include "StaffLockout.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

StaffLockout::StaffLockout(const QString &stateFile, Clock clock)
    : m_stateFile(stateFile)
    , m_clock(std::move(clock))
{
    load();
}

void StaffLockout::load()
{
    const QSettings state(m_stateFile, QSettings::IniFormat);
    m_failures = state.value(QStringLiteral("lockout/failures"), 0).toInt();
    m_lockouts = state.value(QStringLiteral("lockout/lockouts"), 0).toInt();
    m_lockedUntil = QDateTime::fromString(state.value(QStringLiteral("lockout/until")).toString(), Qt::ISODate);
}

void StaffLockout::save() const
{
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSettings state(m_stateFile, QSettings::IniFormat);
    state.setValue(QStringLiteral("lockout/failures"), m_failures);
    state.setValue(QStringLiteral("lockout/lockouts"), m_lockouts);
    state.setValue(QStringLiteral("lockout/until"), m_lockedUntil.toUTC().toString(Qt::ISODate));
    state.sync();
}

int StaffLockout::secondsLeft() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 ms = m_clock().msecsTo(m_lockedUntil);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

int StaffLockout::recordFailure()
{
    ++m_failures;
    int lockout = 0;
    if (m_failures >= FailuresBeforeLockout) {
        lockout = FirstLockoutSeconds << std::min(m_lockouts, 16); // doubles; capped to stay finite
        ++m_lockouts;
        m_failures = 0;
        m_lockedUntil = m_clock().addSecs(lockout);
    }
    save();
    return lockout;
}

void StaffLockout::recordSuccess()
{
    m_failures = 0;
    m_lockouts = 0;
    m_lockedUntil = {};
    save();
}
