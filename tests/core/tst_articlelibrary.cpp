#include "content/ArticleLibrary.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Bundled = QStringLiteral(":/content");

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

QByteArray article(const char *id, const char *topic, const char *title, const char *body = "Some text.",
                   const char *language = "en")
{
    return QByteArray("---\nid: ") + id + "\ntitle: \"" + title + "\"\ntopic: " + topic
           + "\nsummary: \"A summary.\"\nlanguage: " + language
           + "\nupdated: 2026-11-24\nsources:\n  - \"Source one.\"\n  - \"Source two.\"\n---\n" + body + "\n";
}

} // namespace

class TestArticleLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void bundledLibraryIsCompleteAndValid()
    {
        const ArticleLibrary library = ArticleLibrary::load({Bundled}, QDate(2026, 12, 1)); // pinned: review dates age
        QVERIFY(library.isUsable());
        QStringList problems;
        for (const ContentProblem &p : library.problems()) {
            // The only thing allowed: "not reviewed yet" (no clinician has reviewed them).
            if (p.isError() || !p.message.startsWith(QLatin1String("not reviewed")))
                problems.append(p.toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(library.languages(), QStringList({QStringLiteral("en"), QStringLiteral("es")}));

        // The foundation's five: the featured article and one per home topic.
        QCOMPARE(library.manifest().featuredArticleId(), QStringLiteral("dissociative-state"));
        const QStringList homeTopics{QStringLiteral("treatment"), QStringLiteral("mechanism"),
                                     QStringLiteral("integration"), QStringLiteral("misconceptions"),
                                     QStringLiteral("safety")};
        QStringList tileIds;
        for (const Topic &t : library.manifest().tileTopics())
            tileIds.append(t.id);
        QCOMPARE(tileIds, homeTopics);
        for (const QString &language : library.languages()) {
            QVERIFY(library.article(QStringLiteral("dissociative-state"), language));
            for (const Topic &topic : library.manifest().topics())
                QVERIFY2(!library.articlesInTopic(topic.id, language).isEmpty(), qPrintable(topic.id + language));
        }
    }

    void bundledArticlesAreBilingualAndSourced()
    {
        const ArticleLibrary library = ArticleLibrary::load({Bundled});
        for (const Topic &topic : library.manifest().topics()) {
            for (const Article *en : library.articlesInTopic(topic.id, QStringLiteral("en"))) {
                const Article *es = library.article(en->id, QStringLiteral("es"));
                QVERIFY2(es, qPrintable(QStringLiteral("no Spanish version of ") + en->id));
                QCOMPARE(es->topic, en->topic);
                QVERIFY2(en->sources.size() >= 2, qPrintable(en->id));
                QVERIFY2(en->markdownBody.contains(QLatin1String("988")), qPrintable(en->id));
                QVERIFY2(en->markdownBody.contains(QLatin1String("911")), qPrintable(en->id));
                QVERIFY2(es->markdownBody.contains(QLatin1String("988")), qPrintable(es->id));
                // No article may claim a review that did not happen.
                QVERIFY(en->reviewedBy.isEmpty() && es->reviewedBy.isEmpty());
            }
        }
    }

    void readingOrderFollowsTheManifest()
    {
        const ArticleLibrary library = ArticleLibrary::load({Bundled});
        const QList<const Article *> safety = library.articlesInTopic(QStringLiteral("safety"), QStringLiteral("en"));
        // Help first: one tap from the topic list (a patient who feels unwell needs it soonest).
        QCOMPARE(safety.first()->id, QStringLiteral("when-to-get-help"));
        QCOMPARE(safety.at(1)->id, QStringLiteral("side-effects"));
        QCOMPARE(safety.last()->id, QStringLiteral("misuse-and-bladder-health"));
    }

    void nextArticleNeverDeadEnds()
    {
        const ArticleLibrary library = ArticleLibrary::load({Bundled});
        // Following "next" from the featured article visits every article once.
        QSet<QString> seen;
        QString id = library.manifest().featuredArticleId();
        for (int i = 0; i < 100 && !seen.contains(id); ++i) {
            seen.insert(id);
            const Article *next = library.nextArticle(id, QStringLiteral("en"));
            QVERIFY2(next, qPrintable(id));
            id = next->id;
        }
        QCOMPARE(seen.size(), 20);
    }

    void pagesAreRenderedWithStylesheetAndSources()
    {
        const ArticleLibrary library = ArticleLibrary::load({Bundled});
        const QString html = library.pageHtml(QStringLiteral("side-effects"), QStringLiteral("en"));
        QVERIFY(html.contains(QLatin1String("<h1>Side effects and risks</h1>")));
        QVERIFY(html.contains(QLatin1String("href=\"/style/article.css\"")));
        QVERIFY(html.contains(QLatin1String("script-src 'none'")));
        QVERIFY(html.contains(QLatin1String("<h2>Sources</h2>")));
        QVERIFY(html.contains(QLatin1String("<nav class=\"next\"")));
        QVERIFY(!html.contains(QLatin1String("reviewer")));
        const QString spanish = library.pageHtml(QStringLiteral("side-effects"), QStringLiteral("es"));
        QVERIFY(spanish.contains(QLatin1String("<html lang=\"es\">")));
        QVERIFY(spanish.contains(QLatin1String("Fuentes")));
        // Unknown: a calm page, never an empty reply.
        QVERIFY(
            library.pageHtml(QStringLiteral("nope"), QStringLiteral("en")).contains(QLatin1String("not available")));
    }

    void linksOutOfTheFolderAreRefused()
    {
        // A clinic folder whose article and picture are links to files
        // elsewhere: the export would publish whatever they point at.
        QTemporaryDir outside;
        writeFile(outside.filePath(QStringLiteral("secret.md")), article("secret", "safety", "Secret"));
        QImage picture(4, 4, QImage::Format_RGB32);
        picture.fill(Qt::red);
        QVERIFY(picture.save(outside.filePath(QStringLiteral("secret.png"))));
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("articles/en/parking.md")), article("parking", "integration", "Parking"));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.md")),
                            dir.filePath(QStringLiteral("articles/en/secret.md"))));
        QDir().mkpath(dir.filePath(QStringLiteral("images")));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.png")),
                            dir.filePath(QStringLiteral("images/secret.png"))));
        // A link that stays inside the folder is fine.
        QVERIFY(picture.save(dir.filePath(QStringLiteral("images/map.png"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("images/map.png")),
                            dir.filePath(QStringLiteral("images/map-link.png"))));

        const ArticleLibrary library = ArticleLibrary::load({Bundled, dir.path()});
        QVERIFY(library.article(QStringLiteral("parking"), QStringLiteral("en")));
        QVERIFY(!library.article(QStringLiteral("secret"), QStringLiteral("en")));
        QVERIFY(library.imagePath(QStringLiteral("secret.png")).isEmpty());
        QVERIFY(!library.imageData(QStringLiteral("map-link.png")).isEmpty());
        QStringList outsideErrors;
        for (const ContentProblem &p : library.problems()) {
            if (p.message.contains(QLatin1String("outside the content folder")))
                outsideErrors.append(QFileInfo(p.file).fileName());
        }
        outsideErrors.sort();
        QCOMPARE(outsideErrors, QStringList({QStringLiteral("secret.md"), QStringLiteral("secret.png")}));
    }

    void svgWithScriptIsRefusedAndImagesAreServedAsChecked()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("articles/en/parking.md")), article("parking", "integration", "Parking"));
        const QByteArray clean = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                                 "<rect width=\"10\" height=\"10\" fill=\"#00565c\"/></svg>";
        writeFile(dir.filePath(QStringLiteral("images/clean.svg")), clean);
        writeFile(dir.filePath(QStringLiteral("images/script.svg")),
                  "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        writeFile(
            dir.filePath(QStringLiteral("images/onload.svg")),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>");
        writeFile(dir.filePath(QStringLiteral("images/link.svg")),
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                  "<a xlink:href=\"https://example.com\"><rect width=\"1\" height=\"1\"/></a></svg>");
        const ArticleLibrary library = ArticleLibrary::load({Bundled, dir.path()});
        QCOMPARE(library.imageData(QStringLiteral("clean.svg")), clean);
        for (const char *name : {"script.svg", "onload.svg", "link.svg"})
            QVERIFY2(library.imageData(QLatin1String(name)).isEmpty(), name);
        int svgErrors = 0;
        for (const ContentProblem &p : library.problems())
            svgErrors += p.message.startsWith(QLatin1String("SVG image holds script or a link")) ? 1 : 0;
        QCOMPARE(svgErrors, 3);
        // The file swapped after the check: the kiosk still has what it checked.
        writeFile(dir.filePath(QStringLiteral("images/clean.svg")), "<svg><script>alert(2)</script></svg>");
        QCOMPARE(library.imageData(QStringLiteral("clean.svg")), clean);
    }

    void spanishFallsBackToEnglish()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("articles/en/clinic-only.md")),
                  article("clinic-only", "safety", "Clinic only"));
        const ArticleLibrary library = ArticleLibrary::load({Bundled, dir.path()});
        const Article *shown = library.articleForReading(QStringLiteral("clinic-only"), QStringLiteral("es"));
        QVERIFY(shown);
        QCOMPARE(shown->language, QStringLiteral("en"));
    }

    void clinicFolderAddsAndOverrides()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("articles/en/side-effects.md")),
                  article("side-effects", "safety", "Our clinic's side effects page"));
        writeFile(dir.filePath(QStringLiteral("articles/en/parking.md")), article("parking", "integration", "Parking"));
        const ArticleLibrary library = ArticleLibrary::load({Bundled, dir.path()});
        QCOMPARE(library.errorCount(), 0);
        QCOMPARE(library.article(QStringLiteral("side-effects"), QStringLiteral("en"))->title,
                 QStringLiteral("Our clinic's side effects page"));
        QVERIFY(library.article(QStringLiteral("parking"), QStringLiteral("en")));
        // The Spanish bundled version is untouched.
        QVERIFY(library.article(QStringLiteral("side-effects"), QStringLiteral("es"))->title
                != QLatin1String("Our clinic's side effects page"));
    }

    void badFilesAreSkippedAndGoodOnesKept()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("articles/en/good.md")), article("good", "safety", "Good"));
        writeFile(dir.filePath(QStringLiteral("articles/en/broken.md")), "---\ntitle: [\n---\nx\n");
        writeFile(dir.filePath(QStringLiteral("articles/en/unknown-topic.md")),
                  article("unknown-topic", "astrology", "Stars"));
        writeFile(dir.filePath(QStringLiteral("articles/en/dangling.md")),
                  article("dangling", "safety", "Dangling", "See [this](no-such-article)."));
        writeFile(dir.filePath(QStringLiteral("articles/en/side-effects.md")), QByteArray()); // broken override
        const ArticleLibrary library = ArticleLibrary::load({Bundled, dir.path()});

        QVERIFY(library.isUsable());
        QVERIFY(library.article(QStringLiteral("good"), QStringLiteral("en")));
        QVERIFY(!library.article(QStringLiteral("unknown-topic"), QStringLiteral("en")));
        // A broken override keeps the bundled article.
        QCOMPARE(library.article(QStringLiteral("side-effects"), QStringLiteral("en"))->title,
                 QStringLiteral("Side effects and risks"));
        QStringList messages;
        for (const ContentProblem &p : library.problems())
            messages.append(p.toString());
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("broken.md:3: error: front matter is not valid YAML")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("topic 'astrology' is not in topics.yaml")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("dangling.md:12: error: link to 'no-such-article' leads nowhere")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("side-effects.md: error: file is empty")), qPrintable(all));
        QCOMPARE(library.errorCount(), 4);
    }

    void editorialRulesKeepArticlesOff_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("banned word") << QByteArray("Ketamine is a cure for sadness.")
                                     << QStringLiteral("'cure' promises a cure");
        QTest::newRow("long sentence") << QByteArray(
            "This sentence keeps going and going with many small words so that it ends up being far "
            "longer than any patient should ever have to read in one breath.")
                                       << QStringLiteral("sentence of 29 words is longer than 25");
        QTest::newRow("hard words") << QByteArray(
            "Pharmacological antagonism demonstrates considerable neuroplasticity.")
                                    << QStringLiteral("reading level is grade");
    }

    void editorialRulesKeepArticlesOff()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("articles/en/bad.md")),
                  article("bad", "safety", "Bad", body.constData()));
        const ArticleLibrary library = ArticleLibrary::load({Bundled, dir.path()});
        QVERIFY(!library.article(QStringLiteral("bad"), QStringLiteral("en")));
        bool found = false;
        for (const ContentProblem &p : library.problems())
            found =
                found || (p.isError() && p.toString().contains(message) && p.file.endsWith(QLatin1String("bad.md")));
        QVERIFY2(found, qPrintable(message));
    }

    void missingTranslationIsAWarning()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("articles/en/parking.md")), article("parking", "integration", "Parking"));
        const ArticleLibrary library = ArticleLibrary::load({Bundled, dir.path()});
        bool found = false;
        for (const ContentProblem &p : library.problems())
            found =
                found
                || (!p.isError() && p.toString().contains(QLatin1String("parking.md: warning: has no 'es' version")));
        QVERIFY(found);
    }

    void missingFolderKeepsBundledLibrary()
    {
        const ArticleLibrary library = ArticleLibrary::load({Bundled, QStringLiteral("/nonexistent/kiosk")});
        QVERIFY(library.isUsable());
        QCOMPARE(library.errorCount(), 1);
        bool named = false;
        for (const ContentProblem &p : library.problems())
            named = named || (p.isError() && p.toString().startsWith(QLatin1String("/nonexistent/kiosk: error")));
        QVERIFY(named);
    }
};

QTEST_GUILESS_MAIN(TestArticleLibrary)
#include "tst_articlelibrary.moc"
