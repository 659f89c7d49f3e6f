// Content in the real window: a kiosk started on the broken corpus still
// shows every valid article, and a clinic's update applies at the next reset
// (never under a reading patient) and only when it is valid.

#include "KioskWindow.h"
#include "TouchDriver.h"
#include "VisibleWidgets.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "content/ContentStore.h"
#include "screens/ReaderScreen.h"
#include "screens/TopicScreen.h"
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
    std::unique_ptr<TouchDriver> m_touch;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<KioskWindow> m_window;

    void start(const QStringList &roots)
    {
        m_content = std::make_unique<ContentStore>(roots);
        m_content->setSettleTime(100);
        m_window = std::make_unique<KioskWindow>(m_content.get(), KioskConfig());
        m_window->resize(1080, 1920);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    TileButton *tile(const QString &name) { return visibleWidget<TileButton>(m_window.get(), name); }

    void tap(const QString &name) { QVERIFY2(m_touch->tapVisible(m_window.get(), name), qPrintable(name)); }

    // Writes the clinic's parking article into `dir`'s content folder.
    static void writeParking(const QTemporaryDir &dir, const QByteArray &contents)
    {
        const QString path = dir.filePath(QStringLiteral("articles/en/parking.md"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
    }

    void openTopic(const QString &topic)
    {
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        tap(QStringLiteral("topicTile_") + topic);
    }

    bool readerShows(const QString &text)
    {
        return WebPageProbe::plainText(m_window->readerScreen()->view()->page()).contains(text);
    }

private slots:
    void initTestCase() { m_touch = std::make_unique<TouchDriver>(); }
    void cleanup()
    {
        m_window.reset();
        m_content.reset();
    }

    void kioskOnBrokenCorpusShowsValidArticles()
    {
        start({QStringLiteral(":/content"), QStringLiteral(KIOSK_BROKEN_CORPUS)});
        openTopic(QStringLiteral("safety"));
        QVERIFY(tile(QStringLiteral("articleTile_side-effects")));
        QVERIFY(!tile(QStringLiteral("articleTile_banned-word")));
        // The long list scrolls by touch: a finger drag moves it.
        KineticScrollArea *list = m_window->findChild<TopicScreen *>()->scrollArea();
        QCOMPARE(list->verticalScrollBar()->value(), 0);
        m_touch->drag(list->viewport(), QPoint(500, 1200), QPoint(500, 500), 10);
        QTRY_VERIFY_WITH_TIMEOUT(list->verticalScrollBar()->value() > 300, 3000);
        list->scrollToTop();

        TileButton *valid = tile(QStringLiteral("articleTile_stale-review"));
        QVERIFY(valid);
        // The corpus makes the list long: bring the card into view first, as a finger would.
        m_window->findChild<TopicScreen *>()->scrollArea()->ensureWidgetVisible(valid);
        QTest::qWait(50);
        m_touch->tap(valid);
        QTRY_VERIFY_WITH_TIMEOUT(readerShows(QStringLiteral("It is here to test the checks.")), 10000);
    }

    void validUpdateAppliesAtTheNextReset()
    {
        QTemporaryDir dir;
        writeParking(dir, parking("Parking at the clinic"));

        start({QStringLiteral(":/content"), dir.path()});
        openTopic(QStringLiteral("integration"));
        m_touch->tap(tile(QStringLiteral("articleTile_parking")));
        QTRY_VERIFY_WITH_TIMEOUT(readerShows(QStringLiteral("Parking at the clinic")), 10000);

        QSignalSpy detected(m_content.get(), &ContentStore::changeDetected);
        QTest::qWait(1100); // a new modification time
        writeParking(dir, parking("Parking and buses"));
        QVERIFY(detected.wait(5000));

        // The patient who is reading is not disturbed.
        tap(QStringLiteral("backButton"));
        QCOMPARE(tile(QStringLiteral("articleTile_parking"))->titleText(), QStringLiteral("Parking at the clinic"));

        // The next patient gets the new article.
        tap(QStringLiteral("homeButton"));
        tap(QStringLiteral("finishButton"));
        openTopic(QStringLiteral("integration"));
        QCOMPARE(tile(QStringLiteral("articleTile_parking"))->titleText(), QStringLiteral("Parking and buses"));
    }

    void invalidUpdateIsRefused()
    {
        QTemporaryDir dir;
        writeParking(dir, parking("Parking at the clinic"));

        start({QStringLiteral(":/content"), dir.path()});
        QSignalSpy detected(m_content.get(), &ContentStore::changeDetected);
        QTest::qWait(1100); // a new modification time
        writeParking(dir, "---\ntitle: [broken\n---\n");
        QVERIFY(detected.wait(5000));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("content update refused")));
        m_window->session()->resetToAttract(QStringLiteral("test"));
        openTopic(QStringLiteral("integration"));
        QVERIFY(tile(QStringLiteral("articleTile_parking")));
        QCOMPARE(tile(QStringLiteral("articleTile_parking"))->titleText(), QStringLiteral("Parking at the clinic"));
    }
};

QTEST_MAIN(TestContentUpdates)
#include "tst_contentupdates.moc"
