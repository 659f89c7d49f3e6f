#pragma once

#include "speech/SpeechEngine.h"

#include <QLocale>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QTextToSpeech;

// The one object that talks to Qt TextToSpeech, on a thread of its own. The
// speech-dispatcher client answers every call synchronously over a socket,
// so a stuck speech daemon blocks whoever calls it, from the constructor
// on. Here only this worker waits; QtSpeechEngine, on the GUI thread, sends
// it commands and gives up on it after a timeout.
class SpeechWorker final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // speech-dispatcher, started the way libspeechd's autospawn would (same
    // socket) but with --log-level 0: at its default level 3 it writes about
    // 1.2 MB of voice lists into its log folder at every start (level 1
    // still does), and never rotates it. Empty when the kiosk must not start
    // one: no speech-dispatcher installed, or SPEECHD_ADDRESS names a server
    // IT runs itself. The first entry is the program.
    static QStringList daemonCommand(const QProcessEnvironment &environment);
    // The folder speech-dispatcher logs to with LogDir "default":
    // $XDG_RUNTIME_DIR/speech-dispatcher/log, or ~/.cache/... without one.
    static QString daemonLogFolder(const QProcessEnvironment &environment);
    // Logs from before (older kiosk versions, or a daemon libspeechd
    // restarted at the default level) are cut to nothing above this size.
    static constexpr qint64 MaximumLogFileBytes = 256 * 1024;

public slots:
    // Every command carries a ticket, acknowledged once the call returned.
    void say(quint64 ticket, const QString &text, const QLocale &locale);
    void pause(quint64 ticket);
    void resume(quint64 ticket);
    void stop(quint64 ticket);

signals:
    void done(quint64 ticket);
    void failed(quint64 ticket, const QString &why);
    void stateChanged(SpeechEngine::State state);

private:
    bool ensureEngine(quint64 ticket);
    static void startDaemon();

    QTextToSpeech *m_speech = nullptr;
};
