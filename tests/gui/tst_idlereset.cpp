// Idle warning and reset in the real window: the warning appears, "I'm still
// here" keeps the session any number of times, and at zero the kiosk returns
// to the attract screen with nothing of the patient left.

#include "KioskWindow.h"
#include "TouchDriver.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "content/ContentUrl.h"
#include "screens/IdleWarningOverlay.h"
#include "screens/ReaderScreen.h"
#include "session/IdleMonitor.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"
#include "web/WebEngineSetup.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QQuickWidget>
#include <QTest>
#include <QWebEngineHistory>
#include <QWebEngineView>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

class TestIdleReset final : public QObject
{
    Q_OBJECT

private:
    ArticleLibrary m_library;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<TouchDriver> m_touch;
    std::unique_ptr<KioskWindow> m_window;

    void startWindow(double idleSeconds, double warningSeconds)
    {
        KioskConfig config;
        config.setValue(KioskConfig::Key::IdleTimeoutSeconds, idleSeconds);
        config.setValue(KioskConfig::Key::IdleWarningSeconds, warningSeconds);
        m_window = std::make_unique<KioskWindow>(m_content.get(), config);
        m_window->resize(1080, 1920);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void tap(const QString &name) { QVERIFY2(m_touch->tapVisible(m_window.get(), name), qPrintable(name)); }

    QString screenName() const { return m_window->currentScreen()->objectName(); }

    void openFeaturedArticle()
    {
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        tap(QStringLiteral("featuredArticleTile"));
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        const QString title = m_library.article(QStringLiteral("dissociative-state"), QStringLiteral("en"))->title;
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page).contains(title), 10000);
    }

    bool warningVisible() const { return m_window->idleWarning()->isVisible(); }

private slots:
    void initTestCase()
    {
        m_content = std::make_unique<ContentStore>(QStringList{QStringLiteral(":/content")});
        m_library = ArticleLibrary::load({QStringLiteral(":/content")});
        QVERIFY(m_library.isUsable());
        m_touch = std::make_unique<TouchDriver>();
    }

    void cleanup() { m_window.reset(); }

    void attractScreenNeverTimesOut()
    {
        startWindow(0.2, 0.5);
        QTest::qWait(1200);
        QVERIFY(!warningVisible());
        QCOMPARE(screenName(), QStringLiteral("attractScreen"));
    }

    void warningStillHereThenFullReset()
    {
        startWindow(0.8, 2.0);
        openFeaturedArticle();
        KioskWebPage *firstPage = m_window->webSession()->page();

        // "I'm still here" works any number of times.
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(warningVisible(), 5000);
            const QString countdown = m_window->idleWarning()->countdownText();
            QVERIFY2(countdown.contains(QLatin1String("second")), qPrintable(countdown));
            tap(QStringLiteral("stillHereButton"));
            QVERIFY(!warningVisible());
            QCOMPARE(screenName(), QStringLiteral("readerScreen"));
        }

        QTest::ignoreMessage(QtInfoMsg, "reset: idle timeout");
        QTRY_VERIFY_WITH_TIMEOUT(warningVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(screenName(), QStringLiteral("attractScreen"), 6000);
        QVERIFY(!warningVisible());

        // Nothing of the previous patient remains.
        SessionController *session = m_window->session();
        QCOMPARE(session->historyDepth(), 0);
        QVERIFY(!session->disclaimerAcknowledged());
        KioskWebPage *freshPage = m_window->webSession()->page();
        QVERIFY(freshPage != firstPage);
        QCOMPARE(m_window->readerScreen()->view()->page(), freshPage);
        // It holds no article: at most the empty standby page, made ready
        // for the next patient's first article.
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(freshPage, QStringLiteral("location.href")).toUrl(),
                                  ContentUrl::standby(), 5000);
        QCOMPARE(WebPageProbe::plainText(freshPage).trimmed(), QString());
        for (const QWebEngineHistoryItem &item : freshPage->history()->items())
            QVERIFY2(!ContentUrl::parseArticle(item.url()), qPrintable(item.url().toString()));
        QVERIFY(!freshPage->history()->canGoBack());

        // The next patient starts at the disclaimer again.
        tap(QStringLiteral("beginButton"));
        QCOMPARE(screenName(), QStringLiteral("disclaimerScreen"));
    }

    // The reset leaves the next patient's page ready (an empty standby
    // page in the new profile), and the first article is put into it: the
    // same quick path as every later article.
    void firstArticleOfTheNextPatientGoesIntoTheReadyPage()
    {
        startWindow(60.0, 10.0);
        openFeaturedArticle();
        QTest::ignoreMessage(QtInfoMsg, "reset: patient finished");
        m_window->session()->resetToAttract(QStringLiteral("patient finished"));
        KioskWebPage *page = m_window->webSession()->page();
        // The document itself, not just the address asked for (url() changes at once).
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(page, QStringLiteral("location.href")).toUrl(),
                                  ContentUrl::standby(), 5000);
        WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.dataset.probe = 'standby'"));

        openFeaturedArticle();
        QCOMPARE(m_window->webSession()->page(), page);
        QCOMPARE(WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.dataset.probe")).toString(),
                 QStringLiteral("standby"));
        QCOMPARE(page->url(), ContentUrl::article(QStringLiteral("en"), QStringLiteral("dissociative-state")));
    }

    void tapOnDimmedAreaAlsoKeepsSession()
    {
        startWindow(0.5, 5.0);
        openFeaturedArticle();
        QTRY_VERIFY_WITH_TIMEOUT(warningVisible(), 5000);
        m_touch->tapAt(m_window.get(), QPoint(40, 1880));
        QVERIFY(!warningVisible());
        QCOMPARE(screenName(), QStringLiteral("readerScreen"));
    }

    void touchScrollInsideTheArticleCountsAsActivity()
    {
        startWindow(1.0, 5.0);
        openFeaturedArticle();
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        QWidget *input = m_window->readerScreen()->view()->focusProxy();
        QVERIFY(input);

        // Keep reading by dragging the article up, for well over the idle timeout.
        QElapsedTimer clock;
        clock.start();
        bool warned = false;
        while (clock.elapsed() < 3000) {
            m_touch->drag(input, QPoint(500, 1400), QPoint(500, 1250), 6);
            warned = warned || warningVisible();
            QTest::qWait(150);
        }
        QVERIFY2(!warned, "the idle warning appeared while the patient was scrolling the article");
        // The touches really reached the page: it scrolled.
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::evaluate(page, QStringLiteral("window.scrollY")).toInt() > 0, 3000);

        // And once the finger stops, the warning does come.
        QTRY_VERIFY_WITH_TIMEOUT(warningVisible(), 4000);
    }

    void hoverIsNotActivity()
    {
        startWindow(0.8, 5.0);
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        QElapsedTimer clock;
        clock.start();
        // A resting mouse that moves without a button, and enter/leave
        // from screen switches, must not keep an empty kiosk awake.
        while (!warningVisible() && clock.elapsed() < 4000) {
            QTest::mouseMove(m_window.get(), QPoint(100 + int(clock.elapsed() % 400), 600));
            QEvent enter(QEvent::Enter);
            QCoreApplication::sendEvent(m_window->currentScreen(), &enter);
            QTest::qWait(50);
        }
        QVERIFY(warningVisible());
        QVERIFY(clock.elapsed() < 3000);
    }

    // Each patient's page draws through its own surface (a QQuickWidget
    // holding two full-size frames, about 15 MB). A day of patients must not
    // pile them up: the old one goes with the old page (WebEngine deletes it
    // later, from the event loop).
    void patientsInARowLeaveOneDrawingSurface()
    {
        startWindow(60, 30);
        for (int patient = 0; patient < 4; ++patient) {
            openFeaturedArticle();
            QTest::ignoreMessage(QtInfoMsg, "reset: test");
            m_window->session()->resetToAttract(QStringLiteral("test"));
        }
        openFeaturedArticle();
        QWebEngineView *view = m_window->readerScreen()->view();
        QTRY_COMPARE_WITH_TIMEOUT(view->findChildren<QQuickWidget *>().size(), 1, 3000);
        // The one left is the one the patient sees, and it answers touch.
        QQuickWidget *surface = view->findChild<QQuickWidget *>();
        QCOMPARE(static_cast<QWidget *>(surface), view->focusProxy());
        QVERIFY(surface->isVisible());
        int allSurfaces = 0;
        for (QWidget *widget : QApplication::allWidgets())
            allSurfaces += qobject_cast<QQuickWidget *>(widget) ? 1 : 0;
        QCOMPARE(allSurfaces, 1);
    }

    void resetLeavesNoWebStorage()
    {
        startWindow(60, 30);
        openFeaturedArticle();
        QWebEnginePage *page = m_window->readerScreen()->view()->page();
        WebPageProbe::evaluate(page,
                               QStringLiteral("try { localStorage.setItem('patient', 'previous'); } catch (e) {}"));
        const QVariant before = WebPageProbe::evaluate(
            page, QStringLiteral("try { localStorage.getItem('patient') } catch (e) { 'unavailable' }"));

        qInfo() << "web storage before the reset:" << before;
        m_window->session()->resetToAttract(QStringLiteral("test"));
        openFeaturedArticle();
        QWebEnginePage *next = m_window->readerScreen()->view()->page();
        QVERIFY(next != page);
        const QVariant after = WebPageProbe::evaluate(
            next, QStringLiteral("try { localStorage.getItem('patient') } catch (e) { 'unavailable' }"));
        if (before.toString() == QLatin1String("previous"))
            QVERIFY2(after.isNull() || after.toString() != QLatin1String("previous"), qPrintable(after.toString()));
        else
            QCOMPARE(after.toString(), QStringLiteral("unavailable")); // no storage on the scheme at all
    }
};

QTEST_MAIN(TestIdleReset)
#include "tst_idlereset.moc"
