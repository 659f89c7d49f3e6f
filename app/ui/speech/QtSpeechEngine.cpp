#include "QtSpeechEngine.h"

#include "speech/SpeechWorker.h"
#include "system/KioskLogging.h"

#include <QTextToSpeech>
#include <QThread>

QtSpeechEngine::QtSpeechEngine(QObject *parent, std::chrono::milliseconds timeout)
    : SpeechEngine(parent)
{
    // Lists the installed plugins from their metadata; it starts no engine
    // and talks to no daemon, so it cannot hang.
    m_installed = !QTextToSpeech::availableEngines().isEmpty();
    if (!m_installed)
        qCInfo(lcSession) << "read-aloud: no speech engine installed; the control is hidden";
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        giveUp(QStringLiteral("the speech service did not answer '%1' within %2 ms")
                   .arg(m_awaitedWhat)
                   .arg(m_timeout.interval()));
    });
}

QtSpeechEngine::~QtSpeechEngine()
{
    if (!m_thread)
        return;
    m_thread->quit();
    // A worker that still answers ends in a moment; a stuck one is left to
    // the process exit rather than waited for (the screen must never hang).
    if (!m_thread->wait(500))
        abandonWorker();
    else
        delete m_thread;
}

bool QtSpeechEngine::isAvailable() const
{
    return m_installed && !m_failed;
}

void QtSpeechEngine::startWorker()
{
    m_thread = new QThread; // no parent: a stuck thread may outlive this engine
    m_thread->setObjectName(QStringLiteral("speech"));
    m_worker = new SpeechWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SpeechWorker::done, this, [this](quint64 ticket) {
        if (ticket >= m_awaited) {
            m_awaited = 0;
            m_timeout.stop();
        }
    });
    connect(m_worker, &SpeechWorker::failed, this, [this](quint64, const QString &why) { giveUp(why); });
    connect(m_worker, &SpeechWorker::stateChanged, this, [this](SpeechEngine::State state) {
        if (!m_failed)
            setState(state);
    });
    m_thread->start();
}

void QtSpeechEngine::abandonWorker()
{
    if (!m_thread)
        return;
    disconnect(m_worker, nullptr, this, nullptr);
    m_thread->quit(); // runs once the stuck call returns, if it ever does
    ++m_abandoned;
    m_thread = nullptr;
    m_worker = nullptr;
}

template<typename Send>
void QtSpeechEngine::command(const char *what, Send send)
{
    if (!isAvailable())
        return;
    if (!m_thread)
        startWorker();
    const quint64 ticket = ++m_nextTicket;
    if (!m_awaited) {
        m_awaitedWhat = QLatin1String(what);
        m_timeout.start(); // counts from the oldest unanswered command
    }
    m_awaited = ticket; // answered once this newest one is: the worker runs them in order
    send(ticket);
}

void QtSpeechEngine::say(const QString &text, const QLocale &locale)
{
    command("say", [&](quint64 ticket) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, ticket, text, locale] { worker->say(ticket, text, locale); },
            Qt::QueuedConnection);
    });
}

void QtSpeechEngine::pause()
{
    if (state() == State::Idle)
        return;
    command("pause", [&](quint64 ticket) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, ticket] { worker->pause(ticket); }, Qt::QueuedConnection);
    });
}

void QtSpeechEngine::resume()
{
    if (state() == State::Idle)
        return;
    command("resume", [&](quint64 ticket) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, ticket] { worker->resume(ticket); }, Qt::QueuedConnection);
    });
}

void QtSpeechEngine::stop()
{
    // Every screen change stops reading: with nothing playing, it must not
    // even reach the speech service.
    if (state() == State::Idle && !m_awaited)
        return;
    setState(State::Idle); // the patient sees it stop at once
    command("stop", [&](quint64 ticket) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, ticket] { worker->stop(ticket); }, Qt::QueuedConnection);
    });
}

void QtSpeechEngine::giveUp(const QString &why)
{
    if (m_failed)
        return;
    qCWarning(lcSession).noquote() << QStringLiteral("read-aloud: %1; Listen is off for this patient").arg(why);
    m_failed = true;
    m_awaited = 0;
    m_timeout.stop();
    abandonWorker();
    setState(State::Idle);
    emit failed();
}

void QtSpeechEngine::recover()
{
    // A new patient may try again with a fresh worker, unless too many are
    // already stuck (each holds a thread until the process ends).
    if (!m_failed || m_abandoned >= MaximumAbandonedWorkers)
        return;
    m_failed = false;
    emit availabilityChanged();
}
