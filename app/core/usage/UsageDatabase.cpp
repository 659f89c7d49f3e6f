#include "UsageDatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Short: a lock held elsewhere (an sqlite3 shell, the report's read) costs
// the worker at most this, and the counts wait in memory for the next try.
constexpr auto ConnectOptions = "QSQLITE_BUSY_TIMEOUT=200";
constexpr auto ReadOnlyConnectOptions = "QSQLITE_BUSY_TIMEOUT=200;QSQLITE_OPEN_READONLY";

// SQLite's primary result codes, as QSQLITE reports them in nativeErrorCode().
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("patient-kiosk-usage-%1").arg(++counter);
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QList<UsageDatabase::Migration> UsageDatabase::migrations()
{
    // Append only: a kiosk's file is at the index of the last step it ran.
    // Dates are the local day as YYYY-MM-DD text, never a time.
    return {
        // 1: counts per day, article and language; sessions per day with a
        // histogram of their lengths.
        {QStringLiteral("CREATE TABLE article_day ("
                        "day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), "
                        "article TEXT NOT NULL, "
                        "language TEXT NOT NULL, "
                        "opens INTEGER NOT NULL DEFAULT 0, "
                        "reads_to_end INTEGER NOT NULL DEFAULT 0, "
                        "read_aloud_plays INTEGER NOT NULL DEFAULT 0, "
                        "qr_shows INTEGER NOT NULL DEFAULT 0, "
                        "PRIMARY KEY (day, article, language)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE session_day ("
                        "day TEXT NOT NULL PRIMARY KEY "
                        "CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), "
                        "sessions INTEGER NOT NULL DEFAULT 0, "
                        "under_1_min INTEGER NOT NULL DEFAULT 0, "
                        "from_1_to_3_min INTEGER NOT NULL DEFAULT 0, "
                        "from_3_to_10_min INTEGER NOT NULL DEFAULT 0, "
                        "min_10_or_more INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")},
    };
}

UsageDatabase::UsageDatabase(const QString &path, QList<Migration> schema)
    : m_path(path)
    , m_connectionName(nextConnectionName())
    , m_schema(std::move(schema))
{
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
}

UsageDatabase::~UsageDatabase()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase UsageDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool UsageDatabase::isOpen() const
{
    return connection().isOpen();
}

void UsageDatabase::close()
{
    QSqlDatabase db = connection();
    if (db.isOpen())
        db.close();
}

bool UsageDatabase::fail(Fault fault, const QString &text)
{
    m_fault = fault;
    m_error = text;
    return false;
}

bool UsageDatabase::fail(const QSqlError &error, const QString &doing)
{
    const QString what = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString prefix = QStringLiteral("reading statistics %1: %2 (%3); ").arg(m_path, doing, what);
    switch (error.nativeErrorCode().toInt()) {
    case Busy:
    case Locked:
        return fail(Fault::Locked, prefix
                                       + QStringLiteral("another program holds the file locked (an sqlite3 shell, a "
                                                        "copy in progress?); close it. The kiosk keeps counting "
                                                        "and tries again."));
    case ReadOnly:
        return fail(Fault::ReadOnly,
                    prefix
                        + QStringLiteral("the kiosk user cannot write the file, its -wal or -shm file or its folder; "
                                         "give them to it (chown kiosk:kiosk FILE*; chmod u+w FILE*) or set [usage] "
                                         "database to a writable place. The kiosk keeps counting and tries again."));
    case Full:
        return fail(Fault::DiskFull, prefix
                                         + QStringLiteral("the disk is full; free some space. The kiosk keeps "
                                                          "counting and tries again."));
    case Corrupt:
    case NotADatabase:
        return fail(Fault::Corrupt, prefix + QStringLiteral("the file is damaged."));
    case CantOpen:
    case IoError:
        return fail(Fault::CannotOpen,
                    prefix
                        + QStringLiteral("check that the folder exists and the kiosk user may write it, or set "
                                         "[usage] database to another place. The kiosk keeps counting and tries "
                                         "again."));
    default:
        return fail(Fault::Other, prefix + QStringLiteral("the kiosk keeps counting and tries again."));
    }
}

bool UsageDatabase::exec(const QString &statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return fail(query.lastError(),
                    QStringLiteral("cannot run '%1'").arg(statement.section(QLatin1Char(' '), 0, 2)));
    return true;
}

bool UsageDatabase::openConnection(bool readOnly)
{
    QSqlDatabase db = connection();
    db.setDatabaseName(m_path);
    db.setConnectOptions(QLatin1String(readOnly ? ReadOnlyConnectOptions : ConnectOptions));
    if (!db.open())
        return fail(db.lastError(), QStringLiteral("cannot open"));
    return true;
}

bool UsageDatabase::open(QDate today)
{
    m_fault = Fault::None;
    m_error.clear();
    m_movedAsideTo.clear();
    close();
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        return fail(Fault::FolderMissing,
                    QStringLiteral("reading statistics %1: the folder %2 does not exist and cannot be made; create "
                                   "it for the kiosk user (install -d -o kiosk -g kiosk %2) or set [usage] database "
                                   "to another place. The kiosk keeps counting in memory until then.")
                        .arg(m_path, file.absolutePath()));
    }
    if (!openConnection(false))
        return false;
    if (!check(today))
        return false;
    // WAL: the report reads while the kiosk writes. secure_delete: days
    // dropped by retention are overwritten, not left in free pages.
    {
        QSqlQuery mode(connection());
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return fail(mode.lastError(), QStringLiteral("cannot switch to write-ahead logging"));
    } // finished: no statement may be open across a COMMIT
    if (!exec(QStringLiteral("PRAGMA secure_delete=ON")))
        return false;
    return migrate();
}

bool UsageDatabase::openReadOnly()
{
    m_fault = Fault::None;
    m_error.clear();
    close();
    if (!QFileInfo::exists(m_path)) {
        return fail(Fault::NotFound, QStringLiteral("reading statistics %1: there is no such file; the kiosk makes it "
                                                    "when the first patient has used it ([usage] database)")
                                         .arg(m_path));
    }
    if (!openConnection(true))
        return false;
    const int version = schemaVersion();
    if (version < 0)
        return false;
    if (version > currentSchemaVersion()) {
        return fail(Fault::NewerSchema,
                    QStringLiteral("reading statistics %1: the file was written by a newer patient-kiosk (schema %2, "
                                   "this one knows %3); use the newer version to read it")
                        .arg(m_path)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
    if (version < currentSchemaVersion()) {
        return fail(Fault::Other, QStringLiteral("reading statistics %1: the file is at schema %2; start the kiosk "
                                                 "once to bring it up to date (%3)")
                                      .arg(m_path)
                                      .arg(version)
                                      .arg(currentSchemaVersion()));
    }
    return true;
}

// A damaged file, or one that is not a database at all, is moved aside
// (kept for whoever wants to look) and replaced by a new one: statistics
// must never stop the kiosk, and a damaged file never heals itself.
bool UsageDatabase::check(QDate today)
{
    QSqlQuery query(connection());
    const bool ran = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next();
    if (ran && query.value(0).toString() == QLatin1String("ok"))
        return true;
    if (!ran) {
        fail(query.lastError(), QStringLiteral("cannot check the file"));
        if (m_fault != Fault::Corrupt)
            return false;
    }
    query.finish();
    return recreateIfCorrupt(today);
}

bool UsageDatabase::recreateIfCorrupt(QDate today)
{
    close();
    if (!moveAside(today))
        return false;
    if (!openConnection(false))
        return false;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return fail(query.lastError(), QStringLiteral("a new file after moving the damaged one aside fails its check"));
    return true;
}

bool UsageDatabase::moveAside(QDate today)
{
    QString target = QStringLiteral("%1.corrupt-%2").arg(m_path, dayText(today));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(m_path, dayText(today)).arg(n);
    if (!QFile::rename(m_path, target)) {
        return fail(Fault::Corrupt, QStringLiteral("reading statistics %1: the file is damaged and cannot be moved "
                                                   "aside to %2; delete it (the kiosk makes a new one) and give its "
                                                   "folder to the kiosk user. The kiosk keeps counting in memory.")
                                        .arg(m_path, target));
    }
    // Its write-ahead log belongs to the damaged file, not to the new one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QFile::rename(companion, target + QLatin1String(suffix)))
            QFile::remove(companion);
    }
    m_movedAsideTo = target;
    return true;
}

int UsageDatabase::schemaVersion()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        fail(query.lastError(), QStringLiteral("cannot read the schema version"));
        return -1;
    }
    return query.value(0).toInt();
}

bool UsageDatabase::migrate()
{
    const int version = schemaVersion();
    if (version < 0)
        return false;
    if (version > m_schema.size()) {
        return fail(Fault::NewerSchema,
                    QStringLiteral("reading statistics %1: the file was written by a newer patient-kiosk (schema %2, "
                                   "this one knows %3); it is left as it is. Update the kiosk, or move the file away "
                                   "to start a new one. The kiosk keeps counting in memory.")
                        .arg(m_path)
                        .arg(version)
                        .arg(m_schema.size()));
    }
    for (int step = version; step < m_schema.size(); ++step) {
        // Each step and its version number in one transaction: a kiosk that
        // loses power mid-migration finds the file at the step before.
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        bool ok = true;
        for (const QString &statement : m_schema.at(step))
            ok = ok && exec(statement);
        ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(step + 1)) && exec(QStringLiteral("COMMIT"));
        if (!ok) {
            const Fault fault = m_fault;
            const QString error = m_error;
            QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
            return fail(fault, error);
        }
    }
    return true;
}

bool UsageDatabase::add(const UsageCounts &counts, QDate today)
{
    if (counts.isEmpty())
        return true;
    if (!isOpen() && !open(today))
        return false;
    QSqlDatabase db = connection();
    // IMMEDIATE: take the write lock now (or give up within the busy
    // timeout), never half-way through the batch.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (m_fault == Fault::Corrupt && recreateIfCorrupt(today) && migrate())
            return add(counts, today);
        return false;
    }
    QSqlQuery article(db);
    article.prepare(QStringLiteral(
        "INSERT INTO article_day (day, article, language, opens, reads_to_end, read_aloud_plays, qr_shows) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day, article, language) DO UPDATE SET "
        "opens = opens + excluded.opens, reads_to_end = reads_to_end + excluded.reads_to_end, "
        "read_aloud_plays = read_aloud_plays + excluded.read_aloud_plays, qr_shows = qr_shows + excluded.qr_shows"));
    QSqlQuery session(db);
    session.prepare(QStringLiteral(
        "INSERT INTO session_day (day, sessions, under_1_min, from_1_to_3_min, from_3_to_10_min, min_10_or_more) "
        "VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET sessions = sessions + excluded.sessions, "
        "under_1_min = under_1_min + excluded.under_1_min, "
        "from_1_to_3_min = from_1_to_3_min + excluded.from_1_to_3_min, "
        "from_3_to_10_min = from_3_to_10_min + excluded.from_3_to_10_min, "
        "min_10_or_more = min_10_or_more + excluded.min_10_or_more"));
    bool ok = true;
    for (auto it = counts.articles().cbegin(); ok && it != counts.articles().cend(); ++it) {
        article.addBindValue(dayText(it.key().day));
        article.addBindValue(it.key().articleId);
        article.addBindValue(it.key().language);
        article.addBindValue(it.value().opens);
        article.addBindValue(it.value().readsToEnd);
        article.addBindValue(it.value().readAloudPlays);
        article.addBindValue(it.value().qrShows);
        ok = article.exec() || fail(article.lastError(), QStringLiteral("cannot add the counts"));
    }
    for (auto it = counts.sessions().cbegin(); ok && it != counts.sessions().cend(); ++it) {
        session.addBindValue(dayText(it.key()));
        session.addBindValue(it.value().sessions);
        for (const qint64 bucket : it.value().byLength)
            session.addBindValue(bucket);
        ok = session.exec() || fail(session.lastError(), QStringLiteral("cannot add the counts"));
    }
    article.finish();
    session.finish();
    ok = ok && exec(QStringLiteral("COMMIT"));
    if (!ok) {
        const Fault fault = m_fault;
        const QString error = m_error;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(fault, error);
    }
    // The log's copies of earlier pages go: the file keeps no history of
    // its writes. (Skipped while the report reads; the next write does it.)
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool UsageDatabase::deleteBefore(QDate firstKept)
{
    QSqlDatabase db = connection();
    for (const char *table : {"article_day", "session_day"}) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE day < ?").arg(QLatin1String(table)));
        query.addBindValue(dayText(firstKept));
        if (!query.exec())
            return fail(query.lastError(), QStringLiteral("cannot delete days before %1").arg(dayText(firstKept)));
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

std::optional<UsageCounts> UsageDatabase::read(QDate from, QDate to)
{
    UsageCounts counts;
    QSqlDatabase db = connection();
    QSqlQuery articles(db);
    articles.prepare(QStringLiteral("SELECT day, article, language, opens, reads_to_end, read_aloud_plays, qr_shows "
                                    "FROM article_day WHERE day BETWEEN ? AND ?"));
    articles.addBindValue(dayText(from));
    articles.addBindValue(dayText(to));
    if (!articles.exec()) {
        fail(articles.lastError(), QStringLiteral("cannot read the counts"));
        return std::nullopt;
    }
    while (articles.next()) {
        UsageCounts::ArticleCounts row;
        row.opens = articles.value(3).toLongLong();
        row.readsToEnd = articles.value(4).toLongLong();
        row.readAloudPlays = articles.value(5).toLongLong();
        row.qrShows = articles.value(6).toLongLong();
        counts.addArticle({QDate::fromString(articles.value(0).toString(), Qt::ISODate), articles.value(1).toString(),
                           articles.value(2).toString()},
                          row);
    }
    QSqlQuery sessions(db);
    sessions.prepare(QStringLiteral("SELECT day, sessions, under_1_min, from_1_to_3_min, from_3_to_10_min, "
                                    "min_10_or_more FROM session_day WHERE day BETWEEN ? AND ?"));
    sessions.addBindValue(dayText(from));
    sessions.addBindValue(dayText(to));
    if (!sessions.exec()) {
        fail(sessions.lastError(), QStringLiteral("cannot read the counts"));
        return std::nullopt;
    }
    while (sessions.next()) {
        UsageCounts::SessionCounts row;
        row.sessions = sessions.value(1).toLongLong();
        for (int i = 0; i < UsageCounts::SessionLengthCount; ++i)
            row.byLength.at(i) = sessions.value(2 + i).toLongLong();
        counts.addSessions(QDate::fromString(sessions.value(0).toString(), Qt::ISODate), row);
    }
    return counts;
}
