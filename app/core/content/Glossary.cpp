#include "Glossary.h"

#include "checks/EditorialRules.h"
#include "content/ArticleParser.h"
#include "content/ContentUrl.h"
#include "content/YamlSource.h"

#include <algorithm>

namespace {

// Elements whose words are never marked.
bool isUnmarkedElement(QStringView name)
{
    static const QStringList names{QStringLiteral("a"),  QStringLiteral("h1"),   QStringLiteral("h2"),
                                   QStringLiteral("h3"), QStringLiteral("h4"),   QStringLiteral("h5"),
                                   QStringLiteral("h6"), QStringLiteral("code"), QStringLiteral("pre")};
    return names.contains(name.toString().toLower());
}

} // namespace

const Glossary::Term *Glossary::term(const QString &language, const QString &id) const
{
    const auto it = m_terms.constFind(language);
    if (it == m_terms.cend())
        return nullptr;
    const auto found = std::find_if(it->cbegin(), it->cend(), [&id](const Term &t) { return t.id == id; });
    return found == it->cend() ? nullptr : &*found;
}

Glossary::Result Glossary::parse(const QByteArray &yaml, const QString &path)
{
    Result result;
    auto error = [&](int line, const QString &message) {
        result.problems.append(ContentProblem::error(path, line, message));
    };
    const std::optional<YAML::Node> document = YamlSource::load(
        yaml, path, MaximumFileBytes, QStringLiteral("glossary"),
        QStringLiteral("the articles are shown without its explanations (a clinic's broken glossary keeps the "
                       "bundled one)"),
        &result.problems);
    if (!document)
        return result;
    const YAML::Node &root = *document;
    try {
        if (!root.IsMap() || !root["terms"].IsDefined() || !root["terms"].IsSequence()) {
            error(1, QStringLiteral("glossary needs a 'terms:' list, each entry with 'id' and one block per language"));
            return result;
        }
        QHash<QString, QHash<QString, int>> wordLines; // language -> lower-case word -> line first used
        QSet<QString> ids;
        for (const YAML::Node &entry : root["terms"]) {
            const int line = YamlSource::lineOf(entry);
            if (ids.size() >= MaximumTerms) {
                error(line, QStringLiteral("more than %1 terms; the rest are left out").arg(MaximumTerms));
                break;
            }
            if (!entry.IsMap() || !YamlSource::isScalar(entry["id"])) {
                error(line, QStringLiteral("every glossary term needs an 'id:', like '- id: nmda'"));
                continue;
            }
            const QString id = YamlSource::toQString(entry["id"].Scalar()).trimmed();
            if (!ArticleParser::isValidId(id)) {
                error(line,
                      QStringLiteral("glossary id '%1' may use only lower-case letters, digits and hyphens").arg(id));
                continue;
            }
            if (ids.contains(id)) {
                error(line, QStringLiteral("glossary term '%1' is listed twice; remove one").arg(id));
                continue;
            }
            ids.insert(id);
            for (const auto &block : entry) {
                const QString language = YamlSource::toQString(block.first.Scalar());
                if (language == QLatin1String("id"))
                    continue;
                const YAML::Node &texts = block.second;
                const int blockLine = YamlSource::lineOf(texts);
                if (!texts.IsMap() || !texts["words"].IsDefined() || !texts["words"].IsSequence()
                    || !YamlSource::isScalar(texts["explanation"])) {
                    error(blockLine,
                          QStringLiteral("term '%1' (%2) needs 'words: [\"...\"]' and 'explanation: \"...\"'")
                              .arg(id, language));
                    continue;
                }
                Term term{id, language, {}, YamlSource::toQString(texts["explanation"].Scalar()).simplified()};
                bool ok = true;
                for (const YAML::Node &word : texts["words"]) {
                    const QString w =
                        YamlSource::isScalar(word) ? YamlSource::toQString(word.Scalar()).simplified() : QString();
                    const QString key = w.toLower();
                    if (w.isEmpty() || EditorialRules::looksLikeMarkup(w)) {
                        error(YamlSource::lineOf(word),
                              QStringLiteral("a word of term '%1' is empty or holds markup; write it "
                                             "as it appears in the articles")
                                  .arg(id));
                        ok = false;
                    } else if (const int first = wordLines[language].value(key); first > 0) {
                        error(YamlSource::lineOf(word),
                              QStringLiteral("'%1' (%2) is already a word of another term (line %3); "
                                             "keep it under one term")
                                  .arg(w, language)
                                  .arg(first));
                        ok = false;
                    } else {
                        wordLines[language].insert(key, YamlSource::lineOf(word));
                        term.words.append(w);
                    }
                }
                const int words = int(term.explanation.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
                if (term.explanation.isEmpty() || EditorialRules::looksLikeMarkup(term.explanation)) {
                    error(YamlSource::lineOf(texts["explanation"]),
                          QStringLiteral("explanation of '%1' (%2) is empty or holds markup; write plain sentences")
                              .arg(id, language));
                    ok = false;
                } else if (words > MaximumExplanationWords) {
                    error(YamlSource::lineOf(texts["explanation"]),
                          QStringLiteral("explanation of '%1' (%2) has %3 words; keep it to %4 or fewer")
                              .arg(id, language)
                              .arg(words)
                              .arg(MaximumExplanationWords));
                    ok = false;
                }
                if (ok && !term.words.isEmpty())
                    result.glossary.m_terms[language].append(term);
            }
        }
    } catch (const YAML::Exception &e) {
        error(YamlSource::lineOf(e),
              QStringLiteral("glossary could not be read (%1)").arg(YamlSource::toQString(e.msg)));
        return result;
    }
    for (auto it = result.glossary.m_terms.cbegin(); it != result.glossary.m_terms.cend(); ++it)
        result.glossary.index(it.key());
    return result;
}

void Glossary::index(const QString &language)
{
    QStringList words;
    QHash<QString, QString> wordToTerm;
    for (const Term &term : std::as_const(m_terms[language])) {
        for (const QString &word : term.words) {
            words.append(word);
            wordToTerm.insert(word.toLower(), term.id);
        }
    }
    // Longest first, so "NMDA receptors" wins over "NMDA" at the same place.
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString &word : std::as_const(words))
        alternatives.append(
            QRegularExpression::escape(word.toHtmlEscaped()).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")));
    // Whole words only: not "label" inside "off-label", not "IV" inside "IVs".
    m_patterns.insert(
        language,
        QRegularExpression(QStringLiteral("(?<![\\w-])(%1)(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))),
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption));
    m_wordToTerm.insert(language, wordToTerm);
}

QString Glossary::markTerms(const QString &bodyHtml, const QString &language) const
{
    const auto pattern = m_patterns.constFind(language);
    if (pattern == m_patterns.cend())
        return bodyHtml;
    const QHash<QString, QString> &wordToTerm = m_wordToTerm[language];
    QSet<QString> marked;
    QString out;
    out.reserve(bodyHtml.size() + 512);
    int unmarkedDepth = 0;
    qsizetype pos = 0;
    while (pos < bodyHtml.size()) {
        const qsizetype tagStart = bodyHtml.indexOf(QLatin1Char('<'), pos);
        const qsizetype textEnd = tagStart < 0 ? bodyHtml.size() : tagStart;
        const QString text = bodyHtml.mid(pos, textEnd - pos);
        if (unmarkedDepth > 0 || text.isEmpty()) {
            out += text;
        } else {
            qsizetype last = 0;
            for (auto it = pattern->globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString plain = m.captured(1).simplified().toLower();
                // md4c escapes &, < and > in text; the words were escaped the same way.
                QString id = wordToTerm.value(plain);
                if (id.isEmpty())
                    id = wordToTerm.value(QString(plain).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
                if (id.isEmpty() || marked.contains(id))
                    continue;
                marked.insert(id);
                out += QStringView(text).mid(last, m.capturedStart() - last);
                out += QStringLiteral("<a class=\"term\" href=\"%1\">%2</a>")
                           .arg(ContentUrl::glossaryTerm(language, id).toString(QUrl::FullyEncoded), m.captured(1));
                last = m.capturedEnd();
            }
            out += QStringView(text).mid(last);
        }
        if (tagStart < 0)
            break;
        const qsizetype tagEnd = bodyHtml.indexOf(QLatin1Char('>'), tagStart);
        if (tagEnd < 0) {
            out += QStringView(bodyHtml).mid(tagStart);
            break;
        }
        const QStringView tag = QStringView(bodyHtml).mid(tagStart + 1, tagEnd - tagStart - 1);
        const bool closing = tag.startsWith(QLatin1Char('/'));
        const QStringView rest = closing ? tag.mid(1) : tag;
        qsizetype nameLength = 0;
        while (nameLength < rest.size() && rest.at(nameLength).isLetterOrNumber())
            ++nameLength;
        if (isUnmarkedElement(rest.left(nameLength)))
            unmarkedDepth = std::max(0, unmarkedDepth + (closing ? -1 : 1));
        out += QStringView(bodyHtml).mid(tagStart, tagEnd - tagStart + 1);
        pos = tagEnd + 1;
    }
    return out;
}
