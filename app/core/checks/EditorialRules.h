#pragma once

#include "checks/Readability.h"
#include "content/Article.h"
#include "content/ContentProblem.h"

#include <QDate>
#include <QList>

// The editorial rules for one parsed article: readability, sentence length,
// promotional words, sources, review age. The loader runs them (an article
// with errors is not shown) and so does `--check-content` through the
// loader; they know nothing of folders or libraries, so dependencies run one
// way: ArticleLibrary -> EditorialRules, ContentFolderCheck -> ArticleLibrary.
class EditorialRules final
{
public:
    static constexpr double MaximumGrade = 8.0;         // Flesch-Kincaid, English
    static constexpr double MaximumAverageWords = 15.0; // per sentence
    static constexpr int MaximumSentenceWords = 25;
    static constexpr double MinimumFernandezHuerta = 70.0; // Spanish
    static constexpr int MinimumSources = 2;
    // A clinician's review stays valid this long unless the article sets
    // review_due or the clinic sets content/review_months (publishers of
    // patient education re-review every 24 months).
    static constexpr int DefaultReviewMonths = 24;
    static constexpr int MinimumReviewMonths = 1;
    static constexpr int MaximumReviewMonths = 60;

    static QList<ContentProblem> checkArticle(const Article &article, const QDate &today,
                                              int reviewMonths = DefaultReviewMonths);

    // The readability figures of the text as a patient sees it when the
    // clinic has set nothing (the longer phrases), without box markers.
    static Readability::Scores scores(const Article &article);

    // review_due if the article sets it, else reviewed_on plus `reviewMonths`;
    // null for an article nobody reviewed.
    static QDate reviewDueDate(const Article &article, int reviewMonths);
    // Unreviewed, or past its due date.
    static bool reviewIsDue(const Article &article, const QDate &today, int reviewMonths);

    // Text for titles, summaries and names on the kiosk's own screens must be
    // plain: true when it holds something that looks like HTML markup.
    static bool looksLikeMarkup(const QString &text);
};
