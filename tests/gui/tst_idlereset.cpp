// Idle warning and reset in the real window: the warning appears, "I'm still
// here" keeps the session any number of times, and at zero the kiosk returns
// to the attract screen with nothing of the patient left.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
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
    KioskWindowFixture m_kiosk;

    void startWindow(double idleSeconds, double warningSeconds)
    {
        KioskConfig config;
        config.setValue(KioskConfig::Key::IdleTimeoutSeconds, idleSeconds);
        config.setValue(KioskConfig::Key::IdleWarningSeconds, warningSeconds);
        QVERIFY(m_kiosk.open({config}));
    }

    void openFeaturedArticle()
    {
        m_kiosk.passDisclaimer();
        m_kiosk.tap(QStringLiteral("featuredArticleTile"));
        m_kiosk.waitForArticle(QStringLiteral("dissociative-state"));
    }

    bool warningVisible() const { return m_kiosk.window()->idleWarning()->isVisible(); }

private slots:
    void cleanup() { m_kiosk.closeWindow(); }

    void attractScreenNeverTimesOut()
    {
        startWindow(0.2, 0.5);
        QTest::qWait(1200);
        QVERIFY(!warningVisible());
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("attractScreen"));
    }

    void warningStillHereThenFullReset()
    {
        startWindow(0.8, 2.0);
        openFeaturedArticle();
        KioskWebPage *firstPage = m_kiosk.window()->webSession()->page();

        // "I'm still here" works any number of times.
        for (int i = 0; i < 3; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(warningVisible(), 5000);
            const QString countdown = m_kiosk.window()->idleWarning()->countdownText();
            QVERIFY2(countdown.contains(QLatin1String("second")), qPrintable(countdown));
            m_kiosk.tap(QStringLiteral("stillHereButton"));
            QVERIFY(!warningVisible());
            QCOMPARE(m_kiosk.screenName(), QStringLiteral("readerScreen"));
        }

        QTest::ignoreMessage(QtInfoMsg, "reset: idle timeout");
        QTRY_VERIFY_WITH_TIMEOUT(warningVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk.screenName(), QStringLiteral("attractScreen"), 6000);
        QVERIFY(!warningVisible());

        // Nothing of the previous patient remains.
        SessionController *session = m_kiosk.window()->session();
        QCOMPARE(session->historyDepth(), 0);
        QVERIFY(!session->disclaimerAcknowledged());
        KioskWebPage *freshPage = m_kiosk.window()->webSession()->page();
        QVERIFY(freshPage != firstPage);
        QCOMPARE(m_kiosk.page(), freshPage);
        // It holds no article: at most the empty standby page, made ready
        // for the next patient's first article.
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(freshPage, QStringLiteral("location.href")).toUrl(),
                                  ContentUrl::standby(), 5000);
        QCOMPARE(WebPageProbe::plainText(freshPage).trimmed(), QString());
        for (const QWebEngineHistoryItem &item : freshPage->history()->items())
            QVERIFY2(!ContentUrl::parseArticle(item.url()), qPrintable(item.url().toString()));
        QVERIFY(!freshPage->history()->canGoBack());

        // The next patient starts at the disclaimer again.
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("disclaimerScreen"));
    }

    // The reset leaves the next patient's page ready (an empty standby
    // page in the new profile), and the first article is put into it: the
    // same quick path as every later article.
    void firstArticleOfTheNextPatientGoesIntoTheReadyPage()
    {
        startWindow(60.0, 10.0);
        openFeaturedArticle();
        QTest::ignoreMessage(QtInfoMsg, "reset: patient finished");
        m_kiosk.window()->session()->resetToAttract(QStringLiteral("patient finished"));
        KioskWebPage *page = m_kiosk.window()->webSession()->page();
        // The document itself, not just the address asked for (url() changes at once).
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(page, QStringLiteral("location.href")).toUrl(),
                                  ContentUrl::standby(), 5000);
        WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.dataset.probe = 'standby'"));

        openFeaturedArticle();
        QCOMPARE(m_kiosk.window()->webSession()->page(), page);
        QCOMPARE(WebPageProbe::evaluate(page, QStringLiteral("document.documentElement.dataset.probe")).toString(),
                 QStringLiteral("standby"));
        QCOMPARE(page->url(), ContentUrl::article(QStringLiteral("en"), QStringLiteral("dissociative-state")));
    }

    void tapOnDimmedAreaAlsoKeepsSession()
    {
        startWindow(0.5, 5.0);
        openFeaturedArticle();
        QTRY_VERIFY_WITH_TIMEOUT(warningVisible(), 5000);
        m_kiosk.touch().tapAt(m_kiosk.window(), QPoint(40, 1880));
        QVERIFY(!warningVisible());
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("readerScreen"));
    }

    void touchScrollInsideTheArticleCountsAsActivity()
    {
        startWindow(1.0, 5.0);
        openFeaturedArticle();
        QWebEnginePage *page = m_kiosk.page();
        QWidget *input = m_kiosk.webInput();
        QVERIFY(input);

        // Keep reading by dragging the article up, for well over the idle timeout.
        QElapsedTimer clock;
        clock.start();
        bool warned = false;
        while (clock.elapsed() < 3000) {
            m_kiosk.touch().drag(input, QPoint(500, 1400), QPoint(500, 1250), 6);
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
        m_kiosk.passDisclaimer();
        QElapsedTimer clock;
        clock.start();
        // A resting mouse that moves without a button, and enter/leave
        // from screen switches, must not keep an empty kiosk awake.
        while (!warningVisible() && clock.elapsed() < 4000) {
            QTest::mouseMove(m_kiosk.window(), QPoint(100 + int(clock.elapsed() % 400), 600));
            QEvent enter(QEvent::Enter);
            QCoreApplication::sendEvent(m_kiosk.window()->currentScreen(), &enter);
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
            m_kiosk.window()->session()->resetToAttract(QStringLiteral("test"));
        }
        openFeaturedArticle();
        QWebEngineView *view = m_kiosk.window()->readerScreen()->view();
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
        QWebEnginePage *page = m_kiosk.page();
        WebPageProbe::evaluate(page,
                               QStringLiteral("try { localStorage.setItem('patient', 'previous'); } catch (e) {}"));
        const QVariant before = WebPageProbe::evaluate(
            page, QStringLiteral("try { localStorage.getItem('patient') } catch (e) { 'unavailable' }"));

        qInfo() << "web storage before the reset:" << before;
        m_kiosk.window()->session()->resetToAttract(QStringLiteral("test"));
        openFeaturedArticle();
        QWebEnginePage *next = m_kiosk.page();
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
