#include "content/ArticleParser.h"

#include <QTest>

class TestArticleParser final : public QObject
{
    Q_OBJECT

private:
    static QByteArray validArticle()
    {
        return QByteArrayLiteral("---\n"
                                 "id: side-effects\n"
                                 "title: \"Side effects: what to know\"\n"
                                 "topic: safety\n"
                                 "summary: \"Most side effects are short.\"\n"
                                 "language: en\n"
                                 "updated: 2026-11-24\n"
                                 "related: [when-to-get-help, myths-and-facts]\n"
                                 "sources:\n"
                                 "  - \"Source one.\"\n"
                                 "  - \"Source two.\"\n"
                                 "---\n"
                                 "**Summary.**\n\n## Heading\n\nBody text here.\n");
    }

    static QString firstError(const ArticleParser::Result &result)
    {
        for (const ContentProblem &p : result.problems) {
            if (p.isError())
                return p.toString();
        }
        return {};
    }

private slots:
    void parsesEveryFrontMatterField()
    {
        const auto result = ArticleParser::parse(validArticle(), QStringLiteral("en/side-effects.md"));
        QVERIFY2(result.article.has_value(), qPrintable(firstError(result)));
        const Article &a = *result.article;
        QCOMPARE(a.id, QStringLiteral("side-effects"));
        QCOMPARE(a.title, QStringLiteral("Side effects: what to know"));
        QCOMPARE(a.topic, QStringLiteral("safety"));
        QCOMPARE(a.language, QStringLiteral("en"));
        QCOMPARE(a.updated, QDate(2026, 11, 24));
        QCOMPARE(a.related, QStringList({QStringLiteral("when-to-get-help"), QStringLiteral("myths-and-facts")}));
        QCOMPARE(a.sources.size(), 2);
        QVERIFY(a.reviewedBy.isEmpty());
        QVERIFY(!a.reviewedOn.isValid());
        QVERIFY(a.markdownBody.startsWith(QLatin1String("**Summary.**")));
        QCOMPARE(a.bodyFirstLine, 13);
        QVERIFY(result.problems.isEmpty());
    }

    void readsOptionalReview()
    {
        QByteArray text = validArticle();
        text.replace("updated: 2026-11-24\n",
                     "updated: 2026-11-24\nreviewed_by: \"Dr. A. Example\"\nreviewed_on: 2026-10-01\n");
        const auto result = ArticleParser::parse(text, QStringLiteral("a.md"));
        QVERIFY(result.article);
        QCOMPARE(result.article->reviewedBy, QStringLiteral("Dr. A. Example"));
        QCOMPARE(result.article->reviewedOn, QDate(2026, 10, 1));
    }

    void readingTimeIsAtLeastOneMinute()
    {
        const auto result = ArticleParser::parse(validArticle(), QStringLiteral("a.md"));
        QCOMPARE(result.article->readingMinutes(), 1);
        Article longer = *result.article;
        longer.markdownBody = QStringLiteral("word ").repeated(900);
        QCOMPARE(longer.readingMinutes(), 5);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        const QByteArray good = validArticle();
        auto with = [&](const char *from, const char *to) {
            QByteArray copy = good;
            copy.replace(from, to);
            return copy;
        };
        QTest::newRow("empty file") << QByteArray() << 0 << QStringLiteral("file is empty");
        QTest::newRow("no front matter") << QByteArray("# Just markdown\n") << 1
                                         << QStringLiteral("first line must be '---'");
        QTest::newRow("unclosed front matter")
            << QByteArray("---\nid: x\ntitle: y\n") << 1 << QStringLiteral("never closed");
        QTest::newRow("invalid yaml") << with("topic: safety\n", "topic: [safety\n") << 0
                                      << QStringLiteral("not valid YAML");
        QTest::newRow("missing title") << with("title: \"Side effects: what to know\"\n", "") << 2
                                       << QStringLiteral("missing required field 'title'");
        QTest::newRow("title is a list") << with("title: \"Side effects: what to know\"", "title: [a, b]") << 3
                                         << QStringLiteral("field 'title' must be a single text value");
        QTest::newRow("bad date") << with("updated: 2026-11-24", "updated: last tuesday") << 7
                                  << QStringLiteral("not a date; write it as YYYY-MM-DD");
        QTest::newRow("related is a map") << with("related: [when-to-get-help, myths-and-facts]", "related: {a: b}")
                                          << 8 << QStringLiteral("field 'related' must be a list");
        QTest::newRow("bad id") << with("id: side-effects", "id: Side Effects!") << 2
                                << QStringLiteral("id 'Side Effects!' may use only lower-case");
        QTest::newRow("bad language") << with("language: en", "language: english") << 6
                                      << QStringLiteral("two-letter code");
        QTest::newRow("no body") << QByteArray(good.left(good.indexOf("**Summary"))) << 13
                                 << QStringLiteral("no body text");
        QTest::newRow("invalid utf-8") << with("Body text here.", "Body \xff\xfe text") << 17
                                       << QStringLiteral("not valid UTF-8");
        QTest::newRow("binary junk") << QByteArray("\x7f"
                                                   "ELF\x00\x01\x02",
                                                   7)
                                     << 0 << QStringLiteral("binary data");
        QTest::newRow("too large") << (good + QByteArray(300 * 1024, 'a')) << 0
                                   << QStringLiteral("larger than the 256 KiB limit");
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, contents);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const auto result = ArticleParser::parse(contents, QStringLiteral("es/broken.md"));
        QVERIFY(!result.article.has_value());
        const QString error = firstError(result);
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("es/broken.md")), qPrintable(error));
        if (line > 0)
            QVERIFY2(error.startsWith(QStringLiteral("es/broken.md:%1:").arg(line)), qPrintable(error));
    }

    void idsArePlain()
    {
        QVERIFY(ArticleParser::isValidId(QStringLiteral("side-effects")));
        QVERIFY(ArticleParser::isValidId(QStringLiteral("a1")));
        QVERIFY(!ArticleParser::isValidId(QStringLiteral("-leading")));
        QVERIFY(!ArticleParser::isValidId(QStringLiteral("double--hyphen")));
        QVERIFY(!ArticleParser::isValidId(QStringLiteral("../etc/passwd")));
        QVERIFY(!ArticleParser::isValidId(QString()));
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
