// The whole patient journey in the real window, driven by touch:
// attract -> disclaimer -> home -> topic -> article -> link -> back -> home.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "screens/AttractScreen.h"
#include "screens/ReaderScreen.h"
#include "web/WebEngineSetup.h"
#include "widgets/TileButton.h"

#include <QAbstractButton>
#include <QFile>
#include <QGraphicsOpacityEffect>
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
    KioskWindowFixture m_kiosk;

private slots:
    void initTestCase()
    {
        m_library = ArticleLibrary::load({QStringLiteral(":/content")});
        QVERIFY(m_library.isUsable());
    }

    void init()
    {
        KioskConfig config;
        config.setValue(KioskConfig::Key::ClinicName, QStringLiteral("Riverside Clinic"));
        QVERIFY(m_kiosk.open({config}));
    }

    void cleanup() { m_kiosk.closeWindow(); }

    void attractScreenInvitesATouch()
    {
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("attractScreen"));
        QCOMPARE(m_kiosk.visible<QLabel>(QStringLiteral("clinicName"))->text(), QStringLiteral("Riverside Clinic"));
        // Bilingual, as hospital check-in kiosks open: the invitation in both
        // languages and two equal buttons, each in its own words.
        auto *english = m_kiosk.visible<QPushButton>(QStringLiteral("beginButton_en"));
        auto *spanish = m_kiosk.visible<QPushButton>(QStringLiteral("beginButton_es"));
        QVERIFY(english && spanish);
        QCOMPARE(english->text(), QStringLiteral("Touch to begin"));
        QCOMPARE(spanish->text(), QStringLiteral("Toque para comenzar"));
        QCOMPARE(english->size(), spanish->size());
        QVERIFY(english->height() >= 160);
        QVERIFY(m_kiosk.visible<QLabel>(QStringLiteral("invitation_en"))->text().contains(QLatin1String("Learn")));
        QVERIFY(m_kiosk.visible<QLabel>(QStringLiteral("invitation_es"))->text().contains(QLatin1String("Conozca")));
        QVERIFY(!m_kiosk.visible<QLabel>(QStringLiteral("highlightTitle"))->text().isEmpty());
        QVERIFY(!m_kiosk.visible<QLabel>(QStringLiteral("highlightTitle_es"))->text().isEmpty());
    }

    void highlightsRotateGently()
    {
        // A calm rotation: nothing changes within 5 s, then the next topic's highlight shows.
        const QString first = m_kiosk.visible<QLabel>(QStringLiteral("highlightTitle"))->text();
        auto *attract = m_kiosk.window()->findChild<AttractScreen *>();
        QVERIFY(attract);
        const QLabel *clinicName = m_kiosk.visible<QLabel>(QStringLiteral("clinicName"));
        const QPoint namePlace = clinicName->mapTo(m_kiosk.window(), QPoint(0, 0));
        const QImage firstDrawing = m_kiosk.visible<QLabel>(QStringLiteral("highlightIcon"))->pixmap().toImage();
        QVERIFY(!firstDrawing.isNull()); // the highlighted topic's drawing
        QTest::qWait(5000);
        QCOMPARE(m_kiosk.visible<QLabel>(QStringLiteral("highlightTitle"))->text(), first);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.visible<QLabel>(QStringLiteral("highlightTitle"))->text() != first, 5000);
        // The next topic's drawing, faded in rather than switched.
        QVERIFY(m_kiosk.visible<QLabel>(QStringLiteral("highlightIcon"))->pixmap().toImage() != firstDrawing);
        auto *fade = qobject_cast<QGraphicsOpacityEffect *>(m_kiosk.visible<QLabel>(QStringLiteral("highlightTitle"))
                                                                ->parentWidget()
                                                                ->parentWidget()
                                                                ->graphicsEffect());
        QVERIFY(fade);
        QVERIFY2(fade->opacity() < 1.0, "the new highlight did not fade in");
        QTRY_COMPARE_WITH_TIMEOUT(fade->opacity(), 1.0, AttractScreen::FadeMs * 3);
        // And the whole screen drifted a few pixels: no pixel shows the same all day.
        const QPoint drift = attract->drift();
        QVERIFY(drift != QPoint(0, 0));
        QVERIFY(std::abs(drift.x()) <= AttractScreen::DriftPixels && std::abs(drift.y()) <= AttractScreen::DriftPixels);
        QTRY_COMPARE(clinicName->mapTo(m_kiosk.window(), QPoint(0, 0)).y(), namePlace.y() + drift.y());
    }

    void tapAnywhereOnAttractBegins()
    {
        m_kiosk.touch().tapAt(m_kiosk.window(), QPoint(540, 200));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("disclaimerScreen"));
    }

    void fullJourneyByTouch()
    {
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("disclaimerScreen"));
        const QString disclaimer = m_kiosk.visible<QLabel>(QStringLiteral("disclaimerText"))->text();
        QVERIFY(disclaimer.contains(QLatin1String("not medical advice")));
        // The FDA approved ketamine for no psychiatric disorder; the disclaimer must not imply otherwise.
        QVERIFY(disclaimer.contains(QLatin1String("approved ketamine for no mental health condition")));
        QVERIFY(disclaimer.contains(QLatin1String("not an FDA-approved product")));
        QVERIFY(disclaimer.contains(QLatin1String("988")));
        QVERIFY(disclaimer.contains(QLatin1String("911")));

        m_kiosk.tap(QStringLiteral("acknowledgeButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
        auto *featured = m_kiosk.visible<TileButton>(QStringLiteral("featuredArticleTile"));
        QCOMPARE(featured->titleText(),
                 m_library.article(QStringLiteral("dissociative-state"), QStringLiteral("en"))->title);
        for (const char *topic : {"mechanism", "integration", "misconceptions", "safety"})
            QVERIFY2(m_kiosk.visible(QStringLiteral("topicTile_%1").arg(QLatin1String(topic))), topic);

        m_kiosk.tap(QStringLiteral("topicTile_safety"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("topicScreen"));
        auto *tile = m_kiosk.visible<TileButton>(QStringLiteral("articleTile_side-effects"));
        QVERIFY(tile);
        QStringList tileTexts;
        for (QLabel *label : tile->findChildren<QLabel *>())
            tileTexts.append(label->text());
        QVERIFY2(tileTexts.join(QLatin1Char('|')).contains(QLatin1String("min read")),
                 qPrintable(tileTexts.join(QLatin1Char('|'))));

        m_kiosk.touch().tap(tile);
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("readerScreen"));
        m_kiosk.waitForArticle(QStringLiteral("side-effects"));
        QWebEnginePage *page = m_kiosk.page();
        const QString text = WebPageProbe::plainText(page);
        QVERIFY(text.contains(QLatin1String("Sources")));
        QVERIFY(text.contains(QLatin1String("min read")));
        QVERIFY(m_kiosk.visible(QStringLiteral("backButton")));
        QVERIFY(m_kiosk.visible(QStringLiteral("homeButton")));

        m_kiosk.tap(QStringLiteral("backButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("topicScreen"));
        m_kiosk.tap(QStringLiteral("homeButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
    }

    void linkInsideArticleOpensInTheApp()
    {
        m_kiosk.openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        QWebEnginePage *page = m_kiosk.page();
        // The first link in the body (not the "next" card, not a glossary
        // word) goes to another article.
        const QString selector =
            QStringLiteral("article > p a:not(.term), article > ul a:not(.term), article > ol a:not(.term)");
        const QString target =
            WebPageProbe::evaluate(page,
                                   QStringLiteral("document.querySelector('%1').getAttribute('href')").arg(selector))
                .toString();
        QVERIFY(m_library.article(target, QStringLiteral("en")));

        QWidget *input = m_kiosk.webInput();
        QVERIFY(input);
        const QPoint link = WebPageProbe::centreOf(page, selector);
        QVERIFY(link.x() >= 0);
        m_kiosk.touch().tapAt(input, link);
        m_kiosk.waitForArticle(target);
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("readerScreen"));

        // Back returns to the article the link was in, inside the app.
        m_kiosk.tap(QStringLiteral("backButton"));
        m_kiosk.waitForArticle(QStringLiteral("side-effects"));
        // The page itself keeps no history a gesture could step back through.
        QVERIFY(!m_kiosk.window()->readerScreen()->view()->history()->canGoBack());
    }

    void nextLinkContinuesTheTopic()
    {
        m_kiosk.openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        QWebEnginePage *page = m_kiosk.page();
        const QString expected = m_library.nextArticle(QStringLiteral("side-effects"), QStringLiteral("en"))->id;
        QCOMPARE(expected, QStringLiteral("who-should-not-have-ketamine"));
        QWidget *input = m_kiosk.webInput();
        m_kiosk.touch().tapAt(input, WebPageProbe::centreOf(page, QStringLiteral("nav.next a")));
        m_kiosk.waitForArticle(expected);
    }

    // From one article to the next the reader puts the new article into the
    // page already open (no navigation, for speed). The patient must not be
    // able to tell: the new article from its top, the reading aids kept, its
    // links resolving as its own, its language's words. (No bundled article
    // has an image; images resolve by the same rule as links.)
    void nextArticleIsSwappedIntoTheOpenPage()
    {
        m_kiosk.openArticleByTouch(QStringLiteral("safety"), QStringLiteral("side-effects"));
        auto *page = m_kiosk.page();
        m_kiosk.tap(QStringLiteral("highContrastButton"));
        m_kiosk.tap(QStringLiteral("textLargerButton"));
        const qreal zoom = page->zoomFactor();
        QVERIFY(zoom > 1.0);
        QWidget *input = m_kiosk.webInput();
        // The patient has read down to the "next" card at the end.
        WebPageProbe::centreOf(page, QStringLiteral("nav.next a"));
        QTRY_VERIFY(WebPageProbe::evaluate(page, QStringLiteral("window.scrollY")).toInt() > 500);
        // Marks this document: a navigation would replace it with one without the mark.
        const QString marked = QStringLiteral("document.documentElement.dataset.probe === 'same-document'");
        WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.dataset.probe = 'same-document'"));
        QVERIFY(WebPageProbe::evaluate(page, marked).toBool());

        m_kiosk.touch().tapAt(input, WebPageProbe::centreOf(page, QStringLiteral("nav.next a")));
        const QString expected = QStringLiteral("who-should-not-have-ketamine");
        m_kiosk.waitForArticle(expected);
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
        QVERIFY(!m_kiosk.window()->readerScreen()->view()->history()->canGoBack());

        // A link inside the swapped article opens its own target.
        const QString selector =
            QStringLiteral("article > p a:not(.term), article > ul a:not(.term), article > ol a:not(.term)");
        const QString target =
            WebPageProbe::evaluate(page,
                                   QStringLiteral("document.querySelector('%1').getAttribute('href')").arg(selector))
                .toString();
        QVERIFY(m_library.article(target, QStringLiteral("en")));
        m_kiosk.touch().tapAt(input, WebPageProbe::centreOf(page, selector));
        m_kiosk.waitForArticle(target);
        QVERIFY(WebPageProbe::evaluate(page, marked).toBool());

        // The language switch swaps in the Spanish article, with Spanish words.
        m_kiosk.tap(QStringLiteral("readerLanguageButton"));
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
        m_kiosk.passDisclaimer();
        m_kiosk.tap(QStringLiteral("featuredArticleTile"));
        m_kiosk.waitForArticle(QStringLiteral("dissociative-state"));
        m_kiosk.tap(QStringLiteral("homeButton"));
        m_kiosk.tap(QStringLiteral("featuredTopicButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("topicScreen"));
        QVERIFY(m_kiosk.visible(QStringLiteral("articleTile_difficult-experiences")));
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
        QVERIFY(m_kiosk.open({config}));
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        const QString text = m_kiosk.visible<QLabel>(QStringLiteral("disclaimerText"))->text();
        QVERIFY(text.contains(QLatin1String("Our clinic&#x27;s own words come first."))
                || text.contains(QLatin1String("Our clinic's own words come first.")));
        QVERIFY(text.contains(QLatin1String("555-0100")));
        QVERIFY(!text.contains(QLatin1String("compounding pharmacy")));
    }

    void disclaimerBackReturnsToAttract()
    {
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        m_kiosk.tap(QStringLiteral("disclaimerBackButton"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("attractScreen"));
    }

    void imDoneEndsTheSession()
    {
        m_kiosk.passDisclaimer();
        QTest::ignoreMessage(QtInfoMsg, "reset: patient finished");
        m_kiosk.finishByTouch();
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("attractScreen"));
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("disclaimerScreen"));
    }

    void spanishArticlesWhenChosen()
    {
        m_kiosk.tap(QStringLiteral("beginButton_es"));
        QCOMPARE(m_kiosk.window()->session()->language(), QStringLiteral("es"));
        m_kiosk.tap(QStringLiteral("acknowledgeButton"));
        auto *featured = m_kiosk.visible<TileButton>(QStringLiteral("featuredArticleTile"));
        QCOMPARE(featured->titleText(),
                 m_library.article(QStringLiteral("dissociative-state"), QStringLiteral("es"))->title);
        m_kiosk.touch().tap(featured);
        QWebEnginePage *page = m_kiosk.page();
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
        m_kiosk.window()->resize(size);
        QTest::qWait(50);
        auto checkScreen = [&](const QString &screen) {
            QTest::qWait(50);
            QList<QRect> rects;
            for (QAbstractButton *b : m_kiosk.window()->findChildren<QAbstractButton *>()) {
                if (!b->isVisible() || b->visibleRegion().isEmpty())
                    continue; // hidden, or scrolled out of a list
                const QRect r(b->mapTo(m_kiosk.window(), QPoint(0, 0)), b->size());
                QVERIFY2(r.width() >= 48 && r.height() >= 48, qPrintable(QStringLiteral("%1 on %2 is %3x%4")
                                                                             .arg(b->objectName(), screen)
                                                                             .arg(r.width())
                                                                             .arg(r.height())));
                QVERIFY2(QRect(QPoint(0, 0), size).intersects(r),
                         qPrintable(QStringLiteral("%1 on %2 is off screen").arg(b->objectName(), screen)));
                // Spacing counts what a finger can reach: the part on screen (a
                // tile scrolled half under the help line is only half there).
                const QRect shown = b->visibleRegion().boundingRect().translated(r.topLeft());
                for (const QRect &other : std::as_const(rects))
                    QVERIFY2(!other.adjusted(-8, -8, 8, 8).intersects(shown),
                             qPrintable(QStringLiteral("%1 on %2 is closer than 8 px to another control")
                                            .arg(b->objectName(), screen)));
                rects.append(shown);
            }
            QVERIFY2(!rects.isEmpty(), qPrintable(screen));
        };
        m_kiosk.walkEveryScreen(checkScreen);
    }
};

QTEST_MAIN(TestPatientJourney)
#include "tst_patientjourney.moc"
