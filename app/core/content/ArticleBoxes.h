#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The writers' box convention: a block quote whose first line is a marker,
//
//     > [!key-points]
//     > - The main point.
//
// becomes a labelled box drawn by the article stylesheet (real text, never
// a picture of text). The kinds and their headings live here only; the
// renderer, the validator and the README's article section all use them.
class ArticleBoxes final
{
public:
    enum class Kind {
        KeyPoints,
        Questions,
        HelpLevels,
        Timeline
    };

    struct Box
    {
        QString marker; // as written, e.g. "key-points"
        bool known = false;
        Kind kind = Kind::KeyPoints;
        int line = 0;      // 0-based line of the marker in the Markdown body
        QStringList items; // list items, Markdown as written
        bool ordered = false;
        QString otherText; // non-list text inside the box
    };

    static QStringList markers(); // "key-points", "questions", "help-levels", "timeline"

    // Every box in a Markdown body, for the validator.
    static QList<Box> find(const QString &markdown);

    // md4c's HTML with every known box turned into a labelled section, in the
    // article's language. Unknown markers are left as quotes, without the marker.
    static QString render(const QString &html, const QString &language);

    static QString heading(Kind kind, const QString &language);
};
