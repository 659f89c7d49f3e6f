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

private:
    QString m_path;
};
