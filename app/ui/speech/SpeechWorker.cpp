#include "SpeechWorker.h"

#include <QTextToSpeech>

bool SpeechWorker::ensureEngine(quint64 ticket)
{
    if (!m_speech) {
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
