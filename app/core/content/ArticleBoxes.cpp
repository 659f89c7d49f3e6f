#include "ArticleBoxes.h"

#include <QRegularExpression>

#include <optional>

namespace {

struct KindInfo
{
    ArticleBoxes::Kind kind;
    const char *marker;
    const char *english;
    const char *spanish;
};

const QList<KindInfo> &kinds()
{
    static const QList<KindInfo> table{
        {ArticleBoxes::Kind::KeyPoints, "key-points", "Key points", "Puntos clave"},
        {ArticleBoxes::Kind::Questions, "questions", "Questions to ask your care team",
         "Preguntas para su equipo de atención"},
        {ArticleBoxes::Kind::HelpLevels, "help-levels", "Who to call", "A quién llamar"},
        {ArticleBoxes::Kind::Timeline, "timeline", "Step by step", "Paso a paso"},
    };
    return table;
}

std::optional<KindInfo> kindFor(const QString &marker)
{
    for (const KindInfo &info : kinds()) {
        if (marker == QLatin1String(info.marker))
            return info;
    }
    return std::nullopt;
}

// The three levels of the help chart, most urgent first, as the writers'
// guide orders them: 911, 988, the clinic.
const char *const HelpLevelClasses[] = {"level-emergency", "level-crisis", "level-clinic"};

} // namespace

QStringList ArticleBoxes::markers()
{
    QStringList list;
    for (const KindInfo &info : kinds())
        list.append(QString::fromLatin1(info.marker));
    return list;
}

QString ArticleBoxes::heading(Kind kind, const QString &language)
{
    for (const KindInfo &info : kinds()) {
        if (info.kind == kind)
            return QString::fromUtf8(language == QLatin1String("es") ? info.spanish : info.english);
    }
    return {};
}

QList<ArticleBoxes::Box> ArticleBoxes::find(const QString &markdown)
{
    static const QRegularExpression markerLine(QStringLiteral("^\\s{0,3}>\\s?\\[!([A-Za-z0-9-]+)\\]\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s{0,3}([-*+]|\\d{1,2}[.)])\\s+(.*)$"));
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QList<Box> boxes;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = markerLine.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        Box box;
        box.marker = m.captured(1);
        box.line = i;
        if (const std::optional<KindInfo> info = kindFor(box.marker)) {
            box.known = true;
            box.kind = info->kind;
        }
        int j = i + 1;
        for (; j < lines.size(); ++j) {
            QString line = lines.at(j);
            const QString trimmed = line.trimmed();
            if (!trimmed.startsWith(QLatin1Char('>')))
                break;
            line = trimmed.mid(1);
            if (line.startsWith(QLatin1Char(' ')))
                line = line.mid(1);
            if (const QRegularExpressionMatch item = bullet.match(line); item.hasMatch()) {
                box.ordered = item.captured(1).at(0).isDigit();
                box.items.append(item.captured(2).trimmed());
            } else if (!line.trimmed().isEmpty()) {
                if (!box.items.isEmpty() && line.startsWith(QLatin1Char(' ')))
                    box.items.last() += QLatin1Char(' ') + line.trimmed(); // a continued item
                else
                    box.otherText += line.trimmed() + QLatin1Char(' ');
            }
        }
        box.otherText = box.otherText.trimmed();
        boxes.append(box);
        i = j - 1;
    }
    return boxes;
}

QString ArticleBoxes::render(const QString &html, const QString &language)
{
    // md4c writes a quote as "<blockquote>\n<p>[!marker]" followed by "</p>\n"
    // (marker alone on its line, the convention) or by more paragraph text.
    static const QRegularExpression opening(QStringLiteral("<blockquote>\\n<p>\\[!([A-Za-z0-9-]+)\\](</p>\\n|\\n)?"));
    QString out;
    out.reserve(html.size() + 512);
    qsizetype last = 0;
    int number = 0;
    for (auto it = opening.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < last)
            continue;
        const qsizetype close = html.indexOf(QLatin1String("</blockquote>"), m.capturedEnd());
        if (close < 0)
            break;
        out += QStringView(html).mid(last, m.capturedStart() - last);
        QString inner = html.mid(m.capturedEnd(), close - m.capturedEnd());
        if (m.captured(2) != QLatin1String("</p>\n"))
            inner.prepend(QStringLiteral("<p>")); // the marker shared its paragraph with text
        const std::optional<KindInfo> info = kindFor(m.captured(1));
        if (!info) {
            out += QStringLiteral("<blockquote>\n") + inner + QStringLiteral("</blockquote>");
        } else {
            ++number;
            const QString id = QStringLiteral("box-%1").arg(number);
            if (info->kind == Kind::HelpLevels) {
                int level = 0;
                qsizetype at = 0;
                while (level < 3 && (at = inner.indexOf(QLatin1String("<li>"), at)) >= 0) {
                    const QString tag = QStringLiteral("<li class=\"%1\">").arg(QLatin1String(HelpLevelClasses[level]));
                    inner.replace(at, 4, tag);
                    at += tag.size();
                    ++level;
                }
                inner.replace(QStringLiteral("<ul>"), QStringLiteral("<ul class=\"levels\">"));
            } else if (info->kind == Kind::Timeline) {
                inner.replace(QRegularExpression(QStringLiteral("<ol( start=\"\\d+\")?>")),
                              QStringLiteral("<ol class=\"steps\">"));
            }
            out += QStringLiteral("<section class=\"box box-%1\" aria-labelledby=\"%2\">\n<h2 id=\"%2\">%3</h2>\n")
                       .arg(QLatin1String(info->marker), id, heading(info->kind, language).toHtmlEscaped())
                   + inner + QStringLiteral("</section>");
        }
        last = close + qsizetype(qstrlen("</blockquote>"));
    }
    out += QStringView(html).mid(last);
    return out;
}
