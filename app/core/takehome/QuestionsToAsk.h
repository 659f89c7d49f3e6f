#pragma once

#include <QString>
#include <QStringList>

// The questions an article suggests asking the care team: the items of its
// "questions" boxes (ArticleBoxes), as rendered (the clinic's facts filled
// in). On the kiosk each gets an "Add to my questions" button, a link to
// ContentUrl::question() that the page reports instead of following (page
// JavaScript is off, so every control in a page is a link). Both functions
// read the same items in the same order, so a button's number is the
// question's index in questions().
class QuestionsToAsk final
{
public:
    // The questions' plain text, in page order.
    static QStringList questions(const QString &bodyHtml);

    // `bodyHtml` with a button after each question. `label` is what the
    // button says ("Add to my questions") and `addedLabel` what it says once
    // tapped, in the article's language.
    static QString withAddButtons(const QString &bodyHtml, const QString &language, const QString &articleId,
                                  const QString &label, const QString &addedLabel);
};
