#include "ArticleParser.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

namespace {

// The front matter starts on line 2 (after the opening "---"), so a yaml-cpp
// mark (0-based, relative to the front matter) maps to file line mark + 2.
constexpr int FrontMatterFirstLine = 2;

int fileLine(const YAML::Mark &mark)
{
    return mark.is_null() ? 0 : mark.line + FrontMatterFirstLine;
}

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct FieldReader
{
    const YAML::Node &root;
    const QString &path;
    QList<ContentProblem> &problems;
    int frontMatterLine;

    bool has(const char *key) const { return root[key].IsDefined() && !root[key].IsNull(); }

    int lineOf(const char *key) const
    {
        const int line = fileLine(root[key].Mark());
        return line > 0 ? line : frontMatterLine;
    }

    QString requiredString(const char *key, const QString &example)
    {
        if (!has(key)) {
            problems.append(
                ContentProblem::error(path, frontMatterLine,
                                      QStringLiteral("missing required field '%1'; add a line like '%1: %2'")
                                          .arg(QLatin1String(key), example)));
            return {};
        }
        return scalar(key, /*required=*/true);
    }

    QString optionalString(const char *key) { return has(key) ? scalar(key, false) : QString(); }

    QString scalar(const char *key, bool required)
    {
        const YAML::Node node = root[key];
        if (!node.IsScalar()) {
            problems.append(ContentProblem::error(
                path, lineOf(key),
                QStringLiteral("field '%1' must be a single text value, not a list or map").arg(QLatin1String(key))));
            return {};
        }
        QString value = toQString(node.Scalar()).trimmed();
        if (value.isEmpty() && required) {
            problems.append(ContentProblem::error(
                path, lineOf(key), QStringLiteral("field '%1' is empty; give it a value").arg(QLatin1String(key))));
        }
        return value;
    }

    QDate date(const char *key, bool required)
    {
        const QString text = required ? requiredString(key, QStringLiteral("2026-01-31")) : optionalString(key);
        if (text.isEmpty())
            return {};
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (!parsed.isValid()) {
            problems.append(
                ContentProblem::error(path, lineOf(key),
                                      QStringLiteral("field '%1' is '%2', which is not a date; write it as YYYY-MM-DD")
                                          .arg(QLatin1String(key), text)));
        }
        return parsed;
    }

    QStringList stringList(const char *key)
    {
        if (!has(key))
            return {};
        const YAML::Node node = root[key];
        if (node.IsScalar())
            return {toQString(node.Scalar()).trimmed()};
        if (!node.IsSequence()) {
            problems.append(ContentProblem::error(
                path, lineOf(key),
                QStringLiteral("field '%1' must be a list, like '%1: [first, second]'").arg(QLatin1String(key))));
            return {};
        }
        QStringList values;
        for (const YAML::Node &item : node) {
            if (!item.IsScalar()) {
                problems.append(ContentProblem::error(
                    path, fileLine(item.Mark()),
                    QStringLiteral("every entry of '%1' must be plain text").arg(QLatin1String(key))));
                continue;
            }
            values.append(toQString(item.Scalar()).trimmed());
        }
        return values;
    }
};

// Splits "---\n<yaml>\n---\n<body>" into its parts; returns false when the file
// does not start with front matter or never closes it.
bool splitFrontMatter(const QString &text, QString *yaml, QString *body, int *bodyFirstLine, QString *whyNot)
{
    static const QRegularExpression opening(QStringLiteral("\\A\\x{FEFF}?---[ \\t]*\\r?\\n"));
    const QRegularExpressionMatch open = opening.match(text);
    if (!open.hasMatch()) {
        *whyNot = QStringLiteral("file does not start with front matter; its first line must be "
                                 "'---', followed by fields such as 'id:' and 'title:' and another '---'");
        return false;
    }
    static const QRegularExpression closing(QStringLiteral("^---[ \\t]*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch close = closing.match(text, open.capturedEnd());
    if (!close.hasMatch()) {
        *whyNot = QStringLiteral("front matter is never closed; add a line '---' after the last field");
        return false;
    }
    *yaml = text.mid(open.capturedEnd(), close.capturedStart() - open.capturedEnd());
    qsizetype bodyStart = close.capturedEnd();
    if (bodyStart < text.size() && text.at(bodyStart) == QLatin1Char('\r'))
        ++bodyStart;
    if (bodyStart < text.size() && text.at(bodyStart) == QLatin1Char('\n'))
        ++bodyStart;
    *body = text.mid(bodyStart);
    *bodyFirstLine = int(text.left(bodyStart).count(QLatin1Char('\n'))) + 1;
    return true;
}

} // namespace

bool ArticleParser::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-z0-9]+(-[a-z0-9]+)*\\z"));
    return pattern.match(id).hasMatch();
}

ArticleParser::Result ArticleParser::parse(const QByteArray &fileContents, const QString &path)
{
    Result result;
    auto fail = [&](int line, const QString &message) {
        result.problems.append(ContentProblem::error(path, line, message));
        return result;
    };

    if (fileContents.isEmpty())
        return fail(0, QStringLiteral("file is empty; write front matter and an article body, or delete the file"));
    if (fileContents.size() > MaximumFileSize) {
        // Only one byte past the limit is read: the real size is unknown here.
        return fail(0, QStringLiteral("file is larger than the %1 KiB limit; split the article "
                                      "or remove embedded data")
                           .arg(MaximumFileSize / 1024));
    }
    if (fileContents.contains('\0'))
        return fail(0, QStringLiteral("file contains binary data (a NUL byte); save it as UTF-8 text"));

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(fileContents);
    if (decoder.hasError()) {
        // Find the first line with a replacement character to point at it.
        const int badLine = int(text.left(text.indexOf(QChar::ReplacementCharacter)).count(QLatin1Char('\n'))) + 1;
        return fail(badLine, QStringLiteral("text is not valid UTF-8; save the file with UTF-8 encoding"));
    }

    QString yamlText;
    QString body;
    int bodyFirstLine = 1;
    QString whyNot;
    if (!splitFrontMatter(text, &yamlText, &body, &bodyFirstLine, &whyNot))
        return fail(1, whyNot);

    YAML::Node root;
    try {
        root = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception &e) {
        return fail(fileLine(e.mark), QStringLiteral("front matter is not valid YAML (%1); check quoting and "
                                                     "indentation, and put titles containing ':' in double quotes")
                                          .arg(toQString(e.msg)));
    }
    if (!root.IsMap())
        return fail(FrontMatterFirstLine, QStringLiteral("front matter must be 'field: value' lines"));

    FieldReader fields{root, path, result.problems, FrontMatterFirstLine};
    Article article;
    try {
        article.id = fields.requiredString("id", QStringLiteral("my-article"));
        article.title = fields.requiredString("title", QStringLiteral("\"What to expect\""));
        article.topic = fields.requiredString("topic", QStringLiteral("safety"));
        article.summary = fields.requiredString("summary", QStringLiteral("\"One plain sentence.\""));
        article.language = fields.requiredString("language", QStringLiteral("en"));
        article.updated = fields.date("updated", true);
        article.related = fields.stringList("related");
        article.sources = fields.stringList("sources");
        article.reviewedBy = fields.optionalString("reviewed_by");
        article.reviewedOn = fields.date("reviewed_on", false);
        article.reviewDue = fields.date("review_due", false);
        article.reviewChecks = fields.stringList("review_checks");
    } catch (const YAML::Exception &e) {
        // yaml-cpp throws on some malformed nodes only when they are read.
        return fail(fileLine(e.mark), QStringLiteral("front matter could not be read (%1)").arg(toQString(e.msg)));
    }

    if (!article.id.isEmpty() && !isValidId(article.id)) {
        result.problems.append(
            ContentProblem::error(path, fields.lineOf("id"),
                                  QStringLiteral("id '%1' may use only lower-case letters, digits and single hyphens, "
                                                 "like 'side-effects'")
                                      .arg(article.id)));
    }
    static const QRegularExpression languageCode(QStringLiteral("\\A[a-z]{2}\\z"));
    if (!article.language.isEmpty() && !languageCode.match(article.language).hasMatch()) {
        result.problems.append(ContentProblem::error(
            path, fields.lineOf("language"),
            QStringLiteral("language '%1' must be a two-letter code such as 'en' or 'es'").arg(article.language)));
    }
    for (const QString &related : std::as_const(article.related)) {
        if (!isValidId(related)) {
            result.problems.append(
                ContentProblem::error(path, fields.lineOf("related"),
                                      QStringLiteral("related entry '%1' is not an article id").arg(related)));
        }
    }
    if (body.trimmed().isEmpty()) {
        result.problems.append(ContentProblem::error(
            path, bodyFirstLine, QStringLiteral("article has no body text after the front matter")));
    }

    article.markdownBody = body;
    article.sourcePath = path;
    article.bodyFirstLine = bodyFirstLine;

    const bool hasErrors = std::any_of(result.problems.cbegin(), result.problems.cend(),
                                       [](const ContentProblem &p) { return p.isError(); });
    if (hasErrors)
        result.draft = std::move(article);
    else
        result.article = std::move(article);
    return result;
}
