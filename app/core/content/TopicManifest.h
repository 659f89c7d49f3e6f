#pragma once

#include "content/ContentProblem.h"
#include "content/Topic.h"

#include <QByteArray>
#include <QList>

#include <optional>

// The list of topics and their order, and the featured article, read from
// `topics.yaml` in the content folder: the clinic decides, not the code.
class TopicManifest final
{
public:
    struct Result; // defined below: it holds a TopicManifest

    static Result parse(const QByteArray &yaml, const QString &path);

    // Bounds that keep a hostile or mistaken file from stalling the kiosk's
    // start (a 10 MB manifest took 12 s and 1.3 GB): far above any clinic's.
    static constexpr qsizetype MaximumFileBytes = 256 * 1024;
    static constexpr int MaximumTopics = 40;
    static constexpr int MaximumArticlesPerTopic = 200;

    const QList<Topic> &topics() const { return m_topics; }
    const Topic *topic(const QString &id) const;
    bool hasTopic(const QString &id) const { return topic(id) != nullptr; }
    QString featuredArticleId() const { return m_featuredArticleId; }

    // Topics shown as tiles on the home screen (every topic but the featured one).
    QList<Topic> tileTopics() const;

private:
    QList<Topic> m_topics;
    QString m_featuredArticleId;
};

struct TopicManifest::Result
{
    std::optional<TopicManifest> manifest;
    QList<ContentProblem> problems;
};
