#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// A topic from the manifest, with its words in each language it has.
struct Topic
{
    QString id;
    QMap<QString, QString> titles;       // language code -> title
    QMap<QString, QString> descriptions; // language code -> one plain line
    bool featured = false;               // shown as the home screen's featured card, not a tile
    QStringList articleOrder;            // ids in the clinic's reading order; others follow by title

    // The text in `language`, else English, else whatever exists: a missing
    // translation shows English rather than a blank label.
    QString title(const QString &language) const { return pick(titles, language); }
    QString description(const QString &language) const { return pick(descriptions, language); }

private:
    static QString pick(const QMap<QString, QString> &texts, const QString &language)
    {
        if (const auto it = texts.constFind(language); it != texts.cend())
            return *it;
        if (const auto it = texts.constFind(QStringLiteral("en")); it != texts.cend())
            return *it;
        return texts.isEmpty() ? QString() : texts.first();
    }
};
