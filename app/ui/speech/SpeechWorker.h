#pragma once

#include "speech/SpeechEngine.h"

#include <QLocale>
#include <QObject>

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

    QTextToSpeech *m_speech = nullptr;
};
