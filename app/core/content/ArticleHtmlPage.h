#pragma once

#include "content/Article.h"
#include "content/ClinicFacts.h"
#include "takehome/TakeHomeLink.h"

#include <QString>

class Glossary;

// Turns one article into the complete HTML document the reader shows (and
// the HTML export writes): title, date and reading time, the rendered body,
// the reviewer line only when a review really happened, a link to the next
// article, and the sources.
class ArticleHtmlPage final
{
public:
    // The stylesheet is served at this path by the content scheme and written
    // next to exported pages.
    static QString stylesheetPath() { return QStringLiteral("/style/article.css"); }

    // Kiosk: links by bare id, served from kiosk://. Export: standalone files
    // (<language>/<id>.html next to ../article.css and ../images/).
    enum class Target {
        Kiosk,
        Export
    };

    // The body goes through md4c, then the box convention (ArticleBoxes),
    // then the clinic's facts (ClinicFacts), so no placeholder is ever shown.
    // On the kiosk, a `glossary` marks the first use of each hard word as a
    // tappable term (exported pages have no kiosk to explain them).
    // On the kiosk, an enabled `takeHome` adds the "Read this on your phone"
    // QR code to the article's exported page, and every question to ask
    // gets an "Add to my questions" button (QuestionsToAsk).
    static QString render(const Article &article, const Article *next, const ClinicFacts &clinic = {},
                          Target target = Target::Kiosk, const Glossary *glossary = nullptr,
                          const TakeHomeLink &takeHome = {});

    // The rendered body alone (what the review packet shows under its own head).
    static QString bodyHtml(const Article &article, const ClinicFacts &clinic);

    // A calm page for a link whose article is missing, with a way home, so a
    // broken link never shows a blank or an error.
    static QString notFound(const QString &language);

    // The same head as every article page and an empty body: what a new
    // web page holds until the patient's first article is put into it.
    static QString standby();

    // `page` (in another language) with a short note, in `language`, that
    // this article is not available in it yet.
    static QString withFallbackNote(const QString &page, const QString &language);
};
