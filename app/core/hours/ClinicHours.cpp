#include "ClinicHours.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {

constexpr int MinutesPerDay = 24 * 60;

const QStringList &dayNames()
{
    static const QStringList names{QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                                   QStringLiteral("Thu"), QStringLiteral("Fri"), QStringLiteral("Sat"),
                                   QStringLiteral("Sun")};
    return names;
}

// 1..7 for "Mon".."Sun" (any case), 0 for anything else.
int dayNumber(const QString &word)
{
    for (int i = 0; i < dayNames().size(); ++i) {
        if (word.compare(dayNames().at(i), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// "07:30" -> 450, "24:00" -> 1440; -1 when it is not a time.
int minuteOfDay(const QString &text)
{
    static const QRegularExpression time(QStringLiteral("\\A([0-9]{1,2}):([0-9]{2})\\z"));
    const QRegularExpressionMatch match = time.match(text);
    if (!match.hasMatch())
        return -1;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return -1;
    return hours * 60 + minutes;
}

QString timeText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

const QString &writeADay()
{
    static const QString fix = QStringLiteral("write Mon, Tue, Wed, Thu, Fri, Sat or Sun");
    return fix;
}

} // namespace

std::optional<ClinicHours> ClinicHours::parse(const QString &text, QString *error)
{
    ClinicHours hours;
    hours.m_text = text.simplified();
    const QStringList entries = text.split(QLatin1Char(';'));
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &rawEntry : entries) {
        const QString entry = rawEntry.simplified();
        if (entry.isEmpty())
            continue; // "...; " at the end, or ";;"
        auto fail = [&entry, error](const QString &problem) -> std::optional<ClinicHours> {
            if (error)
                *error = quoted(entry) + QStringLiteral(": ") + problem;
            return std::nullopt;
        };

        QList<int> days;
        QList<QPair<int, int>> spans;
        const QStringList tokens = entry.split(separators, Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            // A time, or meant as one ("7-18"): never taken for a day.
            if (token.contains(QLatin1Char(':')) || token.front().isDigit()) {
                const QStringList ends = token.split(QLatin1Char('-'));
                if (ends.size() != 2)
                    return fail(QStringLiteral("%1 is not a time span; write it like 07:30-18:00").arg(quoted(token)));
                for (const QString &time : ends) {
                    if (minuteOfDay(time) < 0) {
                        return fail(QStringLiteral("%1 is not a time; write hours 00 to 24 and minutes 00 to 59, "
                                                   "like 07:30")
                                        .arg(quoted(time)));
                    }
                }
                const int start = minuteOfDay(ends.at(0));
                const int end = minuteOfDay(ends.at(1));
                if (days.isEmpty()) {
                    return fail(QStringLiteral("no day before %1; write the days first, like Mon-Fri %1").arg(token));
                }
                if (start == MinutesPerDay)
                    return fail(QStringLiteral("%1 starts at 24:00; write 00:00 and the next day").arg(quoted(token)));
                if (end == start)
                    return fail(QStringLiteral("%1 is empty; write a start before the end, like 07:30-18:00")
                                    .arg(quoted(token)));
                if (end < start) {
                    // Hours past midnight are two spans, one each day: say
                    // exactly what to write for this entry's first day.
                    const int day = days.first();
                    const QString next = dayNames().at(day % 7);
                    return fail(QStringLiteral("%1 ends before it starts; hours cannot run past midnight, so split "
                                               "them at 24:00, like %2 %3-24:00; %4 00:00-%5")
                                    .arg(quoted(token), dayNames().at(day - 1), timeText(start), next, timeText(end)));
                }
                spans.append({start, end});
                continue;
            }
            if (!spans.isEmpty()) {
                return fail(QStringLiteral("%1 comes after the hours; start a new entry for it after a \";\", like "
                                           "Mon-Fri 07:30-18:00; Sat 08:00-12:00")
                                .arg(quoted(token)));
            }
            const QStringList range = token.split(QLatin1Char('-'));
            if (range.size() > 2)
                return fail(QStringLiteral("%1 is not a day; %2").arg(quoted(token), writeADay()));
            const int first = dayNumber(range.first());
            const int last = dayNumber(range.last());
            if (first == 0 || last == 0)
                return fail(QStringLiteral("%1 is not a day; %2").arg(quoted(token), writeADay()));
            // "Fri-Mon" runs over the week-end: Fri, Sat, Sun, Mon.
            for (int day = first;; day = day % 7 + 1) {
                if (!days.contains(day))
                    days.append(day);
                if (day == last)
                    break;
            }
        }
        if (spans.isEmpty()) {
            return fail(QStringLiteral("no hours after the days; write them like %1 07:30-18:00").arg(tokens.value(0)));
        }
        for (int day : std::as_const(days)) {
            for (const auto &span : std::as_const(spans))
                hours.m_spans.append({day, span.first, span.second});
        }
    }
    std::sort(hours.m_spans.begin(), hours.m_spans.end(), [](const Span &a, const Span &b) {
        return a.dayOfWeek != b.dayOfWeek ? a.dayOfWeek < b.dayOfWeek : a.startMinute < b.startMinute;
    });
    return hours;
}

bool ClinicHours::isOpenAtMinute(int dayOfWeek, int minute) const
{
    return std::any_of(m_spans.cbegin(), m_spans.cend(), [&](const Span &span) {
        return span.dayOfWeek == dayOfWeek && span.startMinute <= minute && minute < span.endMinute;
    });
}

bool ClinicHours::isOpenAt(const QDateTime &moment) const
{
    if (isAlwaysOpen())
        return true;
    const QTime time = moment.time();
    return isOpenAtMinute(moment.date().dayOfWeek(), time.hour() * 60 + time.minute());
}

QDateTime ClinicHours::nextChangeAfter(const QDateTime &moment) const
{
    if (isAlwaysOpen())
        return {};
    const bool openNow = isOpenAt(moment);
    // The state only changes at a span's start or end, or at midnight (a
    // day's end that the next day does not continue). Looking eight days
    // ahead covers a week with a single span.
    for (int offset = 0; offset <= 8; ++offset) {
        const QDate date = moment.date().addDays(offset);
        QList<int> boundaries{0};
        for (const Span &span : m_spans) {
            if (span.dayOfWeek != date.dayOfWeek())
                continue;
            boundaries.append(span.startMinute);
            if (span.endMinute < MinutesPerDay)
                boundaries.append(span.endMinute);
        }
        std::sort(boundaries.begin(), boundaries.end());
        for (int minute : std::as_const(boundaries)) {
            // Same zone (or local time) as `moment`: setDate/setTime keep it.
            QDateTime candidate = moment;
            candidate.setDate(date);
            candidate.setTime(QTime(minute / 60, minute % 60));
            if (candidate <= moment)
                continue;
            if (isOpenAt(candidate) != openNow)
                return candidate;
        }
    }
    return {};
}
