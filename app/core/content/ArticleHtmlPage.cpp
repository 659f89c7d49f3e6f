#include "ArticleHtmlPage.h"

#include "content/ArticleBoxes.h"
#include "content/Glossary.h"
#include "content/MarkdownRenderer.h"
#include "takehome/QrCode.h"
#include "takehome/QuestionsToAsk.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// The few words the page itself adds. They follow the article's language,
// not the interface's, so they live with the page rather than in Qt Linguist.
struct PageWords
{
    const char *next;
    const char *sources;
    const char *updated;
    const char *reviewed;
    const char *minutes;
    const char *notFoundTitle;
    const char *notFoundText;
    const char *dateFormat;
    const char *fallbackNote;
    const char *takeHome;
    const char *takeHomeCode;
    const char *addQuestion;
    const char *questionAdded;
};

const PageWords &wordsFor(const QString &language)
{
    static const PageWords english{"Next",
                                   "Sources",
                                   "Updated",
                                   "Reviewed by %1 on %2",
                                   "%1 min read",
                                   "This article is not available",
                                   "Please use the Home button to choose another article.",
                                   "MMMM d, yyyy",
                                   "This article is not available in English yet. Here it is in another language.",
                                   "Read this on your phone",
                                   "QR code: this article's web page, for your phone's camera",
                                   "Add to my questions",
                                   "Added to my questions \u2713"};
    static const PageWords spanish{"Siguiente",
                                   "Fuentes",
                                   "Actualizado",
                                   "Revisado por %1 el %2",
                                   "%1 min de lectura",
                                   "Este artículo no está disponible",
                                   "Use el botón Inicio para elegir otro artículo.",
                                   "d 'de' MMMM 'de' yyyy",
                                   "Este artículo todavía no está en español. Aquí lo tiene en inglés.",
                                   "Lea esto en su teléfono",
                                   "Código QR: la página web de este artículo, para la cámara de su teléfono",
                                   "Añadir a mis preguntas",
                                   "Añadida a mis preguntas \u2713"};
    return language == QLatin1String("es") ? spanish : english;
}

QString word(const char *text)
{
    return QString::fromUtf8(text);
}

QString documentHead(const QString &language, const QString &title,
                     const QString &stylesheet = ArticleHtmlPage::stylesheetPath())
{
    // script-src 'none': articles never run code, whatever the Markdown holds.
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          // Scaling is not forbidden here (WCAG 1.4.4; exported pages stay
                          // zoomable): the kiosk blocks pinch with --disable-pinch and
                          // touch-action, and offers its own text-size steps instead.
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'self'; img-src 'self'; script-src 'none'\">\n"
                          "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3\">\n</head>\n")
        .arg(language, title.toHtmlEscaped(), stylesheet);
}

// For export: article links by id gain ".html", images live one level up.
QString forExport(const QString &bodyHtml)
{
    static const QRegularExpression articleLink(QStringLiteral("<a href=\"([a-z0-9]+(?:-[a-z0-9]+)*)\""));
    QString html = bodyHtml;
    html.replace(articleLink, QStringLiteral("<a href=\"\\1.html\""));
    html.replace(QStringLiteral("src=\"images/"), QStringLiteral("src=\"../images/"));
    return html;
}

// The article's QR code and its one-line caption. The page's stylesheet
// puts it in the margin beside the text when the screen has one (wide
// landscape), and otherwise above the text, never beside it.
QString takeHomeFigure(const Article &article, const TakeHomeLink &takeHome, const PageWords &words)
{
    const QrCode code = QrCode::encode(takeHome.articleUrl(article.language, article.id).toString(QUrl::FullyEncoded));
    if (code.isNull())
        return {};
    return QStringLiteral("<figure class=\"take-home\">%1<figcaption>%2</figcaption></figure>\n")
        .arg(code.toSvg(word(words.takeHomeCode)), word(words.takeHome));
}

} // namespace

QString ArticleHtmlPage::bodyHtml(const Article &article, const ClinicFacts &clinic)
{
    return clinic.fillIn(ArticleBoxes::render(MarkdownRenderer::toHtml(article.markdownBody), article.language),
                         article.language, true);
}

QString ArticleHtmlPage::render(const Article &article, const Article *next, const ClinicFacts &clinic, Target target,
                                const Glossary *glossary, const TakeHomeLink &takeHome)
{
    const PageWords &words = wordsFor(article.language);
    const QLocale locale(article.language);
    const bool exporting = target == Target::Export;

    QString html =
        documentHead(article.language, article.title, exporting ? QStringLiteral("../article.css") : stylesheetPath());
    html += QStringLiteral("<body>\n<main>\n<article id=\"%1\">\n<h1>%2</h1>\n")
                .arg(article.id, article.title.toHtmlEscaped());

    html += QStringLiteral("<p class=\"meta\">%1 %2 · %3</p>\n")
                .arg(word(words.updated), locale.toString(article.updated, word(words.dateFormat)),
                     word(words.minutes).arg(article.readingMinutes()));
    if (!article.reviewedBy.isEmpty() && article.reviewedOn.isValid()) {
        html += QStringLiteral("<p class=\"meta reviewer\">%1</p>\n")
                    .arg(word(words.reviewed)
                             .arg(article.reviewedBy.toHtmlEscaped(),
                                  locale.toString(article.reviewedOn, word(words.dateFormat))));
    }

    if (takeHome.isEnabled() && !exporting)
        html += takeHomeFigure(article, takeHome, words);

    const QString body = bodyHtml(article, clinic);
    if (exporting) {
        html += body;
    } else {
        html += QuestionsToAsk::withAddButtons(glossary ? glossary->markTerms(body, article.language) : body,
                                               article.language, article.id, word(words.addQuestion),
                                               word(words.questionAdded));
    }

    if (next) {
        // A relative link by id: it resolves inside the current language folder.
        html += QStringLiteral("<nav class=\"next\" aria-label=\"%1\"><a href=\"%2\">"
                               "<span class=\"next-label\">%1</span> "
                               "<span class=\"next-title\">%3</span></a></nav>\n")
                    .arg(word(words.next), next->id, next->title.toHtmlEscaped());
    }

    if (!article.sources.isEmpty()) {
        html += QStringLiteral("<section class=\"sources\">\n<h2>%1</h2>\n<ol>\n").arg(word(words.sources));
        for (const QString &source : article.sources)
            html += QStringLiteral("<li>%1</li>\n").arg(source.toHtmlEscaped());
        html += QStringLiteral("</ol>\n</section>\n");
    }
    html += QStringLiteral("</article>\n</main>\n</body>\n</html>\n");
    return exporting ? forExport(html) : html;
}

QString ArticleHtmlPage::withFallbackNote(const QString &page, const QString &language)
{
    const qsizetype heading = page.indexOf(QLatin1String("<h1>"));
    if (heading < 0)
        return page;
    QString result = page;
    result.insert(heading, QStringLiteral("<p class=\"fallback-note\" lang=\"%1\" role=\"note\">%2</p>\n")
                               .arg(language, word(wordsFor(language).fallbackNote)));
    return result;
}

QString ArticleHtmlPage::standby()
{
    return documentHead(QStringLiteral("en"), QStringLiteral("Patient education"))
           + QStringLiteral("<body>\n</body>\n</html>\n");
}

QString ArticleHtmlPage::notFound(const QString &language)
{
    const PageWords &words = wordsFor(language);
    return documentHead(language, word(words.notFoundTitle))
           + QStringLiteral(
                 "<body>\n<main>\n<article>\n<h1>%1</h1>\n<p>%2</p>\n</article>\n</main>\n</body>\n</html>\n")
                 .arg(word(words.notFoundTitle), word(words.notFoundText));
}
