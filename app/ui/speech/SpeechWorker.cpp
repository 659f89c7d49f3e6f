#include "SpeechWorker.h"

#include "system/KioskLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTextToSpeech>

namespace {

// glib's g_get_user_runtime_dir(), which libspeechd and speech-dispatcher
// both place their socket and logs under.
QString speechFolder(const QProcessEnvironment &environment)
{
    const auto absolute = [&environment](const char *name) {
        const QString value = environment.value(QLatin1String(name));
        return QDir::isAbsolutePath(value) ? value : QString();
    };
    QString base = absolute("XDG_RUNTIME_DIR");
    if (base.isEmpty())
        base = absolute("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = environment.value(QStringLiteral("HOME")) + QStringLiteral("/.cache");
    return base + QStringLiteral("/speech-dispatcher");
}

// Where libspeechd looks for the daemon, and so where the kiosk starts it.
QString speechSocket(const QProcessEnvironment &environment)
{
    return speechFolder(environment) + QStringLiteral("/speechd.sock");
}

} // namespace

QStringList SpeechWorker::daemonCommand(const QProcessEnvironment &environment)
{
    if (environment.contains(QStringLiteral("SPEECHD_ADDRESS")))
        return {};
    const QString program = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
    if (program.isEmpty())
        return {};
    // --spawn, as libspeechd does: it honours DisableAutoSpawn in
    // speechd.conf and returns once the daemon listens.
    return {program,
            QStringLiteral("--spawn"),
            QStringLiteral("--communication-method"),
            QStringLiteral("unix_socket"),
            QStringLiteral("--socket-path"),
            speechSocket(environment),
            QStringLiteral("--log-level"),
            QStringLiteral("0")};
}

QString SpeechWorker::daemonLogFolder(const QProcessEnvironment &environment)
{
    return speechFolder(environment) + QStringLiteral("/log");
}

void SpeechWorker::startDaemon()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList command = daemonCommand(environment);
    if (command.isEmpty())
        return;
    // One already listening (another kiosk start, a screen reader) is used
    // as it is; starting a second only logs that one is running.
    QLocalSocket probe;
    probe.connectToServer(speechSocket(environment));
    if (probe.waitForConnected(1000))
        return;
    const QDir logs(daemonLogFolder(environment));
    for (const QFileInfo &log : logs.entryInfoList({QStringLiteral("*.log")}, QDir::Files)) {
        if (log.size() > MaximumLogFileBytes)
            QFile::resize(log.filePath(), 0);
    }
    // This thread may wait (the GUI thread gives up on it after its
    // timeout); the wait is bounded anyway, so a hung start cannot pile up.
    QProcess daemon;
    daemon.setProgram(command.first());
    daemon.setArguments(command.mid(1));
    daemon.setStandardOutputFile(QProcess::nullDevice());
    daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    daemon.start();
    if (!daemon.waitForFinished(10000)) {
        qCWarning(lcSession) << "read-aloud: speech-dispatcher did not start within 10 s";
        daemon.kill();
        daemon.waitForFinished(1000);
    }
}

bool SpeechWorker::ensureEngine(quint64 ticket)
{
    if (!m_speech) {
        // Started first, quietly: otherwise the client below would
        // autospawn it at its default, very verbose log level.
        startDaemon();
        // Created on first use, here: the constructor already connects to
        // the speech daemon and waits for its answer.
        m_speech = new QTextToSpeech(this);
        connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            switch (state) {
            case QTextToSpeech::Speaking:
                emit stateChanged(SpeechEngine::State::Speaking);
                break;
            case QTextToSpeech::Paused:
                emit stateChanged(SpeechEngine::State::Paused);
                break;
            case QTextToSpeech::Ready:
            case QTextToSpeech::Error:
                emit stateChanged(SpeechEngine::State::Idle);
                break;
            }
        });
    }
    if (m_speech->state() == QTextToSpeech::Error) {
        emit failed(ticket,
                    QStringLiteral("speech engine %1 failed: %2").arg(m_speech->engine(), m_speech->errorString()));
        return false;
    }
    return true;
}

void SpeechWorker::say(quint64 ticket, const QString &text, const QLocale &locale)
{
    if (!ensureEngine(ticket))
        return;
    m_speech->setLocale(locale);
    m_speech->say(text);
    if (m_speech->state() == QTextToSpeech::Error) {
        emit failed(ticket, QStringLiteral("speech engine could not speak: %1").arg(m_speech->errorString()));
        return;
    }
    emit done(ticket);
}

void SpeechWorker::pause(quint64 ticket)
{
    if (m_speech)
        m_speech->pause();
    emit done(ticket);
}

void SpeechWorker::resume(quint64 ticket)
{
    if (m_speech)
        m_speech->resume();
    emit done(ticket);
}

void SpeechWorker::stop(quint64 ticket)
{
    if (m_speech)
        m_speech->stop();
    emit done(ticket);
}
