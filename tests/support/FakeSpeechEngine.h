#pragma once

#include "speech/SpeechEngine.h"

#include <QStringList>

// A speech engine that records what it was asked to say. "Speaking" lasts
// until the test calls finish() (or stop() is called), like a real engine
// reading a long article.
class FakeSpeechEngine final : public SpeechEngine
{
    Q_OBJECT

public:
    explicit FakeSpeechEngine(bool available, QObject *parent = nullptr)
        : SpeechEngine(parent)
        , m_available(available)
    {
    }

    bool isAvailable() const override { return m_available; }
    void say(const QString &text, const QLocale &locale) override
    {
        spoken.append(text);
        locales.append(locale.name().left(2));
        setState(State::Speaking);
    }
    void pause() override { setState(State::Paused); }
    void resume() override { setState(State::Speaking); }
    void stop() override { setState(State::Idle); }
    void finish() { setState(State::Idle); }

    QStringList spoken;
    QStringList locales;

private:
    bool m_available;
};
