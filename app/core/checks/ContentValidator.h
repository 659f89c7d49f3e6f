#pragma once

#include "content/Article.h"
#include "content/ContentProblem.h"

#include <QByteArray>
#include <QDate>
#include <QList>

// The clinic's content checks, one place for both uses: the kiosk runs them
// while loading (an article with errors is not shown) and
// `patient-kiosk --check-content DIR` runs them for whoever edits articles.
class ContentValidator final
{
public:
    static constexpr double MaximumGrade = 8.0;            // Flesch-Kincaid, English
    static constexpr double MaximumAverageWords = 15.0;    // per sentence
    static constexpr int MaximumSentenceWords = 25;
    static constexpr double MinimumFernandezHuerta = 70.0; // Spanish
    static constexpr int MinimumSources = 2;
    static constexpr int ReviewValidMonths = 12;

    // Editorial rules for one parsed article: readability, sentence length,
    // promotional words, sources, review age.
    static QList<ContentProblem> checkArticle(const Article &article, const QDate &today);

    struct Report
    {
        QString folder;
        bool unreadable = false;
        int articles = 0;
        QList<ContentProblem> problems;

        int errors() const;
        int warnings() const;
        int exitCode() const; // 0 clean (warnings allowed), 1 errors, 2 folder unreadable
    };

    // Checks a content folder as the kiosk would load it on top of the
    // bundled library; reports the problems of that folder's files.
    static Report validateFolder(const QString &folder, const QString &bundledRoot, const QDate &today);

    static QString toText(const Report &report);
    static QByteArray toJson(const Report &report);
};
