#pragma once

#include "usage/UsageCounts.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

// `patient-kiosk --usage-report`: the stored counts of a span of days as
// text for a clinic manager, CSV for a spreadsheet or JSON for a script.
// CSV and JSON give one row per day and article (and per day for the
// sessions), text sums the span.
class UsageReport final
{
public:
    // The article's title in a language, or empty when the library does not have it.
    using TitleLookup = std::function<QString(const QString &articleId, const QString &language)>;

    struct Span
    {
        QDate from;
        QDate to;
    };

    // The last 7 days up to `today`, unless `from` or `to` are given.
    static Span span(const std::optional<QDate> &from, const std::optional<QDate> &to, QDate today);

    static QString toText(const UsageCounts &counts, Span span, const QString &source, const TitleLookup &title);
    static QString toCsv(const UsageCounts &counts);
    static QByteArray toJson(const UsageCounts &counts, Span span, const TitleLookup &title);
};
