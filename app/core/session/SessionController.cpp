#include "SessionController.h"

#include "system/KioskLogging.h"

SessionController::SessionController(const QString &defaultLanguage, QObject *parent)
    : QObject(parent)
    , m_defaultLanguage(defaultLanguage)
    , m_language(defaultLanguage)
{
}

QString SessionController::screenName(Screen screen)
{
    switch (screen) {
    case Screen::Attract:
        return QStringLiteral("attract");
    case Screen::Disclaimer:
        return QStringLiteral("disclaimer");
    case Screen::Home:
        return QStringLiteral("home");
    case Screen::Topic:
        return QStringLiteral("topic");
    case Screen::Reader:
        return QStringLiteral("reader");
    }
    return QStringLiteral("unknown");
}

bool SessionController::canGoBack() const
{
    return !m_history.isEmpty() || m_location.screen == Screen::Disclaimer;
}

void SessionController::beginSession()
{
    if (m_location.screen != Screen::Attract)
        return;
    moveTo({Screen::Disclaimer, {}, {}}, false);
}

void SessionController::acknowledgeDisclaimer()
{
    if (m_location.screen != Screen::Disclaimer)
        return;
    m_disclaimerAcknowledged = true;
    qCInfo(lcSession) << "disclaimer acknowledged";
    moveTo({Screen::Home, {}, {}}, false);
}

bool SessionController::requireDisclaimer(const char *what)
{
    if (m_disclaimerAcknowledged)
        return true;
    // A deep link, a stray signal or a recovery path asked for content before
    // the patient saw the disclaimer: show the disclaimer instead.
    qCWarning(lcSession) << "refused" << what << "before the disclaimer was acknowledged";
    if (m_location.screen == Screen::Attract)
        moveTo({Screen::Disclaimer, {}, {}}, false);
    return false;
}

void SessionController::openTopic(const QString &topicId)
{
    if (!requireDisclaimer("a topic"))
        return;
    moveTo({Screen::Topic, topicId, {}}, true);
}

void SessionController::openArticle(const QString &articleId)
{
    if (!requireDisclaimer("an article"))
        return;
    Location target{Screen::Reader, {}, articleId};
    // Keep the topic the patient came from, so Back returns to its list.
    if (m_location.screen == Screen::Topic || m_location.screen == Screen::Reader)
        target.topicId = m_location.topicId;
    moveTo(target, true);
}

void SessionController::goBack()
{
    if (m_location.screen == Screen::Disclaimer) {
        // Backing out of the disclaimer ends a session that never started.
        resetToAttract(QStringLiteral("left the disclaimer"));
        return;
    }
    if (m_history.isEmpty())
        return;
    moveTo(m_history.takeLast(), false);
}

void SessionController::goHome()
{
    if (!m_disclaimerAcknowledged)
        return;
    m_history.clear();
    moveTo({Screen::Home, {}, {}}, false);
}

void SessionController::setLanguage(const QString &language)
{
    if (language == m_language || language.isEmpty())
        return;
    m_language = language;
    qCInfo(lcSession).noquote() << "language:" << language;
    emit languageChanged(language);
}

void SessionController::resetToAttract(const QString &reason)
{
    qCInfo(lcSession).noquote() << "reset:" << reason;
    emit sessionEnding(reason);
    m_history.clear();
    m_disclaimerAcknowledged = false;
    if (m_language != m_defaultLanguage) {
        m_language = m_defaultLanguage;
        emit languageChanged(m_language);
    }
    m_location = {};
    qCInfo(lcSession).noquote() << "screen:" << screenName(Screen::Attract);
    emit locationChanged(m_location);
}

void SessionController::moveTo(const Location &location, bool remember)
{
    if (location == m_location)
        return;
    if (remember && m_location.screen != Screen::Attract && m_location.screen != Screen::Disclaimer)
        m_history.append(m_location);
    m_location = location;
    qCInfo(lcSession).noquote() << "screen:" << screenName(location.screen);
    emit locationChanged(m_location);
}
