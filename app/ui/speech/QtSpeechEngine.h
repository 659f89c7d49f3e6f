#pragma once

#include "speech/SpeechEngine.h"

class QTextToSpeech;

// Read-aloud through Qt TextToSpeech (speech-dispatcher with espeak-ng, or
// flite, from the Debian package's dependencies). Unavailable when no engine
// is installed or the engine fails to start: the controls then hide.
class QtSpeechEngine final : public SpeechEngine
{
    Q_OBJECT

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);

    bool isAvailable() const override;
    void say(const QString &text, const QLocale &locale) override;
    void pause() override;
    void resume() override;
    void stop() override;

private:
    QTextToSpeech *m_speech = nullptr;
};
