// The whole patient journey in the real window, driven by touch:
// attract -> disclaimer -> home -> topic -> article -> link -> back -> home.

#include "KioskWindow.h"
#include "TouchDriver.h"
#include "VisibleWidgets.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "screens/ReaderScreen.h"
#include "web/WebEngineSetup.h"
#include "widgets/TileButton.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineHistory>
#include <QWebEngineView>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

using Screen = SessionController::Screen;

class TestPatientJourney final : public QObject
{
    Q_OBJECT

private:
    ArticleLibrary m_library;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<TouchDriver> m_touch;
    std::unique_ptr<KioskWindow> m_window;

    template<typename T = QWidget>
    T *visible(const QString &objectName)
    {
        return visibleWidget<T>(m_window.get(), objectName);
    }

    void tap(const QString &objectName)
    {
        QVERIFY2(m_touch->tapVisible(m_window.get(), objectName),
                 qPrintable(QStringLiteral("no visible ") + objectName));
    }

    QString screenName() const { return m_window->currentScreen()->objectName(); }

    void waitForArticle(const QString &id)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->location().articleId, id, 5000);
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        const QString title = m_library.article(id, QStringLiteral("en"))->title;
        // The page that is shown really is this article.
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page).contains(title), 10000);
    }

    void openArticleByTouch(const QString &topic, const QString &article)
    {
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        tap(QStringLiteral("topicTile_") + topic);
        tap(QStringLiteral("articleTile_") + article);
        waitForArticle(article);
    }

private slots:
    void initTestCase()
    {
        m_content = std::make_unique<ContentStore>(QStringList{QStringLiteral(":/content")});
        m_library = ArticleLibrary::load({QStringLiteral(":/content")});
        QVERIFY(m_library.isUsable());
        m_touch = std::make_unique<TouchDriver>();
    }

    void init()
    {
        KioskConfig config;
        config.setValue(KioskConfig::Key::ClinicName, QStringLiteral("Riverside Clinic"));
        m_window = std::make_unique<KioskWindow>(m_content.get(), config);
        m_window->resize(1080, 1920);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void attractScreenInvitesATouch()
    {
        QCOMPARE(screenName(), QStringLiteral("attractScreen"));
        QCOMPARE(visible<QLabel>(QStringLiteral("clinicName"))->text(), QStringLiteral("Riverside Clinic"));
        QCOMPARE(visible<QPushButton>(QStringLiteral("beginButton"))->text(), QStringLiteral("Touch to begin"));
        QVERIFY(!visible<QLabel>(QStringLiteral("highlightTitle"))->text().isEmpty());
        QVERIFY(visible(QStringLiteral("language_en")));
        QVERIFY(visible(QStringLiteral("language_es")));
    }

    void highlightsRotateGently()
    {
        // A calm rotation: nothing changes within 5 s, then the next topic's highlight shows.
        const QString first = visible<QLabel>(QStringLiteral("highlightTitle"))->text();
        QTest::qWait(5000);
        QCOMPARE(visible<QLabel>(QStringLiteral("highlightTitle"))->text(), first);
        QTRY_VERIFY_WITH_TIMEOUT(visible<QLabel>(QStringLiteral("highlightTitle"))->text() != first, 5000);
    }

    void tapAnywhereOnAttractBegins()
    {
        m_touch->tapAt(m_window.get(), QPoint(540, 200));
        QCOMPARE(screenName(), QStringLiteral("disclaimerScreen"));
    }

    void fullJourneyByTouch()
    {
        tap(QStringLiteral("beginButton"));
        QCOMPARE(screenName(), QStringLiteral("disclaimerScreen"));
        const QString disclaimer = visible<QLabel>(QStringLiteral("disclaimerText"))->text();
        QVERIFY(disclaimer.contains(QLatin1String("not medical advice")));
        // The FDA approved ketamine for no psychiatric disorder; the disclaimer must not imply otherwise.
        QVERIFY(disclaimer.contains(QLatin1String("approved ketamine for no mental health condition")));
        QVERIFY(disclaimer.contains(QLatin1String("not an FDA-approved product")));
        QVERIFY(disclaimer.contains(QLatin1String("988")));
        QVERIFY(disclaimer.contains(QLatin1String("911")));

        tap(QStringLiteral("acknowledgeButton"));
        QCOMPARE(screenName(), QStringLiteral("homeScreen"));
        auto *featured = visible<TileButton>(QStringLiteral("featuredArticleTile"));
        QCOMPARE(featured->titleText(),
                 m_library.article(QStringLiteral("dissociative-state"), QStringLiteral("en"))->title);
        for (const char *topic : {"mechanism", "integration", "misconceptions", "safety"})
            QVERIFY2(visible(QStringLiteral("topicTile_%1").arg(QLatin1String(topic))), topic);

        tap(QStringLiteral("topicTile_safety"));
        QCOMPARE(screenName(), QStringLiteral("topicScreen"));
        auto *tile = visible<TileButton>(QStringLiteral("articleTile_side-effects"));
        QVERIFY(tile);
        QStringList tileTexts;
        for (QLabel *label : tile->findChildren<QLabel *>())
            tileTexts.append(label->text());
        QVERIFY2(tileTexts.join(QLatin1Char('|')).contains(QLatin1String("min read")),
                 qPrintable(tileTexts.join(QLatin1Char('|'))));

        m_touch->tap(tile);
        QCOMPARE(screenName(), QStringLiteral("readerScreen"));
        waitForArticle(QStringLiteral("side-effects"));
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        const QString text = WebPageProbe::plainText(page);
        QVERIFY(text.contains(QLatin1String("Sources")));
        QVERIFY(text.contains(QLatin1String("min read")));
        QVERIFY(visible(QStringLiteral("backButton")));
        QVERIFY(visible(QStringLiteral("homeButton")));

        tap(QStringLiteral("backButton"));
        QCOMPARE(screenName(), QStringLiteral("topicScreen"));
        tap(QStringLiteral("homeButton"));
        QCOMPARE(screenName(), QStringLiteral("homeScreen"));
    }

    void linkInsideArticleOpensInTheApp()
    {
        openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        // The first link in the body (not the "next" card) goes to another article.
        const QString selector = QStringLiteral("article > p a, article > ul a, article > ol a");
        const QString target =
            WebPageProbe::evaluate(page,
                                   QStringLiteral("document.querySelector('%1').getAttribute('href')").arg(selector))
                .toString();
        QVERIFY(m_library.article(target, QStringLiteral("en")));

        QWidget *input = m_window->readerScreen()->view()->focusProxy();
        QVERIFY(input);
        const QPoint link = WebPageProbe::centreOf(page, selector);
        QVERIFY(link.x() >= 0);
        m_touch->tapAt(input, link);
        waitForArticle(target);
        QCOMPARE(screenName(), QStringLiteral("readerScreen"));

        // Back returns to the article the link was in, inside the app.
        tap(QStringLiteral("backButton"));
        waitForArticle(QStringLiteral("side-effects"));
        // The page itself keeps no history a gesture could step back through.
        QVERIFY(!m_window->readerScreen()->view()->history()->canGoBack());
    }

    void nextLinkContinuesTheTopic()
    {
        openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        const QString expected = m_library.nextArticle(QStringLiteral("side-effects"), QStringLiteral("en"))->id;
        QCOMPARE(expected, QStringLiteral("who-should-not-have-ketamine"));
        QWidget *input = m_window->readerScreen()->view()->focusProxy();
        m_touch->tapAt(input, WebPageProbe::centreOf(page, QStringLiteral("nav.next a")));
        waitForArticle(expected);
    }

    // From one article to the next the reader puts the new article into the
    // page already open (no navigation, for speed). The patient must not be
    // able to tell: the new article from its top, the reading aids kept, its
    // links resolving as its own, its language's words. (No bundled article
    // has an image; images resolve by the same rule as links.)
    void nextArticleIsSwappedIntoTheOpenPage()
    {
        openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        auto *page = m_window->readerScreen()->view()->page();
        tap(QStringLiteral("highContrastButton"));
        tap(QStringLiteral("textLargerButton"));
        const qreal zoom = page->zoomFactor();
        QVERIFY(zoom > 1.0);
        QWidget *input = m_window->readerScreen()->view()->focusProxy();
        // The patient has read down to the "next" card at the end.
        WebPageProbe::centreOf(page, QStringLiteral("nav.next a"));
        QTRY_VERIFY(WebPageProbe::evaluate(page, QStringLiteral("window.scrollY")).toInt() > 500);
        // Marks this document: a navigation would replace it with one without the mark.
        const QString marked = QStringLiteral("document.documentElement.dataset.probe === 'same-document'");
        WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.dataset.probe = 'same-document'"));
        QVERIFY(WebPageProbe::evaluate(page, marked).toBool());

        m_touch->tapAt(input, WebPageProbe::centreOf(page, QStringLiteral("nav.next a")));
        const QString expected = QStringLiteral("who-should-not-have-ketamine");
        waitForArticle(expected);
        QVERIFY(WebPageProbe::evaluate(page, marked).toBool()); // swapped in, not loaded
        const QString text = WebPageProbe::plainText(page);
        QVERIFY(!text.contains(m_library.article(QStringLiteral("side-effects"), QStringLiteral("en"))->title));
        QCOMPARE(WebPageProbe::evaluate(page, QStringLiteral("window.scrollY")).toInt(), 0);
        QCOMPARE(WebPageProbe::evaluate(page, QStringLiteral("document.title")).toString(),
                 m_library.article(expected, QStringLiteral("en"))->title);
        QVERIFY(
            WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.classList.contains('high-contrast')"))
                .toBool());
        QCOMPARE(page->zoomFactor(), zoom);
        QCOMPARE(page->url(), QUrl(QStringLiteral("kiosk://content/article/en/") + expected));
        QVERIFY(!m_window->readerScreen()->view()->history()->canGoBack());

        // A link inside the swapped article opens its own target.
        const QString selector = QStringLiteral("article > p a, article > ul a, article > ol a");
        const QString target =
            WebPageProbe::evaluate(page,
                                   QStringLiteral("document.querySelector('%1').getAttribute('href')").arg(selector))
                .toString();
        QVERIFY(m_library.article(target, QStringLiteral("en")));
        m_touch->tapAt(input, WebPageProbe::centreOf(page, selector));
        waitForArticle(target);
        QVERIFY(WebPageProbe::evaluate(page, marked).toBool());

        // The language switch swaps in the Spanish article, with Spanish words.
        tap(QStringLiteral("readerLanguageButton"));
        const QString spanishTitle = m_library.article(target, QStringLiteral("es"))->title;
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page).contains(spanishTitle), 10000);
        QVERIFY(WebPageProbe::plainText(page).contains(QLatin1String("Fuentes")));
        QCOMPARE(WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.lang")).toString(),
                 QStringLiteral("es"));
        QCOMPARE(page->url(), QUrl(QStringLiteral("kiosk://content/article/es/") + target));
        QVERIFY(WebPageProbe::evaluate(page, marked).toBool());
    }

    void featuredArticleOpensFromHome()
    {
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        tap(QStringLiteral("featuredArticleTile"));
        waitForArticle(QStringLiteral("dissociative-state"));
        tap(QStringLiteral("homeButton"));
        tap(QStringLiteral("featuredTopicButton"));
        QCOMPARE(screenName(), QStringLiteral("topicScreen"));
        QVERIFY(visible(QStringLiteral("articleTile_difficult-experiences")));
    }

    void clinicCanReplaceTheDisclaimer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("disclaimer.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Our clinic's own words come first.\n\nCall us at 555-0100 with questions.\n");
        file.close();
        KioskConfig config;
        config.setValue(KioskConfig::Key::DisclaimerFile, path);
        m_window = std::make_unique<KioskWindow>(m_content.get(), config);
        m_window->resize(1080, 1920);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        tap(QStringLiteral("beginButton"));
        const QString text = visible<QLabel>(QStringLiteral("disclaimerText"))->text();
        QVERIFY(text.contains(QLatin1String("Our clinic&#x27;s own words come first."))
                || text.contains(QLatin1String("Our clinic's own words come first.")));
        QVERIFY(text.contains(QLatin1String("555-0100")));
        QVERIFY(!text.contains(QLatin1String("compounding pharmacy")));
    }

    void disclaimerBackReturnsToAttract()
    {
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("disclaimerBackButton"));
        QCOMPARE(screenName(), QStringLiteral("attractScreen"));
    }

    void imDoneEndsTheSession()
    {
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        QTest::ignoreMessage(QtInfoMsg, "reset: patient finished");
        tap(QStringLiteral("finishButton"));
        QCOMPARE(screenName(), QStringLiteral("attractScreen"));
        tap(QStringLiteral("beginButton"));
        QCOMPARE(screenName(), QStringLiteral("disclaimerScreen"));
    }

    void spanishArticlesWhenChosen()
    {
        tap(QStringLiteral("language_es"));
        QCOMPARE(m_window->session()->language(), QStringLiteral("es"));
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        auto *featured = visible<TileButton>(QStringLiteral("featuredArticleTile"));
        QCOMPARE(featured->titleText(),
                 m_library.article(QStringLiteral("dissociative-state"), QStringLiteral("es"))->title);
        m_touch->tap(featured);
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        const QString title = m_library.article(QStringLiteral("dissociative-state"), QStringLiteral("es"))->title;
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page).contains(title), 10000);
        QVERIFY(WebPageProbe::plainText(page).contains(QLatin1String("Fuentes")));
    }

    // Every control a patient can touch is at least 48x48 px and 8 px from
    // its neighbours, on every screen, in both reference orientations.
    void touchTargetsAreLargeAndApart_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("portrait 1080x1920") << QSize(1080, 1920);
        QTest::newRow("landscape 1920x1080") << QSize(1920, 1080);
    }

    void touchTargetsAreLargeAndApart()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        QTest::qWait(50);
        auto checkScreen = [&](const QString &screen) {
            QTest::qWait(50);
            QList<QRect> rects;
            for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
                if (!b->isVisible() || b->visibleRegion().isEmpty())
                    continue; // hidden, or scrolled out of a list
                const QRect r(b->mapTo(m_window.get(), QPoint(0, 0)), b->size());
                QVERIFY2(r.width() >= 48 && r.height() >= 48, qPrintable(QStringLiteral("%1 on %2 is %3x%4")
                                                                             .arg(b->objectName(), screen)
                                                                             .arg(r.width())
                                                                             .arg(r.height())));
                QVERIFY2(QRect(QPoint(0, 0), size).intersects(r),
                         qPrintable(QStringLiteral("%1 on %2 is off screen").arg(b->objectName(), screen)));
                for (const QRect &other : std::as_const(rects))
                    QVERIFY2(!other.adjusted(-8, -8, 8, 8).intersects(r),
                             qPrintable(QStringLiteral("%1 on %2 is closer than 8 px to another control")
                                            .arg(b->objectName(), screen)));
                rects.append(r);
            }
            QVERIFY2(!rects.isEmpty(), qPrintable(screen));
        };
        checkScreen(QStringLiteral("attract"));
        tap(QStringLiteral("beginButton"));
        checkScreen(QStringLiteral("disclaimer"));
        tap(QStringLiteral("acknowledgeButton"));
        checkScreen(QStringLiteral("home"));
        tap(QStringLiteral("topicTile_safety"));
        checkScreen(QStringLiteral("topic"));
        tap(QStringLiteral("articleTile_side-effects"));
        checkScreen(QStringLiteral("reader"));
    }
};

QTEST_MAIN(TestPatientJourney)
#include "tst_patientjourney.moc"
