#include "QuestionsToAsk.h"

#include "content/ContentUrl.h"

#include <QRegularExpression>

#include <functional>

namespace {

// md4c's HTML in a questions box: every '<' starts a tag, and text holds
// only the entities md4c and ClinicFacts escape.
QString plainText(const QString &itemHtml)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = itemHtml;
    text.remove(tag);
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

// Calls `visit` with each question's <li> content (start and length in
// `html`), in order, and returns `html` rebuilt with whatever `visit` put
// after each item's content.
QString forEachQuestion(const QString &html, const std::function<QString(qsizetype, qsizetype)> &visit)
{
    static const QRegularExpression box(QStringLiteral("<section class=\"box box-questions\"[^>]*>"));
    QString out;
    qsizetype copied = 0;
    for (auto boxes = box.globalMatch(html); boxes.hasNext();) {
        const QRegularExpressionMatch m = boxes.next();
        const qsizetype end = html.indexOf(QLatin1String("</section>"), m.capturedEnd());
        if (end < 0)
            break;
        qsizetype at = m.capturedEnd();
        while ((at = html.indexOf(QLatin1String("<li>"), at)) >= 0 && at < end) {
            const qsizetype content = at + 4;
            const qsizetype close = html.indexOf(QLatin1String("</li>"), content);
            if (close < 0 || close > end)
                break;
            out += QStringView(html).mid(copied, close - copied);
            out += visit(content, close - content);
            copied = close;
            at = close;
        }
    }
    out += QStringView(html).mid(copied);
    return out;
}

} // namespace

QStringList QuestionsToAsk::questions(const QString &bodyHtml)
{
    QStringList found;
    forEachQuestion(bodyHtml, [&](qsizetype start, qsizetype length) {
        found.append(plainText(bodyHtml.mid(start, length)));
        return QString();
    });
    return found;
}

QString QuestionsToAsk::withAddButtons(const QString &bodyHtml, const QString &language, const QString &articleId,
                                       const QString &label, const QString &addedLabel)
{
    int index = 0;
    return forEachQuestion(bodyHtml, [&](qsizetype start, qsizetype length) {
        // The question in the accessible name: a list of identical "Add"
        // links says nothing to a screen reader out of context.
        const QString question = plainText(bodyHtml.mid(start, length));
        const QUrl target = ContentUrl::question(language, articleId, index++);
        return QStringLiteral(" <a class=\"add-question\" role=\"button\" href=\"%1\" aria-label=\"%2: %3\" "
                              "data-added=\"%4\">%2</a>")
            .arg(target.toString(QUrl::FullyEncoded), label.toHtmlEscaped(), question.toHtmlEscaped(),
                 addedLabel.toHtmlEscaped());
    });
}
