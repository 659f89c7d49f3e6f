#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <utility>

// Wrong-PIN policy: after 5 failures in a row the PIN pad locks for 30 s,
// and each further lockout doubles (30 s, 60 s, 120 s, 240 s, 480 s) up to
// the longest lockout, 15 minutes. The state is kept in a file, so
// restarting the app (or pulling the plug) does not give a guesser a fresh
// start. A correct PIN clears it.
class StaffLockout final
{
public:
    static constexpr int FailuresBeforeLockout = 5;
    static constexpr int FirstLockoutSeconds = 30;
    // The cap. Anyone at the kiosk can type wrong PINs on purpose, and an
    // uncapped doubling locks staff out for hours, then days (the 16th
    // lockout would be 23 days). 15 minutes still leaves a guesser 5 tries
    // per 15 minutes, 480 a day: about 3 years for half of a million 6-digit
    // PINs. No stored or computed pause is ever longer than this, whatever
    // the state file or the clock says.
    static constexpr int LongestLockoutSeconds = 15 * 60;

    using Clock = std::function<QDateTime()>;

    explicit StaffLockout(const QString &stateFile, Clock clock = &QDateTime::currentDateTimeUtc);

    // Tests move time on without waiting for it; the pause already stored
    // is measured against the new clock from the next call on.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    int secondsLeft() const; // 0 when not locked out, never more than LongestLockoutSeconds
    bool isLockedOut() const { return secondsLeft() > 0; }
    int failures() const { return m_failures; }
    int triesLeft() const { return FailuresBeforeLockout - m_failures; }

    // Returns the lockout length in seconds that this failure started, or 0.
    int recordFailure();
    void recordSuccess();

    // Writes the state as it is now; false when it cannot be written (a full
    // disk, a folder the kiosk may not write). Staff PIN entry is refused
    // then: a lockout that is not saved is one a restart forgets.
    bool canSave() const { return save(); }
    // Reads the file again: IT may have ended a pause (--clear-lockout).
    void reload() { load(); }
    bool lastSaveFailed() const { return m_saveFailed; }

private:
    void load();
    bool save() const;
    // Pulls an end more than the longest lockout away back to now plus the
    // longest lockout (and saves it), so a tampered file or a clock set
    // back never stretches a pause.
    void clampLockedUntil() const;

    QString m_stateFile;
    Clock m_clock;
    int m_failures = 0;
    int m_lockouts = 0;
    // Mutable: secondsLeft() re-anchors it when the clock has jumped back.
    mutable QDateTime m_lockedUntil;
    mutable bool m_saveFailed = false;
};
