#include "EditorialRules.h"

#include "checks/Readability.h"
#include "content/ArticleBoxes.h"
#include "content/ClinicFacts.h"

#include <QRegularExpression>

#include <functional>

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

// What the readability formulas should read: the text as a patient sees it
// when the clinic has set nothing (the longer phrases), without box markers.
QString textAsShown(const Article &article)
{
    static const QRegularExpression markers(QStringLiteral("^(\\s{0,3}>\\s?)\\[![A-Za-z0-9-]+\\]\\s*$"),
                                            QRegularExpression::MultilineOption);
    QString body = article.markdownBody;
    body.replace(markers, QStringLiteral("\\1"));
    return ClinicFacts().fillIn(body, article.language, false);
}

void checkBoxes(const Article &article, const std::function<void(int, const QString &)> &error,
                const std::function<void(int, const QString &)> &warning)
{
    const QList<ArticleBoxes::Box> boxes = ArticleBoxes::find(article.markdownBody);
    for (const ArticleBoxes::Box &box : boxes) {
        const int line = article.bodyFirstLine + box.line;
        if (!box.known) {
            error(line, QStringLiteral("box '[!%1]' is not a known kind; use one of: %2")
                            .arg(box.marker, ArticleBoxes::markers().join(QLatin1String(", "))));
            continue;
        }
        if (box.items.isEmpty()) {
            error(line, QStringLiteral("box '[!%1]' has no list; write its items as '> - item' lines under the marker")
                            .arg(box.marker));
            continue;
        }
        switch (box.kind) {
        case ArticleBoxes::Kind::HelpLevels:
            if (box.items.size() != 3) {
                error(line, QStringLiteral("the help chart has %1 levels; it needs exactly 3, in this order: "
                                           "911, 988, the clinic")
                                .arg(box.items.size()));
            }
            break;
        case ArticleBoxes::Kind::Timeline:
            if (!box.ordered || box.items.size() < 2)
                error(line, QStringLiteral("a timeline needs a numbered list of at least 2 steps ('> 1. ...')"));
            break;
        case ArticleBoxes::Kind::Questions:
            for (const QString &item : box.items) {
                if (!item.endsWith(QLatin1Char('?')))
                    warning(line, QStringLiteral("question '%1' does not end with '?'; write each item as a question")
                                      .arg(shorten(item, 60)));
            }
            break;
        case ArticleBoxes::Kind::KeyPoints:
            break;
        }
        if (box.items.size() > 7)
            warning(line, QStringLiteral("box '[!%1]' has %2 items; keep lists to 7 or fewer")
                              .arg(box.marker)
                              .arg(box.items.size()));
    }
}

} // namespace

Readability::Scores EditorialRules::scores(const Article &article)
{
    return Readability::measure(textAsShown(article), article.language, MaximumSentenceWords);
}

bool EditorialRules::looksLikeMarkup(const QString &text)
{
    static const QRegularExpression markup(QStringLiteral("<\\s*[/!?]?[A-Za-z]|&[#A-Za-z0-9]+;"));
    return markup.match(text).hasMatch();
}

QDate EditorialRules::reviewDueDate(const Article &article, int reviewMonths)
{
    if (article.reviewedBy.isEmpty() || !article.reviewedOn.isValid())
        return {};
    return article.reviewDue.isValid() ? article.reviewDue : article.reviewedOn.addMonths(reviewMonths);
}

bool EditorialRules::reviewIsDue(const Article &article, const QDate &today, int reviewMonths)
{
    const QDate due = reviewDueDate(article, reviewMonths);
    return !due.isValid() || due < today;
}

QList<ContentProblem> EditorialRules::checkArticle(const Article &article, const QDate &today, int reviewMonths)
{
    QList<ContentProblem> problems;
    const QString &path = article.sourcePath;
    auto error = [&](int line, const QString &message) { problems.append(ContentProblem::error(path, line, message)); };
    auto warning = [&](int line, const QString &message) {
        problems.append(ContentProblem::warning(path, line, message));
    };

    const Readability::Scores scores = EditorialRules::scores(article);
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
        error(article.bodyFirstLine, QStringLiteral("sentences average %1 words; keep the average at %2 or fewer")
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
            error(lineOf(article, m.capturedStart()), QStringLiteral("'%1' %2; say plainly what is known instead")
                                                          .arg(m.captured(0), QString::fromUtf8(phrase.why)));
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
        warning(0,
                QStringLiteral("not reviewed by a clinician yet; after review add 'reviewed_by:' and 'reviewed_on:'"));
    } else if (const QDate due = reviewDueDate(article, reviewMonths); due < today) {
        warning(0, QStringLiteral("last reviewed on %1; its review was due on %2; review it again and update "
                                  "'reviewed_on:'")
                       .arg(article.reviewedOn.toString(Qt::ISODate), due.toString(Qt::ISODate)));
    }
    if (article.reviewedOn.isValid() && article.reviewedOn > today)
        error(0, QStringLiteral("'reviewed_on' is in the future; write the day the review happened"));

    // Titles and summaries go into the kiosk's own labels: plain text only.
    if (looksLikeMarkup(article.title))
        error(0, QStringLiteral("title contains HTML markup; write plain text (no '<', '>' or '&...;')"));
    if (looksLikeMarkup(article.summary))
        error(0, QStringLiteral("summary contains HTML markup; write plain text (no '<', '>' or '&...;')"));

    checkBoxes(article, error, warning);
    for (const QString &placeholder : ClinicFacts::unknownPlaceholders(article.markdownBody)) {
        error(lineOf(article, article.markdownBody.indexOf(placeholder)),
              QStringLiteral("'%1' is not a known placeholder; use %2 or %3")
                  .arg(placeholder, ClinicFacts::phonePlaceholder(), ClinicFacts::hoursPlaceholder()));
    }
    for (const QString *field : {&article.title, &article.summary}) {
        if (field->contains(QLatin1String("{{")))
            error(0, QStringLiteral("title and summary cannot use placeholders; write the words out"));
    }
    return problems;
}
