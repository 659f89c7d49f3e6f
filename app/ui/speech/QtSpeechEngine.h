#pragma once

#include "speech/SpeechEngine.h"

#include <QTimer>

#include <chrono>

class QThread;
class SpeechWorker;

// Read-aloud through Qt TextToSpeech (speech-dispatcher with espeak-ng),
// without ever making the screen wait for it. Nothing speech-related
// happens until the first Listen; then a SpeechWorker on its own thread
// makes every call. A call that has not returned within the timeout (a
// stuck speech daemon, an audio device that never opens) marks speech as
// failed for this patient: the engine reports failed(), Listen hides, and
// the stuck worker is left behind rather than waited for. The next patient
// gets a fresh worker, a few times at most.
class QtSpeechEngine final : public SpeechEngine
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{3000};
    static constexpr int MaximumAbandonedWorkers = 3;

    explicit QtSpeechEngine(QObject *parent = nullptr, std::chrono::milliseconds timeout = DefaultTimeout);
    ~QtSpeechEngine() override;

    bool isAvailable() const override;
    void say(const QString &text, const QLocale &locale) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void recover() override;

private:
    template<typename Send>
    void command(const char *what, Send send);
    void giveUp(const QString &why);
    void startWorker();
    void abandonWorker();

    bool m_installed = false;
    bool m_failed = false;
    int m_abandoned = 0;
    QThread *m_thread = nullptr;
    SpeechWorker *m_worker = nullptr;
    quint64 m_nextTicket = 0;
    quint64 m_awaited = 0; // the newest command not yet acknowledged (0: none)
    QString m_awaitedWhat;
    QTimer m_timeout;
};
