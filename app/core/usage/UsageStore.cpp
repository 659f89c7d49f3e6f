#include "UsageStore.h"

#include "system/KioskLogging.h"
#include "usage/UsageDatabase.h"

#include <QThread>

#include <atomic>
#include <utility>

namespace {

// At shutdown the last counts get this long to reach the disk; a hung
// disk must not hold up the kiosk's restart.
constexpr unsigned long ShutdownWaitMs = 3000;

} // namespace

// Worker-thread state: touched only by jobs running in m_thread. Shared, so
// a thread left behind by a hung disk at shutdown still has it.
struct UsageStore::Worker
{
    QString path;
    int keepDays = 400;
    std::unique_ptr<UsageDatabase> database; // made in the worker thread
    QDate prunedOn;
    UsageDatabase::Fault reported = UsageDatabase::Fault::None;
    // Set when the store is destroyed: a job finishing late (a hung disk at
    // shutdown) must not answer an object that is gone.
    std::atomic<bool> ownerGone{false};

    UsageDatabase &db()
    {
        if (!database)
            database = std::make_unique<UsageDatabase>(path);
        return *database;
    }

    bool ensureOpen(QDate today)
    {
        if (db().isOpen())
            return true;
        if (!db().open(today))
            return false;
        if (!db().movedAsideTo().isEmpty()) {
            qCCritical(lcUsage).noquote() << QStringLiteral("reading statistics %1: the file was damaged; it was "
                                                            "moved aside to %2 and a new one started. Counting goes "
                                                            "on; the old counts are in %2.")
                                                 .arg(path, db().movedAsideTo());
        }
        return true;
    }

    // Retention at the first open and then once a day.
    bool prune(QDate today)
    {
        if (prunedOn == today)
            return true;
        if (!db().deleteBefore(today.addDays(1 - keepDays)))
            return false;
        prunedOn = today;
        return true;
    }

    // One error per kind of fault, not one a minute; and a word when it works again.
    void report(bool ok)
    {
        const UsageDatabase::Fault fault = ok ? UsageDatabase::Fault::None : db().fault();
        if (fault == reported)
            return;
        if (ok)
            qCInfo(lcUsage).noquote() << "reading statistics are stored again in" << path;
        else
            qCCritical(lcUsage).noquote() << db().errorText();
        reported = fault;
    }

    bool store(const UsageCounts &batch, QDate today)
    {
        const bool ok = ensureOpen(today) && prune(today) && db().add(batch, today);
        report(ok);
        // Opened afresh next time: the fix (a chmod, a freed lock, space)
        // may be in by then, and a read-only fallback must not stick.
        if (!ok)
            db().close();
        return ok;
    }
};

UsageStore::UsageStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<UsageCounts>();
    m_timer.setInterval(m_options.flushInterval);
    connect(&m_timer, &QTimer::timeout, this, &UsageStore::flushIfDue);
    if (!isStoring())
        return;
    m_worker = std::make_shared<Worker>();
    m_worker->path = m_options.databasePath;
    m_worker->keepDays = m_options.keepDays;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("usage statistics"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    // Open, check and prune now, not with the first patient's counts.
    m_lastFlushDay = today();
    post([today = m_lastFlushDay](Worker &worker) {
        const bool ok = worker.ensureOpen(today) && worker.prune(today);
        worker.report(ok);
        if (!ok)
            worker.db().close();
    });
    m_timer.start();
}

UsageStore::~UsageStore()
{
    m_timer.stop();
    if (!m_thread)
        return;
    UsageCounts last = m_inFlight;
    last.add(m_pending);
    // The last job also ends the thread: quit() from here could drop jobs
    // still queued.
    post([last, today = today()](Worker &worker) {
        if (!last.isEmpty())
            worker.store(last, today);
        worker.database.reset(); // its connection goes in its own thread
        QThread::currentThread()->quit();
    });
    const bool finished = m_thread->wait(ShutdownWaitMs);
    m_worker->ownerGone = true;
    if (finished) {
        delete m_thread;
        return;
    }
    // Left running on purpose: destroying a running thread aborts the
    // kiosk, and the worker's state is its own (shared).
    qCCritical(lcUsage).noquote() << "reading statistics" << m_options.databasePath
                                  << "did not finish writing within 3 s at shutdown; the last minute's counts may "
                                     "be lost. Check the disk.";
}

QDate UsageStore::today() const
{
    return m_options.today ? m_options.today() : QDate::currentDate();
}

void UsageStore::post(std::function<void(Worker &)> job)
{
    QMetaObject::invokeMethod(
        m_context, [worker = m_worker, job = std::move(job)] { job(*worker); }, Qt::QueuedConnection);
}

void UsageStore::countArticle(ArticleEvent count, const QString &articleId, const QString &language)
{
    // Into the batch waiting for the disk, and into the totals since start (the metrics).
    const QDate day = today();
    (m_pending.*count)(day, articleId, language);
    (m_sinceStart.*count)(day, articleId, language);
    emit counted();
}

void UsageStore::recordOpen(const QString &articleId, const QString &language)
{
    countArticle(&UsageCounts::recordOpen, articleId, language);
}

void UsageStore::recordReadToEnd(const QString &articleId, const QString &language)
{
    countArticle(&UsageCounts::recordReadToEnd, articleId, language);
}

void UsageStore::recordReadAloud(const QString &articleId, const QString &language)
{
    countArticle(&UsageCounts::recordReadAloud, articleId, language);
}

void UsageStore::recordQrShown(const QString &articleId, const QString &language)
{
    countArticle(&UsageCounts::recordQrShown, articleId, language);
}

void UsageStore::recordSession(std::chrono::milliseconds length)
{
    const QDate day = today();
    m_pending.recordSession(day, length);
    m_sinceStart.recordSession(day, length);
    emit counted();
}

void UsageStore::flushIfDue()
{
    // Counts to store, or a new day (retention runs daily).
    if (!m_pending.isEmpty() || today() != m_lastFlushDay)
        flush();
}

void UsageStore::flush()
{
    if (!isStoring()) {
        m_pending.clear(); // nothing to store them in; countedSinceStart() keeps them
        QMetaObject::invokeMethod(
            this, [this] { emit flushFinished(true); }, Qt::QueuedConnection);
        return;
    }
    if (m_flushing) {
        m_flushAgain = true; // one batch at a time: the next follows this one
        return;
    }
    m_flushing = true;
    m_inFlight = std::exchange(m_pending, UsageCounts());
    m_lastFlushDay = today();
    post([this, batch = m_inFlight, day = m_lastFlushDay](Worker &worker) {
        const bool ok = worker.store(batch, day);
        if (worker.ownerGone)
            return;
        QMetaObject::invokeMethod(
            this, [this, ok] { onStored(ok, m_inFlight); }, Qt::QueuedConnection);
    });
}

void UsageStore::onStored(bool ok, const UsageCounts &batch)
{
    if (!ok)
        m_pending.add(batch); // kept for the next try
    m_inFlight.clear();
    m_flushing = false;
    emit flushFinished(ok);
    if (std::exchange(m_flushAgain, false))
        flush();
}

quint64 UsageStore::requestCounts(QDate from, QDate to)
{
    const quint64 request = ++m_lastRequest;
    if (!isStoring()) {
        QMetaObject::invokeMethod(
            this, [this, request, counts = m_sinceStart.between(from, to)] { emit countsRead(request, counts); },
            Qt::QueuedConnection);
        return request;
    }
    post([this, request, from, to, day = today()](Worker &worker) {
        std::optional<UsageCounts> stored;
        if (worker.ensureOpen(day))
            stored = worker.db().read(from, to);
        if (worker.ownerGone)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, request, from, to, stored] {
                // Jobs run in order, so what is pending or in flight now was
                // not in the file when it was read.
                UsageCounts counts = stored.value_or(m_sinceStart.between(from, to));
                if (stored) {
                    counts.add(m_pending.between(from, to));
                    counts.add(m_inFlight.between(from, to));
                }
                emit countsRead(request, counts);
            },
            Qt::QueuedConnection);
    });
    return request;
}
