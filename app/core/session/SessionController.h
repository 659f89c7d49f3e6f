#pragma once

#include <QList>
#include <QObject>
#include <QString>

// The one state machine of a patient's visit. Screens are a view of this
// state, never the state itself, so every rule (above all: nothing before the
// disclaimer) lives here and is tested without a window.
//
//   Attract -> Disclaimer -> Home <-> Topic <-> Reader
//      ^___________ reset (idle, "finish", errors) ___________|
class SessionController final : public QObject
{
    Q_OBJECT

public:
    enum class Screen {
        Attract,
        Disclaimer,
        Home,
        Topic,
        Reader
    };
    Q_ENUM(Screen)

    struct Location
    {
        Screen screen = Screen::Attract;
        QString topicId;   // Topic
        QString articleId; // Reader
        bool operator==(const Location &other) const
        {
            return screen == other.screen && topicId == other.topicId && articleId == other.articleId;
        }
    };

    explicit SessionController(const QString &defaultLanguage, QObject *parent = nullptr);

    Location location() const { return m_location; }
    Screen screen() const { return m_location.screen; }
    bool disclaimerAcknowledged() const { return m_disclaimerAcknowledged; }
    bool canGoBack() const;
    int historyDepth() const { return int(m_history.size()); }

    // Per-patient choices; the reset puts them back.
    QString language() const { return m_language; }
    QString defaultLanguage() const { return m_defaultLanguage; }
    void setDefaultLanguage(const QString &language) { m_defaultLanguage = language; }

    static QString screenName(Screen screen);

public slots:
    void beginSession();          // Attract -> Disclaimer
    void acknowledgeDisclaimer(); // Disclaimer -> Home
    void openTopic(const QString &topicId);
    void openArticle(const QString &articleId);
    void goBack();
    void goHome();
    void setLanguage(const QString &language);
    // Ends the patient's session: back to Attract with everything forgotten.
    void resetToAttract(const QString &reason);

signals:
    void locationChanged(const SessionController::Location &location);
    void languageChanged(const QString &language);
    // Emitted before the move to Attract, so per-patient state held
    // elsewhere (the web profile, scroll positions) can be thrown away first.
    void sessionEnding(const QString &reason);

private:
    void moveTo(const Location &location, bool remember);
    bool requireDisclaimer(const char *what);

    Location m_location;
    QList<Location> m_history;
    bool m_disclaimerAcknowledged = false;
    QString m_defaultLanguage;
    QString m_language;
};
