#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Addresses on the kiosk's own content scheme. Articles live at
// kiosk://content/article/<language>/<id>, so a Markdown link written as a
// bare id ("side-effects") resolves to the same language's article by the
// browser's ordinary relative-URL rules.
class ContentUrl final
{
public:
    static constexpr auto Scheme = "kiosk";
    static constexpr auto Host = "content";

    struct ArticleRef
    {
        QString language;
        QString id;
    };

    static QUrl article(const QString &language, const QString &id);
    static QUrl stylesheet();
    // An empty page with the articles' head, loaded into each new web page
    // so that the first article can be put into it (KioskWebPage).
    static QUrl standby();
    static bool isContentUrl(const QUrl &url);
    static std::optional<ArticleRef> parseArticle(const QUrl &url);
    // kiosk://content/glossary/<language>/<id>: a hard word's explanation.
    // Never loaded: a tap on it is reported, and the reader shows the card.
    static QUrl glossaryTerm(const QString &language, const QString &id);
    static std::optional<ArticleRef> parseGlossaryTerm(const QUrl &url); // ArticleRef.id is the term id
    // kiosk://content/question/<language>/<article id>/<n>: "Add to my
    // questions" on the article's n-th question to ask (QuestionsToAsk).
    // Never loaded, like a glossary term: the page reports the tap.
    struct QuestionRef
    {
        QString language;
        QString articleId;
        int index = 0;
    };
    static QUrl question(const QString &language, const QString &articleId, int index);
    static std::optional<QuestionRef> parseQuestion(const QUrl &url);
    // kiosk://content/article/<language>/images/<file>: the file name.
    static std::optional<QString> parseImage(const QUrl &url);
};
