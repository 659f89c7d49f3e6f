#include "TopicManifest.h"

#include "checks/EditorialRules.h"
#include "content/ArticleParser.h"
#include "content/YamlSource.h"

#include <QSet>

namespace {

// Accepts `title: "Text"` (English) or `title: {en: "...", es: "..."}`.
bool readTexts(const YAML::Node &node, QMap<QString, QString> *texts)
{
    if (!node.IsDefined() || node.IsNull())
        return true;
    if (node.IsScalar()) {
        texts->insert(QStringLiteral("en"), YamlSource::toQString(node.Scalar()));
        return true;
    }
    if (!node.IsMap())
        return false;
    for (const auto &entry : node) {
        if (!entry.first.IsScalar() || !entry.second.IsScalar())
            return false;
        texts->insert(YamlSource::toQString(entry.first.Scalar()), YamlSource::toQString(entry.second.Scalar()));
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

    const std::optional<YAML::Node> document =
        YamlSource::load(yaml, path, MaximumFileBytes, QStringLiteral("topic manifest"), QString(), &result.problems);
    if (!document)
        return result;
    const YAML::Node &root = *document;

    TopicManifest manifest;
    try {
        if (!root.IsMap() || !root["topics"].IsDefined() || !root["topics"].IsSequence()) {
            error(1, QStringLiteral("topic manifest needs a 'topics:' list, each entry with 'id' and 'title'"));
            return result;
        }
        if (YamlSource::isScalar(root["featured_article"]))
            manifest.m_featuredArticleId = YamlSource::toQString(root["featured_article"].Scalar()).trimmed();

        QSet<QString> seen; // a set, not a search of the list: linear in the topics
        for (const YAML::Node &entry : root["topics"]) {
            const int line = YamlSource::lineOf(entry);
            if (manifest.m_topics.size() >= MaximumTopics) {
                error(line, QStringLiteral("more than %1 topics; the rest are left out").arg(MaximumTopics));
                break;
            }
            if (!entry.IsMap() || !YamlSource::isScalar(entry["id"])) {
                error(line, QStringLiteral("every topic needs an 'id:', like '- id: safety'"));
                continue;
            }
            Topic topic;
            topic.id = YamlSource::toQString(entry["id"].Scalar()).trimmed();
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
            topic.featured = YamlSource::isScalar(entry["featured"]) && entry["featured"].as<bool>(false);
            const YAML::Node order = entry["articles"];
            if (order.IsDefined() && order.IsSequence()) {
                for (const YAML::Node &id : order) {
                    if (topic.articleOrder.size() >= MaximumArticlesPerTopic) {
                        error(YamlSource::lineOf(id),
                              QStringLiteral("topic '%1' lists more than %2 articles; the rest are left out")
                                  .arg(topic.id)
                                  .arg(MaximumArticlesPerTopic));
                        break;
                    }
                    if (YamlSource::isScalar(id))
                        topic.articleOrder.append(YamlSource::toQString(id.Scalar()).trimmed());
                }
            } else if (order.IsDefined() && !order.IsNull()) {
                error(YamlSource::lineOf(order),
                      QStringLiteral("'articles' of topic '%1' must be a list of article ids").arg(topic.id));
            }
            seen.insert(topic.id);
            manifest.m_topics.append(topic);
        }
    } catch (const YAML::Exception &e) {
        error(YamlSource::lineOf(e),
              QStringLiteral("topic manifest could not be read (%1)").arg(YamlSource::toQString(e.msg)));
        return result;
    }

    if (manifest.m_topics.isEmpty()) {
        error(1, QStringLiteral("topic manifest lists no usable topics"));
        return result;
    }
    result.manifest = std::move(manifest);
    return result;
}
