#include "ContentValidator.h"

#include "content/ArticleLibrary.h"
#include "checks/Readability.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

struct BannedPhrase
{
    const char *pattern;
    const char *why;
};

// Promotional words the content brief bans: they promise what medicine cannot.
const QList<BannedPhrase> &bannedPhrases()
{
    static const QList<BannedPhrase> phrases{
        {"\\bcure[sd]?\\b|\\bcuring\\b", "promises a cure"},
        {"\\bguarantee[sd]?\\b|\\bguaranteeing\\b", "promises a result"},
        {"\\bmiracle[s]?\\b|\\bmiraculous\\b", "is promotional"},
        {"\\bcompletely safe\\b|\\b100\\s?% safe\\b", "overstates safety"},
        {"\\bnon-?addictive\\b", "overstates safety"},
        {"\\brewire[sd]?\\b|\\brewiring\\b", "overstates what is known"},
        {"\\bresets? (?:the|your) brain\\b", "overstates what is known"},
        {"\\bcura[rn]?\\b|\\bcuración\\b", "promete una curación"},
        {"\\bgarantizad[oa]s?\\b|\\bgarantiza\\b", "promete un resultado"},
        {"\\bmilagro(?:s|so|sa)?\\b", "es publicidad"},
        {"\\bcompletamente segur[oa]s?\\b", "exagera la seguridad"},
        {"\\bno adictiv[oa]\\b", "exagera la seguridad"},
        {"\\breprograma\\b|\\breinicia el cerebro\\b", "exagera lo que se sabe"},
    };
    return phrases;
}

int lineOf(const Article &article, qsizetype offsetInBody)
{
    if (offsetInBody < 0)
        return article.bodyFirstLine;
    return article.bodyFirstLine + int(article.markdownBody.left(offsetInBody).count(QLatin1Char('\n')));
}

// Where a sentence of the plain text starts in the Markdown body: search for
// its first few words, ignoring Markdown around them.
int lineOfSentence(const Article &article, const QString &sentence)
{
    const QStringList words = Readability::words(sentence).mid(0, 4);
    if (words.isEmpty())
        return article.bodyFirstLine;
    QStringList escaped;
    for (const QString &w : words)
        escaped.append(QRegularExpression::escape(w));
    const QRegularExpression pattern(escaped.join(QStringLiteral("[^\\p{L}\\d]+")),
                                     QRegularExpression::UseUnicodePropertiesOption);
    return lineOf(article, pattern.match(article.markdownBody).capturedStart());
}

QString shorten(const QString &text, int max = 80)
{
    return text.size() <= max ? text : text.left(max - 1) + QStringLiteral("…");
}

} // namespace

QList<ContentProblem> ContentValidator::checkArticle(const Article &article, const QDate &today)
{
    QList<ContentProblem> problems;
    const QString &path = article.sourcePath;
    auto error = [&](int line, const QString &message) { problems.append(ContentProblem::error(path, line, message)); };
    auto warning = [&](int line, const QString &message) { problems.append(ContentProblem::warning(path, line, message)); };

    const Readability::Scores scores = Readability::measure(article.markdownBody, article.language, MaximumSentenceWords);
    if (article.language == QLatin1String("en")) {
        if (scores.fleschKincaidGrade > MaximumGrade) {
            error(article.bodyFirstLine,
                  QStringLiteral("reading level is grade %1 (Flesch-Kincaid); the limit is %2. Use shorter "
                                 "sentences and everyday words")
                      .arg(scores.fleschKincaidGrade, 0, 'f', 1)
                      .arg(MaximumGrade, 0, 'f', 1));
        }
    } else if (article.language == QLatin1String("es")) {
        if (scores.fernandezHuerta < MinimumFernandezHuerta) {
            error(article.bodyFirstLine,
                  QStringLiteral("Fernández-Huerta readability is %1; at least %2 is needed. Use shorter "
                                 "sentences and words")
                      .arg(scores.fernandezHuerta, 0, 'f', 1)
                      .arg(MinimumFernandezHuerta, 0, 'f', 0));
        }
    }
    if (scores.averageSentenceWords > MaximumAverageWords) {
        error(article.bodyFirstLine,
              QStringLiteral("sentences average %1 words; keep the average at %2 or fewer")
                  .arg(scores.averageSentenceWords, 0, 'f', 1)
                  .arg(MaximumAverageWords, 0, 'f', 0));
    }
    for (const QString &sentence : scores.sentencesOver) {
        error(lineOfSentence(article, sentence),
              QStringLiteral("sentence of %1 words is longer than %2; split it: \"%3\"")
                  .arg(Readability::words(sentence).size())
                  .arg(MaximumSentenceWords)
                  .arg(shorten(sentence)));
    }

    for (const BannedPhrase &phrase : bannedPhrases()) {
        const QRegularExpression pattern(QString::fromUtf8(phrase.pattern),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = pattern.globalMatch(article.markdownBody); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            error(lineOf(article, m.capturedStart()),
                  QStringLiteral("'%1' %2; say plainly what is known instead").arg(m.captured(0), QString::fromUtf8(phrase.why)));
        }
        const QString heading = article.title + QLatin1Char(' ') + article.summary;
        if (const QRegularExpressionMatch m = pattern.match(heading); m.hasMatch())
            error(0, QStringLiteral("title or summary: '%1' %2").arg(m.captured(0), QString::fromUtf8(phrase.why)));
    }

    if (article.sources.size() < MinimumSources) {
        const QString message = QStringLiteral("lists %1 source(s); add at least %2 under 'sources:'")
                                    .arg(article.sources.size())
                                    .arg(MinimumSources);
        // No source at all is an error: medical content must say where it comes from.
        if (article.sources.isEmpty())
            error(0, message);
        else
            warning(0, message);
    }

    if (article.reviewedBy.isEmpty() || !article.reviewedOn.isValid()) {
        warning(0, QStringLiteral("not reviewed by a clinician yet; after review add 'reviewed_by:' and 'reviewed_on:'"));
    } else if (article.reviewedOn.addMonths(ReviewValidMonths) < today) {
        warning(0, QStringLiteral("last reviewed on %1, more than %2 months ago; review it again")
                       .arg(article.reviewedOn.toString(Qt::ISODate))
                       .arg(ReviewValidMonths));
    }
    return problems;
}

int ContentValidator::Report::errors() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const ContentProblem &p) { return p.isError(); }));
}

int ContentValidator::Report::warnings() const
{
    return int(problems.size()) - errors();
}

int ContentValidator::Report::exitCode() const
{
    if (unreadable)
        return 2;
    return errors() > 0 ? 1 : 0;
}

ContentValidator::Report ContentValidator::validateFolder(const QString &folder, const QString &bundledRoot,
                                                          const QDate &today)
{
    Report report;
    report.folder = folder;
    const QFileInfo info(folder);
    if (!info.exists() || !info.isDir() || !info.isReadable() || !QDir(folder).isReadable()) {
        report.unreadable = true;
        report.problems.append(ContentProblem::error(
            folder, 0, QStringLiteral("cannot be read as a content folder; check the path and its permissions")));
        return report;
    }
    const QString prefix = QDir(folder).absolutePath() + QLatin1Char('/');
    const ArticleLibrary library = ArticleLibrary::load({bundledRoot, QDir(folder).absolutePath()}, today);
    for (const ContentProblem &problem : library.problems()) {
        if (QFileInfo(problem.file).absoluteFilePath().startsWith(prefix) || problem.file == QDir(folder).absolutePath())
            report.problems.append(problem);
    }
    report.articles = library.articleCountUnder(prefix);
    std::stable_sort(report.problems.begin(), report.problems.end(), [](const ContentProblem &a, const ContentProblem &b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return report;
}

QString ContentValidator::toText(const Report &report)
{
    QString out;
    for (const ContentProblem &problem : report.problems)
        out += problem.toString() + QLatin1Char('\n');
    out += QStringLiteral("%1: %2 articles checked, %3 errors, %4 warnings\n")
               .arg(report.folder)
               .arg(report.articles)
               .arg(report.errors())
               .arg(report.warnings());
    return out;
}

QByteArray ContentValidator::toJson(const Report &report)
{
    QJsonArray problems;
    for (const ContentProblem &problem : report.problems) {
        problems.append(QJsonObject{
            {QStringLiteral("file"), problem.file},
            {QStringLiteral("line"), problem.line},
            {QStringLiteral("severity"), problem.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), problem.message},
        });
    }
    const QJsonObject root{
        {QStringLiteral("folder"), report.folder},
        {QStringLiteral("articles"), report.articles},
        {QStringLiteral("errors"), report.errors()},
        {QStringLiteral("warnings"), report.warnings()},
        {QStringLiteral("exit_status"), report.exitCode()},
        {QStringLiteral("problems"), problems},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
