#pragma once

#include "content/Article.h"
#include "content/ContentProblem.h"

#include <QByteArray>
#include <QList>

#include <optional>

// Reads one article file: YAML front matter between two "---" lines (parsed by
// yaml-cpp), then a Markdown body. Never throws and never crashes on bad input:
// what is wrong comes back as problems naming the file and line.
class ArticleParser final
{
public:
    struct Result
    {
        std::optional<Article> article; // empty when the file cannot be used
        // When the front matter was read but has errors: what could be read,
        // for the loader's other checks (topic, links, editorial rules), so
        // that a writer sees every problem of a file at once, not in rounds.
        // Never shown to a patient.
        std::optional<Article> draft;
        QList<ContentProblem> problems;
    };

    static constexpr qsizetype MaximumFileSize = 256 * 1024;

    static Result parse(const QByteArray &fileContents, const QString &path);

    // Ids become URL path segments and file names: keep them plain.
    static bool isValidId(const QString &id);
};
