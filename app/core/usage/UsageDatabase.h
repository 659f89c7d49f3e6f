#pragma once

#include "usage/UsageCounts.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;
class QSqlError;

// The reading statistics' SQLite file (Qt SQL, driver QSQLITE): the schema
// and its migrations, adding counts, retention, reading for the report.
// Synchronous: the kiosk uses it only on UsageStore's worker thread, the
// report (a command-line tool) directly. A connection belongs to the thread
// that created this object, so create, use and destroy it on one thread.
//
// Privacy by design: only day-level counts are kept. The tables have no
// rowid (WITHOUT ROWID) so not even the order rows were first written in
// survives; the write-ahead log is checkpointed and truncated after each
// write and deleted rows are overwritten (secure_delete), so the file keeps
// no history of earlier writes either.
class UsageDatabase final
{
public:
    // One migration: the statements that take the schema from its index to
    // index + 1 (migrations().at(0) makes version 1).
    using Migration = QStringList;
    static QList<Migration> migrations();
    static int currentSchemaVersion() { return int(migrations().size()); }

    // What went wrong, so the store can log one clear error per kind of
    // fault and no more.
    enum class Fault {
        None,
        FolderMissing, // the folder does not exist and cannot be made
        CannotOpen,
        ReadOnly,
        Locked,
        DiskFull,
        Corrupt,
        NewerSchema,
        NotFound, // read-only opening: there is no file
        Other
    };

    explicit UsageDatabase(const QString &path, QList<Migration> schema = migrations());
    ~UsageDatabase();
    Q_DISABLE_COPY_MOVE(UsageDatabase)

    QString path() const { return m_path; }

    // Opens for writing: makes the folder, creates the file, switches to WAL
    // and migrates. A file that fails its check (or is not a database at all)
    // is moved aside to `<name>.corrupt-<today>` and a new one is made.
    bool open(QDate today);
    // Opens for reading only (the report, while the kiosk may be writing).
    bool openReadOnly();
    bool isOpen() const;
    void close();

    // Adds `counts` to the stored ones, in one transaction (UPSERT: a row
    // that exists is summed into). All or nothing.
    bool add(const UsageCounts &counts, QDate today);
    // Retention: deletes every day before `firstKept`.
    bool deleteBefore(QDate firstKept);
    std::optional<UsageCounts> read(QDate from, QDate to);
    int schemaVersion();

    Fault fault() const { return m_fault; }
    // The last fault as a sentence for the log: the file, what happened and
    // the fix.
    QString errorText() const { return m_error; }
    // Where a corrupt file was moved to by the last open(), or empty.
    QString movedAsideTo() const { return m_movedAsideTo; }

private:
    QSqlDatabase connection() const;
    bool openConnection(bool readOnly);
    bool check(QDate today);
    bool migrate();
    bool exec(const QString &statement);
    bool fail(const QSqlError &error, const QString &doing);
    bool fail(Fault fault, const QString &text);
    bool moveAside(QDate today);
    bool recreateIfCorrupt(QDate today);

    QString m_path;
    QString m_connectionName;
    QList<Migration> m_schema;
    Fault m_fault = Fault::None;
    QString m_error;
    QString m_movedAsideTo;
};
