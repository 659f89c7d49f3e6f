#pragma once

#include <QString>

// A plain append-only record of staff actions (unlock, wrong PIN, lockout,
// leaving kiosk mode): time and outcome, never the digits. Written to a file
// and to the journal (category kiosk.staff).
class AuditLog final
{
public:
    explicit AuditLog(const QString &path);

    // False when the line could not be written to the file (it is still in
    // the journal): staff unlocks are refused without their record.
    bool record(const QString &event, const QString &detail = {});
    QString path() const { return m_path; }

    // Past this size the log moves to "<path>.1" (replacing an older one)
    // and a new one begins: the kiosk's disk is never filled by a loop of
    // wrong PINs, and the last two files keep years of a clinic's actions.
    static constexpr qint64 RotateAtBytes = 1024 * 1024;

private:
    QString m_path;
};
