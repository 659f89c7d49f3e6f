#include "ReadAloudController.h"

#include "session/IdleMonitor.h"
#include "speech/SpeechEngine.h"

#include <QLocale>

ReadAloudController::ReadAloudController(SpeechEngine *engine, IdleMonitor *idle, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_idle(idle)
{
    connect(m_engine, &SpeechEngine::stateChanged, this, [this](SpeechEngine::State state) {
        if (state == SpeechEngine::State::Speaking && !m_announcing) {
            m_idle->pause();
        } else if (state != SpeechEngine::State::Speaking) {
            m_announcing = false;
            m_idle->resume();
        }
        emit stateChanged();
    });
    connect(m_engine, &SpeechEngine::failed, this, [this] {
        m_announcing = false;
        m_idle->resume();
        emit stateChanged();
        emit soundFailed();
    });
    connect(m_engine, &SpeechEngine::availabilityChanged, this, &ReadAloudController::stateChanged);
}

bool ReadAloudController::isAvailable() const
{
    return m_engine->isAvailable();
}

void ReadAloudController::read(const QString &text, const QString &language)
{
    if (!isAvailable() || text.trimmed().isEmpty())
        return;
    m_used = true;
    m_announcing = false;
    m_engine->stop();
    m_engine->say(text, QLocale(language));
}

void ReadAloudController::togglePause()
{
    if (m_engine->state() == SpeechEngine::State::Speaking)
        m_engine->pause();
    else if (m_engine->state() == SpeechEngine::State::Paused)
        m_engine->resume();
}

void ReadAloudController::stop()
{
    m_engine->stop();
}

void ReadAloudController::announce(const QString &text, const QString &language)
{
    if (!m_used || !isAvailable())
        return;
    m_engine->stop();
    m_announcing = true;
    m_engine->say(text, QLocale(language));
}

void ReadAloudController::forget()
{
    m_engine->stop();
    m_used = false;
    m_engine->recover(); // the next patient may try sound again
}
