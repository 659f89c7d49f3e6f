#include "UsageReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

using Bucket = UsageCounts::SessionLength;
constexpr Bucket Buckets[] = {Bucket::UnderOneMinute, Bucket::OneToThreeMinutes, Bucket::ThreeToTenMinutes,
                              Bucket::TenMinutesOrMore};

// Ids and language codes are plain words, but a clinic's own article id
// could hold anything a file name can: quote what CSV needs quoted.
QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

UsageReport::Span UsageReport::span(const std::optional<QDate> &from, const std::optional<QDate> &to, QDate today)
{
    const QDate last = to.value_or(from ? std::max(*from, today) : today);
    return {from.value_or(last.addDays(-6)), last};
}

QString UsageReport::toCsv(const UsageCounts &counts)
{
    QStringList header{QStringLiteral("day"),        QStringLiteral("record"),   QStringLiteral("article"),
                       QStringLiteral("language"),   QStringLiteral("opens"),    QStringLiteral("reads_to_end"),
                       QStringLiteral("read_aloud"), QStringLiteral("qr_shows"), QStringLiteral("sessions")};
    for (const Bucket bucket : Buckets)
        header.append(QStringLiteral("sessions_") + UsageCounts::bucketName(bucket));
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    const QString noSessions = QString(QLatin1Char(',')).repeated(UsageCounts::SessionLengthCount + 1);
    for (auto it = counts.articles().cbegin(); it != counts.articles().cend(); ++it) {
        const UsageCounts::ArticleCounts &c = it.value();
        out += QStringLiteral("%1,article,%2,%3,%4,%5,%6,%7%8\n")
                   .arg(it.key().day.toString(Qt::ISODate), csvField(it.key().articleId), csvField(it.key().language))
                   .arg(c.opens)
                   .arg(c.readsToEnd)
                   .arg(c.readAloudPlays)
                   .arg(c.qrShows)
                   .arg(noSessions);
    }
    for (auto it = counts.sessions().cbegin(); it != counts.sessions().cend(); ++it) {
        QString row = QStringLiteral("%1,sessions,,,,,,,%2").arg(it.key().toString(Qt::ISODate)).arg(it->sessions);
        for (const qint64 bucket : it->byLength)
            row += QLatin1Char(',') + QString::number(bucket);
        out += row + QLatin1Char('\n');
    }
    return out;
}

QByteArray UsageReport::toJson(const UsageCounts &counts, Span span, const TitleLookup &title)
{
    QJsonArray articles;
    for (auto it = counts.articles().cbegin(); it != counts.articles().cend(); ++it) {
        QJsonObject row{{QStringLiteral("day"), it.key().day.toString(Qt::ISODate)},
                        {QStringLiteral("article"), it.key().articleId},
                        {QStringLiteral("language"), it.key().language},
                        {QStringLiteral("opens"), it->opens},
                        {QStringLiteral("reads_to_end"), it->readsToEnd},
                        {QStringLiteral("read_aloud"), it->readAloudPlays},
                        {QStringLiteral("qr_shows"), it->qrShows}};
        const QString name = title ? title(it.key().articleId, it.key().language) : QString();
        if (!name.isEmpty())
            row.insert(QStringLiteral("title"), name);
        articles.append(row);
    }
    QJsonArray sessions;
    for (auto it = counts.sessions().cbegin(); it != counts.sessions().cend(); ++it) {
        QJsonObject lengths;
        for (const Bucket bucket : Buckets)
            lengths.insert(UsageCounts::bucketName(bucket), it->byLength.at(int(bucket)));
        sessions.append(QJsonObject{{QStringLiteral("day"), it.key().toString(Qt::ISODate)},
                                    {QStringLiteral("sessions"), it->sessions},
                                    {QStringLiteral("length"), lengths}});
    }
    const QJsonObject report{{QStringLiteral("from"), span.from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), span.to.toString(Qt::ISODate)},
                             {QStringLiteral("articles"), articles},
                             {QStringLiteral("sessions"), sessions}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QString UsageReport::toText(const UsageCounts &counts, Span span, const QString &source, const TitleLookup &title)
{
    QString out = QStringLiteral("Reading statistics from %1 to %2\n(%3)\n\n")
                      .arg(span.from.toString(Qt::ISODate), span.to.toString(Qt::ISODate), source);
    const UsageCounts::SessionCounts sessions = counts.sessionTotals();
    QStringList lengths;
    for (const Bucket bucket : Buckets)
        lengths.append(
            QStringLiteral("%1: %2").arg(UsageCounts::bucketLabel(bucket)).arg(sessions.byLength.at(int(bucket))));
    out += QStringLiteral("Patient visits: %1 (%2)\n\n").arg(sessions.sessions).arg(lengths.join(QLatin1String(", ")));
    const QList<UsageCounts::ArticleTotal> totals = counts.articleTotals();
    if (totals.isEmpty())
        return out + QStringLiteral("No article was opened on these days.\n");
    out += QStringLiteral("Articles, most opened first:\n");
    out += QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("opened"), 7)
               .arg(QStringLiteral("to end"), 7)
               .arg(QStringLiteral("aloud"), 7)
               .arg(QStringLiteral("QR"), 5)
               .arg(QStringLiteral("article"));
    for (const UsageCounts::ArticleTotal &row : totals) {
        const QString name = title ? title(row.articleId, row.language) : QString();
        const QString article = name.isEmpty() ? QStringLiteral("%1 (%2)").arg(row.articleId, row.language)
                                               : QStringLiteral("%1 (%2, %3)").arg(name, row.articleId, row.language);
        out += QStringLiteral("%1 %2 %3 %4  %5\n")
                   .arg(row.counts.opens, 7)
                   .arg(row.counts.readsToEnd, 7)
                   .arg(row.counts.readAloudPlays, 7)
                   .arg(row.counts.qrShows, 5)
                   .arg(article);
    }
    return out;
}
