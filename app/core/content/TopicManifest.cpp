#include "TopicManifest.h"

#include "checks/EditorialRules.h"
#include "content/ArticleParser.h"

#include <QSet>

#include <yaml-cpp/yaml.h>

namespace {

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A missing key on a const node is an "invalid" node whose type queries
// throw; ask IsDefined() first.
bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

// Accepts `title: "Text"` (English) or `title: {en: "...", es: "..."}`.
bool readTexts(const YAML::Node &node, QMap<QString, QString> *texts)
{
    if (!node.IsDefined() || node.IsNull())
        return true;
    if (node.IsScalar()) {
        texts->insert(QStringLiteral("en"), toQString(node.Scalar()));
        return true;
    }
    if (!node.IsMap())
        return false;
    for (const auto &entry : node) {
        if (!entry.first.IsScalar() || !entry.second.IsScalar())
            return false;
        texts->insert(toQString(entry.first.Scalar()), toQString(entry.second.Scalar()));
    }
    return true;
}

} // namespace

const Topic *TopicManifest::topic(const QString &id) const
{
    for (const Topic &t : m_topics) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QList<Topic> TopicManifest::tileTopics() const
{
    QList<Topic> tiles;
    for (const Topic &t : m_topics) {
        if (!t.featured)
            tiles.append(t);
    }
    return tiles;
}

TopicManifest::Result TopicManifest::parse(const QByteArray &yaml, const QString &path)
{
    Result result;
    auto error = [&](int line, const QString &message) {
        result.problems.append(ContentProblem::error(path, line, message));
    };

    if (yaml.size() > MaximumFileBytes) {
        error(0, QStringLiteral("topic manifest is %1 KiB, more than the %2 KiB limit; it should list topics only")
                     .arg(yaml.size() / 1024)
                     .arg(MaximumFileBytes / 1024));
        return result;
    }
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        error(e.mark.is_null() ? 0 : e.mark.line + 1,
              QStringLiteral("topic manifest is not valid YAML (%1)").arg(toQString(e.msg)));
        return result;
    }

    TopicManifest manifest;
    try {
        if (!root.IsMap() || !root["topics"].IsDefined() || !root["topics"].IsSequence()) {
            error(1, QStringLiteral("topic manifest needs a 'topics:' list, each entry with 'id' and 'title'"));
            return result;
        }
        if (isScalar(root["featured_article"]))
            manifest.m_featuredArticleId = toQString(root["featured_article"].Scalar()).trimmed();

        QSet<QString> seen; // a set, not a search of the list: linear in the topics
        for (const YAML::Node &entry : root["topics"]) {
            const int line = lineOf(entry);
            if (manifest.m_topics.size() >= MaximumTopics) {
                error(line, QStringLiteral("more than %1 topics; the rest are left out").arg(MaximumTopics));
                break;
            }
            if (!entry.IsMap() || !isScalar(entry["id"])) {
                error(line, QStringLiteral("every topic needs an 'id:', like '- id: safety'"));
                continue;
            }
            Topic topic;
            topic.id = toQString(entry["id"].Scalar()).trimmed();
            if (!ArticleParser::isValidId(topic.id)) {
                error(
                    line,
                    QStringLiteral("topic id '%1' may use only lower-case letters, digits and hyphens").arg(topic.id));
                continue;
            }
            if (seen.contains(topic.id)) {
                error(line, QStringLiteral("topic '%1' is listed twice; remove one").arg(topic.id));
                continue;
            }
            if (!readTexts(entry["title"], &topic.titles) || topic.titles.isEmpty()) {
                error(line,
                      QStringLiteral("topic '%1' needs a title, like 'title: {en: \"Safety\", es: \"Seguridad\"}'")
                          .arg(topic.id));
                continue;
            }
            if (!readTexts(entry["description"], &topic.descriptions))
                error(line, QStringLiteral("description of topic '%1' must be text per language").arg(topic.id));
            // Shown as typed on the home screen; markup there is a mistake
            // (or worse), and the same rule as an article's title applies.
            bool markup = false;
            for (const QMap<QString, QString> *texts : {&topic.titles, &topic.descriptions}) {
                for (const QString &text : *texts)
                    markup = markup || EditorialRules::looksLikeMarkup(text);
            }
            if (markup) {
                error(line, QStringLiteral("title or description of topic '%1' contains HTML markup; write plain "
                                           "text")
                                .arg(topic.id));
                continue;
            }
            topic.featured = isScalar(entry["featured"]) && entry["featured"].as<bool>(false);
            const YAML::Node order = entry["articles"];
            if (order.IsDefined() && order.IsSequence()) {
                for (const YAML::Node &id : order) {
                    if (topic.articleOrder.size() >= MaximumArticlesPerTopic) {
                        error(lineOf(id),
                              QStringLiteral("topic '%1' lists more than %2 articles; the rest are left out")
                                  .arg(topic.id)
                                  .arg(MaximumArticlesPerTopic));
                        break;
                    }
                    if (isScalar(id))
                        topic.articleOrder.append(toQString(id.Scalar()).trimmed());
                }
            } else if (order.IsDefined() && !order.IsNull()) {
                error(lineOf(order),
                      QStringLiteral("'articles' of topic '%1' must be a list of article ids").arg(topic.id));
            }
            seen.insert(topic.id);
            manifest.m_topics.append(topic);
        }
    } catch (const YAML::Exception &e) {
        error(e.mark.is_null() ? 0 : e.mark.line + 1,
              QStringLiteral("topic manifest could not be read (%1)").arg(toQString(e.msg)));
        return result;
    }

    if (manifest.m_topics.isEmpty()) {
        error(1, QStringLiteral("topic manifest lists no usable topics"));
        return result;
    }
    result.manifest = std::move(manifest);
    return result;
}
