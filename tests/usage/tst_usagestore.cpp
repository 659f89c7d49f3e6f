// The anonymous reading statistics without a window: the counts, the
// SQLite file (schema, migrations, sums, retention), what the file holds
// (nothing finer than a day), and every fault a kiosk's disk can have.
// Whatever the file does, counting goes on and no call waits for it.

#include "system/KioskLogging.h"
#include "usage/UsageCounts.h"
#include "usage/UsageDatabase.h"
#include "usage/UsageReport.h"
#include "usage/UsageStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

const QDate Today(2026, 3, 10);

// The lines the statistics log at critical level, to prove "one clear error".
QStringList g_usageErrors;
QtMessageHandler g_previousHandler = nullptr;

void captureUsageErrors(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg && context.category && QLatin1String(context.category) == QLatin1String("kiosk.usage"))
        g_usageErrors.append(message);
    g_previousHandler(type, context, message);
}

// File modes mean nothing to root, and CI runs as root: the fault tests run
// as "nobody" (effective ids only, so the test can return to root). The
// folder is handed to nobody first.
class ScopedUnprivileged final
{
public:
    explicit ScopedUnprivileged(const QString &dir)
    {
        if (geteuid() != 0)
            return;
        chownTree(dir);
        m_active = setegid(Nobody) == 0 && seteuid(Nobody) == 0;
    }
    ~ScopedUnprivileged()
    {
        if (m_active) {
            (void)seteuid(0);
            (void)setegid(0);
        }
    }
    Q_DISABLE_COPY_MOVE(ScopedUnprivileged)
    bool ok() const { return m_active || geteuid() != 0; }

private:
    static constexpr uid_t Nobody = 65534;
    static void chownTree(const QString &dir)
    {
        (void)chown(QFile::encodeName(dir).constData(), Nobody, Nobody);
        const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            if (entry.isDir())
                chownTree(entry.filePath());
            else
                (void)chown(QFile::encodeName(entry.filePath()).constData(), Nobody, Nobody);
        }
    }
    bool m_active = false;
};

UsageStore::Options optionsFor(const QString &path, QDate today = Today)
{
    UsageStore::Options options;
    options.databasePath = path;
    options.flushInterval = 1h; // the tests flush themselves
    options.today = [today] { return today; };
    return options;
}

// What the file holds, read with a connection of the test's own.
UsageCounts storedCounts(const QString &path)
{
    UsageDatabase database(path);
    if (!database.openReadOnly())
        return {};
    return database.read(QDate(2000, 1, 1), QDate(2100, 1, 1)).value_or(UsageCounts());
}

bool flushAndWait(UsageStore *store)
{
    QSignalSpy finished(store, &UsageStore::flushFinished);
    store->flush();
    if (!finished.wait(10000))
        return false;
    return finished.first().first().toBool();
}

// Two opens, each flush failing: both are still counted, waiting for
// the disk, and only the first failure was logged, naming `path` and `fix`.
void verifyCountedTwiceLoggedOnce(UsageStore *store, const QString &path, const QString &fix)
{
    store->recordOpen(QStringLiteral("a"), QStringLiteral("en"));
    QVERIFY(!flushAndWait(store));
    store->recordOpen(QStringLiteral("a"), QStringLiteral("en"));
    QVERIFY(!flushAndWait(store));
    QCOMPARE(store->pending().articleTotals().at(0).counts.opens, 2);
    QCOMPARE(g_usageErrors.size(), 1);
    QVERIFY2(g_usageErrors.first().contains(path) && g_usageErrors.first().contains(fix),
             qPrintable(g_usageErrors.first()));
}

} // namespace

class TestUsageStore final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name = QStringLiteral("usage.sqlite")) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        g_previousHandler = qInstallMessageHandler(captureUsageErrors);
    }

    void init()
    {
        g_usageErrors.clear();
        QDir dir(m_dir.path());
        (void)chmod(QFile::encodeName(m_dir.path()).constData(), 0700);
        const QStringList entries = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &entry : entries) {
            const QString full = dir.filePath(entry);
            (void)chmod(QFile::encodeName(full).constData(), 0700);
            if (QFileInfo(full).isDir())
                QDir(full).removeRecursively();
            else
                QFile::remove(full);
        }
    }

    // --- The counts in memory ---------------------------------------------

    void sessionLengthsGoIntoTheirBucket_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("bucket");
        QTest::newRow("a glance") << 5 << int(UsageCounts::SessionLength::UnderOneMinute);
        QTest::newRow("59 s") << 59 << int(UsageCounts::SessionLength::UnderOneMinute);
        QTest::newRow("1 min") << 60 << int(UsageCounts::SessionLength::OneToThreeMinutes);
        QTest::newRow("2 min 59 s") << 179 << int(UsageCounts::SessionLength::OneToThreeMinutes);
        QTest::newRow("3 min") << 180 << int(UsageCounts::SessionLength::ThreeToTenMinutes);
        QTest::newRow("10 min") << 600 << int(UsageCounts::SessionLength::TenMinutesOrMore);
        QTest::newRow("an hour") << 3600 << int(UsageCounts::SessionLength::TenMinutesOrMore);
    }

    void sessionLengthsGoIntoTheirBucket()
    {
        QFETCH(int, seconds);
        QFETCH(int, bucket);
        UsageCounts counts;
        counts.recordSession(Today, std::chrono::seconds(seconds));
        UsageCounts::SessionCounts expected;
        expected.sessions = 1;
        expected.byLength.at(bucket) = 1;
        QCOMPARE(counts.sessions().value(Today), expected);
    }

    void countsAreKeptPerDayArticleAndLanguage()
    {
        UsageCounts counts;
        counts.recordOpen(Today, QStringLiteral("b"), QStringLiteral("en"));
        counts.recordOpen(Today, QStringLiteral("b"), QStringLiteral("en"));
        counts.recordOpen(Today, QStringLiteral("b"), QStringLiteral("es"));
        counts.recordOpen(Today.addDays(-1), QStringLiteral("b"), QStringLiteral("en"));
        counts.recordReadToEnd(Today, QStringLiteral("b"), QStringLiteral("en"));
        counts.recordReadAloud(Today, QStringLiteral("a"), QStringLiteral("en"));
        counts.recordQrShown(Today, QStringLiteral("a"), QStringLiteral("en"));
        QCOMPARE(counts.articles().size(), 4);
        const UsageCounts::ArticleCounts b =
            counts.articles().value({Today, QStringLiteral("b"), QStringLiteral("en")});
        QCOMPARE(b.opens, 2);
        QCOMPARE(b.readsToEnd, 1);
        QCOMPARE(b.readAloudPlays, 0);

        // Summed over the days, most opened first.
        const QList<UsageCounts::ArticleTotal> totals = counts.articleTotals();
        QCOMPARE(totals.size(), 3);
        QCOMPARE(totals.at(0).articleId, QStringLiteral("b"));
        QCOMPARE(totals.at(0).language, QStringLiteral("en"));
        QCOMPARE(totals.at(0).counts.opens, 3);
        QCOMPARE(totals.at(1).counts.opens, 1); // b/es
        QCOMPARE(totals.at(2).articleId, QStringLiteral("a"));
        QCOMPARE(totals.at(2).counts.qrShows, 1);
        QCOMPARE(counts.between(Today, Today).articleTotals().at(0).counts.opens, 2);
    }

    void reportDaysDefaultToTheLastWeek()
    {
        const UsageReport::Span week = UsageReport::span(std::nullopt, std::nullopt, Today);
        QCOMPARE(week.from, QDate(2026, 3, 4));
        QCOMPARE(week.to, Today);
        const UsageReport::Span fromOnly = UsageReport::span(QDate(2026, 1, 1), std::nullopt, Today);
        QCOMPARE(fromOnly.from, QDate(2026, 1, 1));
        QCOMPARE(fromOnly.to, Today);
        const UsageReport::Span toOnly = UsageReport::span(std::nullopt, QDate(2026, 2, 1), Today);
        QCOMPARE(toOnly.from, QDate(2026, 1, 26));
    }

    void csvHasAHeaderAndOneRowPerDayAndArticle()
    {
        UsageCounts counts;
        counts.recordOpen(Today, QStringLiteral("side-effects"), QStringLiteral("en"));
        counts.recordReadToEnd(Today, QStringLiteral("side-effects"), QStringLiteral("en"));
        counts.recordSession(Today, 30s);
        counts.recordSession(Today, 4min);
        QCOMPARE(UsageReport::toCsv(counts),
                 QStringLiteral("day,record,article,language,opens,reads_to_end,read_aloud,qr_shows,sessions,"
                                "sessions_under_1_min,sessions_1_to_3_min,sessions_3_to_10_min,"
                                "sessions_10_min_or_more\n"
                                "2026-03-10,article,side-effects,en,1,1,0,0,,,,,\n"
                                "2026-03-10,sessions,,,,,,,2,1,0,1,0\n"));
    }

    // --- The file ------------------------------------------------------------

    void newFileGetsTheSchemaInWalMode()
    {
        {
            UsageDatabase database(path());
            QVERIFY2(database.open(Today), qPrintable(database.errorText()));
            QCOMPARE(database.schemaVersion(), UsageDatabase::currentSchemaVersion());
        }
        const QString name = QStringLiteral("inspect");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
            QStringList tables;
            while (query.next())
                tables.append(query.value(0).toString());
            QCOMPARE(tables, (QStringList{QStringLiteral("article_day"), QStringLiteral("session_day")}));
        }
        QSqlDatabase::removeDatabase(name);
    }

    void addingSumsIntoTheRowsThatExist()
    {
        UsageCounts first;
        first.recordOpen(Today, QStringLiteral("a"), QStringLiteral("en"));
        first.recordReadAloud(Today, QStringLiteral("a"), QStringLiteral("en"));
        first.recordSession(Today, 2min);
        UsageCounts second;
        second.recordOpen(Today, QStringLiteral("a"), QStringLiteral("en"));
        second.recordOpen(Today, QStringLiteral("a"), QStringLiteral("es"));
        second.recordSession(Today, 2min);
        second.recordSession(Today, 20s);
        {
            UsageDatabase database(path());
            QVERIFY(database.open(Today));
            QVERIFY(database.add(first, Today));
            QVERIFY(database.add(second, Today));
        }
        UsageCounts expected = first;
        expected.add(second);
        const UsageCounts stored = storedCounts(path());
        QCOMPARE(stored.articles().size(), 2);
        QCOMPARE(stored.articles().value({Today, QStringLiteral("a"), QStringLiteral("en")}).opens, 2);
        QCOMPARE(stored.articles().value({Today, QStringLiteral("a"), QStringLiteral("en")}).readAloudPlays, 1);
        QCOMPARE(stored.sessions().value(Today), expected.sessions().value(Today));
        QCOMPARE(stored.sessions().value(Today).sessions, 3);
    }

    void migrationRunsOnlyTheStepsAFileHasNotHad()
    {
        UsageCounts counts;
        counts.recordOpen(Today, QStringLiteral("a"), QStringLiteral("en"));
        {
            UsageDatabase version1(path());
            QVERIFY(version1.open(Today));
            QVERIFY(version1.add(counts, Today));
        }
        // A later release adds a step: the kiosk's file gets only that one
        // (step 1 again would fail: its tables exist), and keeps its counts.
        QList<UsageDatabase::Migration> later = UsageDatabase::migrations();
        later.append({QStringLiteral("ALTER TABLE article_day ADD COLUMN shares INTEGER NOT NULL DEFAULT 0")});
        {
            UsageDatabase version2(path(), later);
            QVERIFY2(version2.open(Today), qPrintable(version2.errorText()));
            QCOMPARE(version2.schemaVersion(), 2);
            QVERIFY(version2.add(counts, Today));
        }
        UsageDatabase reader(path(), later);
        QVERIFY(reader.open(Today));
        QCOMPARE(reader.read(Today, Today)->articles().value({Today, QStringLiteral("a"), QStringLiteral("en")}).opens,
                 2);
    }

    void fileFromANewerKioskIsLeftAlone()
    {
        const QString name = QStringLiteral("newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=9"));
        }
        QSqlDatabase::removeDatabase(name);
        UsageDatabase database(path());
        QVERIFY(!database.open(Today));
        QCOMPARE(database.fault(), UsageDatabase::Fault::NewerSchema);
        QVERIFY2(database.errorText().contains(path()) && database.errorText().contains(QLatin1String("newer")),
                 qPrintable(database.errorText()));
        QCOMPARE(database.schemaVersion(), 9);
    }

    void retentionDeletesDaysOlderThanKeepDays()
    {
        UsageCounts old;
        for (int back = 0; back < 5; ++back)
            old.recordOpen(Today.addDays(-back), QStringLiteral("a"), QStringLiteral("en"));
        old.recordSession(Today.addDays(-4), 1min);
        {
            UsageDatabase database(path());
            QVERIFY(database.open(Today));
            QVERIFY(database.add(old, Today));
        }
        UsageStore::Options options = optionsFor(path());
        options.keepDays = 3; // today and the two days before
        {
            UsageStore store(options);
            QVERIFY(flushAndWait(&store));
        }
        const UsageCounts kept = storedCounts(path());
        QCOMPARE(kept.articles().size(), 3);
        QCOMPARE(kept.articles().firstKey().day, Today.addDays(-2));
        QVERIFY(kept.sessions().isEmpty());
    }

    void storeCountsInMemoryAndStoresOnFlush()
    {
        UsageStore store(optionsFor(path()));
        store.recordOpen(QStringLiteral("a"), QStringLiteral("en"));
        store.recordReadToEnd(QStringLiteral("a"), QStringLiteral("en"));
        store.recordSession(30s);
        QVERIFY2(!QFileInfo::exists(path()) || storedCounts(path()).isEmpty(), "a tap must not write the file");
        QVERIFY(flushAndWait(&store));
        QVERIFY(store.pending().isEmpty());
        const UsageCounts stored = storedCounts(path());
        QCOMPARE(stored.articles().value({Today, QStringLiteral("a"), QStringLiteral("en")}).readsToEnd, 1);
        QCOMPARE(stored.sessions().value(Today).sessions, 1);

        // What staff see: stored plus not yet stored.
        store.recordOpen(QStringLiteral("a"), QStringLiteral("en"));
        QSignalSpy read(&store, &UsageStore::countsRead);
        const quint64 request = store.requestCounts(Today.addDays(-6), Today);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(0).toULongLong(), request);
        const auto counts = read.first().at(1).value<UsageCounts>();
        QCOMPARE(counts.articleTotals().at(0).counts.opens, 2);
        QCOMPARE(store.countedSinceStart().articleTotals().at(0).counts.opens, 2);
    }

    void shutdownStoresWhatIsLeft()
    {
        {
            UsageStore store(optionsFor(path()));
            store.recordOpen(QStringLiteral("a"), QStringLiteral("es"));
        }
        QCOMPARE(storedCounts(path()).articles().value({Today, QStringLiteral("a"), QStringLiteral("es")}).opens, 1);
    }

    // The privacy property: after some sessions, every table and column of
    // the file holds day-level counts and nothing else: no time of day, no
    // session id, no column that keeps an order (not even SQLite's rowid).
    void fileHoldsNothingFinerThanADay()
    {
        {
            UsageStore store(optionsFor(path()));
            store.recordOpen(QStringLiteral("side-effects"), QStringLiteral("en"));
            store.recordReadToEnd(QStringLiteral("side-effects"), QStringLiteral("en"));
            store.recordSession(40s);
            QVERIFY(flushAndWait(&store));
            store.recordOpen(QStringLiteral("session-day"), QStringLiteral("es"));
            store.recordReadAloud(QStringLiteral("session-day"), QStringLiteral("es"));
            store.recordOpen(QStringLiteral("side-effects"), QStringLiteral("en"));
            store.recordSession(5min);
            QVERIFY(flushAndWait(&store));
            store.recordSession(15min);
        }
        const QHash<QString, QStringList> allowed{
            {QStringLiteral("article_day"),
             {QStringLiteral("day"), QStringLiteral("article"), QStringLiteral("language"), QStringLiteral("opens"),
              QStringLiteral("reads_to_end"), QStringLiteral("read_aloud_plays"), QStringLiteral("qr_shows")}},
            {QStringLiteral("session_day"),
             {QStringLiteral("day"), QStringLiteral("sessions"), QStringLiteral("under_1_min"),
              QStringLiteral("from_1_to_3_min"), QStringLiteral("from_3_to_10_min"), QStringLiteral("min_10_or_more")}},
        };
        const QStringList textColumns{QStringLiteral("day"), QStringLiteral("article"), QStringLiteral("language")};
        static const QRegularExpression day(QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}\\z"));
        const QString name = QStringLiteral("privacy");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery objects(db);
            QVERIFY(objects.exec(QStringLiteral("SELECT type, name FROM sqlite_master")));
            QStringList tables;
            while (objects.next()) {
                const QString type = objects.value(0).toString();
                const QString object = objects.value(1).toString();
                // The primary keys' own indexes are the only others allowed.
                if (type == QLatin1String("index")) {
                    QVERIFY2(object.startsWith(QLatin1String("sqlite_autoindex_")), qPrintable(object));
                    continue;
                }
                QCOMPARE(type, QStringLiteral("table"));
                tables.append(object);
            }
            tables.sort();
            QCOMPARE(tables, (QStringList{QStringLiteral("article_day"), QStringLiteral("session_day")}));
            int rows = 0;
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery columns(db);
                QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
                QStringList names;
                while (columns.next())
                    names.append(columns.value(1).toString());
                QCOMPARE(names, allowed.value(table));
                // No hidden order: a rowid would keep the order rows were made in.
                QSqlQuery rowid(db);
                QVERIFY2(!rowid.exec(QStringLiteral("SELECT rowid FROM %1").arg(table)),
                         qPrintable(table + QStringLiteral(" keeps a rowid")));
                QSqlQuery all(db);
                QVERIFY(all.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
                while (all.next()) {
                    ++rows;
                    for (int i = 0; i < names.size(); ++i) {
                        const QVariant value = all.value(i);
                        if (names.at(i) == QLatin1String("day")) {
                            QVERIFY2(day.match(value.toString()).hasMatch(), qPrintable(value.toString()));
                        } else if (!textColumns.contains(names.at(i))) {
                            QCOMPARE(value.metaType().id(), QMetaType::LongLong); // a count
                        }
                    }
                }
            }
            QCOMPARE(rows, 3); // two articles, one day of sessions
        }
        QSqlDatabase::removeDatabase(name);
        // Nor anywhere in the bytes (free pages, the log): no time of day.
        for (const QString &file : {path(), path() + QStringLiteral("-wal")}) {
            QFile raw(file);
            if (!raw.open(QIODevice::ReadOnly))
                continue;
            static const QRegularExpression timeOfDay(QStringLiteral("\\d\\d:\\d\\d"));
            const QString bytes = QString::fromLatin1(raw.readAll());
            QVERIFY2(!timeOfDay.match(bytes).hasMatch(), qPrintable(file));
        }
    }

    // --- Faults: never a wait, always counting, one clear error -------------

    void missingFolderIsMade()
    {
        const QString nested = m_dir.filePath(QStringLiteral("not/yet/there/usage.sqlite"));
        UsageStore store(optionsFor(nested));
        store.recordOpen(QStringLiteral("a"), QStringLiteral("en"));
        QVERIFY(flushAndWait(&store));
        QCOMPARE(storedCounts(nested).articles().size(), 1);
        QVERIFY(g_usageErrors.isEmpty());
    }

    void folderThatCannotBeMadeKeepsCountingInMemory()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString impossible = m_dir.filePath(QStringLiteral("a-file/stats/usage.sqlite"));
        UsageStore store(optionsFor(impossible));
        verifyCountedTwiceLoggedOnce(&store, impossible, QStringLiteral("install -d"));
    }

    void readOnlyFileKeepsTheCountsForTheNextTry()
    {
        {
            UsageDatabase database(path());
            QVERIFY(database.open(Today));
        }
        const ScopedUnprivileged nobody(m_dir.path());
        QVERIFY(nobody.ok());
        QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        UsageStore store(optionsFor(path()));
        verifyCountedTwiceLoggedOnce(&store, path(), QStringLiteral("chmod u+w"));

        // The counts that waited are stored once it is fixed, none lost.
        // IT fixes it as the message says (SQLite made its -shm read-only too).
        for (const QString &file : {path(), path() + QStringLiteral("-shm"), path() + QStringLiteral("-wal")}) {
            if (QFileInfo::exists(file))
                QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        }
        QVERIFY(flushAndWait(&store));
        QCOMPARE(storedCounts(path()).articleTotals().at(0).counts.opens, 2);
    }

    void readOnlyFolderKeepsTheCountsForTheNextTry()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/usage.sqlite");
        const ScopedUnprivileged nobody(m_dir.path());
        QVERIFY(nobody.ok());
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        UsageStore store(optionsFor(file));
        store.recordSession(2min);
        QVERIFY(!flushAndWait(&store));
        QVERIFY(!flushAndWait(&store));
        QCOMPARE(store.pending().sessionTotals().sessions, 1);
        QCOMPARE(g_usageErrors.size(), 1);
        QVERIFY2(g_usageErrors.first().contains(file), qPrintable(g_usageErrors.first()));

        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(flushAndWait(&store));
        QCOMPARE(storedCounts(file).sessionTotals().sessions, 1);
    }

    void damagedFileIsMovedAsideAndCountingGoesOn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a database") << QByteArray("these are not the counts you are looking for\n").repeated(200);
        // A real header, then garbage where the pages should be.
        QTest::newRow("damaged pages") << QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a');
    }

    void damagedFileIsMovedAsideAndCountingGoesOn()
    {
        QFETCH(QByteArray, content);
        QFile damaged(path());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(content);
        damaged.close();

        UsageStore store(optionsFor(path()));
        store.recordOpen(QStringLiteral("a"), QStringLiteral("en"));
        QVERIFY(flushAndWait(&store));
        const QString aside = path() + QStringLiteral(".corrupt-2026-03-10");
        QFile kept(aside);
        QVERIFY2(kept.open(QIODevice::ReadOnly), "the damaged file is kept, aside");
        QCOMPARE(kept.readAll(), content);
        QCOMPARE(storedCounts(path()).articles().size(), 1);
        QCOMPARE(g_usageErrors.size(), 1);
        QVERIFY2(g_usageErrors.first().contains(aside), qPrintable(g_usageErrors.first()));
    }

    // Another program holds the file locked: the kiosk's calls return at
    // once, the worker gives up within its short busy timeout, and the
    // counts go in once the lock is gone.
    void lockedFileNeverHoldsUpTheKiosk()
    {
        {
            UsageDatabase database(path());
            QVERIFY(database.open(Today));
        }
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(path());
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
            QVERIFY(lock.exec(QStringLiteral("INSERT INTO session_day (day, sessions) VALUES ('2026-03-01', 1)")));

            UsageStore store(optionsFor(path()));
            QSignalSpy finished(&store, &UsageStore::flushFinished);
            store.recordOpen(QStringLiteral("a"), QStringLiteral("en"));
            store.flush();
            // flush() has returned, and the worker has not finished trying:
            // nothing in the kiosk's thread waited for the lock.
            QCOMPARE(finished.count(), 0);
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().first().toBool(), false);
            QCOMPARE(store.pending().articleTotals().at(0).counts.opens, 1);
            QCOMPARE(g_usageErrors.size(), 1);
            QVERIFY2(g_usageErrors.first().contains(QLatin1String("locked")), qPrintable(g_usageErrors.first()));

            QVERIFY(lock.exec(QStringLiteral("COMMIT")));
            QVERIFY(flushAndWait(&store));
        }
        QSqlDatabase::removeDatabase(name);
        const UsageCounts stored = storedCounts(path());
        QCOMPARE(stored.articles().size(), 1);
        QCOMPARE(stored.sessionTotals().sessions, 1); // the other program's row is there too
    }

    void offStoresNothingButStillCounts()
    {
        UsageStore store(optionsFor(QString()));
        store.recordOpen(QStringLiteral("a"), QStringLiteral("en"));
        QVERIFY(flushAndWait(&store));
        QCOMPARE(store.countedSinceStart().articleTotals().at(0).counts.opens, 1);
        QVERIFY(QDir(m_dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsageStore)
#include "tst_usagestore.moc"
