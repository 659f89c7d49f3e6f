// Read-aloud in the real window: hidden without a speech engine; with one,
// it reads the article and the disclaimer in their language, holds the idle
// timer while speaking, pauses and stops, speaks the idle warning to a
// patient who listens, and is forgotten at the reset.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "config/KioskConfig.h"
#include "screens/IdleWarningOverlay.h"
#include "session/IdleMonitor.h"
#include "speech/ReadAloudController.h"
#include "web/WebEngineSetup.h"

#include <QPushButton>
#include <QTest>
#include <QWebEngineView>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

class TestReadAloud final : public QObject
{
    Q_OBJECT

private:
    KioskWindowFixture m_kiosk;

    void start(bool engineAvailable, double idleSeconds = 60)
    {
        KioskWindowFixture::Options options;
        options.speech =
            engineAvailable ? KioskWindowFixture::Speech::FakeAvailable : KioskWindowFixture::Speech::FakeUnavailable;
        options.config.setValue(KioskConfig::Key::IdleTimeoutSeconds, idleSeconds);
        options.config.setValue(KioskConfig::Key::IdleWarningSeconds, 20.0);
        QVERIFY(m_kiosk.open(options));
    }

    QPushButton *button(const QString &name) { return m_kiosk.visible<QPushButton>(name); }
    FakeSpeechEngine *speech() const { return m_kiosk.speech(); }

    void openArticle()
    {
        m_kiosk.passDisclaimer();
        m_kiosk.tap(QStringLiteral("featuredArticleTile"));
        m_kiosk.waitForArticle(QStringLiteral("dissociative-state"));
        QVERIFY(m_kiosk.readerShows(QStringLiteral("dissociative state")));
    }

private slots:
    void cleanup() { m_kiosk.closeWindow(); }

    void hiddenWithoutAnEngine()
    {
        start(false);
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        QVERIFY(!button(QStringLiteral("disclaimerListenButton")));
        m_kiosk.tap(QStringLiteral("acknowledgeButton"));
        m_kiosk.tap(QStringLiteral("featuredArticleTile"));
        QVERIFY(!button(QStringLiteral("readAloudButton")));
        QVERIFY(!button(QStringLiteral("readAloudStopButton")));
    }

    void readsTheArticleAndHoldsTheIdleTimer()
    {
        start(true);
        openArticle();
        // The short idle timeout only from here: a loaded machine can take
        // longer than 0.6 s to show the article, and the warning would then
        // take the tap meant for Listen (as it should: it swallows a touch).
        m_kiosk.window()->idleMonitor()->setTimeouts(std::chrono::milliseconds(600), std::chrono::seconds(20));
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Listen"));
        m_kiosk.tap(QStringLiteral("readAloudButton"));
        QTRY_COMPARE(speech()->spoken.size(), 1);
        QVERIFY(speech()->spoken.first().contains(QLatin1String("The dissociative state")));
        QCOMPARE(speech()->locales.first(), QStringLiteral("en"));
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Pause"));
        QVERIFY(button(QStringLiteral("readAloudStopButton")));

        // Listening for longer than the idle timeout: no warning.
        QTest::qWait(1500);
        QVERIFY(!m_kiosk.window()->idleWarning()->isVisible());

        m_kiosk.tap(QStringLiteral("readAloudButton"));
        QCOMPARE(speech()->state(), SpeechEngine::State::Paused);
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Resume"));
        m_kiosk.tap(QStringLiteral("readAloudButton"));
        QCOMPARE(speech()->state(), SpeechEngine::State::Speaking);
        m_kiosk.tap(QStringLiteral("readAloudStopButton"));
        QCOMPARE(speech()->state(), SpeechEngine::State::Idle);
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Listen"));

        // Silence again: the idle timer runs, and the warning is spoken.
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.window()->idleWarning()->isVisible(), 3000);
        QTRY_COMPARE(speech()->spoken.size(), 2);
        QVERIFY(speech()->spoken.last().contains(QLatin1String("seconds")));
        QVERIFY(m_kiosk.window()->idleWarning()->isVisible()); // speaking it does not cancel it
        m_kiosk.tap(QStringLiteral("stillHereButton"));        // and it can be extended as always
        QVERIFY(!m_kiosk.window()->idleWarning()->isVisible());
    }

    void readsTheDisclaimerInSpanish()
    {
        start(true);
        m_kiosk.tap(QStringLiteral("beginButton_es"));
        m_kiosk.tap(QStringLiteral("disclaimerListenButton"));
        QCOMPARE(speech()->spoken.size(), 1);
        QCOMPARE(speech()->locales.first(), QStringLiteral("es"));
        QVERIFY(speech()->spoken.first().contains(QLatin1String("988")));
        QVERIFY(speech()->spoken.first().contains(QStringLiteral("médico")));
        // Leaving the screen stops the reading.
        m_kiosk.tap(QStringLiteral("acknowledgeButton"));
        QCOMPARE(speech()->state(), SpeechEngine::State::Idle);
    }

    void warningIsSilentForPatientsWhoNeverListened()
    {
        start(true, 0.5);
        openArticle();
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.window()->idleWarning()->isVisible(), 3000);
        QTest::qWait(100);
        QVERIFY(speech()->spoken.isEmpty());
    }

    void resetForgetsReadAloud()
    {
        start(true);
        openArticle();
        m_kiosk.tap(QStringLiteral("readAloudButton"));
        QTRY_COMPARE(speech()->state(), SpeechEngine::State::Speaking);
        m_kiosk.window()->session()->resetToAttract(QStringLiteral("test"));
        QCOMPARE(speech()->state(), SpeechEngine::State::Idle);
        QVERIFY(!m_kiosk.window()->readAloud()->wasUsed());
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
