// Kiosk mode in the real window: staff lock it, a patient cannot get out
// whatever they press, type, tap, drag or drop, staff get back in only with
// the PIN (with lockout and audit), and a crashed renderer comes back.

#include "KioskWindow.h"
#include "TouchDriver.h"
#include "VisibleWidgets.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "content/ContentUrl.h"
#include "screens/ReaderScreen.h"
#include "session/IdleMonitor.h"
#include "staff/PinPadOverlay.h"
#include "staff/PinVault.h"
#include "staff/StaffController.h"
#include "staff/StaffGesture.h"
#include "staff/StaffPanel.h"
#include "web/WebEngineSetup.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <csignal>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {
const QString Pin = QStringLiteral("482915");
const QString ArticleId = QStringLiteral("side-effects");

enum class Attempt {
    Key,
    Link,
    Script,
    WindowOpen,
    BlankTarget,
    RightClick,
    LongPress,
    Pinch,
    CtrlWheel,
    BackButton,
    DropUrl,
    DropFile,
    Close
};
} // namespace
Q_DECLARE_METATYPE(Attempt)

class TestKioskMode final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TouchDriver> m_touch;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<KioskWindow> m_window;

    QString configPath() const { return m_dir.filePath(QStringLiteral("kiosk.conf")); }

    KioskConfig config(bool withPin)
    {
        QFile::remove(configPath());
        {
            QFile file(configPath());
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(
                QStringLiteral("[staff]\nstate_file=%1\naudit_log=%2\n")
                    .arg(m_dir.filePath(QStringLiteral("state.ini")), m_dir.filePath(QStringLiteral("audit.log")))
                    .toUtf8());
        }
        if (withPin) {
            QString error;
            PinVault(configPath()).setPin(Pin, &error);
        }
        QList<ContentProblem> problems;
        return KioskConfig::load(configPath(), &problems);
    }

    void startWindow(bool withPin)
    {
        m_window.reset();
        m_window = std::make_unique<KioskWindow>(m_content.get(), config(withPin));
        m_window->resize(1080, 1920);
        m_window->setStaffBarVisible(true);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QWidget *visible(const QString &name) { return visibleWidget(m_window.get(), name); }

    void tap(const QString &name) { QVERIFY2(m_touch->tapVisible(m_window.get(), name), qPrintable(name)); }

    QWebEnginePage *page() const { return m_window->readerScreen()->view()->page(); }
    QWidget *webInput() const { return m_window->readerScreen()->view()->focusProxy(); }
    QUrl articleUrl() const { return ContentUrl::article(QStringLiteral("en"), ArticleId); }

    void lockAndOpenArticle()
    {
        tap(QStringLiteral("lockKioskButton"));
        QVERIFY(m_window->isKioskLocked());
        QTest::qWait(100);
        tap(QStringLiteral("beginButton"));
        tap(QStringLiteral("acknowledgeButton"));
        tap(QStringLiteral("topicTile_safety"));
        tap(QStringLiteral("articleTile_side-effects"));
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects and risks")),
                                 10000);
    }

    void enterPin(const QString &pin)
    {
        for (const QChar digit : pin)
            tap(QStringLiteral("pinKey_") + digit);
        tap(QStringLiteral("pinOk"));
    }

    void holdCorner(int ms) { m_touch->hold(m_window.get(), QPoint(20, 20), ms); }

    // The kiosk is still locked, full screen, showing its own article, with
    // no other window open and nothing zoomed.
    void verifyStillInside()
    {
        QTest::qWait(150);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isKioskLocked());
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QVERIFY(m_window->windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(m_window->session()->screen(), SessionController::Screen::Reader);
        QCOMPARE(page()->url(), articleUrl());
        QVERIFY(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects and risks")));
        QCOMPARE(page()->zoomFactor(), 1.0);
        QCOMPARE(WebPageProbe::evaluate(page(), QStringLiteral("window.visualViewport.scale")).toDouble(), 1.0);
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY2(top == m_window.get() || !top->isVisible(), top->metaObject()->className());
    }

    void injectLink(const QString &href, const QString &target = {})
    {
        WebPageProbe::evaluate(
            page(),
            QStringLiteral(
                "(function(){ var old = document.getElementById('escape'); if (old) old.remove();"
                " var a = document.createElement('a'); a.id = 'escape'; a.href = %1; a.textContent = 'Tap here';"
                " if (%2) a.target = %2; a.style.cssText = 'display:block;font-size:40px;padding:20px';"
                " document.querySelector('article').prepend(a); })()")
                .arg(quoted(href), target.isEmpty() ? QStringLiteral("''") : quoted(target)));
    }

    static QString quoted(const QString &s)
    {
        QString escaped = s;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    }

    void sendDrop(const QMimeData *data)
    {
        QWidget *target = webInput();
        const QPointF at(400, 600);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction | Qt::LinkAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(at, Qt::CopyAction | Qt::LinkAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }

private slots:
    void initTestCase()
    {
        m_touch = std::make_unique<TouchDriver>();
        m_content = std::make_unique<ContentStore>(QStringList{QStringLiteral(":/content")});
    }

    void cleanup()
    {
        if (m_window && qstrcmp(QTest::currentTestFunction(), "escapeAttempts") != 0)
            m_window.reset();
    }

    void cleanupTestCase() { m_window.reset(); }

    void lockNeedsAPin()
    {
        startWindow(false);
        auto *lock = qobject_cast<QPushButton *>(visible(QStringLiteral("lockKioskButton")));
        QVERIFY(lock);
        QVERIFY(!lock->isEnabled());
        QVERIFY(
            qobject_cast<QLabel *>(visible(QStringLiteral("lockReason")))->text().contains(QLatin1String("--set-pin")));
        QVERIFY(!m_window->staff()->lockKiosk());
        QVERIFY(!m_window->isKioskLocked());
    }

    void lockingCoversTheScreen()
    {
        startWindow(true);
        tap(QStringLiteral("lockKioskButton"));
        QVERIFY(m_window->isKioskLocked());
        QVERIFY(!visible(QStringLiteral("staffBar")));
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QVERIFY(m_window->windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(QApplication::overrideCursor() ? QApplication::overrideCursor()->shape() : Qt::ArrowCursor,
                 Qt::BlankCursor);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused to close")));
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
    }

    // At least 30 ways out, each of which must fail.
    void escapeAttempts_data()
    {
        QTest::addColumn<Attempt>("attempt");
        QTest::addColumn<QString>("detail");
        const QList<QPair<const char *, QKeySequence>> keys{
            {"Alt+F4", QKeySequence(Qt::ALT | Qt::Key_F4)},
            {"Ctrl+W", QKeySequence(Qt::CTRL | Qt::Key_W)},
            {"Ctrl+Q", QKeySequence(Qt::CTRL | Qt::Key_Q)},
            {"Ctrl+N", QKeySequence(Qt::CTRL | Qt::Key_N)},
            {"Ctrl+T", QKeySequence(Qt::CTRL | Qt::Key_T)},
            {"Ctrl+Shift+N", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
            {"Ctrl+O", QKeySequence(Qt::CTRL | Qt::Key_O)},
            {"Ctrl+S", QKeySequence(Qt::CTRL | Qt::Key_S)},
            {"Ctrl+P", QKeySequence(Qt::CTRL | Qt::Key_P)},
            {"Ctrl+L", QKeySequence(Qt::CTRL | Qt::Key_L)},
            {"F1", QKeySequence(Qt::Key_F1)},
            {"F5", QKeySequence(Qt::Key_F5)},
            {"F11", QKeySequence(Qt::Key_F11)},
            {"F12", QKeySequence(Qt::Key_F12)},
            {"Ctrl+Shift+I", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
            {"Escape", QKeySequence(Qt::Key_Escape)},
            {"Alt+Left", QKeySequence(Qt::ALT | Qt::Key_Left)},
            {"Alt+Home", QKeySequence(Qt::ALT | Qt::Key_Home)},
            {"Ctrl+plus", QKeySequence(Qt::CTRL | Qt::Key_Plus)},
            {"Ctrl+minus", QKeySequence(Qt::CTRL | Qt::Key_Minus)},
            {"Ctrl+0", QKeySequence(Qt::CTRL | Qt::Key_0)},
        };
        for (const auto &key : keys)
            QTest::addRow("key %s", key.first) << Attempt::Key << key.second.toString();
        const QStringList urls{
            QStringLiteral("https://example.org/"),
            QStringLiteral("http://example.org/"),
            QStringLiteral("file:///etc/passwd"),
            QStringLiteral("data:text/html,<h1>outside</h1>"),
            QStringLiteral("javascript:location='https://example.org/'"),
            QStringLiteral("blob:kiosk://content/x"),
            QStringLiteral("chrome://settings"),
            QStringLiteral("view-source:kiosk://content/article/en/side-effects"),
            QStringLiteral("mailto:someone@example.org"),
            QStringLiteral("tel:988"),
            QStringLiteral("about:blank"),
            QStringLiteral("ftp://example.org/"),
        };
        for (const QString &url : urls)
            QTest::addRow("link to %s", qPrintable(url.left(30))) << Attempt::Link << url;
        for (const QString &url : urls.mid(0, 8))
            QTest::addRow("script to %s", qPrintable(url.left(30))) << Attempt::Script << url;
        QTest::newRow("window.open") << Attempt::WindowOpen << QStringLiteral("https://example.org/");
        QTest::newRow("target=_blank link") << Attempt::BlankTarget << QStringLiteral("when-to-get-help");
        QTest::newRow("right click") << Attempt::RightClick << QString();
        QTest::newRow("long press") << Attempt::LongPress << QString();
        QTest::newRow("pinch zoom") << Attempt::Pinch << QString();
        QTest::newRow("Ctrl+wheel zoom") << Attempt::CtrlWheel << QString();
        QTest::newRow("mouse back button") << Attempt::BackButton << QString();
        QTest::newRow("drop a URL") << Attempt::DropUrl << QStringLiteral("https://example.org/");
        QTest::newRow("drop a file") << Attempt::DropFile << QStringLiteral("/etc/hosts");
        QTest::newRow("close request") << Attempt::Close << QString();
    }

    void escapeAttempts()
    {
        QFETCH(Attempt, attempt);
        QFETCH(QString, detail);
        if (!m_window || !m_window->isKioskLocked()) {
            startWindow(true);
            lockAndOpenArticle();
        }
        // Each attempt starts from the article, scrolled to the top.
        QCOMPARE(m_window->session()->screen(), SessionController::Screen::Reader);
        QTRY_COMPARE_WITH_TIMEOUT(page()->url(), articleUrl(), 5000);
        QWidget *input = webInput();
        QVERIFY(input);
        const QPoint middle(input->width() / 2, input->height() / 2);

        switch (attempt) {
        case Attempt::Key: {
            const QKeyCombination combination = QKeySequence::fromString(detail)[0];
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : input;
            QTest::keyClick(target, combination.key(), combination.keyboardModifiers());
            QTest::keyClick(m_window.get(), combination.key(), combination.keyboardModifiers());
            break;
        }
        case Attempt::Link:
        case Attempt::BlankTarget:
            injectLink(detail, attempt == Attempt::BlankTarget ? QStringLiteral("_blank") : QString());
            m_touch->tapAt(input, WebPageProbe::centreOf(page(), QStringLiteral("#escape")));
            break;
        case Attempt::Script:
            WebPageProbe::evaluate(page(), QStringLiteral("location.href = %1").arg(quoted(detail)));
            break;
        case Attempt::WindowOpen:
            WebPageProbe::evaluate(page(), QStringLiteral("window.open(%1, '_blank')").arg(quoted(detail)));
            break;
        case Attempt::RightClick:
            QTest::mouseClick(input, Qt::RightButton, {}, middle);
            break;
        case Attempt::LongPress:
            m_touch->hold(input, middle, 1500);
            QCOMPARE(WebPageProbe::evaluate(page(), QStringLiteral("window.getSelection().toString()")).toString(),
                     QString());
            break;
        case Attempt::Pinch:
            m_touch->pinch(input, middle, 100, 600);
            break;
        case Attempt::CtrlWheel: {
            QWheelEvent wheel(middle, input->mapToGlobal(middle), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(input, &wheel);
            break;
        }
        case Attempt::BackButton:
            QTest::mouseClick(input, Qt::BackButton, {}, middle);
            break;
        case Attempt::DropUrl:
        case Attempt::DropFile: {
            QMimeData data;
            data.setUrls({attempt == Attempt::DropUrl ? QUrl(detail) : QUrl::fromLocalFile(detail)});
            sendDrop(&data);
            break;
        }
        case Attempt::Close:
            m_window->close();
            break;
        }
        verifyStillInside();
    }

    void cornerTapDoesNothingAndShortHoldOpensNothing()
    {
        startWindow(true);
        lockAndOpenArticle();
        m_touch->tapAt(m_window.get(), QPoint(20, 20));
        holdCorner(1000);
        QCOMPARE(m_window->session()->screen(), SessionController::Screen::Reader);
        QVERIFY(!m_window->staff()->pinPad()->isVisible());
    }

    void threeSecondHoldOpensPinPad()
    {
        startWindow(true);
        lockAndOpenArticle();
        holdCorner(3300);
        QVERIFY(m_window->staff()->pinPad()->isVisible());
        // Nothing else reacted to the hold.
        QCOMPARE(m_window->session()->screen(), SessionController::Screen::Reader);
    }

    void wrongPinsLockOutWithoutLoggingDigits()
    {
        startWindow(true);
        lockAndOpenArticle();
        m_window->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        QVERIFY(m_window->staff()->pinPad()->isVisible());
        for (int i = 0; i < 5; ++i) {
            enterPin(QStringLiteral("135790"));
            // Wait for the check to finish: keys enabled again, or the lockout began.
            auto checked = [this] {
                QWidget *ok = visible(QStringLiteral("pinOk"));
                return (ok && ok->isEnabled()) || m_window->staff()->lockout().isLockedOut();
            };
            QTRY_VERIFY_WITH_TIMEOUT(checked(), 5000);
        }
        QVERIFY(m_window->staff()->lockout().isLockedOut());
        const QString message = qobject_cast<QLabel *>(visible(QStringLiteral("pinMessage")))->text();
        QVERIFY2(message.contains(QLatin1String("Try again in")), qPrintable(message));
        QVERIFY(!visible(QStringLiteral("pinKey_1"))->isEnabled());
        QVERIFY(!m_window->staff()->panel()->isVisible());

        QFile audit(m_dir.filePath(QStringLiteral("audit.log")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QCOMPARE(log.count("wrong PIN"), 5);
        QVERIFY(log.contains("locked out (30 s)"));
        QVERIFY(!log.contains("135790"));
        QVERIFY(!log.contains(Pin.toLatin1()));

        // A restart does not lift the lockout.
        m_window.reset();
        QList<ContentProblem> problems;
        m_window = std::make_unique<KioskWindow>(m_content.get(), KioskConfig::load(configPath(), &problems));
        m_window->resize(1080, 1920);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        QVERIFY(m_window->staff()->pinPad()->isVisible());
        QVERIFY(!visible(QStringLiteral("pinKey_1"))->isEnabled());
        QVERIFY(qobject_cast<QLabel *>(visible(QStringLiteral("pinMessage")))
                    ->text()
                    .contains(QLatin1String("Try again in")));
        QFile::remove(m_dir.filePath(QStringLiteral("state.ini")));
    }

    void correctPinOpensPanelAndItLocksItself()
    {
        startWindow(true);
        lockAndOpenArticle();
        m_window->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->staff()->panel()->isVisible(), 5000);
        QVERIFY(qobject_cast<QLabel *>(visible(QStringLiteral("staffVersion")))
                    ->text()
                    .contains(QLatin1String(KIOSK_VERSION)));
        // The content check is on the panel: counts, then each problem.
        const QString report =
            qobject_cast<QPlainTextEdit *>(visible(QStringLiteral("staffContentReport")))->toPlainText();
        QVERIFY2(report.startsWith(QLatin1String("20 articles in 2 languages. 0 errors")), qPrintable(report.left(80)));
        QVERIFY(report.contains(QLatin1String("not reviewed by a clinician yet")));
        QVERIFY(!m_window->idleMonitor()->isWarning());

        tap(QStringLiteral("staffResume"));
        QVERIFY(!m_window->staff()->panel()->isVisible());
        QVERIFY(m_window->isKioskLocked());

        m_window->staff()->setPanelAutoLockMs(500);
        holdCorner(400);
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->staff()->panel()->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->staff()->panel()->isVisible(), 3000);
        QVERIFY(m_window->isKioskLocked());
    }

    void staffCanLeave()
    {
        startWindow(true);
        lockAndOpenArticle();
        QSignalSpy leave(m_window.get(), &KioskWindow::leaveRequested);
        m_window->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->staff()->panel()->isVisible(), 5000);
        tap(QStringLiteral("staffLeave"));
        QCOMPARE(leave.size(), 1);
        QFile audit(m_dir.filePath(QStringLiteral("audit.log")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        QVERIFY(audit.readAll().contains("staff left kiosk mode"));
    }

    void killedRendererComesBack()
    {
        startWindow(true);
        lockAndOpenArticle();
        const qint64 pid = page()->renderProcessPid();
        QVERIFY(pid > 0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("renderer process ended")));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("renderer recovered")));
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(page()->renderProcessPid() > 0 && page()->renderProcessPid() != pid, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects and risks")),
                                 5000);
        QCOMPARE(m_window->session()->screen(), SessionController::Screen::Reader);
        QVERIFY(m_window->isKioskLocked());
    }

    // The next article is put into the open page (no load); after a crash
    // the patient gets that article back, not the one the page first loaded.
    void killedRendererComesBackWithTheArticleBeingRead()
    {
        startWindow(true);
        lockAndOpenArticle();
        QWidget *input = m_window->readerScreen()->view()->focusProxy();
        m_touch->tapAt(input, WebPageProbe::centreOf(page(), QStringLiteral("nav.next a")));
        const QString heading = QStringLiteral("document.querySelector('h1').textContent");
        const QString nextTitle =
            m_window->library()->article(QStringLiteral("who-should-not-have-ketamine"), QStringLiteral("en"))->title;
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(page(), heading).toString(), nextTitle, 5000);

        const qint64 pid = page()->renderProcessPid();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("renderer process ended")));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("renderer recovered")));
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(page()->renderProcessPid() > 0 && page()->renderProcessPid() != pid, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(page(), heading).toString(), nextTitle, 5000);
        QCOMPARE(m_window->readerScreen()->articleTitle(), nextTitle);
    }

    void repeatedCrashesResetToTheWelcomeScreen()
    {
        startWindow(true);
        lockAndOpenArticle();
        QTest::ignoreMessage(QtInfoMsg, "reset: renderer crashed 4 times in 60 s");
        for (int crash = 1; crash <= 4; ++crash) {
            QTRY_VERIFY_WITH_TIMEOUT(page()->renderProcessPid() > 0, 5000);
            const qint64 pid = page()->renderProcessPid();
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
            if (crash < 4)
                QTRY_VERIFY_WITH_TIMEOUT(page()->renderProcessPid() != pid && page()->renderProcessPid() > 0, 5000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->screen(), SessionController::Screen::Attract, 5000);
        QVERIFY(m_window->isKioskLocked());
        // The next patient starts cleanly.
        tap(QStringLiteral("beginButton"));
        QCOMPARE(m_window->currentScreen()->objectName(), QStringLiteral("disclaimerScreen"));
    }
};

QTEST_MAIN(TestKioskMode)
#include "tst_kioskmode.moc"
