#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// One article in one language, as its author wrote it: front matter fields
// plus the Markdown body. Rendering to HTML happens elsewhere (ArticleHtmlPage).
struct Article
{
    QString id;
    QString title;
    QString topic;
    QString summary;
    QString language;
    QDate updated;
    QStringList related;
    QStringList sources;
    QString reviewedBy;       // empty unless the clinic filled it in
    QDate reviewedOn;         // null unless the clinic filled it in
    QDate reviewDue;          // null: reviewedOn plus the clinic's review interval
    QStringList reviewChecks; // claims a reviewer should verify first, with their source
    QString markdownBody;

    QString sourcePath;    // where it was loaded from, for error messages
    QString contentRoot;   // the content folder it came from (images resolve there)
    int bodyFirstLine = 1; // line of the body's first line in the source file

    int wordCount() const;
    // Minutes at an unhurried 180 words a minute, never less than one.
    int readingMinutes() const;
};
