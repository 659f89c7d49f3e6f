#include "QtSpeechEngine.h"

#include "system/KioskLogging.h"

#include <QTextToSpeech>

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        qCInfo(lcSession) << "read-aloud: no speech engine installed; the control is hidden";
        return;
    }
    m_speech = new QTextToSpeech(this);
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        switch (state) {
        case QTextToSpeech::Speaking:
            setState(State::Speaking);
            break;
        case QTextToSpeech::Paused:
            setState(State::Paused);
            break;
        case QTextToSpeech::Ready:
        case QTextToSpeech::Error:
            setState(State::Idle);
            break;
        }
    });
    if (m_speech->state() == QTextToSpeech::Error)
        qCWarning(lcSession) << "read-aloud: speech engine" << m_speech->engine() << "failed:" << m_speech->errorString();
}

bool QtSpeechEngine::isAvailable() const
{
    return m_speech && m_speech->state() != QTextToSpeech::Error;
}

void QtSpeechEngine::say(const QString &text, const QLocale &locale)
{
    if (!isAvailable())
        return;
    m_speech->setLocale(locale);
    m_speech->say(text);
}

void QtSpeechEngine::pause()
{
    if (m_speech)
        m_speech->pause();
}

void QtSpeechEngine::resume()
{
    if (m_speech)
        m_speech->resume();
}

void QtSpeechEngine::stop()
{
    if (m_speech)
        m_speech->stop();
}
