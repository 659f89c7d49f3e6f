#include "MarkdownRenderer.h"

#include <QByteArray>
#include <QRegularExpression>

#include <md4c-html.h>

namespace {

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userData)
{
    static_cast<QByteArray *>(userData)->append(text, qsizetype(size));
}

QString neutraliseExternalLinks(const QString &html)
{
    static const QRegularExpression anchor(QStringLiteral("<a href=\"([^\"]*)\"(?: title=\"[^\"]*\")?>(.*?)</a>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString out;
    out.reserve(html.size());
    qsizetype last = 0;
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(last, m.capturedStart() - last);
        // md4c has already HTML-escaped the href; &amp; etc. do not affect the test.
        if (MarkdownRenderer::isInternalLink(m.captured(1)))
            out += m.captured(0);
        else
            out += QStringLiteral("<span class=\"external-link\">") + m.captured(2) + QStringLiteral("</span>");
        last = m.capturedEnd();
    }
    out += QStringView(html).mid(last);
    return out;
}

} // namespace

bool MarkdownRenderer::isInternalLink(const QString &href)
{
    static const QRegularExpression hasScheme(QStringLiteral("\\A[A-Za-z][A-Za-z0-9+.-]*:"));
    if (href.startsWith(QLatin1String("//")) || href.startsWith(QLatin1Char('\\')))
        return false;
    return !hasScheme.match(href).hasMatch();
}

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    output.reserve(input.size() * 3 / 2);
    const unsigned parserFlags = MD_FLAG_NOHTML;
    const unsigned rendererFlags = MD_HTML_FLAG_SKIP_UTF8_BOM;
    if (md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &output, parserFlags, rendererFlags) != 0) {
        // md4c only fails on memory exhaustion; show the text rather than nothing.
        return QStringLiteral("<pre>") + markdown.toHtmlEscaped() + QStringLiteral("</pre>");
    }
    return neutraliseExternalLinks(QString::fromUtf8(output));
}
