#pragma once

#include <QString>
#include <QStringList>

// The clinic's own facts that articles may name: its phone number and
// opening hours, from the kiosk's config (clinic/phone, clinic/hours), so one
// library serves every clinic. Articles write {{clinic.phone}} and
// {{clinic.hours}}; a fact that is not set becomes a phrase that still reads
// correctly ("the number on your clinic papers"), so no raw placeholder ever
// reaches a patient, an export or a review packet.
struct ClinicFacts
{
    QString phone;
    QString hours;

    static QString phonePlaceholder() { return QStringLiteral("{{clinic.phone}}"); }
    static QString hoursPlaceholder() { return QStringLiteral("{{clinic.hours}}"); }

    // Every {{...}} in `text` that is not one of the placeholders above.
    static QStringList unknownPlaceholders(const QString &text);

    // `text` with each placeholder replaced by its value or, when unset, by
    // the phrase for `language`. `escapeHtml` for text that is already HTML.
    QString fillIn(const QString &text, const QString &language, bool escapeHtml) const;
};
