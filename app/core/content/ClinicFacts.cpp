#include "ClinicFacts.h"

#include <QRegularExpression>

namespace {

// The phrases read after "at"/"al" and after a verb ("answers calls ..."),
// the two ways the writers' guide tells authors to use the placeholders.
QString unsetPhone(const QString &language)
{
    return language == QLatin1String("es") ? QStringLiteral("número que aparece en los papeles de su clínica")
                                           : QStringLiteral("the number on your clinic papers");
}

QString unsetHours(const QString &language)
{
    return language == QLatin1String("es") ? QStringLiteral("en horario de atención")
                                           : QStringLiteral("during office hours");
}

} // namespace

QStringList ClinicFacts::unknownPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^{}\\n]*\\}\\}"));
    QStringList unknown;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (found != phonePlaceholder() && found != hoursPlaceholder() && !unknown.contains(found))
            unknown.append(found);
    }
    return unknown;
}

QString ClinicFacts::fillIn(const QString &text, const QString &language, bool escapeHtml) const
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    auto value = [escapeHtml](const QString &fact, const QString &fallback) {
        const QString chosen = fact.trimmed().isEmpty() ? fallback : fact.trimmed();
        return escapeHtml ? chosen.toHtmlEscaped() : chosen;
    };
    QString result = text;
    result.replace(phonePlaceholder(), value(phone, unsetPhone(language)));
    result.replace(hoursPlaceholder(), value(hours, unsetHours(language)));
    return result;
}
