// The clinic's glossary of hard words: what it reads, what it refuses (with
// the line and the fix), and how it marks the first use of a word in an
// article's body without touching links, headings or the rest of the page.

#include "content/ArticleLibrary.h"
#include "content/Glossary.h"

#include <QTest>

class TestGlossary final : public QObject
{
    Q_OBJECT

    static Glossary parsed(const QByteArray &yaml, QList<ContentProblem> *problems = nullptr)
    {
        Glossary::Result result = Glossary::parse(yaml, QStringLiteral("glossary.yaml"));
        if (problems)
            *problems = result.problems;
        return result.glossary;
    }

    static const QByteArray &sample()
    {
        static const QByteArray yaml = R"(terms:
  - id: nmda
    en:
      words: ["NMDA receptors", "NMDA"]
      explanation: "A switch on brain cells."
    es:
      words: ["receptores NMDA", "NMDA"]
      explanation: "Un interruptor en las células del cerebro."
  - id: off-label
    en:
      words: ["off-label"]
      explanation: "Used for something the FDA did not approve it for."
  - id: label
    en:
      words: ["label"]
      explanation: "The official drug information."
)";
        return yaml;
    }

private slots:
    void marksTheFirstUseOnly()
    {
        const Glossary glossary = parsed(sample());
        const QString html = glossary.markTerms(QStringLiteral("<p>Ketamine blocks NMDA receptors. NMDA again.</p>"),
                                                QStringLiteral("en"));
        QCOMPARE(html, QStringLiteral("<p>Ketamine blocks <a class=\"term\" "
                                      "href=\"kiosk://content/glossary/en/nmda\">NMDA receptors</a>. NMDA again.</p>"));
    }

    void matchesWholeWordsInAnyCaseAndLanguage()
    {
        const Glossary glossary = parsed(sample());
        // "label" inside "off-label" is off-label, not label.
        const QString english =
            glossary.markTerms(QStringLiteral("<p>It is used off-label. Read the Label.</p>"), QStringLiteral("en"));
        QVERIFY(english.contains(QLatin1String("/off-label\">off-label</a>")));
        QVERIFY(english.contains(QLatin1String("/label\">Label</a>")));
        const QString spanish =
            glossary.markTerms(QStringLiteral("<p>Bloquea los receptores NMDA.</p>"), QStringLiteral("es"));
        QVERIFY(spanish.contains(QLatin1String("glossary/es/nmda\">receptores NMDA</a>")));
        // No glossary for a language: the body as it was.
        QCOMPARE(glossary.markTerms(QStringLiteral("<p>NMDA</p>"), QStringLiteral("fr")),
                 QStringLiteral("<p>NMDA</p>"));
    }

    void leavesLinksHeadingsAndCodeAlone()
    {
        const Glossary glossary = parsed(sample());
        const QString body = QStringLiteral("<h2>NMDA and you</h2><p><a href=\"how-ketamine-works\">NMDA "
                                            "receptors</a> <code>NMDA</code></p><p>Then NMDA.</p>");
        const QString html = glossary.markTerms(body, QStringLiteral("en"));
        QCOMPARE(html.count(QLatin1String("class=\"term\"")), 1);
        QVERIFY(html.startsWith(
            QLatin1String("<h2>NMDA and you</h2><p><a href=\"how-ketamine-works\">NMDA receptors</a>")));
        QVERIFY(html.endsWith(
            QLatin1String("<p>Then <a class=\"term\" href=\"kiosk://content/glossary/en/nmda\">NMDA</a>.</p>")));
    }

    void badEntriesAreLeftOutWithTheirLine()
    {
        QList<ContentProblem> problems;
        const Glossary glossary = parsed(R"(terms:
  - id: fine
    en:
      words: ["fine"]
      explanation: "All good."
  - id: Bad Id
    en:
      words: ["bad"]
      explanation: "Never read."
  - id: markup
    en:
      words: ["markup"]
      explanation: "<b>bold</b> is not plain."
  - id: twice
    en:
      words: ["fine"]
      explanation: "The word belongs to another term."
  - id: long
    en:
      words: ["long"]
      explanation: "one two three four five six seven eight nine ten one two three four five six seven eight nine ten one two three four five six seven eight nine ten one two three four five six seven eight nine ten more"
)",
                                         &problems);
        QVERIFY(glossary.term(QStringLiteral("en"), QStringLiteral("fine")));
        QVERIFY(!glossary.term(QStringLiteral("en"), QStringLiteral("markup")));
        QVERIFY(!glossary.term(QStringLiteral("en"), QStringLiteral("twice")));
        QVERIFY(!glossary.term(QStringLiteral("en"), QStringLiteral("long")));
        QCOMPARE(problems.size(), 4);
        QStringList lines;
        for (const ContentProblem &p : std::as_const(problems))
            lines.append(p.toString());
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("glossary.yaml:6: error: glossary id 'Bad Id'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("glossary.yaml:13: error: explanation of 'markup'")), qPrintable(all));
        QVERIFY2(all.contains(
                     QLatin1String("glossary.yaml:16: error: 'fine' (en) is already a word of another term (line 4)")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("has 41 words; keep it to 40 or fewer")), qPrintable(all));
    }

    void brokenYamlShowsTheArticlesWithoutIt()
    {
        QList<ContentProblem> problems;
        const Glossary glossary = parsed("terms: [unclosed", &problems);
        QVERIFY(glossary.isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QLatin1String("shown without it")));
    }

    void theBundledGlossaryIsCleanAndMarksTheArticles()
    {
        const ArticleLibrary library = ArticleLibrary::load({QStringLiteral(":/content")});
        for (const ContentProblem &p : library.problems())
            QVERIFY2(!p.file.endsWith(QLatin1String("glossary.yaml")), qPrintable(p.toString()));
        QVERIFY(library.glossary().terms(QStringLiteral("en")).size() >= 20);
        QCOMPARE(library.glossary().terms(QStringLiteral("es")).size(),
                 library.glossary().terms(QStringLiteral("en")).size());
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
            const QString page = library.pageHtml(QStringLiteral("how-ketamine-works"), language);
            QVERIFY2(page.contains(QStringLiteral("href=\"kiosk://content/glossary/%1/nmda\"").arg(language)),
                     qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
