#include "MetricsTextfileWriter.h"

#include "metrics/HealthMetrics.h"
#include "system/KioskLogging.h"

#include <QFileDevice>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

#include <algorithm>

namespace {

std::chrono::milliseconds steadyNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

} // namespace

MetricsTextfileWriter::MetricsTextfileWriter(const QString &path, const HealthMetrics *metrics, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_metrics(metrics)
    , m_clock(&steadyNow)
    , m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &MetricsTextfileWriter::checkTime);
    connect(&m_watcher, &QFutureWatcher<WriteResult>::finished, this, &MetricsTextfileWriter::onWriteFinished);
}

MetricsTextfileWriter::~MetricsTextfileWriter()
{
    if (!m_pool->waitForDone(ShutdownWaitMs)) {
        // The disk does not answer. Waiting would hang the kiosk's exit (and
        // systemd's restart of it); the thread is left to the process's end.
        qCWarning(lcConfig).noquote() << "the health metrics write to" << m_path
                                      << "has not returned; leaving it behind";
        [[maybe_unused]] QThreadPool *abandoned = m_pool.release();
    }
}

void MetricsTextfileWriter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void MetricsTextfileWriter::checkTime()
{
    if (!isEnabled() || m_finished)
        return;
    if (m_writing)
        return; // onWriteFinished() looks again
    const std::chrono::milliseconds sinceLast = now() - m_lastStart;
    const bool changed = !m_writtenOnce || m_metrics->generation() != m_writtenGeneration;
    if (!m_everStarted || (changed && sinceLast >= MinimumInterval) || sinceLast >= RefreshInterval) {
        startWrite();
        return;
    }
    const std::chrono::milliseconds wait = (changed ? MinimumInterval : RefreshInterval) - sinceLast;
    // A later check cannot make the next write come sooner than planned.
    if (!m_timer.isActive() || m_timer.remainingTimeAsDuration() > wait)
        m_timer.start(std::max(wait, std::chrono::milliseconds(0)));
}

void MetricsTextfileWriter::startWrite()
{
    m_timer.stop();
    m_writing = true;
    m_everStarted = true;
    m_lastStart = now();
    if (m_beforeWrite)
        m_beforeWrite();
    m_startedGeneration = m_metrics->generation();
    ++m_writesStarted;
    // Formatted here, where the metrics live; only the bytes cross over.
    const QByteArray text = m_metrics->toText();
    auto promise = std::make_shared<QPromise<WriteResult>>();
    promise->start();
    m_watcher.setFuture(promise->future());
    m_pool->start([promise, path = m_path, text] {
        promise->addResult(writeFile(path, text));
        promise->finish();
    });
}

void MetricsTextfileWriter::onWriteFinished()
{
    m_writing = false;
    const QFuture<WriteResult> future = m_watcher.future();
    const WriteResult result = future.resultCount() > 0 ? future.result() : WriteResult{false, QString()};
    if (result.ok) {
        m_writtenOnce = true;
        m_writtenGeneration = m_startedGeneration;
        if (m_failing)
            qCInfo(lcConfig).noquote() << "health metrics are written to" << m_path << "again";
        m_failing = false;
    } else if (!m_failing) {
        m_failing = true;
        qCWarning(lcConfig).noquote()
            << "cannot write the health metrics to" << m_path << ":" << result.error
            << "- give the kiosk user write access to that folder (IT.md, \"Health metrics and alerts\"), "
               "or set metrics/textfile to a folder it may write; retrying every 15 s";
    }
    checkTime(); // sets the timer for the next write (or the retry)
}

void MetricsTextfileWriter::finish()
{
    if (!isEnabled() || m_finished)
        return;
    m_pool->waitForDone(ShutdownWaitMs); // one write at a time, in order
    startWrite();
    m_finished = true;
    m_pool->waitForDone(ShutdownWaitMs);
    m_timer.stop();
}

MetricsTextfileWriter::WriteResult MetricsTextfileWriter::writeFile(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    // Never the half-written fallback: a rename or nothing.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return {false, file.errorString()};
    // node-exporter reads it as its own user, and the kiosk's unit has
    // UMask=0077: set the mode outright. The metrics hold nothing of a patient.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (file.write(text) != text.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return {false, error};
    }
    if (!file.commit())
        return {false, file.errorString()};
    return {true, QString()};
}
