#include "StaffLockout.h"

#include "system/KioskLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace {

// 30 s << 5 is already past the longest lockout; counting further only
// risks an overflowing shift.
constexpr int MaximumDoublings = 5;
static_assert((qint64(StaffLockout::FirstLockoutSeconds) << MaximumDoublings) >= StaffLockout::LongestLockoutSeconds,
              "the doubling must reach the longest lockout");

} // namespace

StaffLockout::StaffLockout(const QString &stateFile, Clock clock)
    : m_stateFile(stateFile)
    , m_clock(std::move(clock))
{
    load();
}

void StaffLockout::load()
{
    const QSettings state(m_stateFile, QSettings::IniFormat);
    // A tampered or damaged file must not buy extra tries or an endless pause.
    m_failures = std::clamp(state.value(QStringLiteral("lockout/failures"), 0).toInt(), 0, FailuresBeforeLockout - 1);
    m_lockouts = std::clamp(state.value(QStringLiteral("lockout/lockouts"), 0).toInt(), 0, MaximumDoublings);
    const QString until = state.value(QStringLiteral("lockout/until")).toString();
    m_lockedUntil = QDateTime::fromString(until, Qt::ISODate);
    // An end that cannot be read (past what a date holds, or garbage) locks
    // for the longest lockout rather than none: fail closed.
    if (!until.isEmpty() && !m_lockedUntil.isValid())
        m_lockedUntil = m_clock().addSecs(LongestLockoutSeconds);
    clampLockedUntil();
}

bool StaffLockout::save() const
{
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSettings state(m_stateFile, QSettings::IniFormat);
    state.setValue(QStringLiteral("lockout/failures"), m_failures);
    state.setValue(QStringLiteral("lockout/lockouts"), m_lockouts);
    state.setValue(QStringLiteral("lockout/until"), m_lockedUntil.toUTC().toString(Qt::ISODate));
    state.sync();
    m_saveFailed = state.status() != QSettings::NoError;
    if (m_saveFailed)
        qCCritical(lcStaff).noquote() << "cannot save the wrong-PIN lockout state to" << m_stateFile
                                      << "- staff PIN entry is refused until it can be saved";
    return !m_saveFailed;
}

void StaffLockout::clampLockedUntil() const
{
    if (!m_lockedUntil.isValid())
        return;
    const QDateTime now = m_clock();
    const qint64 longestMs = qint64(LongestLockoutSeconds) * 1000;
    if (now.msecsTo(m_lockedUntil) > longestMs) {
        m_lockedUntil = now.addMSecs(longestMs);
        save();
    }
}

int StaffLockout::secondsLeft() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    clampLockedUntil();
    // 64-bit milliseconds, and at most the longest lockout, before it
    // becomes an int: a far end never wraps round to "not locked".
    const qint64 ms = m_clock().msecsTo(m_lockedUntil);
    if (ms <= 0)
        return 0;
    return int(std::min<qint64>((ms + 999) / 1000, LongestLockoutSeconds));
}

int StaffLockout::recordFailure()
{
    ++m_failures;
    int lockout = 0;
    if (m_failures >= FailuresBeforeLockout) {
        const qint64 doubled = qint64(FirstLockoutSeconds) << m_lockouts;
        lockout = int(std::min<qint64>(doubled, LongestLockoutSeconds));
        m_lockouts = std::min(m_lockouts + 1, MaximumDoublings);
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
