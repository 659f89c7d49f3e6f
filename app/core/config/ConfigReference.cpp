#include "ConfigReference.h"

#include "config/KioskConfig.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

using Format = ConfigReference::Format;
using Kind = KioskConfig::Kind;

const QString StateDir = QStringLiteral(KIOSK_STATE_DIR);
const QString StateDirPlaceholder = QStringLiteral("@KIOSK_STATE_DIR@");

QString sectionOf(const KioskConfig::KeyInfo &entry)
{
    return QString::fromLatin1(entry.name).section(QLatin1Char('/'), 0, 0);
}

QString keyOf(const KioskConfig::KeyInfo &entry)
{
    return QString::fromLatin1(entry.name).section(QLatin1Char('/'), 1);
}

bool isDocumented(const KioskConfig::KeyInfo &entry)
{
    return entry.kind != Kind::Secret;
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

const QString DebianStateDir = QStringLiteral("/var/lib/patient-kiosk");

// A path under the state folder, as the document at hand writes it.
QString withPaths(QString value, ConfigReference::Paths paths)
{
    if (paths == ConfigReference::Paths::Installed || !value.startsWith(StateDir))
        return value;
    return value.replace(0, StateDir.size(),
                         paths == ConfigReference::Paths::Template ? StateDirPlaceholder : DebianStateDir);
}

// The values a key takes: numeric kinds say it from their kind and range,
// so the bound is written only in the table's range.
QString allowedOf(const KioskConfig::KeyInfo &entry)
{
    const QString range = entry.range.describe();
    QString base;
    switch (entry.kind) {
    case Kind::PositiveSeconds:
        base = range.isEmpty() ? QStringLiteral("a number greater than 0") : QStringLiteral("a number, ") + range;
        break;
    case Kind::Months:
    case Kind::Minutes:
    case Kind::Days:
        base = range.isEmpty() ? QStringLiteral("a whole number") : QStringLiteral("a whole number ") + range;
        break;
    default:
        return text(entry.allowed);
    }
    return entry.allowed ? QStringLiteral("%1 (%2)").arg(base, text(entry.allowed)) : base;
}

// In the table's own markup: `code`, and [words](#anchor) for the IT guide.
QString defaultOf(const KioskConfig::KeyInfo &entry, ConfigReference::Paths paths)
{
    const QString value = entry.defaultValue.toString();
    QString result =
        value.isEmpty() ? QStringLiteral("empty") : QLatin1Char('`') + withPaths(value, paths) + QLatin1Char('`');
    if (value.isEmpty() && entry.whenEmpty)
        result += QStringLiteral(": ") + text(entry.whenEmpty);
    if (entry.packageValue) {
        const QString packaged = text(entry.packageValue);
        if (packaged == value)
            result += QStringLiteral(" (the package sets the same)");
        else
            result += QStringLiteral("; the package sets `%1`").arg(withPaths(packaged, paths));
    }
    return result;
}

const QRegularExpression &codeSpan()
{
    static const QRegularExpression pattern(QStringLiteral("`([^`]*)`"));
    return pattern;
}

const QRegularExpression &guideLink()
{
    static const QRegularExpression pattern(QStringLiteral("\\[([^\\]]+)\\]\\(#[^)]+\\)"));
    return pattern;
}

QString toMarkdownCell(QString markup)
{
    return markup.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

// Plain text for the INI file's comments: the guide's sections by name.
QString toPlain(QString markup)
{
    markup.replace(guideLink(), QStringLiteral("\"\\1\" in the IT guide"));
    return markup.replace(codeSpan(), QStringLiteral("\\1"));
}

// troff: backslashes and hyphens escaped, code in bold, the guide's
// sections in quotes, no line starting with a control character.
QString toTroff(QString markup)
{
    markup.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    markup.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    markup.replace(guideLink(), QStringLiteral("\\(lq\\1\\(rq in the IT guide"));
    markup.replace(codeSpan(), QStringLiteral("\\fB\\1\\fR"));
    if (markup.startsWith(QLatin1Char('.')) || markup.startsWith(QLatin1Char('\'')))
        markup.prepend(QStringLiteral("\\&"));
    return markup;
}

// Comment lines of at most 78 columns.
QStringList wrapped(const QString &plain)
{
    QStringList lines;
    QString line;
    for (const QString &word : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 76) {
            lines.append(QStringLiteral("; ") + line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(QStringLiteral("; ") + line);
    return lines;
}

QString sentence(const QString &text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

QString markdown(ConfigReference::Paths paths)
{
    // Blank lines around the table: the markers beside it are HTML blocks.
    QString out = QStringLiteral("\n| Section | Key | Default | Allowed values | What it does |\n"
                                 "|---|---|---|---|---|\n");
    for (const KioskConfig::KeyInfo &entry : KioskConfig::keys()) {
        if (!isDocumented(entry))
            continue;
        out += QStringLiteral("| `[%1]` | `%2` | %3 | %4 | %5 |\n")
                   .arg(sectionOf(entry), keyOf(entry), toMarkdownCell(defaultOf(entry, paths)),
                        toMarkdownCell(allowedOf(entry)), toMarkdownCell(text(entry.help)));
    }
    return out + QLatin1Char('\n');
}

QString man(ConfigReference::Paths paths)
{
    QString out;
    for (const KioskConfig::KeyInfo &entry : KioskConfig::keys()) {
        if (!isDocumented(entry))
            continue;
        out += QStringLiteral(".TP\n.B [%1] %2\n").arg(sectionOf(entry), toTroff(keyOf(entry)));
        out += toTroff(text(entry.help)) + QLatin1Char('\n');
        out += QStringLiteral("Values: ") + toTroff(sentence(allowedOf(entry))) + QLatin1Char('\n');
        out += QStringLiteral("Default: ") + toTroff(sentence(defaultOf(entry, paths))) + QLatin1Char('\n');
    }
    return out;
}

// Sections in the order they first appear in the table, each key in its
// section: the INI reader would take them in any order, people would not.
QString ini(ConfigReference::Paths paths)
{
    QStringList sections;
    for (const KioskConfig::KeyInfo &entry : KioskConfig::keys()) {
        if (isDocumented(entry) && !sections.contains(sectionOf(entry)))
            sections.append(sectionOf(entry));
    }
    QStringList out;
    for (const QString &section : std::as_const(sections)) {
        out.append(QLatin1Char('[') + section + QLatin1Char(']'));
        bool first = true;
        for (const KioskConfig::KeyInfo &entry : KioskConfig::keys()) {
            if (!isDocumented(entry) || sectionOf(entry) != section)
                continue;
            if (!std::exchange(first, false))
                out.append(QString());
            out += wrapped(toPlain(text(entry.help)));
            out += wrapped(QStringLiteral("Values: ") + toPlain(sentence(allowedOf(entry))));
            out += wrapped(QStringLiteral("Default: ") + toPlain(defaultOf(entry, paths)));
            if (entry.packageValue) {
                out.append(keyOf(entry) + QLatin1Char('=') + withPaths(text(entry.packageValue), paths));
            } else {
                const QString example = entry.example ? text(entry.example) : entry.defaultValue.toString();
                out.append(QLatin1Char(';') + keyOf(entry) + QLatin1Char('=') + withPaths(example, paths));
            }
        }
        out.append(QString());
    }
    return out.join(QLatin1Char('\n'));
}

// The index of the line that is exactly `marker`, from `from`; -1 if none.
qsizetype lineIndex(const QString &text, const QString &marker, qsizetype from)
{
    qsizetype at = from;
    while ((at = text.indexOf(marker, at)) >= 0) {
        const bool startsLine = at == 0 || text.at(at - 1) == QLatin1Char('\n');
        const qsizetype after = at + marker.size();
        const bool endsLine = after == text.size() || text.at(after) == QLatin1Char('\n');
        if (startsLine && endsLine)
            return at;
        at = after;
    }
    return -1;
}

// Where the lines between the two marker lines start and end.
struct BodySpan
{
    qsizetype start;
    qsizetype end;
};

std::optional<BodySpan> bodySpan(const QString &text, const QString &begin, const QString &end)
{
    const qsizetype b = lineIndex(text, begin, 0);
    if (b < 0)
        return std::nullopt;
    const qsizetype start = std::min(b + begin.size() + 1, text.size());
    const qsizetype e = lineIndex(text, end, start);
    if (e < 0)
        return std::nullopt;
    return BodySpan{start, e};
}

} // namespace

bool ConfigReference::parseFormat(const QString &name, Format *format, Paths *paths)
{
    QString base = name;
    *paths = Paths::Installed;
    if (base.endsWith(QStringLiteral(".in"))) {
        base.chop(3);
        *paths = Paths::Template;
    }
    if (base == QLatin1String("markdown"))
        *format = Format::Markdown;
    else if (base == QLatin1String("man"))
        *format = Format::Man;
    else if (base == QLatin1String("ini"))
        *format = Format::Ini;
    else
        return false;
    return true;
}

QString ConfigReference::generate(Format format, Paths paths)
{
    switch (format) {
    case Format::Markdown:
        return markdown(paths);
    case Format::Man:
        return man(paths);
    case Format::Ini:
        return ini(paths);
    }
    return {};
}

const QList<ConfigReference::Document> &ConfigReference::documents()
{
    static const QList<Document> list{
        {"docs/IT.md", Format::Markdown, Paths::Debian},
        {"packaging/man/patient-kiosk.1.in", Format::Man, Paths::Template},
        {"packaging/config/patient-kiosk.conf.in", Format::Ini, Paths::Template},
    };
    return list;
}

QString ConfigReference::updated(const QString &fileText, const Document &document)
{
    return replaceBetween(fileText, beginMarker(document.format), endMarker(document.format),
                          generate(document.format, document.paths));
}

QString ConfigReference::beginMarker(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("<!-- config-reference begin: generated from KioskConfig::keys(); edit the table, then "
                              "build the update-config-reference target -->");
    case Format::Man:
        return QStringLiteral(".\\\" config-reference begin: generated from KioskConfig::keys(); edit the table, then "
                              "build the update-config-reference target");
    case Format::Ini:
        return QStringLiteral(";; --- Every setting, with its default ---");
    }
    return {};
}

QString ConfigReference::endMarker(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("<!-- config-reference end -->");
    case Format::Man:
        return QStringLiteral(".\\\" config-reference end");
    case Format::Ini:
        return QStringLiteral(";; --- End of the settings ---");
    }
    return {};
}

QString ConfigReference::between(const QString &text, const QString &begin, const QString &end)
{
    const std::optional<BodySpan> span = bodySpan(text, begin, end);
    return span ? text.mid(span->start, span->end - span->start) : QString();
}

QString ConfigReference::replaceBetween(const QString &text, const QString &begin, const QString &end,
                                        const QString &body)
{
    const std::optional<BodySpan> span = bodySpan(text, begin, end);
    return span ? text.left(span->start) + body + text.mid(span->end) : QString();
}
