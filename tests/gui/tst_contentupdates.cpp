// Content in the real window: a kiosk started on the broken corpus still
// shows every valid article, and a clinic's update applies at the next reset
// (never under a reading patient) and only when it is valid.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "config/KioskConfig.h"
#include "content/ContentStore.h"
#include "screens/TopicScreen.h"
#include "session/SessionController.h"
#include "visit/FleetHealthReporter.h"
#include "visit/PatientVisit.h"
#include "web/WebEngineSetup.h"
#include "widgets/KineticScrollArea.h"
#include "widgets/TileButton.h"

#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {

QByteArray parking(const QByteArray &title, const QByteArray &body = "Park in the side lot. It is free.")
{
    return "---\nid: parking\ntitle: \"" + title
           + "\"\ntopic: integration\nsummary: \"Where to park.\"\n"
             "language: en\nupdated: 2026-11-24\nsources:\n  - \"One.\"\n  - \"Two.\"\n---\n"
           + body + "\n";
}

} // namespace

class TestContentUpdates final : public QObject
{
    Q_OBJECT

private:
    KioskWindowFixture m_kiosk;

    void start(const QStringList &roots)
    {
        m_kiosk.useContent(roots)->setSettleTime(100);
        QVERIFY(m_kiosk.open());
    }

    TileButton *tile(const QString &name) { return m_kiosk.visible<TileButton>(name); }

    // Writes the clinic's parking article into `dir`'s content folder.
    static void writeParking(const QTemporaryDir &dir, const QByteArray &contents)
    {
        const QString path = dir.filePath(QStringLiteral("articles/en/parking.md"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
    }

private slots:
    void cleanup() { m_kiosk.tearDown(); }

    void kioskOnBrokenCorpusShowsValidArticles()
    {
        start({QStringLiteral(":/content"), QStringLiteral(KIOSK_BROKEN_CORPUS)});
        m_kiosk.openTopicByTouch(QStringLiteral("safety"));
        QVERIFY(tile(QStringLiteral("articleTile_side-effects")));
        QVERIFY(!tile(QStringLiteral("articleTile_banned-word")));
        // The long list scrolls by touch: a finger drag moves it.
        KineticScrollArea *list = m_kiosk.window()->findChild<TopicScreen *>()->scrollArea();
        QCOMPARE(list->verticalScrollBar()->value(), 0);
        m_kiosk.touch().drag(list->viewport(), QPoint(500, 1200), QPoint(500, 500), 10);
        QTRY_VERIFY_WITH_TIMEOUT(list->verticalScrollBar()->value() > 300, 3000);
        list->scrollToTop();

        TileButton *valid = tile(QStringLiteral("articleTile_stale-review"));
        QVERIFY(valid);
        // The corpus makes the list long: bring the card into view first, as a finger would.
        m_kiosk.window()->findChild<TopicScreen *>()->scrollArea()->ensureWidgetVisible(valid);
        QTest::qWait(50);
        m_kiosk.touch().tap(valid);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.readerShows(QStringLiteral("It is here to test the checks.")), 10000);
    }

    void validUpdateAppliesAtTheNextReset()
    {
        QTemporaryDir dir;
        writeParking(dir, parking("Parking at the clinic"));

        start({QStringLiteral(":/content"), dir.path()});
        m_kiosk.openTopicByTouch(QStringLiteral("integration"));
        m_kiosk.touch().tap(tile(QStringLiteral("articleTile_parking")));
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.readerShows(QStringLiteral("Parking at the clinic")), 10000);

        QSignalSpy detected(m_kiosk.content(), &ContentStore::changeDetected);
        QTest::qWait(1100); // a new modification time
        writeParking(dir, parking("Parking and buses"));
        QVERIFY(detected.wait(5000));

        // The patient who is reading is not disturbed.
        m_kiosk.tap(QStringLiteral("backButton"));
        QCOMPARE(tile(QStringLiteral("articleTile_parking"))->titleText(), QStringLiteral("Parking at the clinic"));

        // The next patient gets the new article.
        m_kiosk.tap(QStringLiteral("homeButton"));
        m_kiosk.finishByTouch();
        m_kiosk.openTopicByTouch(QStringLiteral("integration"));
        QCOMPARE(tile(QStringLiteral("articleTile_parking"))->titleText(), QStringLiteral("Parking and buses"));
    }

    // A kiosk resting on the welcome screen has no patient to wait for: the
    // clinic's update is shown at once, and the next patient who begins
    // sees it (a kiosk that nobody used all morning used to keep the old).
    void updateAppliesAtOnceOnTheWelcomeScreen()
    {
        QTemporaryDir dir;
        writeParking(dir, parking("Parking at the clinic"));
        start({QStringLiteral(":/content"), dir.path()});
        QCOMPARE(m_kiosk.window()->session()->location().screen, SessionController::Screen::Attract);

        QSignalSpy replaced(m_kiosk.window()->visit(), &PatientVisit::libraryChanged); // what the screens follow
        QTest::qWait(1100);                                                            // a new modification time
        writeParking(dir, parking("Parking and buses"));
        QVERIFY(replaced.wait(5000));
        QVERIFY(!m_kiosk.content()->hasPendingChange());

        m_kiosk.openTopicByTouch(QStringLiteral("integration"));
        QCOMPARE(tile(QStringLiteral("articleTile_parking"))->titleText(), QStringLiteral("Parking and buses"));
    }

    void invalidUpdateIsRefused()
    {
        QTemporaryDir dir;
        writeParking(dir, parking("Parking at the clinic"));

        start({QStringLiteral(":/content"), dir.path()});
        m_kiosk.passDisclaimer(); // a patient is here: the update waits for the reset
        // The health metrics, as main() sets them up with [metrics] textfile.
        {
            QFile conf(dir.filePath(QStringLiteral("kiosk.conf")));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("[metrics]\ntextfile=" + dir.filePath(QStringLiteral("kiosk.prom")).toUtf8() + "\n");
        }
        QList<ContentProblem> problems;
        auto *health = new FleetHealthReporter(
            m_kiosk.window(), KioskConfig::load(dir.filePath(QStringLiteral("kiosk.conf")), &problems));
        QVERIFY(health->isEnabled());
        const QString refused = QStringLiteral("content_updates_refused_total");
        QCOMPARE(health->metrics()->value(refused), 0.0);
        QSignalSpy detected(m_kiosk.content(), &ContentStore::changeDetected);
        QTest::qWait(1100); // a new modification time
        writeParking(dir, "---\ntitle: [broken\n---\n");
        QVERIFY(detected.wait(5000));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("content update refused")));
        m_kiosk.window()->session()->resetToAttract(QStringLiteral("test"));
        m_kiosk.openTopicByTouch(QStringLiteral("integration"));
        QVERIFY(tile(QStringLiteral("articleTile_parking")));
        QCOMPARE(tile(QStringLiteral("articleTile_parking"))->titleText(), QStringLiteral("Parking at the clinic"));
        // IT hears of it (an alert), not from a patient.
        QCOMPARE(health->metrics()->value(refused), 1.0);
    }
};

QTEST_MAIN(TestContentUpdates)
#include "tst_contentupdates.moc"
