// "Read this on your phone" and "My questions", without a window: the QR
// codes the kiosk draws decode (with zbarimg, a real decoder) to exactly
// what they should carry; the take-home address names the article and
// nothing else; the export writes exactly the pages the codes point to; the
// questions to ask are found and get their buttons; and the patient's list
// behaves and fits one code.

#include "QrDecoder.h"
#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"
#include "content/ContentUrl.h"
#include "content/HtmlExporter.h"
#include "takehome/CareTeamQuestions.h"
#include "takehome/QrCode.h"
#include "takehome/QuestionsToAsk.h"
#include "takehome/TakeHomeLink.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTakeHome final : public QObject
{
    Q_OBJECT

    static ArticleLibrary bundled(const TakeHomeLink &takeHome = {})
    {
        ArticleLibrary::Options options;
        options.takeHome = takeHome;
        return ArticleLibrary::load({QStringLiteral(":/content")}, options);
    }

    static TakeHomeLink clinicSite() { return TakeHomeLink(QUrl(QStringLiteral("https://clinic.example/learn/"))); }

private slots:
    void codesDecodeToExactlyTheirText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("address") << QStringLiteral("https://clinic.example/learn/en/session-day.html");
        QTest::newRow("spanish note") << QStringLiteral(
            "Preguntas para su equipo de atención\n\n1. ¿Qué debo comer antes de mi sesión?\n2. ¿Puedo "
            "manejar después?");
        QTest::newRow("one character") << QStringLiteral("?");
    }
    void codesDecodeToExactlyTheirText()
    {
        QFETCH(QString, text);
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        const QImage image = code.toImage(6);
        QCOMPARE(QrDecoder::decode(image).value_or(QStringLiteral("(no code)")), text);
    }

    void codesAreBlackOnWhiteWithAQuietZone()
    {
        const QrCode code = QrCode::encode(QStringLiteral("https://clinic.example/learn/es/side-effects.html"));
        const int ppm = 5;
        const QImage image = code.toImage(ppm);
        QCOMPARE(image.width(), (code.size() + 2 * QrCode::QuietZoneModules) * ppm);
        const int quiet = QrCode::QuietZoneModules * ppm;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                QVERIFY(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255));
                const bool inQuietZone =
                    x < quiet || y < quiet || x >= image.width() - quiet || y >= image.height() - quiet;
                if (inQuietZone)
                    QCOMPARE(pixel, qRgb(255, 255, 255));
            }
        }
        // The finder pattern's corner module is dark, right after the quiet zone.
        QCOMPARE(image.pixel(quiet, quiet), qRgb(0, 0, 0));
        const QString svg = code.toSvg(QStringLiteral("A <code>"));
        QVERIFY(svg.startsWith(QLatin1String("<svg class=\"qr-code\"")));
        QVERIFY(svg.contains(QLatin1String("aria-label=\"A &lt;code&gt;\"")));
        QVERIFY(svg.contains(QLatin1String("fill=\"#fff\"")));
        QVERIFY(!svg.contains(QLatin1String("script")));
        QVERIFY(!svg.contains(QLatin1String("href")));
    }

    void tooMuchTextMakesNoCode()
    {
        QVERIFY(QrCode::encode(QString()).isNull());
        QVERIFY(QrCode::encode(QString(QrCode::MaximumBytes + 1, QLatin1Char('a'))).isNull());
        QVERIFY(!QrCode::encode(QString(QrCode::MaximumBytes, QLatin1Char('a'))).isNull());
    }

    void baseAddresses_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("article"); // what es/side-effects becomes
        QTest::newRow("https folder") << QStringLiteral("https://clinic.example/learn/") << true
                                      << QStringLiteral("https://clinic.example/learn/es/side-effects.html");
        QTest::newRow("no trailing slash") << QStringLiteral("https://clinic.example/learn") << true
                                           << QStringLiteral("https://clinic.example/learn/es/side-effects.html");
        QTest::newRow("host only") << QStringLiteral("http://kiosk.local") << true
                                   << QStringLiteral("http://kiosk.local/es/side-effects.html");
        QTest::newRow("query") << QStringLiteral("https://clinic.example/learn/?patient=1") << false << QString();
        QTest::newRow("fragment") << QStringLiteral("https://clinic.example/learn/#x") << false << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://clinic.example/learn/") << false << QString();
        QTest::newRow("relative") << QStringLiteral("learn/") << false << QString();
        QTest::newRow("password") << QStringLiteral("https://a:b@clinic.example/") << false << QString();
    }
    void baseAddresses()
    {
        QFETCH(QString, base);
        QFETCH(bool, valid);
        QFETCH(QString, article);
        QString why;
        QCOMPARE(TakeHomeLink::isValidBase(QUrl(base), &why), valid);
        QCOMPARE(why.isEmpty(), valid);
        const TakeHomeLink link{QUrl(base)};
        QCOMPARE(link.isEnabled(), valid);
        const QUrl url = link.articleUrl(QStringLiteral("es"), QStringLiteral("side-effects"));
        QCOMPARE(url.toString(), article);
        QVERIFY(!url.hasQuery());
        QVERIFY(!url.hasFragment());
    }

    // Every page on the kiosk carries one code to its own exported page, and
    // the export has that page; the exported pages carry none.
    void everyArticleCodeLeadsToItsExportedPage()
    {
        const ArticleLibrary library = bundled(clinicSite());
        QTemporaryDir dir;
        QString error;
        QVERIFY2(!HtmlExporter::exportLibrary(library, dir.path(), &error).isEmpty(), qPrintable(error));
        static const QRegularExpression code(QStringLiteral("<svg class=\"qr-code\""));
        int pages = 0;
        for (const QString &language : library.languages()) {
            QVERIFY(QFile::exists(dir.filePath(TakeHomeLink::languageIndexPath(language))));
            for (const Article *article : library.allArticles(language)) {
                const QString page = library.pageHtml(article->id, language);
                QCOMPARE(page.count(code), 1);
                const QUrl url = clinicSite().articleUrl(language, article->id);
                const QString path = url.path().mid(QStringLiteral("/learn/").size());
                QVERIFY2(QFile::exists(dir.filePath(path)), qPrintable(path));
                QFile exported(dir.filePath(path));
                QVERIFY(exported.open(QIODevice::ReadOnly));
                QVERIFY(!QString::fromUtf8(exported.readAll()).contains(code));
                ++pages;
            }
        }
        QCOMPARE(pages, 40);
    }

    void withoutABaseNoPageHasACode()
    {
        const ArticleLibrary library = bundled();
        for (const QString &language : library.languages()) {
            for (const Article *article : library.allArticles(language))
                QVERIFY(!library.pageHtml(article->id, language).contains(QLatin1String("take-home")));
        }
    }

    void eachLanguageHasAnIndexOfItsOwnArticles()
    {
        const ArticleLibrary library = bundled();
        QTemporaryDir dir;
        QString error;
        QVERIFY(!HtmlExporter::exportLibrary(library, dir.path(), &error).isEmpty());
        QFile spanish(dir.filePath(QStringLiteral("es/index.html")));
        QVERIFY(spanish.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(spanish.readAll());
        QVERIFY(html.contains(QLatin1String("<html lang=\"es\">")));
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        QVERIFY(html.contains(QLatin1String("href=\"../article.css\"")));
        QCOMPARE(html.count(QLatin1String("<li><a href=")), 20);
        static const QRegularExpression link(QStringLiteral("<li><a href=\"([^\"]+)\""));
        for (auto it = link.globalMatch(html); it.hasNext();)
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("es/") + it.next().captured(1))));
        QFile top(dir.filePath(QStringLiteral("index.html")));
        QVERIFY(top.open(QIODevice::ReadOnly));
        const QString topHtml = QString::fromUtf8(top.readAll());
        QVERIFY(topHtml.contains(QLatin1String("href=\"es/index.html\"")));
        QVERIFY(topHtml.contains(QLatin1String("href=\"en/index.html\"")));
    }

    void questionsToAskGetAButtonEach()
    {
        const ArticleLibrary library = bundled();
        const Article *article = library.article(QStringLiteral("session-day"), QStringLiteral("en"));
        QVERIFY(article);
        const QString body = ArticleHtmlPage::bodyHtml(*article, library.clinicFacts());
        const QStringList questions = QuestionsToAsk::questions(body);
        QCOMPARE(questions.size(), 5);
        QCOMPARE(questions.first(), QStringLiteral("What should I eat and drink before my session, and when?"));
        const QString page = library.pageHtml(article->id, QStringLiteral("en"));
        QCOMPARE(page.count(QLatin1String("class=\"add-question\"")), 5);
        QVERIFY(page.contains(ContentUrl::question(QStringLiteral("en"), article->id, 4).toString()));
        // Only on the kiosk: the exported page has nothing to add to.
        const QString exported =
            ArticleHtmlPage::render(*article, nullptr, library.clinicFacts(), ArticleHtmlPage::Target::Export);
        QVERIFY(!exported.contains(QLatin1String("add-question")));
        const auto ref = ContentUrl::parseQuestion(ContentUrl::question(QStringLiteral("es"), article->id, 3));
        QVERIFY(ref);
        QCOMPARE(ref->index, 3);
        QCOMPARE(ref->articleId, article->id);
        QVERIFY(!ContentUrl::parseQuestion(QUrl(QStringLiteral("kiosk://content/question/es/x/-1"))));
    }

    void aPatientsListOfQuestions()
    {
        CareTeamQuestions list;
        QVERIFY(list.noteText(QStringLiteral("en")).isEmpty());
        QVERIFY(list.add(QStringLiteral("Can I drive home?"), QStringLiteral("en")));
        QVERIFY(!list.add(QStringLiteral("Can I drive home?"), QStringLiteral("en"))); // once is enough
        QVERIFY(!list.add(QStringLiteral("  "), QStringLiteral("en")));
        QVERIFY(list.add(QStringLiteral("¿Puedo comer antes?"), QStringLiteral("es")));
        QCOMPARE(list.noteText(QStringLiteral("es")),
                 QStringLiteral("Preguntas para su equipo de atención\n\n1. Can I drive home?\n2. ¿Puedo comer "
                                "antes?"));
        list.remove(0);
        QCOMPARE(list.count(), 1);
        // However many a patient adds, the note still fits one readable code.
        int added = 0;
        while (list.add(QStringLiteral("Question number %1 about my treatment plan?").arg(added), QStringLiteral("en")))
            ++added;
        QVERIFY(added > 5);
        QVERIFY(!QrCode::encode(list.noteText(QStringLiteral("es"))).isNull());
        list.clear();
        QVERIFY(list.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTakeHome)
#include "tst_takehome.moc"
