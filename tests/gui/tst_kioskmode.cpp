// Kiosk mode in the real window: staff lock it, a patient cannot get out
// whatever they press, type, tap, drag or drop, staff get back in only with
// the PIN (with lockout and audit), and a crashed renderer comes back.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "WebPageProbe.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
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
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>
#include <QWindow>

#include <algorithm>
#include <csignal>
#include <memory>
#include <utility>
#include <vector>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {
const QString Pin = QStringLiteral("482915");
const QString ArticleId = QStringLiteral("side-effects");
// How long an escape attempt gets to show itself. A tapped link to
// about:blank is shown 200 to 900 ms after the finger lifts here: half a
// second would miss it.
constexpr int EscapeWaitMs = 1500;
const char *const PageNavigated = "the page navigated";

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
    KioskWindowFixture m_kiosk;
    // The config file once a PIN is set. Hashing the PIN takes a third of a
    // second on purpose, and escapeAttempts opens fifty windows with it.
    QByteArray m_configWithPin;

    QString configPath() const { return m_dir.filePath(QStringLiteral("kiosk.conf")); }

    KioskConfig config(bool withPin)
    {
        const bool hashedBefore = withPin && !m_configWithPin.isEmpty();
        QFile::remove(configPath());
        {
            QFile file(configPath());
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(hashedBefore ? m_configWithPin
                                    : QStringLiteral("[staff]\nstate_file=%1\naudit_log=%2\n")
                                          .arg(m_dir.filePath(QStringLiteral("state.ini")),
                                               m_dir.filePath(QStringLiteral("audit.log")))
                                          .toUtf8());
        }
        if (withPin && !hashedBefore) {
            QString error;
            PinVault(configPath()).setPin(Pin, &error);
            QFile file(configPath());
            if (file.open(QIODevice::ReadOnly))
                m_configWithPin = file.readAll();
        }
        QList<ContentProblem> problems;
        return KioskConfig::load(configPath(), &problems);
    }

    void startWindow(bool withPin)
    {
        m_kiosk.closeWindow(); // before its config and PIN are written again
        KioskWindowFixture::Options options;
        options.config = config(withPin);
        options.staffBar = true;
        QVERIFY(m_kiosk.open(options));
    }

    QWebEnginePage *page() const { return m_kiosk.page(); }
    QUrl articleUrl() const { return ContentUrl::article(QStringLiteral("en"), ArticleId); }

    void lockAndOpenArticle()
    {
        m_kiosk.tap(QStringLiteral("lockKioskButton"));
        QVERIFY(m_kiosk.window()->isKioskLocked());
        QTest::qWait(100);
        m_kiosk.openArticleByTouch(QStringLiteral("safety"), ArticleId);
        QVERIFY(m_kiosk.readerShows(QStringLiteral("Side effects and risks")));
    }

    void enterPin(const QString &pin)
    {
        for (const QChar digit : pin)
            m_kiosk.tap(QStringLiteral("pinKey_") + digit);
        m_kiosk.tap(QStringLiteral("pinOk"));
    }

    QPoint corner() const { return m_kiosk.window()->staff()->gesture()->corner().center(); }
    void holdCorner(int ms) { m_kiosk.touch().hold(m_kiosk.window(), corner(), ms); }

    // Every signal that would reveal a way out, each named for the report.
    using EscapeSpies = std::vector<std::pair<QString, std::unique_ptr<QSignalSpy>>>;

    EscapeSpies watchForEscape()
    {
        KioskWindow *window = m_kiosk.window();
        EscapeSpies spies;
        auto watch = [&spies](const char *what, auto *sender, auto signal) {
            spies.emplace_back(QLatin1String(what), std::make_unique<QSignalSpy>(sender, signal));
        };
        watch("the window was hidden or left full screen", window->windowHandle(), &QWindow::visibilityChanged);
        watch("the window was destroyed", window, &QObject::destroyed);
        watch("staff mode was left", window, &KioskWindow::leaveRequested);
        watch("the kiosk lock changed", window->staff(), &StaffController::kioskLockChanged);
        watch(PageNavigated, page(), &QWebEnginePage::urlChanged);
        watch("the session moved to another screen", window->session(), &SessionController::locationChanged);
        watch("the window showed another screen", window->findChild<QStackedWidget *>(),
              &QStackedWidget::currentChanged);
        return spies;
    }

    // Gives an escape the time it would need to show, and ends the wait as
    // soon as one does. The spies themselves say what fired, if anything.
    static void waitForEscape(const EscapeSpies &spies)
    {
        static_cast<void>(QTest::qWaitFor(
            [&spies] {
                return std::any_of(spies.cbegin(), spies.cend(),
                                   [](const auto &spy) { return !spy.second->isEmpty(); });
            },
            EscapeWaitMs));
    }

    // "the page navigated (https://example.org/)": what fired, with what.
    static QString describe(const EscapeSpies::value_type &spy)
    {
        QStringList arguments;
        for (const QVariant &argument : spy.second->value(0))
            arguments.append(argument.toString());
        return QStringLiteral("%1 (%2)").arg(spy.first, arguments.join(QStringLiteral(", ")));
    }

    // The kiosk is still locked, full screen, showing its own article, with
    // no other window open and nothing zoomed.
    void verifyStillInside()
    {
        QVERIFY(m_kiosk.window()->isVisible());
        QVERIFY(m_kiosk.window()->isKioskLocked());
        QVERIFY(m_kiosk.window()->windowState() & Qt::WindowFullScreen);
        QVERIFY(m_kiosk.window()->windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(m_kiosk.window()->session()->screen(), SessionController::Screen::Reader);
        QCOMPARE(page()->url(), articleUrl());
        QVERIFY(WebPageProbe::plainText(page()).contains(QLatin1String("Side effects and risks")));
        QCOMPARE(page()->zoomFactor(), 1.0);
        QCOMPARE(WebPageProbe::evaluate(page(), QStringLiteral("window.visualViewport.scale")).toDouble(), 1.0);
        for (QWidget *top : QApplication::topLevelWidgets())
            QVERIFY2(top == m_kiosk.window() || !top->isVisible(), top->metaObject()->className());
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
        QWidget *target = m_kiosk.webInput();
        const QPointF at(400, 600);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction | Qt::LinkAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(at, Qt::CopyAction | Qt::LinkAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }

private slots:
    void cleanup() { m_kiosk.closeWindow(); }

    void lockNeedsAPin()
    {
        startWindow(false);
        auto *lock = qobject_cast<QPushButton *>(m_kiosk.visible(QStringLiteral("lockKioskButton")));
        QVERIFY(lock);
        QVERIFY(!lock->isEnabled());
        QVERIFY(qobject_cast<QLabel *>(m_kiosk.visible(QStringLiteral("lockReason")))
                    ->text()
                    .contains(QLatin1String("--set-pin")));
        QVERIFY(!m_kiosk.window()->staff()->lockKiosk());
        QVERIFY(!m_kiosk.window()->isKioskLocked());
    }

    void lockingCoversTheScreen()
    {
        startWindow(true);
        m_kiosk.tap(QStringLiteral("lockKioskButton"));
        QVERIFY(m_kiosk.window()->isKioskLocked());
        QVERIFY(!m_kiosk.visible(QStringLiteral("staffBar")));
        QVERIFY(m_kiosk.window()->windowState() & Qt::WindowFullScreen);
        QVERIFY(m_kiosk.window()->windowFlags() & Qt::FramelessWindowHint);
        QCOMPARE(QApplication::overrideCursor() ? QApplication::overrideCursor()->shape() : Qt::ArrowCursor,
                 Qt::BlankCursor);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused to close")));
        QVERIFY(!m_kiosk.window()->close());
        QVERIFY(m_kiosk.window()->isVisible());
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
        // Each attempt starts in a fresh window on the article, scrolled to
        // the top: one attempt that got out cannot spoil the next.
        startWindow(true);
        lockAndOpenArticle();
        QCOMPARE(m_kiosk.window()->session()->screen(), SessionController::Screen::Reader);
        QTRY_COMPARE_WITH_TIMEOUT(page()->url(), articleUrl(), 5000);
        QWidget *input = m_kiosk.webInput();
        QVERIFY(input);
        const QPoint middle(input->width() / 2, input->height() / 2);
        const EscapeSpies spies = watchForEscape();
        for (const auto &spy : spies)
            QVERIFY2(spy.second->isValid(), qPrintable(spy.first));

        switch (attempt) {
        case Attempt::Key: {
            const QKeyCombination combination = QKeySequence::fromString(detail)[0];
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : input;
            QTest::keyClick(target, combination.key(), combination.keyboardModifiers());
            QTest::keyClick(m_kiosk.window(), combination.key(), combination.keyboardModifiers());
            break;
        }
        case Attempt::Link:
        case Attempt::BlankTarget:
            injectLink(detail, attempt == Attempt::BlankTarget ? QStringLiteral("_blank") : QString());
            m_kiosk.touch().tapAt(input, WebPageProbe::centreOf(page(), QStringLiteral("#escape")));
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
            m_kiosk.touch().hold(input, middle, 1500);
            QCOMPARE(WebPageProbe::evaluate(page(), QStringLiteral("window.getSelection().toString()")).toString(),
                     QString());
            break;
        case Attempt::Pinch:
            m_kiosk.touch().pinch(input, middle, 100, 600);
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
            m_kiosk.window()->close();
            break;
        }
        waitForEscape(spies);
        const auto navigated = std::find_if(spies.cbegin(), spies.cend(),
                                            [](const auto &spy) { return spy.first == QLatin1String(PageNavigated); });
        QVERIFY(navigated != spies.cend());
        if (!navigated->second->isEmpty()) {
            // Out of the kiosk's content, however briefly: the article must
            // come back by itself, and nothing else may have moved meanwhile.
            QTRY_COMPARE_WITH_TIMEOUT(page()->url(), articleUrl(), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.readerShows(QStringLiteral("Side effects and risks")), 5000);
        }
        for (auto spy = spies.cbegin(); spy != spies.cend(); ++spy) {
            if (spy != navigated)
                QVERIFY2(spy->second->isEmpty(), qPrintable(describe(*spy)));
        }
        // A known hole: a link to about:blank never reaches
        // acceptNavigationRequest, so the page really shows the blank page
        // until KioskWebPage's safety net (urlChanged) reloads the article.
        QEXPECT_FAIL("link to about:blank",
                     "about:blank is shown until the safety net reloads the article (app/web/KioskWebPage.cpp)",
                     Continue);
        QVERIFY2(navigated->second->isEmpty(), qPrintable(describe(*navigated)));
        verifyStillInside();
    }

    void cornerTapDoesNothingAndShortHoldOpensNothing()
    {
        startWindow(true);
        lockAndOpenArticle();
        m_kiosk.touch().tapAt(m_kiosk.window(), corner());
        holdCorner(1000);
        QCOMPARE(m_kiosk.window()->session()->screen(), SessionController::Screen::Reader);
        QVERIFY(!m_kiosk.window()->staff()->pinPad()->isVisible());
    }

    void threeSecondHoldOpensPinPad()
    {
        startWindow(true);
        lockAndOpenArticle();
        holdCorner(3300);
        QVERIFY(m_kiosk.window()->staff()->pinPad()->isVisible());
        // Nothing else reacted to the hold.
        QCOMPARE(m_kiosk.window()->session()->screen(), SessionController::Screen::Reader);
    }

    void wrongPinsLockOutWithoutLoggingDigits()
    {
        startWindow(true);
        lockAndOpenArticle();
        m_kiosk.window()->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        QVERIFY(m_kiosk.window()->staff()->pinPad()->isVisible());
        for (int i = 0; i < 5; ++i) {
            enterPin(QStringLiteral("135790"));
            // Wait for the check to finish: keys enabled again, or the lockout began.
            auto checked = [this] {
                QWidget *ok = m_kiosk.visible(QStringLiteral("pinOk"));
                return (ok && ok->isEnabled()) || m_kiosk.window()->staff()->lockout().isLockedOut();
            };
            QTRY_VERIFY_WITH_TIMEOUT(checked(), 5000);
        }
        QVERIFY(m_kiosk.window()->staff()->lockout().isLockedOut());
        const QString message = qobject_cast<QLabel *>(m_kiosk.visible(QStringLiteral("pinLockedMessage")))->text();
        QVERIFY2(message.contains(QLatin1String("Try again in")), qPrintable(message));
        QVERIFY(!m_kiosk.visible(QStringLiteral("pinKey_1"))->isEnabled());
        QVERIFY(!m_kiosk.window()->staff()->panel()->isVisible());

        QFile audit(m_dir.filePath(QStringLiteral("audit.log")));
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray log = audit.readAll();
        QCOMPARE(log.count("wrong PIN"), 5);
        QVERIFY(log.contains("locked out (30 s)"));
        QVERIFY(!log.contains("135790"));
        QVERIFY(!log.contains(Pin.toLatin1()));

        // A restart does not lift the lockout.
        m_kiosk.closeWindow();
        QList<ContentProblem> problems;
        QVERIFY(m_kiosk.open({KioskConfig::load(configPath(), &problems)}));
        m_kiosk.window()->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        QVERIFY(m_kiosk.window()->staff()->pinPad()->isVisible());
        QVERIFY(!m_kiosk.visible(QStringLiteral("pinKey_1"))->isEnabled());
        QVERIFY(qobject_cast<QLabel *>(m_kiosk.visible(QStringLiteral("pinLockedMessage")))
                    ->text()
                    .contains(QLatin1String("Try again in")));
        QFile::remove(m_dir.filePath(QStringLiteral("state.ini")));
    }

    void correctPinOpensPanelAndItLocksItself()
    {
        startWindow(true);
        lockAndOpenArticle();
        m_kiosk.window()->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.window()->staff()->panel()->isVisible(), 5000);
        QVERIFY(qobject_cast<QLabel *>(m_kiosk.visible(QStringLiteral("staffVersion")))
                    ->text()
                    .contains(QLatin1String(KIOSK_VERSION)));
        // The content check is on the panel, behind "Show details": counts, then each problem.
        m_kiosk.tap(QStringLiteral("staffShowDetails"));
        const QString report =
            qobject_cast<QPlainTextEdit *>(m_kiosk.visible(QStringLiteral("staffContentReport")))->toPlainText();
        QVERIFY2(report.startsWith(QLatin1String("20 articles in 2 languages. 0 errors")), qPrintable(report.left(80)));
        QVERIFY(report.contains(QLatin1String("not reviewed by a clinician yet")));
        QVERIFY(!m_kiosk.window()->idleMonitor()->isWarning());

        m_kiosk.tap(QStringLiteral("staffResume"));
        QVERIFY(!m_kiosk.window()->staff()->panel()->isVisible());
        QVERIFY(m_kiosk.window()->isKioskLocked());

        m_kiosk.window()->staff()->setPanelAutoLockMs(500);
        holdCorner(400);
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.window()->staff()->panel()->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk.window()->staff()->panel()->isVisible(), 3000);
        QVERIFY(m_kiosk.window()->isKioskLocked());
    }

    void staffCanLeave()
    {
        startWindow(true);
        lockAndOpenArticle();
        QSignalSpy leave(m_kiosk.window(), &KioskWindow::leaveRequested);
        m_kiosk.window()->staff()->gesture()->setHoldTime(200);
        holdCorner(400);
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.window()->staff()->panel()->isVisible(), 5000);
        m_kiosk.tap(QStringLiteral("staffLeave"));
        QCOMPARE(leave.size(), 0); // it asks first
        m_kiosk.tap(QStringLiteral("staffLeaveConfirm"));
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
        QCOMPARE(m_kiosk.window()->session()->screen(), SessionController::Screen::Reader);
        QVERIFY(m_kiosk.window()->isKioskLocked());
    }

    // The next article is put into the open page (no load); after a crash
    // the patient gets that article back, not the one the page first loaded.
    void killedRendererComesBackWithTheArticleBeingRead()
    {
        startWindow(true);
        lockAndOpenArticle();
        QWidget *input = m_kiosk.window()->readerScreen()->view()->focusProxy();
        m_kiosk.touch().tapAt(input, WebPageProbe::centreOf(page(), QStringLiteral("nav.next a")));
        const QString heading = QStringLiteral("document.querySelector('h1').textContent");
        const QString nextTitle = m_kiosk.window()
                                      ->library()
                                      ->article(QStringLiteral("who-should-not-have-ketamine"), QStringLiteral("en"))
                                      ->title;
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(page(), heading).toString(), nextTitle, 5000);

        const qint64 pid = page()->renderProcessPid();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("renderer process ended")));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("renderer recovered")));
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(page()->renderProcessPid() > 0 && page()->renderProcessPid() != pid, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(WebPageProbe::evaluate(page(), heading).toString(), nextTitle, 5000);
        QCOMPARE(m_kiosk.window()->readerScreen()->articleTitle(), nextTitle);
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
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk.window()->session()->screen(), SessionController::Screen::Attract, 5000);
        QVERIFY(m_kiosk.window()->isKioskLocked());
        // The next patient starts cleanly.
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        QCOMPARE(m_kiosk.window()->currentScreen()->objectName(), QStringLiteral("disclaimerScreen"));
    }
};

QTEST_MAIN(TestKioskMode)
#include "tst_kioskmode.moc"
