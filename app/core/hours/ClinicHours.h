#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// When the clinic is open and the kiosk's screen should be awake, parsed
// from `[display] hours`, for example "Mon-Fri 07:30-18:00; Sat 08:00-12:00".
//
//   hours   = entry { ";" entry }
//   entry   = days span { ("," | " ") span }
//   days    = day | day "-" day | days "," days        Mon Tue Wed Thu Fri Sat Sun
//   span    = H:MM "-" H:MM                             00:00 to 24:00, end after start
//
// A span never crosses midnight: "Fri 22:00-06:00" is refused with the fix
// ("Fri 22:00-24:00; Sat 00:00-06:00"), because a reader cannot tell
// whether it means Friday night or Friday morning. Spans that meet at
// midnight join, so that week-end night stays awake without a transition.
// Empty text means always open (the default: the screen never sleeps).
//
// Times are wall-clock times in the time zone the caller gives (the
// system's), so a day with a daylight-saving change keeps 07:30 at 07:30.
class ClinicHours final
{
public:
    struct Span
    {
        int dayOfWeek;   // 1 = Monday ... 7 = Sunday (Qt::DayOfWeek)
        int startMinute; // minutes after midnight, 0..1439
        int endMinute;   // 1..1440 (24:00), always after startMinute
    };

    ClinicHours() = default; // always open

    // Nothing on error, and `error` names the entry at fault and the fix:
    // "\"Mon-Fr 07:30-18:00\": \"Mon-Fr\" is not a day; write Mon, ...".
    static std::optional<ClinicHours> parse(const QString &text, QString *error = nullptr);

    bool isAlwaysOpen() const { return m_spans.isEmpty(); }
    const QList<Span> &spans() const { return m_spans; }

    // Open at `moment`, read as wall-clock time in `moment`'s own zone.
    bool isOpenAt(const QDateTime &moment) const;
    // The next moment after `moment` at which isOpenAt() changes, in the
    // same zone; invalid when it never changes (always open).
    QDateTime nextChangeAfter(const QDateTime &moment) const;

    // "Mon-Fri 07:30-18:00; Sat 08:00-12:00" back as written, for the log.
    QString describe() const { return m_text; }

private:
    bool isOpenAtMinute(int dayOfWeek, int minute) const;

    QList<Span> m_spans;
    QString m_text;
};
