#pragma once

#include "usage/UsageCounts.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QThread;

// The kiosk's reading statistics while it runs. Counting is the touch
// path and costs only a few additions in memory; a worker thread with its
// own SQLite connection stores the deltas every minute, when a session
// ends (flush()) and at shutdown. Whatever goes wrong with the file
// (missing folder, read-only, locked, full, damaged) never reaches a
// patient: the counts stay in memory and go with the next try, one clear
// error is logged, and a damaged file is moved aside for a new one.
class UsageStore final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath; // empty: statistics are not stored (counted in memory only)
        int keepDays = 400;   // retention: days older than this are deleted, at start and daily
        std::chrono::milliseconds flushInterval{60000};
        std::function<QDate()> today; // the local date; empty: the system clock
    };

    explicit UsageStore(Options options, QObject *parent = nullptr);
    // Stores what is left, waiting a few seconds at most for the disk.
    ~UsageStore() override;
    Q_DISABLE_COPY_MOVE(UsageStore)

    QString databasePath() const { return m_options.databasePath; }
    bool isStoring() const { return !m_options.databasePath.isEmpty(); }
    QDate today() const;

    // The touch path: memory only, never the disk.
    void recordOpen(const QString &articleId, const QString &language);
    void recordReadToEnd(const QString &articleId, const QString &language);
    void recordReadAloud(const QString &articleId, const QString &language);
    // The article's take-home QR code was shown ([takehome] base_url set).
    void recordQrShown(const QString &articleId, const QString &language);
    // A session ended after `length` (first touch to last); only its bucket is kept.
    void recordSession(std::chrono::milliseconds length);

    // Hands the counts not yet stored to the worker. Returns at once;
    // flushFinished() follows.
    void flush();
    // Everything counted since the kiosk started, stored or not, never
    // cleared: what a metrics exporter turns into counters
    // (articleTotals() and sessionTotals() sum it over the days).
    const UsageCounts &countedSinceStart() const { return m_sinceStart; }
    // Counted but not stored yet (kept across failed tries).
    const UsageCounts &pending() const { return m_pending; }

    // Asks for the counts of the days from `from` to `to`: the stored ones
    // plus those not stored yet. countsRead(request, counts) follows; never
    // waits on the disk.
    quint64 requestCounts(QDate from, QDate to);

signals:
    // After every record*(): something was counted.
    void counted();
    // After each try to store (ok false: the counts wait for the next try).
    void flushFinished(bool ok);
    void countsRead(quint64 request, const UsageCounts &counts);

private:
    using ArticleEvent = void (UsageCounts::*)(QDate, const QString &, const QString &);
    void countArticle(ArticleEvent count, const QString &articleId, const QString &language);
    struct Worker;
    void post(std::function<void(Worker &)> job);
    void onStored(bool ok, const UsageCounts &batch);
    void flushIfDue();

    Options m_options;
    UsageCounts m_pending;
    UsageCounts m_inFlight;
    UsageCounts m_sinceStart;
    bool m_flushing = false;
    bool m_flushAgain = false;
    QDate m_lastFlushDay;
    quint64 m_lastRequest = 0;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread: jobs run there
    std::shared_ptr<Worker> m_worker;
};
