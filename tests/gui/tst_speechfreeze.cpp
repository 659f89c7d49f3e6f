// The worst defect a patient can meet: a frozen screen. A speech service
// that accepts a connection and never answers (a stuck speech-dispatcher,
// an audio device that never opens) used to block the GUI thread in the
// QTextToSpeech constructor at start-up and in stop() at every screen
// change. Here the real window, with the real Qt TextToSpeech engine, talks
// to exactly such a server; every touch must still answer at once, and the
// patient is told kindly that sound is not working.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "speech/QtSpeechEngine.h"
#include "speech/ReadAloudController.h"
#include "web/WebEngineSetup.h"
#include "widgets/NoticeBanner.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QWebEngineView>

namespace {

// Chosen before anything can start the speech client: it reads the address
// once, when it first connects.
QTemporaryDir &socketDir()
{
    static QTemporaryDir dir;
    return dir;
}

void pointSpeechAtASilentServer()
{
    prepareWebEngine();
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + socketDir().filePath(QStringLiteral("speechd.sock")).toLocal8Bit());
    qputenv("QT_TTS_ENGINE", "speechd"); // not flite, which needs no server
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(pointSpeechAtASilentServer)

class TestSpeechFreeze final : public QObject
{
    Q_OBJECT

    QLocalServer m_silent; // accepts, reads, never answers
    QList<QLocalSocket *> m_connections;
    KioskWindowFixture m_kiosk; // with the real QtSpeechEngine

    QString noticeText() const { return m_kiosk.window()->findChild<NoticeBanner *>()->text(); }

    // The screen answered a touch without waiting for the speech service:
    // it shows `screen` while the service still has not answered. The clock
    // runs from the finger down, so a freeze while the touch itself is
    // handled counts too.
    void tapAndExpectScreenAtOnce(const QString &button, const QString &screen)
    {
        QElapsedTimer clock;
        clock.start();
        m_kiosk.tap(button);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk.screenName(), screen, 1000);
        QVERIFY2(clock.elapsed() < QtSpeechEngine::DefaultTimeout.count(),
                 "the screen waited for the speech service's timeout");
    }

private slots:
    void initTestCase()
    {
        if (!QTextToSpeech::availableEngines().contains(QLatin1String("speechd")))
            QFAIL("the Qt speech-dispatcher plugin (qt6-speech-speechd-plugin) is needed for this test");
        QVERIFY(m_silent.listen(socketDir().filePath(QStringLiteral("speechd.sock"))));
        connect(&m_silent, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_silent.nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->readAll(); });
                m_connections.append(socket);
            }
        });
    }

    void startsWithoutTouchingSpeech()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_kiosk.open());
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("attractScreen"));
        QVERIFY2(clock.elapsed() < QtSpeechEngine::DefaultTimeout.count(), "start-up waited for the speech service");
        QTest::qWait(200);
        QVERIFY2(m_connections.isEmpty(), "nothing may talk to the speech service before the first Listen");
        tapAndExpectScreenAtOnce(QStringLiteral("beginButton_en"), QStringLiteral("disclaimerScreen"));
        QVERIFY(m_kiosk.visible<QPushButton>(QStringLiteral("disclaimerListenButton")));
    }

    void listenThenTouchingOnNeverFreezes()
    {
        m_kiosk.tap(QStringLiteral("disclaimerListenButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_connections.isEmpty(), 2000); // the worker reached the silent server
        // The next touch, "I understand", changes the screen (which stops
        // reading): it must answer while the speech call is still stuck.
        tapAndExpectScreenAtOnce(QStringLiteral("acknowledgeButton"), QStringLiteral("homeScreen"));
        tapAndExpectScreenAtOnce(QStringLiteral("featuredArticleTile"), QStringLiteral("readerScreen"));

        // Then the patient is told, kindly, and Listen goes away.
        QTRY_COMPARE_WITH_TIMEOUT(noticeText(),
                                  QStringLiteral("Sound is not working right now. Please ask the front desk."), 10000);
        QTRY_VERIFY(!m_kiosk.visible<QPushButton>(QStringLiteral("readAloudButton")));
        tapAndExpectScreenAtOnce(QStringLiteral("homeButton"), QStringLiteral("homeScreen"));
    }

    void theNextPatientMayTryAgainAndStopNeverWaits()
    {
        m_kiosk.window()->session()->resetToAttract(QStringLiteral("test: next patient"));
        QVERIFY(noticeText().isEmpty()); // nothing of the last patient's visit remains
        m_kiosk.passDisclaimer();
        tapAndExpectScreenAtOnce(QStringLiteral("featuredArticleTile"), QStringLiteral("readerScreen"));
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.readerShows(QStringLiteral("dissociative")), 10000);
        QPushButton *listen = m_kiosk.visible<QPushButton>(QStringLiteral("readAloudButton"));
        QVERIFY2(listen, "a new patient gets Listen back");
        const int before = int(m_connections.size());
        m_kiosk.tap(QStringLiteral("readAloudButton"));
        QTRY_VERIFY_WITH_TIMEOUT(m_connections.size() > before, 2000);
        // Stop (the reader's Back, which stops reading) answers at once too.
        m_kiosk.window()->readAloud()->stop();
        tapAndExpectScreenAtOnce(QStringLiteral("backButton"), QStringLiteral("homeScreen"));
        QTRY_COMPARE_WITH_TIMEOUT(noticeText(),
                                  QStringLiteral("Sound is not working right now. Please ask the front desk."), 10000);
    }

    void cleanupTestCase()
    {
        // Leaving with workers still stuck in the speech client must not hang either.
        QElapsedTimer clock;
        clock.start();
        m_kiosk.closeWindow();
        QVERIFY(clock.elapsed() < QtSpeechEngine::DefaultTimeout.count());
    }
};

QTEST_MAIN(TestSpeechFreeze)
#include "tst_speechfreeze.moc"
