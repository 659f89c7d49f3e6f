#include "session/SessionController.h"

#include <QSignalSpy>
#include <QTest>

using Screen = SessionController::Screen;

namespace {
// The ways a patient (or a stray signal) might try to reach content.
enum class Action {
    OpenTopic,
    OpenArticle,
    GoHome,
    GoBack
};
} // namespace
Q_DECLARE_METATYPE(Action)

class TestSessionController final : public QObject
{
    Q_OBJECT

private:
    // A controller already past the disclaimer, on Home.
    static void toHome(SessionController &s)
    {
        s.beginSession();
        s.acknowledgeDisclaimer();
        QCOMPARE(s.screen(), Screen::Home);
    }

private slots:
    void startsOnAttract()
    {
        SessionController s(QStringLiteral("en"));
        QCOMPARE(s.screen(), Screen::Attract);
        QVERIFY(!s.disclaimerAcknowledged());
        QVERIFY(!s.canGoBack());
    }

    void happyPathLogsEveryScreen()
    {
        SessionController s(QStringLiteral("en"));
        QSignalSpy changes(&s, &SessionController::locationChanged);
        QTest::ignoreMessage(QtInfoMsg, "screen: disclaimer");
        QTest::ignoreMessage(QtInfoMsg, "disclaimer acknowledged");
        QTest::ignoreMessage(QtInfoMsg, "screen: home");
        QTest::ignoreMessage(QtInfoMsg, "screen: topic");
        QTest::ignoreMessage(QtInfoMsg, "screen: reader");
        s.beginSession();
        s.acknowledgeDisclaimer();
        s.openTopic(QStringLiteral("safety"));
        s.openArticle(QStringLiteral("side-effects"));
        QCOMPARE(changes.size(), 4);
        QCOMPARE(s.screen(), Screen::Reader);
        QCOMPARE(s.location().articleId, QStringLiteral("side-effects"));
        QCOMPARE(s.location().topicId, QStringLiteral("safety"));
    }

    // No transition may reach content before the disclaimer is acknowledged.
    // Each way in has one right answer: content asked for shows the
    // disclaimer instead, Home is refused where it stands, and Back from the
    // disclaimer ends the visit that never began.
    void contentNeedsTheDisclaimer_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("fromAttract");
        QTest::addColumn<Screen>("expected");
        QTest::newRow("openTopic from attract") << Action::OpenTopic << true << Screen::Disclaimer;
        QTest::newRow("openArticle (deep link) from attract") << Action::OpenArticle << true << Screen::Disclaimer;
        QTest::newRow("goHome from attract") << Action::GoHome << true << Screen::Attract;
        QTest::newRow("goBack from attract") << Action::GoBack << true << Screen::Attract;
        QTest::newRow("openTopic from disclaimer") << Action::OpenTopic << false << Screen::Disclaimer;
        QTest::newRow("openArticle (deep link) from disclaimer") << Action::OpenArticle << false << Screen::Disclaimer;
        QTest::newRow("goHome from disclaimer") << Action::GoHome << false << Screen::Disclaimer;
        QTest::newRow("goBack from disclaimer") << Action::GoBack << false << Screen::Attract;
    }

    void contentNeedsTheDisclaimer()
    {
        QFETCH(Action, action);
        QFETCH(bool, fromAttract);
        QFETCH(Screen, expected);
        SessionController s(QStringLiteral("en"));
        if (!fromAttract)
            s.beginSession();
        switch (action) {
        case Action::OpenTopic:
            s.openTopic(QStringLiteral("safety"));
            break;
        case Action::OpenArticle:
            s.openArticle(QStringLiteral("side-effects"));
            break;
        case Action::GoHome:
            s.goHome();
            break;
        case Action::GoBack:
            s.goBack();
            break;
        }
        QCOMPARE(s.screen(), expected);
        QVERIFY(!s.disclaimerAcknowledged());
    }

    void deepLinkBeforeDisclaimerShowsDisclaimer()
    {
        SessionController s(QStringLiteral("en"));
        s.openArticle(QStringLiteral("side-effects"));
        QCOMPARE(s.screen(), Screen::Disclaimer);
        s.acknowledgeDisclaimer();
        QCOMPARE(s.screen(), Screen::Home);
    }

    void backFromDisclaimerReturnsToAttract()
    {
        SessionController s(QStringLiteral("en"));
        s.beginSession();
        s.goBack();
        QCOMPARE(s.screen(), Screen::Attract);
    }

    void backRetracesTheWay()
    {
        SessionController s(QStringLiteral("en"));
        toHome(s);
        s.openTopic(QStringLiteral("safety"));
        s.openArticle(QStringLiteral("side-effects"));
        s.openArticle(QStringLiteral("when-to-get-help")); // a link inside the article
        QCOMPARE(s.historyDepth(), 3);
        s.goBack();
        QCOMPARE(s.location().articleId, QStringLiteral("side-effects"));
        s.goBack();
        QCOMPARE(s.screen(), Screen::Topic);
        s.goBack();
        QCOMPARE(s.screen(), Screen::Home);
        QVERIFY(!s.canGoBack());
        s.goBack(); // nothing further back than Home
        QCOMPARE(s.screen(), Screen::Home);
    }

    void homeClearsHistory()
    {
        SessionController s(QStringLiteral("en"));
        toHome(s);
        s.openTopic(QStringLiteral("safety"));
        s.openArticle(QStringLiteral("side-effects"));
        s.goHome();
        QCOMPARE(s.screen(), Screen::Home);
        QCOMPARE(s.historyDepth(), 0);
    }

    void resetForgetsThePatient()
    {
        SessionController s(QStringLiteral("en"));
        toHome(s);
        s.setLanguage(QStringLiteral("es"));
        s.openTopic(QStringLiteral("safety"));
        s.openArticle(QStringLiteral("side-effects"));

        QSignalSpy ending(&s, &SessionController::sessionEnding);
        QSignalSpy language(&s, &SessionController::languageChanged);
        QSignalSpy location(&s, &SessionController::locationChanged);
        QTest::ignoreMessage(QtInfoMsg, "reset: idle timeout");
        s.resetToAttract(QStringLiteral("idle timeout"));

        QCOMPARE(ending.size(), 1);
        QCOMPARE(ending.first().first().toString(), QStringLiteral("idle timeout"));
        QCOMPARE(language.size(), 1);
        QCOMPARE(s.language(), QStringLiteral("en"));
        QCOMPARE(location.size(), 1);
        QCOMPARE(s.screen(), Screen::Attract);
        QCOMPARE(s.historyDepth(), 0);
        QVERIFY(!s.disclaimerAcknowledged());

        // The next patient sees the disclaimer again, whatever they try.
        s.openArticle(QStringLiteral("side-effects"));
        QCOMPARE(s.screen(), Screen::Disclaimer);
    }

    void defaultLanguageComesFromConfig()
    {
        SessionController s(QStringLiteral("es"));
        QCOMPARE(s.language(), QStringLiteral("es"));
        s.setLanguage(QStringLiteral("en"));
        s.resetToAttract(QStringLiteral("test"));
        QCOMPARE(s.language(), QStringLiteral("es"));
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
