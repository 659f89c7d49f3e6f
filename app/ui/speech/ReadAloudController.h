#pragma once

#include <QObject>

class IdleMonitor;
class QLocale;
class SpeechEngine;

// Reads the article (or the disclaimer) aloud in its language. While speech
// plays the idle timer holds: a patient listening is not idle. Once a
// patient has used read-aloud, the idle warning is spoken too. The reset
// stops it and forgets that it was used.
class ReadAloudController final : public QObject
{
    Q_OBJECT

public:
    ReadAloudController(SpeechEngine *engine, IdleMonitor *idle, QObject *parent = nullptr);

    bool isAvailable() const;
    bool wasUsed() const { return m_used; }
    SpeechEngine *engine() const { return m_engine; }

public slots:
    void read(const QString &text, const QString &language);
    void togglePause();
    void stop();
    void announce(const QString &text, const QString &language); // spoken only if read-aloud was used
    void forget();

signals:
    void stateChanged();
    // Speech stopped working for this patient: Listen is hidden, and the
    // patient should be told kindly.
    void soundFailed();

private:
    SpeechEngine *m_engine;
    IdleMonitor *m_idle;
    bool m_used = false;
    bool m_announcing = false; // the spoken idle warning must not hold the idle timer
};
