#pragma once

#include <QLocale>
#include <QObject>

// What read-aloud needs from a text-to-speech engine. The kiosk uses
// QtSpeechEngine (Qt TextToSpeech); tests use a fake, so the controls can be
// proven with an engine present and absent on any machine.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Speaking,
        Paused
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    virtual void say(const QString &text, const QLocale &locale) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // Between patients: an engine that failed may try again.
    virtual void recover() {}

    State state() const { return m_state; }

signals:
    void stateChanged(SpeechEngine::State state);
    // Speech stopped working (the service did not answer): hide Listen and
    // tell the patient kindly. Never a reason to wait.
    void failed();
    void availabilityChanged();

protected:
    void setState(State state)
    {
        if (state == m_state)
            return;
        m_state = state;
        emit stateChanged(state);
    }

private:
    State m_state = State::Idle;
};
