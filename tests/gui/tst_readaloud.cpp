// Read-aloud in the real window: hidden without a speech engine; with one,
// it reads the article and the disclaimer in their language, holds the idle
// timer while speaking, pauses and stops, speaks the idle warning to a
// patient who listens, and is forgotten at the reset.

#include "FakeSpeechEngine.h"
#include "KioskWindow.h"
#include "TouchDriver.h"
#include "VisibleWidgets.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "content/ContentStore.h"
#include "screens/IdleWarningOverlay.h"
#include "screens/ReaderScreen.h"
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
    std::unique_ptr<TouchDriver> m_touch;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<FakeSpeechEngine> m_speech;
    std::unique_ptr<KioskWindow> m_window;

    void start(bool engineAvailable, double idleSeconds = 60)
    {
        m_window.reset();
        m_speech = std::make_unique<FakeSpeechEngine>(engineAvailable);
        KioskConfig config;
        config.setValue(KioskConfig::Key::IdleTimeoutSeconds, idleSeconds);
        config.setValue(KioskConfig::Key::IdleWarningSeconds, 20.0);
        m_window = std::make_unique<KioskWindow>(m_content.get(), config, m_speech.get());
        m_window->resize(1080, 1920);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QPushButton *button(const QString &name) { return visibleWidget<QPushButton>(m_window.get(), name); }

    void tap(const QString &name)
    {
        QVERIFY2(m_touch->tapVisible(m_window.get(), name), qPrintable(name));
        QTest::qWait(20);
    }

    void openArticle()
    {
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        tap(QStringLiteral("featuredArticleTile"));
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(m_window->readerScreen()->view()->page())
                                     .contains(QLatin1String("dissociative state")),
                                 10000);
    }

private slots:
    void initTestCase()
    {
        m_touch = std::make_unique<TouchDriver>();
        m_content = std::make_unique<ContentStore>(QStringList{QStringLiteral(":/content")});
    }

    void cleanup()
    {
        m_window.reset();
        m_speech.reset();
    }

    void hiddenWithoutAnEngine()
    {
        start(false);
        tap(QStringLiteral("beginButton"));
        QVERIFY(!button(QStringLiteral("disclaimerListenButton")));
        tap(QStringLiteral("acknowledgeButton"));
        tap(QStringLiteral("featuredArticleTile"));
        QVERIFY(!button(QStringLiteral("readAloudButton")));
        QVERIFY(!button(QStringLiteral("readAloudStopButton")));
    }

    void readsTheArticleAndHoldsTheIdleTimer()
    {
        start(true, 0.6);
        openArticle();
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Listen"));
        tap(QStringLiteral("readAloudButton"));
        QTRY_COMPARE(m_speech->spoken.size(), 1);
        QVERIFY(m_speech->spoken.first().contains(QLatin1String("The dissociative state")));
        QCOMPARE(m_speech->locales.first(), QStringLiteral("en"));
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Pause"));
        QVERIFY(button(QStringLiteral("readAloudStopButton")));

        // Listening for longer than the idle timeout: no warning.
        QTest::qWait(1500);
        QVERIFY(!m_window->idleWarning()->isVisible());

        tap(QStringLiteral("readAloudButton"));
        QCOMPARE(m_speech->state(), SpeechEngine::State::Paused);
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Resume"));
        tap(QStringLiteral("readAloudButton"));
        QCOMPARE(m_speech->state(), SpeechEngine::State::Speaking);
        tap(QStringLiteral("readAloudStopButton"));
        QCOMPARE(m_speech->state(), SpeechEngine::State::Idle);
        QCOMPARE(button(QStringLiteral("readAloudButton"))->text(), QStringLiteral("Listen"));

        // Silence again: the idle timer runs, and the warning is spoken.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->idleWarning()->isVisible(), 3000);
        QTRY_COMPARE(m_speech->spoken.size(), 2);
        QVERIFY(m_speech->spoken.last().contains(QLatin1String("seconds")));
        QVERIFY(m_window->idleWarning()->isVisible()); // speaking it does not cancel it
        tap(QStringLiteral("stillHereButton"));        // and it can be extended as always
        QVERIFY(!m_window->idleWarning()->isVisible());
    }

    void readsTheDisclaimerInSpanish()
    {
        start(true);
        tap(QStringLiteral("language_es"));
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("disclaimerListenButton"));
        QCOMPARE(m_speech->spoken.size(), 1);
        QCOMPARE(m_speech->locales.first(), QStringLiteral("es"));
        QVERIFY(m_speech->spoken.first().contains(QLatin1String("988")));
        QVERIFY(m_speech->spoken.first().contains(QStringLiteral("médico")));
        // Leaving the screen stops the reading.
        tap(QStringLiteral("acknowledgeButton"));
        QCOMPARE(m_speech->state(), SpeechEngine::State::Idle);
    }

    void warningIsSilentForPatientsWhoNeverListened()
    {
        start(true, 0.5);
        openArticle();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->idleWarning()->isVisible(), 3000);
        QTest::qWait(100);
        QVERIFY(m_speech->spoken.isEmpty());
    }

    void resetForgetsReadAloud()
    {
        start(true);
        openArticle();
        tap(QStringLiteral("readAloudButton"));
        QTRY_COMPARE(m_speech->state(), SpeechEngine::State::Speaking);
        m_window->session()->resetToAttract(QStringLiteral("test"));
        QCOMPARE(m_speech->state(), SpeechEngine::State::Idle);
        QVERIFY(!m_window->readAloud()->wasUsed());
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
