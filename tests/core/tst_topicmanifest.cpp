#include "content/TopicManifest.h"

#include <QTest>

class TestTopicManifest final : public QObject
{
    Q_OBJECT

private slots:
    void readsTopicsInOrder()
    {
        const auto result =
            TopicManifest::parse(QByteArrayLiteral("featured_article: intro\n"
                                                   "topics:\n"
                                                   "  - id: experience\n"
                                                   "    featured: true\n"
                                                   "    articles: [intro, second]\n"
                                                   "    title: {en: \"Experience\", es: \"Experiencia\"}\n"
                                                   "  - id: safety\n"
                                                   "    title: \"Safety\"\n"
                                                   "    description: {en: \"Risks\"}\n"),
                                 QStringLiteral("topics.yaml"));
        QVERIFY(result.problems.isEmpty());
        QVERIFY(result.manifest);
        const TopicManifest &m = *result.manifest;
        QCOMPARE(m.featuredArticleId(), QStringLiteral("intro"));
        QCOMPARE(m.topics().size(), 2);
        QCOMPARE(m.topics().at(0).id, QStringLiteral("experience"));
        QVERIFY(m.topics().at(0).featured);
        QCOMPARE(m.topics().at(0).articleOrder, QStringList({QStringLiteral("intro"), QStringLiteral("second")}));
        QCOMPARE(m.topics().at(0).title(QStringLiteral("es")), QStringLiteral("Experiencia"));
        // A missing translation falls back to English, never to a blank label.
        QCOMPARE(m.topics().at(1).title(QStringLiteral("es")), QStringLiteral("Safety"));
        QCOMPARE(m.tileTopics().size(), 1);
        QCOMPARE(m.tileTopics().first().id, QStringLiteral("safety"));
    }

    void markupInATopicIsRefused()
    {
        const TopicManifest::Result result =
            TopicManifest::parse("topics:\n  - id: safety\n    title: \"Safety\"\n"
                                 "  - id: fake\n    title: {en: \"<b style='font-size:90px'>FAKE</b>\"}\n",
                                 QStringLiteral("topics.yaml"));
        QVERIFY(result.manifest);
        QVERIFY(result.manifest->hasTopic(QStringLiteral("safety")));
        QVERIFY(!result.manifest->hasTopic(QStringLiteral("fake")));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 4);
        QVERIFY(result.problems.first().message.contains(QLatin1String("contains HTML markup")));
    }

    void hostileManifestsAreBounded()
    {
        // 10 MB of topics: refused by its size before YAML ever sees it.
        QByteArray huge = "topics:\n";
        while (huge.size() < 10 * 1024 * 1024)
            huge += "  - id: t\n    title: \"T\"\n";
        TopicManifest::Result result = TopicManifest::parse(huge, QStringLiteral("topics.yaml"));
        QVERIFY(!result.manifest);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().message.contains(QLatin1String("more than the 256 KiB limit")));

        // Too many topics: the first 40 are kept, with one error naming the line.
        QByteArray many = "topics:\n";
        for (int i = 0; i < 45; ++i)
            many += "  - id: topic-" + QByteArray::number(i) + "\n    title: \"Topic\"\n";
        result = TopicManifest::parse(many, QStringLiteral("topics.yaml"));
        QVERIFY(result.manifest);
        QCOMPARE(result.manifest->topics().size(), TopicManifest::MaximumTopics);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2 + 2 * TopicManifest::MaximumTopics);
        QVERIFY(result.problems.first().message.contains(QLatin1String("more than 40 topics")));
    }

    void reportsProblems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<bool>("usable");
        QTest::newRow("not yaml") << QByteArray("topics: [\n") << QStringLiteral("not valid YAML") << false;
        QTest::newRow("no topics") << QByteArray("featured_article: x\n") << QStringLiteral("needs a 'topics:' list")
                                   << false;
        QTest::newRow("duplicate") << QByteArray("topics:\n  - id: a\n    title: A\n  - id: a\n    title: B\n")
                                   << QStringLiteral("topics.yaml:4: error: topic 'a' is listed twice") << true;
        QTest::newRow("no title") << QByteArray("topics:\n  - id: a\n  - id: b\n    title: B\n")
                                  << QStringLiteral("topic 'a' needs a title") << true;
    }

    void reportsProblems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, messagePart);
        QFETCH(bool, usable);
        const auto result = TopicManifest::parse(yaml, QStringLiteral("topics.yaml"));
        QVERIFY(!result.problems.isEmpty());
        QVERIFY2(result.problems.first().toString().contains(messagePart),
                 qPrintable(result.problems.first().toString()));
        QCOMPARE(result.manifest.has_value(), usable);
    }
};

QTEST_GUILESS_MAIN(TestTopicManifest)
#include "tst_topicmanifest.moc"
