#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <chrono>

// Anonymous reading statistics as day-level counts, and nothing finer: per
// day, article and language how often it was opened, read to the end, read
// aloud and its QR code shown; per day how many patient sessions there
// were and how long they lasted, as a histogram of a few lengths. No time
// of day, no order, no session: nothing here could rebuild one patient's
// visit. The same type holds what is waiting to be stored, what the
// database holds, and what the report prints.
class UsageCounts final
{
public:
    // How long a session lasted, in the histogram's buckets. The exact
    // length is never kept: it is bucketed when the session ends.
    enum class SessionLength {
        UnderOneMinute,
        OneToThreeMinutes,
        ThreeToTenMinutes,
        TenMinutesOrMore
    };
    static constexpr int SessionLengthCount = 4;

    struct ArticleKey
    {
        QDate day;
        QString articleId;
        QString language;

        bool operator<(const ArticleKey &other) const;
        bool operator==(const ArticleKey &other) const;
    };

    struct ArticleCounts
    {
        qint64 opens = 0;
        qint64 readsToEnd = 0;
        qint64 readAloudPlays = 0;
        qint64 qrShows = 0;

        ArticleCounts &operator+=(const ArticleCounts &other);
        bool operator==(const ArticleCounts &other) const;
    };

    struct SessionCounts
    {
        qint64 sessions = 0;
        std::array<qint64, SessionLengthCount> byLength{}; // indexed by SessionLength

        SessionCounts &operator+=(const SessionCounts &other);
        bool operator==(const SessionCounts &other) const;
    };

    // One article in one language over a span of days (the staff panel, the
    // text report, Prometheus counters).
    struct ArticleTotal
    {
        QString articleId;
        QString language;
        ArticleCounts counts;
    };

    static SessionLength bucketFor(std::chrono::milliseconds length);
    // Stable names for the columns, CSV and JSON: "under_1_min", ...
    static QString bucketName(SessionLength bucket);
    // For people: "under 1 min", "1-3 min", "3-10 min", "10 min or more".
    static QString bucketLabel(SessionLength bucket);

    void recordOpen(QDate day, const QString &articleId, const QString &language);
    void recordReadToEnd(QDate day, const QString &articleId, const QString &language);
    void recordReadAloud(QDate day, const QString &articleId, const QString &language);
    void recordQrShown(QDate day, const QString &articleId, const QString &language);
    void recordSession(QDate day, std::chrono::milliseconds length);

    // Adds counts as they are (the database's rows, another batch).
    void addArticle(const ArticleKey &key, const ArticleCounts &counts);
    void addSessions(QDate day, const SessionCounts &counts);
    void add(const UsageCounts &other);

    bool isEmpty() const { return m_articles.isEmpty() && m_sessions.isEmpty(); }
    void clear();

    const QMap<ArticleKey, ArticleCounts> &articles() const { return m_articles; }
    const QMap<QDate, SessionCounts> &sessions() const { return m_sessions; }

    // Only the days from `from` to `to`, both included.
    UsageCounts between(QDate from, QDate to) const;
    // Summed over the days, most opened first (then by id and language, so
    // the order never depends on how the counts were gathered).
    QList<ArticleTotal> articleTotals() const;
    SessionCounts sessionTotals() const;

private:
    ArticleCounts &article(QDate day, const QString &articleId, const QString &language);

    QMap<ArticleKey, ArticleCounts> m_articles;
    QMap<QDate, SessionCounts> m_sessions;
};

Q_DECLARE_METATYPE(UsageCounts)
