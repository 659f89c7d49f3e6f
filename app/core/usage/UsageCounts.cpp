#include "UsageCounts.h"

#include <algorithm>
#include <tuple>

bool UsageCounts::ArticleKey::operator<(const ArticleKey &other) const
{
    return std::tie(day, articleId, language) < std::tie(other.day, other.articleId, other.language);
}

bool UsageCounts::ArticleKey::operator==(const ArticleKey &other) const
{
    return day == other.day && articleId == other.articleId && language == other.language;
}

UsageCounts::ArticleCounts &UsageCounts::ArticleCounts::operator+=(const ArticleCounts &other)
{
    opens += other.opens;
    readsToEnd += other.readsToEnd;
    readAloudPlays += other.readAloudPlays;
    qrShows += other.qrShows;
    return *this;
}

bool UsageCounts::ArticleCounts::operator==(const ArticleCounts &other) const
{
    return opens == other.opens && readsToEnd == other.readsToEnd && readAloudPlays == other.readAloudPlays
           && qrShows == other.qrShows;
}

UsageCounts::SessionCounts &UsageCounts::SessionCounts::operator+=(const SessionCounts &other)
{
    sessions += other.sessions;
    for (int i = 0; i < SessionLengthCount; ++i)
        byLength.at(i) += other.byLength.at(i);
    return *this;
}

bool UsageCounts::SessionCounts::operator==(const SessionCounts &other) const
{
    return sessions == other.sessions && byLength == other.byLength;
}

UsageCounts::SessionLength UsageCounts::bucketFor(std::chrono::milliseconds length)
{
    using namespace std::chrono_literals;
    if (length < 1min)
        return SessionLength::UnderOneMinute;
    if (length < 3min)
        return SessionLength::OneToThreeMinutes;
    if (length < 10min)
        return SessionLength::ThreeToTenMinutes;
    return SessionLength::TenMinutesOrMore;
}

QString UsageCounts::bucketName(SessionLength bucket)
{
    switch (bucket) {
    case SessionLength::UnderOneMinute:
        return QStringLiteral("under_1_min");
    case SessionLength::OneToThreeMinutes:
        return QStringLiteral("1_to_3_min");
    case SessionLength::ThreeToTenMinutes:
        return QStringLiteral("3_to_10_min");
    case SessionLength::TenMinutesOrMore:
        return QStringLiteral("10_min_or_more");
    }
    return {};
}

QString UsageCounts::bucketLabel(SessionLength bucket)
{
    switch (bucket) {
    case SessionLength::UnderOneMinute:
        return QStringLiteral("under 1 min");
    case SessionLength::OneToThreeMinutes:
        return QStringLiteral("1-3 min");
    case SessionLength::ThreeToTenMinutes:
        return QStringLiteral("3-10 min");
    case SessionLength::TenMinutesOrMore:
        return QStringLiteral("10 min or more");
    }
    return {};
}

UsageCounts::ArticleCounts &UsageCounts::article(QDate day, const QString &articleId, const QString &language)
{
    return m_articles[ArticleKey{day, articleId, language}];
}

void UsageCounts::recordOpen(QDate day, const QString &articleId, const QString &language)
{
    ++article(day, articleId, language).opens;
}

void UsageCounts::recordReadToEnd(QDate day, const QString &articleId, const QString &language)
{
    ++article(day, articleId, language).readsToEnd;
}

void UsageCounts::recordReadAloud(QDate day, const QString &articleId, const QString &language)
{
    ++article(day, articleId, language).readAloudPlays;
}

void UsageCounts::recordQrShown(QDate day, const QString &articleId, const QString &language)
{
    ++article(day, articleId, language).qrShows;
}

void UsageCounts::recordSession(QDate day, std::chrono::milliseconds length)
{
    SessionCounts &counts = m_sessions[day];
    ++counts.sessions;
    ++counts.byLength.at(int(bucketFor(length)));
}

void UsageCounts::addArticle(const ArticleKey &key, const ArticleCounts &counts)
{
    m_articles[key] += counts;
}

void UsageCounts::addSessions(QDate day, const SessionCounts &counts)
{
    m_sessions[day] += counts;
}

void UsageCounts::add(const UsageCounts &other)
{
    for (auto it = other.m_articles.cbegin(); it != other.m_articles.cend(); ++it)
        addArticle(it.key(), it.value());
    for (auto it = other.m_sessions.cbegin(); it != other.m_sessions.cend(); ++it)
        addSessions(it.key(), it.value());
}

void UsageCounts::clear()
{
    m_articles.clear();
    m_sessions.clear();
}

UsageCounts UsageCounts::between(QDate from, QDate to) const
{
    UsageCounts result;
    for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it) {
        if (it.key().day >= from && it.key().day <= to)
            result.addArticle(it.key(), it.value());
    }
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it.key() >= from && it.key() <= to)
            result.addSessions(it.key(), it.value());
    }
    return result;
}

QList<UsageCounts::ArticleTotal> UsageCounts::articleTotals() const
{
    QMap<std::pair<QString, QString>, ArticleCounts> summed;
    for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it)
        summed[{it.key().articleId, it.key().language}] += it.value();
    QList<ArticleTotal> totals;
    totals.reserve(summed.size());
    for (auto it = summed.cbegin(); it != summed.cend(); ++it)
        totals.append({it.key().first, it.key().second, it.value()});
    // Stable: ties keep the map's order (by id, then language).
    std::stable_sort(totals.begin(), totals.end(),
                     [](const ArticleTotal &a, const ArticleTotal &b) { return a.counts.opens > b.counts.opens; });
    return totals;
}

UsageCounts::SessionCounts UsageCounts::sessionTotals() const
{
    SessionCounts total;
    for (const SessionCounts &day : m_sessions)
        total += day;
    return total;
}
