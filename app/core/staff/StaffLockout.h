#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

// Wrong-PIN policy: after 5 failures in a row the PIN pad locks for 30 s,
// and each further lockout doubles (30 s, 60 s, 120 s, ...). The state is
// kept in a file, so restarting the app (or pulling the plug) does not give
// a guesser a fresh start. A correct PIN clears it.
class StaffLockout final
{
public:
    static constexpr int FailuresBeforeLockout = 5;
    static constexpr int FirstLockoutSeconds = 30;

    using Clock = std::function<QDateTime()>;

    explicit StaffLockout(const QString &stateFile, Clock clock = &QDateTime::currentDateTimeUtc);

    int secondsLeft() const; // 0 when not locked out
    bool isLockedOut() const { return secondsLeft() > 0; }
    int failures() const { return m_failures; }
    int triesLeft() const { return FailuresBeforeLockout - m_failures; }

    // Returns the lockout length in seconds that this failure started, or 0.
    int recordFailure();
    void recordSuccess();

private:
    void load();
    void save() const;

    QString m_stateFile;
    Clock m_clock;
    int m_failures = 0;
    int m_lockouts = 0;
    QDateTime m_lockedUntil;
};
