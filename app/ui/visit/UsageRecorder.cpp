#include "UsageRecorder.h"

#include "KioskWindow.h"
#include "content/ArticleLibrary.h"
#include "screens/ReaderScreen.h"
#include "session/SessionController.h"
#include "session/UserActivityFilter.h"
#include "staff/StaffController.h"
#include "staff/StaffPanel.h"

#include <chrono>

namespace {

UsageStore::Options fromConfig(const KioskConfig &config, UsageStore::Options options)
{
    options.databasePath = config.usageDatabase();
    options.keepDays = config.usageKeepDays();
    return options;
}

} // namespace

UsageRecorder::UsageRecorder(KioskWindow *window, const KioskConfig &config, UsageStore::Options options)
    : UsageRecorder(window, fromConfig(config, std::move(options)))
{
}

UsageRecorder::UsageRecorder(KioskWindow *window, UsageStore::Options options)
    : QObject(window)
    , m_window(window)
    , m_store(new UsageStore(std::move(options), this))
{
    SessionController *session = window->session();
    connect(session, &SessionController::locationChanged, this, &UsageRecorder::onLocationChanged);
    connect(session, &SessionController::sessionEnding, this, &UsageRecorder::onSessionEnding);
    connect(session, &SessionController::languageChanged, this, [this, session] {
        if (session->screen() == SessionController::Screen::Reader)
            recordOpen(session->location().articleId); // the article, now in the other language
    });
    connect(window->visit()->activity(), &UserActivityFilter::activity, this, [this] {
        if (m_session.isValid())
            m_lastTouchMs = m_session.elapsed();
    });
    connect(window->readerScreen(), &ReaderScreen::articleReadToEnd, this,
            [this](const QString &articleId, const QString &language) {
                const QString shown = shownLanguage(articleId, language);
                if (m_session.isValid() && firstThisSession(QStringLiteral("end"), articleId, shown))
                    m_store->recordReadToEnd(articleId, shown);
            });
    // Listen from the start (not pause or resume) on an article.
    connect(window->readerScreen(), &ReaderScreen::readAloudRequested, this, [this, session] {
        const QString id = session->location().articleId;
        const QString shown = shownLanguage(id, session->language());
        if (m_session.isValid() && !id.isEmpty() && firstThisSession(QStringLiteral("aloud"), id, shown))
            m_store->recordReadAloud(id, shown);
    });
    // Staff open the pad, then the panel: the list is ready by then.
    connect(window->staff(), &StaffController::staffActiveChanged, this, [this](bool active) {
        if (active)
            m_topRequest = m_store->requestCounts(m_store->today().addDays(-6), m_store->today());
    });
    connect(m_store, &UsageStore::countsRead, this, &UsageRecorder::showTopArticles);
}

void UsageRecorder::onLocationChanged()
{
    const SessionController::Location location = m_window->session()->location();
    if (location.screen == SessionController::Screen::Attract)
        return;
    if (!m_session.isValid()) {
        m_session.start(); // the first touch of a new patient
        m_lastTouchMs = 0;
    }
    if (location.screen == SessionController::Screen::Reader)
        recordOpen(location.articleId);
}

void UsageRecorder::onSessionEnding()
{
    if (!m_session.isValid())
        return; // a reset on the welcome screen: nobody was there
    m_store->recordSession(std::chrono::milliseconds(m_lastTouchMs));
    m_session.invalidate();
    m_counted.clear();
    m_store->flush(); // between patients: the counts go to the file now
}

void UsageRecorder::recordOpen(const QString &articleId)
{
    const QString shown = shownLanguage(articleId, m_window->session()->language());
    if (!firstThisSession(QStringLiteral("open"), articleId, shown))
        return;
    m_store->recordOpen(articleId, shown);
    // With [takehome] base_url set, every article page carries its QR code
    // (ArticleHtmlPage), so showing the article shows the code.
    if (m_window->visit()->library()->options().takeHome.isEnabled())
        m_store->recordQrShown(articleId, shown);
}

QString UsageRecorder::shownLanguage(const QString &articleId, const QString &language) const
{
    const Article *article = m_window->visit()->library()->articleForReading(articleId, language);
    return article ? article->language : language;
}

bool UsageRecorder::firstThisSession(const QString &event, const QString &articleId, const QString &language)
{
    const QString key = event + QLatin1Char('/') + articleId + QLatin1Char('/') + language;
    if (m_counted.contains(key))
        return false;
    m_counted.insert(key);
    return true;
}

void UsageRecorder::showTopArticles(quint64 request, const UsageCounts &counts)
{
    if (request != m_topRequest)
        return;
    QList<StaffPanel::TopArticle> top;
    const QList<UsageCounts::ArticleTotal> totals = counts.articleTotals();
    const ArticleLibrary *library = m_window->visit()->library();
    for (const UsageCounts::ArticleTotal &total : totals) {
        if (top.size() == TopArticleCount || total.counts.opens == 0)
            break;
        const Article *article = library->articleForReading(total.articleId, total.language);
        const QString title = article ? article->title : total.articleId;
        top.append({QStringLiteral("%1 (%2)").arg(title, total.language), total.counts.opens});
    }
    m_window->staff()->panel()->setTopArticles(top);
}
