#include "ReviewPacket.h"

#include "checks/EditorialRules.h"
#include "checks/Readability.h"
#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("es"))
        return QStringLiteral("Spanish (español)");
    return code;
}

QString packetStyle()
{
    QFile css(QStringLiteral(":/web/article.css"));
    QString style = css.open(QIODevice::ReadOnly) ? QString::fromUtf8(css.readAll()) : QString();
    // The reader's type is sized for a touchscreen; paper needs less, and the
    // packet's own parts (facts to check, sign-off) must stand out from the
    // patient's text.
    style += QStringLiteral(R"css(
html { font-size: 13pt; }
main { max-width: 46em; }
.packet-cover h1 { font-size: 1.8rem; }
.packet-article { border-top: 3px solid var(--rule); margin-top: 3rem; padding-top: 1rem; }
.packet-facts, .packet-signoff, .packet-figures {
  border: 2px solid var(--text); border-radius: 8px; padding: 0.6rem 1rem; margin: 1rem 0;
}
.packet-facts h3, .packet-signoff h3, .packet-figures h3 { margin: 0 0 0.4rem; font-size: 1rem; }
.packet-as-shown { border-left: 6px solid var(--accent); padding-left: 1rem; }
.packet-signoff .line { border-bottom: 1px solid var(--text); min-height: 1.8rem; margin-bottom: 0.6rem; }
.packet-status-due { font-weight: 700; }
table.packet-contents { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
table.packet-contents th, table.packet-contents td { border: 1px solid var(--rule); padding: 0.2rem 0.4rem; text-align: left; }
a { min-height: 0; display: inline; }
@media print {
  html { font-size: 11pt; }
  .packet-article { page-break-before: always; border-top: none; margin-top: 0; }
  .packet-signoff { page-break-inside: avoid; }
  nav.next { display: none; }
}
)css");
    return style;
}

QString reviewStatus(const Article &article, const ArticleLibrary::Options &options)
{
    if (article.reviewedBy.isEmpty() || !article.reviewedOn.isValid())
        return QStringLiteral("Not reviewed by a clinician yet");
    const QDate due = EditorialRules::reviewDueDate(article, options.reviewMonths);
    QString status = QStringLiteral("Reviewed by %1 on %2; next review due %3")
                         .arg(article.reviewedBy.toHtmlEscaped(), article.reviewedOn.toString(Qt::ISODate),
                              due.toString(Qt::ISODate));
    if (due < options.today)
        status += QStringLiteral(" (past due)");
    return status;
}

QString figures(const Article &article)
{
    const Readability::Scores scores = EditorialRules::scores(article);
    QString html = QStringLiteral("<section class=\"packet-figures\"><h3>Readability</h3><ul>");
    if (article.language == QLatin1String("en")) {
        html += QStringLiteral("<li>Flesch-Kincaid grade %1 (the limit is %2; aim for 7)</li>")
                    .arg(scores.fleschKincaidGrade, 0, 'f', 1)
                    .arg(EditorialRules::MaximumGrade, 0, 'f', 0);
    } else if (article.language == QLatin1String("es")) {
        html += QStringLiteral("<li>Fernández-Huerta %1 (at least %2)</li>")
                    .arg(scores.fernandezHuerta, 0, 'f', 1)
                    .arg(EditorialRules::MinimumFernandezHuerta, 0, 'f', 0);
    }
    html += QStringLiteral("<li>%1 words; sentences average %2 words (at most %3)</li>")
                .arg(article.wordCount())
                .arg(scores.averageSentenceWords, 0, 'f', 1)
                .arg(EditorialRules::MaximumAverageWords, 0, 'f', 0);
    html += QStringLiteral("</ul></section>\n");
    return html;
}

QString articleSection(const ArticleLibrary &library, const Article &article, int number)
{
    const ArticleLibrary::Options &options = library.options();
    QString html =
        QStringLiteral("<section class=\"packet-article\" id=\"%1\" lang=\"%2\">\n").arg(article.id, article.language);
    html +=
        QStringLiteral("<p class=\"meta\">Article %1 · id <code>%2</code> · topic <code>%3</code> · "
                       "updated %4<br>File: <code>%5</code></p>\n")
            .arg(number)
            .arg(article.id, article.topic, article.updated.toString(Qt::ISODate), article.sourcePath.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<p><em>%2</em></p>\n")
                .arg(article.title.toHtmlEscaped(), article.summary.toHtmlEscaped());
    html += QStringLiteral("<p class=\"%1\">Review status: %2</p>\n")
                .arg(EditorialRules::reviewIsDue(article, options.today, options.reviewMonths)
                         ? QStringLiteral("packet-status-due")
                         : QString(),
                     reviewStatus(article, options));

    html += QStringLiteral("<section class=\"packet-facts\"><h3>Facts to check first</h3>\n");
    if (article.reviewChecks.isEmpty()) {
        html += QStringLiteral("<p>The writers listed no claims for this article: check every claim against its "
                               "sources.</p>\n");
    } else {
        html += QStringLiteral("<ol>\n");
        for (const QString &check : article.reviewChecks)
            html += QStringLiteral("<li>%1</li>\n").arg(check.toHtmlEscaped());
        html += QStringLiteral("</ol>\n");
    }
    html += QStringLiteral("</section>\n");
    html += figures(article);

    html += QStringLiteral("<h2>As the patient sees it</h2>\n<div class=\"packet-as-shown\">\n");
    html += ArticleHtmlPage::bodyHtml(article, library.clinicFacts());
    html += QStringLiteral("</div>\n");

    html += QStringLiteral("<section class=\"sources\"><h2>Sources</h2>\n<ol>\n");
    for (const QString &source : article.sources)
        html += QStringLiteral("<li>%1</li>\n").arg(source.toHtmlEscaped());
    html += QStringLiteral("</ol>\n</section>\n");

    html +=
        QStringLiteral("<section class=\"packet-signoff\"><h3>Sign-off</h3>\n"
                       "<p>&#9744; Approved as written &nbsp; &#9744; Approved with the changes marked &nbsp; &#9744; "
                       "Not approved</p>\n"
                       "<p>Reviewer (name and credentials)</p><div class=\"line\"></div>\n"
                       "<p>Signature</p><div class=\"line\"></div>\n"
                       "<p>Date</p><div class=\"line\"></div>\n"
                       "<p>To record the review, the clinic adds to the article's front matter: "
                       "<code>reviewed_by: \"Name, credentials\"</code> and <code>reviewed_on: YYYY-MM-DD</code>.</p>\n"
                       "</section>\n</section>\n");
    return html;
}

} // namespace

QString ReviewPacket::html(const ArticleLibrary &library, const QString &language)
{
    const QList<const Article *> articles = library.allArticles(language);
    const ArticleLibrary::Options &options = library.options();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'; img-src 'self'; script-src 'none'\">\n"
                       "<title>Clinical review packet: %1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n")
            .arg(languageName(language), packetStyle());
    int due = 0;
    for (const Article *article : articles)
        due += EditorialRules::reviewIsDue(*article, options.today, options.reviewMonths) ? 1 : 0;

    html += QStringLiteral("<section class=\"packet-cover\">\n<h1>Clinical review packet: %1 articles</h1>\n"
                           "<p class=\"meta\">Made on %2 · %3 articles · %4 need a review · reviews stay valid "
                           "%5 months</p>\n")
                .arg(languageName(language), options.today.toString(Qt::ISODate))
                .arg(articles.size())
                .arg(due)
                .arg(options.reviewMonths);
    html += QStringLiteral(
        "<p>Each article below is shown as a patient sees it on the kiosk. For each one: read it; check the "
        "facts listed under \"Facts to check first\" against the sources; mark any change on the page; then "
        "sign. The kiosk shows no reviewer line until the clinic records your review in the article's "
        "front matter. Steps: docs/CLINICAL-REVIEW.md.</p>\n");
    html += QStringLiteral("<table class=\"packet-contents\"><tr><th>#</th><th>Article</th><th>Topic</th>"
                           "<th>Review status</th></tr>\n");
    int number = 0;
    for (const Article *article : articles) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(++number)
                    .arg(article->title.toHtmlEscaped(), article->topic, reviewStatus(*article, options));
    }
    html += QStringLiteral("</table>\n</section>\n");
    number = 0;
    for (const Article *article : articles)
        html += articleSection(library, *article, ++number);
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

QStringList ReviewPacket::write(const ArticleLibrary &library, const QString &directory, QString *error)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("%1 cannot be created; check the path and its permissions").arg(directory);
        return {};
    }
    QStringList written;
    for (const QString &language : library.languages()) {
        QSaveFile file(dir.filePath(QStringLiteral("review-packet-%1.html").arg(language)));
        if (!file.open(QIODevice::WriteOnly) || file.write(html(library, language).toUtf8()) < 0 || !file.commit()) {
            *error = QStringLiteral("%1 cannot be written: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        written.append(file.fileName());
    }
    // Only images the loader accepted, so the packet shows what patients see.
    const auto &images = library.images();
    if (!images.isEmpty())
        dir.mkpath(QStringLiteral("images"));
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        QSaveFile target(dir.filePath(QStringLiteral("images/") + it.key()));
        if (target.open(QIODevice::WriteOnly) && target.write(library.imageData(it.key())) >= 0 && target.commit())
            written.append(target.fileName());
    }
    return written;
}
