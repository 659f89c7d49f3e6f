#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>

class HealthMetrics;
class QThreadPool;

// Puts HealthMetrics into the file node-exporter's textfile collector reads
// (config metrics/textfile; nothing at all when that is empty).
//
// - Atomic: QSaveFile writes a temporary file beside the target and renames
//   it over the target, so the collector never reads half a file (and the
//   temporary name does not end in .prom, so it is never read at all).
// - Rate-limited: at most one write every MinimumInterval, and only when
//   the metrics changed (HealthMetrics::generation()) or RefreshInterval
//   passed, so the file's own time and the last-frame value stay fresh.
// - Off the GUI thread: the text is formatted here (microseconds) and handed
//   to a one-thread pool of the writer's own, so a slow or hung disk never
//   holds up a patient's touch, nor the PIN check's threads. While a write
//   is under way no other starts.
// - Quiet: a failed write is logged once (kiosk.config, with the fix), then
//   retried at the next chance; when one succeeds again that is logged too.
//   A patient never sees any of it.
//
// Every decision reads the time from a clock (monotonic; setClock() gives
// another), and the timer only says when to look again, as IdleMonitor does:
// a test moves a fake clock and calls checkTime().
class MetricsTextfileWriter final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::milliseconds()>;

    static constexpr std::chrono::milliseconds MinimumInterval{15000};
    static constexpr std::chrono::milliseconds RefreshInterval{60000};
    // At shutdown, how long finish() waits for the last write.
    static constexpr int ShutdownWaitMs = 1000;

    struct WriteResult
    {
        bool ok = false;
        QString error;
    };

    // `metrics` (owned by the caller) must outlive the writer. An empty
    // `path` is "off": checkTime() never writes.
    MetricsTextfileWriter(const QString &path, const HealthMetrics *metrics, QObject *parent = nullptr);
    ~MetricsTextfileWriter() override;
    Q_DISABLE_COPY_MOVE(MetricsTextfileWriter)

    bool isEnabled() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    void setClock(Clock clock);
    // Runs on this thread just before each write is formatted: for values
    // stored only as a plain number as they happen (a frame's time), copied
    // into the metrics here rather than on every frame.
    void setBeforeWrite(std::function<void()> hook) { m_beforeWrite = std::move(hook); }

    // A write is under way on the worker (a test waits for this to end).
    bool isWriting() const { return m_writing; }
    int writesStarted() const { return m_writesStarted; }
    bool lastWriteFailed() const { return m_failing; }

    // The writes themselves, as the worker runs them: public so a test can
    // check the atomic write on its own.
    static WriteResult writeFile(const QString &path, const QByteArray &text);

public slots:
    // Writes now if a write is due (see above), otherwise sets the timer for
    // when one will be. Cheap: call it after every change.
    void checkTime();
    // The last write, whatever the rate limit (the kiosk is stopping: its
    // "up 0" should reach the file), waited for at most ShutdownWaitMs.
    void finish();

private:
    void startWrite();
    void onWriteFinished();
    std::chrono::milliseconds now() const { return m_clock(); }

    QString m_path;
    const HealthMetrics *m_metrics;
    Clock m_clock;
    std::function<void()> m_beforeWrite;
    QTimer m_timer;
    // Owned, not a child: a write stuck on a hung disk must not hang the
    // program's exit, so the destructor may leave it behind (see there).
    std::unique_ptr<QThreadPool> m_pool;
    QFutureWatcher<WriteResult> m_watcher;
    bool m_writing = false;
    bool m_everStarted = false;
    bool m_failing = false;
    bool m_finished = false; // after finish(): nothing more
    int m_writesStarted = 0;
    std::chrono::milliseconds m_lastStart{0};
    quint64 m_startedGeneration = 0;
    quint64 m_writtenGeneration = 0;
    bool m_writtenOnce = false;
};
