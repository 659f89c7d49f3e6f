// The staff PIN pad and panel in the real window, as front-desk staff meet
// them: a lockout keeps the pad open and counts down instead of dropping the
// next digits on the patient's screen, the pad says what to type, the content
// check is a sentence with the details behind a button, the idle buttons
// never move the wrong way, leaving asks first, and a language change turns
// every staff line into the new language.

#include "KioskWindow.h"
#include "KioskWindowFixture.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "session/IdleMonitor.h"
#include "session/SessionController.h"
#include "staff/PinPadOverlay.h"
#include "staff/PinVault.h"
#include "staff/StaffController.h"
#include "staff/StaffGesture.h"
#include "staff/StaffLockout.h"
#include "staff/StaffPanel.h"
#include "theme/Theme.h"
#include "web/WebEngineSetup.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <chrono>

Q_CONSTRUCTOR_FUNCTION(prepareWebEngine)

namespace {

const QString Pin = QStringLiteral("482915");
const QString WrongPin = QStringLiteral("135790");

// What a button looks like on screen: the colour filling most of its middle,
// and the colour that stands out most against it (its words).
struct Look
{
    QColor background;
    QColor ink;
    double contrast() const { return Theme::contrastRatio(ink, background); }
};

Look lookOf(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    // Inside the frame and the rounded corners: only fill and words.
    const QRect middle = image.rect().adjusted(20, 20, -20, -20);
    QHash<QRgb, int> counts;
    for (int y = middle.top(); y <= middle.bottom(); ++y) {
        for (int x = middle.left(); x <= middle.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    QRgb ink = background;
    double strongest = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double contrast = Theme::contrastRatio(QColor(it.key()), QColor(background));
        if (it.value() >= 4 && contrast > strongest) {
            strongest = contrast;
            ink = it.key();
        }
    }
    return {QColor(background), QColor(ink)};
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// English source text -> Spanish, for the staff screens' contexts.
QHash<QString, QString> spanishStaffStrings()
{
    QHash<QString, QString> map;
    QFile file(QStringLiteral(KIOSK_TS_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return map;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")
                   && (context == QLatin1String("StaffPanel") || context == QLatin1String("PinPadOverlay"))) {
            map.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
    }
    return map;
}

} // namespace

class TestStaffPad final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KioskWindowFixture m_kiosk;
    QByteArray m_configWithPin; // hashing takes a third of a second: once
    QDateTime m_now;            // the lockout's clock in the tests that move time

    QString configPath() const { return m_dir.filePath(QStringLiteral("kiosk.conf")); }

    KioskConfig config(const QByteArray &extra)
    {
        if (m_configWithPin.isEmpty()) {
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
            QString error;
            if (!PinVault(configPath()).setPin(Pin, &error))
                qWarning() << error;
            QFile file(configPath());
            if (file.open(QIODevice::ReadOnly))
                m_configWithPin = file.readAll();
        }
        {
            QFile file(configPath());
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return {};
            file.write(m_configWithPin + "\n" + extra);
        }
        QList<ContentProblem> problems;
        return KioskConfig::load(configPath(), &problems);
    }

    // A locked kiosk on the welcome screen, with the given content and extra config.
    void startLocked(const QStringList &roots = {QStringLiteral(":/content")}, const QByteArray &extra = {})
    {
        m_kiosk.closeWindow(); // before its config is written again
        if (m_kiosk.content()->roots() != roots)
            m_kiosk.useContent(roots);
        KioskWindowFixture::Options options;
        options.config = config(extra);
        options.staffBar = true;
        QVERIFY(m_kiosk.open(options));
        m_kiosk.tap(QStringLiteral("lockKioskButton"));
        QVERIFY(m_kiosk.window()->isKioskLocked());
        staff()->gesture()->setHoldTime(200);
    }

    StaffController *staff() const { return m_kiosk.window()->staff(); }
    PinPadOverlay *pad() const { return staff()->pinPad(); }

    void openPad()
    {
        const QPoint corner = staff()->gesture()->corner().center();
        m_kiosk.touch().hold(m_kiosk.window(), corner, 400);
        QVERIFY(pad()->isVisible());
    }

    void enterPin(const QString &pin)
    {
        for (const QChar digit : pin)
            m_kiosk.tap(QStringLiteral("pinKey_") + digit);
        m_kiosk.tap(QStringLiteral("pinOk"));
    }

    void unlockPanel()
    {
        openPad();
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(staff()->panel()->isVisible(), 5000);
    }

    QString labelText(const QString &name) const
    {
        auto *label = m_kiosk.visible<QLabel>(name);
        return label ? label->text() : QStringLiteral("<no visible %1>").arg(name);
    }

    QString buttonText(const QString &name) const
    {
        auto *button = m_kiosk.visible<QAbstractButton>(name);
        return button ? button->text() : QStringLiteral("<no visible %1>").arg(name);
    }

    bool isEnabled(const QString &name) const
    {
        QWidget *widget = m_kiosk.visible(name);
        return widget && widget->isEnabled();
    }

    static QStringList padKeys()
    {
        QStringList keys{QStringLiteral("pinErase"), QStringLiteral("pinOk")};
        for (int digit = 0; digit <= 9; ++digit)
            keys.append(QStringLiteral("pinKey_%1").arg(digit));
        return keys;
    }

    // Five wrong PINs in a row by touch: the first lockout begins.
    void lockOutByWrongPins()
    {
        for (int i = 0; i < StaffLockout::FailuresBeforeLockout; ++i) {
            enterPin(WrongPin);
            auto checked = [this] { return isEnabled(QStringLiteral("pinOk")) || staff()->lockout().isLockedOut(); };
            QTRY_VERIFY_WITH_TIMEOUT(checked(), 5000);
        }
        QVERIFY(staff()->lockout().isLockedOut());
    }

    // Every visible button of the staff screen has a name for tests and one
    // for screen readers.
    void verifyNamedControls(QWidget *screen)
    {
        int checked = 0;
        for (QAbstractButton *button : screen->findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            QVERIFY2(!button->objectName().isEmpty(), qPrintable(button->text()));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(button->objectName()));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // No visible line of the staff screen is still an English string whose
    // Spanish differs.
    void verifyNoEnglishLeft(QWidget *screen, const QHash<QString, QString> &spanish)
    {
        int checked = 0;
        for (QWidget *widget : screen->findChildren<QWidget *>()) {
            if (!widget->isVisible())
                continue;
            QString shown;
            if (auto *label = qobject_cast<QLabel *>(widget))
                shown = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                shown = button->text();
            else
                continue;
            ++checked;
            for (auto it = spanish.cbegin(); it != spanish.cend(); ++it) {
                // Short words ("OK") are checked by name where they appear.
                if (it.key() == it.value() || it.key().contains(QLatin1Char('%')) || it.key().size() < 4)
                    continue;
                // A whole word or sentence: "Cancel" is not in "Cancelar".
                const QRegularExpression english(
                    QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(it.key())));
                QVERIFY2(!english.match(shown).hasMatch(),
                         qPrintable(QStringLiteral("%1 still says '%2'").arg(widget->objectName(), it.key())));
            }
        }
        QVERIFY(checked > 3);
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("state.ini")));
        m_now = QDateTime::currentDateTimeUtc();
    }

    void cleanup() { m_kiosk.closeWindow(); }

    void lockoutThatCannotBeSavedRefusesPinEntry()
    {
        // A folder where the lockout file must go: nothing can be saved
        // there (as root too, which CI is). Tries that cannot be counted
        // are not offered: fail closed, and say who can help.
        const QString statePath = m_dir.filePath(QStringLiteral("state.ini"));
        QVERIFY(QDir().mkpath(statePath + QStringLiteral("/blocked")));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("cannot save the wrong-PIN lockout state")));
        startLocked();
        openPad();
        QVERIFY(pad()->isServiceNeeded());
        QVERIFY2(labelText(QStringLiteral("pinMessage")).startsWith(QLatin1String("Service needed")),
                 qPrintable(labelText(QStringLiteral("pinMessage"))));
        for (const char *key : {"pinKey_1", "pinKey_5", "pinOk"})
            QVERIFY2(!m_kiosk.visible(QLatin1String(key))->isEnabled(), key);
        // The right PIN typed anyway opens nothing.
        enterPin(Pin);
        QTest::qWait(600);
        QVERIFY(!staff()->panel()->isVisible());
        QVERIFY(m_kiosk.window()->isKioskLocked());
        QVERIFY(QDir(statePath).removeRecursively());
    }

    void unlockWithoutItsAuditRecordIsRefused()
    {
        const QString auditPath = m_dir.filePath(QStringLiteral("audit.log"));
        QFile::remove(auditPath);
        QVERIFY(QDir().mkpath(auditPath)); // the log cannot be written: a folder in its place
        startLocked();
        openPad();
        QVERIFY(!pad()->isServiceNeeded());
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("cannot write the audit log")));
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(pad()->isServiceNeeded(), 5000);
        QVERIFY(!staff()->panel()->isVisible());
        QVERIFY(m_kiosk.window()->isKioskLocked());
        QVERIFY(QDir(auditPath).removeRecursively());
    }

    void padSaysWhatToEnterAndItsKeysAreReadable()
    {
        startLocked();
        openPad();
        // The vault's own rule, in words.
        QCOMPARE(labelText(QStringLiteral("pinInstruction")), QStringLiteral("Enter the staff PIN (%1 to %2 digits)")
                                                                  .arg(PinVault::MinimumLength)
                                                                  .arg(PinVault::MaximumLength));
        QCOMPARE(PinVault::weakness(QString(PinVault::MinimumLength - 1, QLatin1Char('7'))).isEmpty(), false);
        verifyNamedControls(pad());

        auto *ok = m_kiosk.visible<QPushButton>(QStringLiteral("pinOk"));
        auto *digit = m_kiosk.visible<QPushButton>(QStringLiteral("pinKey_5"));
        QVERIFY(ok && digit);
        const Look okLook = lookOf(ok);
        const Look digitLook = lookOf(digit);
        QVERIFY2(okLook.contrast() >= 7.0, qPrintable(QStringLiteral("OK: %1 on %2, %3:1")
                                                          .arg(okLook.ink.name(), okLook.background.name())
                                                          .arg(okLook.contrast())));
        QVERIFY2(digitLook.contrast() >= 7.0, qPrintable(QStringLiteral("5: %1 on %2, %3:1")
                                                             .arg(digitLook.ink.name(), digitLook.background.name())
                                                             .arg(digitLook.contrast())));

        // Locked out, the same keys are plainly off: another fill, words
        // still readable, and no longer the working key's colours.
        lockOutByWrongPins();
        QVERIFY(!ok->isEnabled());
        const Look okOff = lookOf(ok);
        const Look digitOff = lookOf(digit);
        QVERIFY2(colourDistance(okOff.background, okLook.background) > 100,
                 qPrintable(okOff.background.name() + QLatin1Char(' ') + okLook.background.name()));
        QVERIFY2(colourDistance(digitOff.background, digitLook.background) > 30,
                 qPrintable(digitOff.background.name() + QLatin1Char(' ') + digitLook.background.name()));
        QCOMPARE(okOff.background, digitOff.background); // one disabled look for every key
        QVERIFY2(okOff.contrast() >= 4.5, qPrintable(QString::number(okOff.contrast())));
        QVERIFY(okOff.contrast() < okLook.contrast() || okOff.ink != okLook.ink);
    }

    void lockoutKeepsThePadOpenAndCountsDown()
    {
        startLocked();
        m_kiosk.passDisclaimer(); // the home screen's tiles lie under the pad
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
        staff()->setLockoutClock([this] { return m_now; });
        // Far shorter than the 30 s lockout: a pad that still closed itself
        // after this long without a press would be gone long before the end.
        constexpr int IdleCloseMs = 1000;
        pad()->setIdleCloseMs(IdleCloseMs);
        openPad();
        lockOutByWrongPins();

        const QString firstWait = PinPadOverlay::clockText(StaffLockout::FirstLockoutSeconds);
        QCOMPARE(firstWait, QStringLiteral("0:30"));
        QCOMPARE(labelText(QStringLiteral("pinLockedMessage")), QStringLiteral("Locked. Try again in 0:30"));
        for (const QString &key : padKeys())
            QVERIFY2(!isEnabled(key), qPrintable(key));
        QVERIFY(isEnabled(QStringLiteral("pinCancel")));

        QTest::qWait(3 * IdleCloseMs);
        QVERIFY(pad()->isVisible());
        QCOMPARE(labelText(QStringLiteral("pinLockedMessage")), QStringLiteral("Locked. Try again in 0:30"));

        m_now = m_now.addSecs(5);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("pinLockedMessage")),
                                  QStringLiteral("Locked. Try again in 0:25"), 2000);
        m_now = m_now.addSecs(1);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(QStringLiteral("pinLockedMessage")),
                                  QStringLiteral("Locked. Try again in 0:24"), 2000);

        // The wait ends with the pad still there and its keys back.
        m_now = m_now.addSecs(StaffLockout::FirstLockoutSeconds);
        QTRY_VERIFY_WITH_TIMEOUT(isEnabled(QStringLiteral("pinOk")), 2000);
        QVERIFY(pad()->isVisible());
        QVERIFY(!m_kiosk.visible(QStringLiteral("pinLockedMessage")));
        for (const QString &key : padKeys())
            QVERIFY2(isEnabled(key), qPrintable(key));

        // The next digits go to the pad, not to the patient's screen under it.
        const SessionController::Location before = m_kiosk.window()->session()->location();
        for (const QString &digit : {QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("2")})
            m_kiosk.tap(QStringLiteral("pinKey_") + digit);
        QVERIFY(pad()->isVisible());
        QCOMPARE(pad()->enteredLength(), 3);
        QCOMPARE(labelText(QStringLiteral("pinDots")), QString(3, QChar(0x25CF)));
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
        QCOMPARE(m_kiosk.window()->session()->location().screen, before.screen);

        // Its idle close runs again once the pause is over.
        QTRY_VERIFY_WITH_TIMEOUT(!pad()->isVisible(), 5 * IdleCloseMs);
        QCOMPARE(m_kiosk.screenName(), QStringLiteral("homeScreen"));
    }

    // OK with too few digits says so and keeps them; the rest can be
    // added. (It used to clear them without a word.) No wrong PIN is counted.
    void okWithTooFewDigitsSaysSoAndKeepsThem()
    {
        startLocked();
        openPad();
        enterPin(Pin.left(3));
        QVERIFY(pad()->isVisible());
        QCOMPARE(pad()->enteredLength(), 3);
        QCOMPARE(labelText(QStringLiteral("pinMessage")),
                 QStringLiteral("Too short: the staff PIN has 6 to 12 digits."));
        enterPin(Pin.mid(3));
        QTRY_VERIFY_WITH_TIMEOUT(staff()->panel()->isVisible(), 5000);
    }

    void lockoutCountdownReadsLikeAClock()
    {
        QCOMPARE(PinPadOverlay::clockText(25), QStringLiteral("0:25"));
        QCOMPARE(PinPadOverlay::clockText(60), QStringLiteral("1:00"));
        QCOMPARE(PinPadOverlay::clockText(StaffLockout::LongestLockoutSeconds), QStringLiteral("15:00"));
    }

    void cancelStillWorksDuringALockout()
    {
        startLocked();
        staff()->setLockoutClock([this] { return m_now; });
        openPad();
        lockOutByWrongPins();
        m_kiosk.tap(QStringLiteral("pinCancel"));
        QVERIFY(!pad()->isVisible());
        QVERIFY(m_kiosk.window()->isKioskLocked());
        // Opened again during the same pause: still locked, still counting.
        m_now = m_now.addSecs(10);
        openPad();
        QCOMPARE(labelText(QStringLiteral("pinLockedMessage")), QStringLiteral("Locked. Try again in 0:20"));
        QVERIFY(!isEnabled(QStringLiteral("pinKey_1")));
    }

    void itEndsAPauseWithoutARestart()
    {
        startLocked();
        staff()->setLockoutClock([this] { return m_now; });
        openPad();
        lockOutByWrongPins();
        m_kiosk.tap(QStringLiteral("pinCancel"));
        // What `patient-kiosk --clear-lockout` does to the state file, from
        // a shell while the kiosk runs.
        StaffLockout(m_dir.filePath(QStringLiteral("state.ini"))).recordSuccess();
        openPad();
        QVERIFY(!pad()->isLockedOut());
        QVERIFY(isEnabled(QStringLiteral("pinKey_1")));
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(staff()->panel()->isVisible(), 5000);
    }

    void contentCheckIsASentence_data()
    {
        QTest::addColumn<QStringList>("roots");
        QTest::addColumn<bool>("broken");
        QTest::newRow("bundled content") << QStringList{QStringLiteral(":/content")} << false;
        QTest::newRow("with a broken folder")
            << QStringList{QStringLiteral(":/content"), QStringLiteral(KIOSK_BROKEN_CORPUS)} << true;
    }

    // Staff add an article and tap "Reload content": the patient is reset,
    // and the panel counts the new library at once.
    void reloadShowsTheNewLibraryInThePanel()
    {
        QTemporaryDir clinic;
        startLocked({QStringLiteral(":/content"), clinic.path()});
        const qsizetype before = m_kiosk.window()->library()->allArticles(QStringLiteral("en")).size();
        m_kiosk.passDisclaimer(); // a patient is here: a folder change waits for the reset
        unlockPanel();
        QVERIFY(
            labelText(QStringLiteral("staffSummary")).startsWith(QStringLiteral("All %1 articles OK.").arg(before)));

        QVERIFY(QDir().mkpath(clinic.filePath(QStringLiteral("articles/en"))));
        QFile article(clinic.filePath(QStringLiteral("articles/en/parking.md")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("---\nid: parking\ntitle: \"Where to park\"\ntopic: integration\n"
                      "summary: \"The side lot is free.\"\nlanguage: en\nupdated: 2026-11-24\n"
                      "sources:\n  - \"Front desk.\"\n  - \"Clinic map.\"\n---\nPark in the side lot.\n");
        article.close();
        m_kiosk.tap(QStringLiteral("staffReload"));
        QCOMPARE(m_kiosk.window()->session()->location().screen, SessionController::Screen::Attract);
        QCOMPARE(m_kiosk.window()->library()->allArticles(QStringLiteral("en")).size(), before + 1);
        QTRY_VERIFY2(
            labelText(QStringLiteral("staffSummary")).startsWith(QStringLiteral("All %1 articles OK.").arg(before + 1)),
            qPrintable(labelText(QStringLiteral("staffSummary"))));
    }

    void contentCheckIsASentence()
    {
        QFETCH(QStringList, roots);
        QFETCH(bool, broken);
        startLocked(roots);
        unlockPanel();
        const ArticleLibrary *library = m_kiosk.window()->library();

        const QString summary = labelText(QStringLiteral("staffSummary"));
        const QStringList lines = summary.split(QLatin1Char('\n'));
        if (!broken) {
            QCOMPARE(library->errorCount(), 0);
            QCOMPARE(lines.first(),
                     QStringLiteral("All %1 articles OK.").arg(library->allArticles(QStringLiteral("en")).size()));
        } else {
            QSet<QString> articles;
            QSet<QString> others;
            for (const ContentProblem &problem : library->problems()) {
                if (problem.isError())
                    (problem.file.endsWith(QLatin1String(".md")) ? articles : others).insert(problem.file);
            }
            QVERIFY(articles.size() > 1);
            QCOMPARE(lines.first(),
                     QStringLiteral("%1 articles have problems; the kiosk shows the rest.").arg(articles.size()));
            // Pictures that are not pictures: not articles, but broken all the same.
            QVERIFY(!others.isEmpty());
            const QString otherFiles = others.size() == 1
                                           ? QStringLiteral("1 other content file has problems.")
                                           : QStringLiteral("%1 other content files have problems.").arg(others.size());
            QCOMPARE(lines.value(1), otherFiles);
            QVERIFY(summary.contains(QLatin1String("Show the details to the clinic's content editor.")));
        }
        const int due = library->articlesDueForReview();
        QVERIFY(due > 1);
        QCOMPARE(lines.last(), QStringLiteral("%1 articles are due for a clinician's review.").arg(due));
        // Nothing a person must decode: no file paths, no "error:" lines.
        QVERIFY2(!summary.contains(QLatin1String(": error:")) && !summary.contains(QLatin1String(": warning:"))
                     && !summary.contains(QLatin1String(".md")),
                 qPrintable(summary));

        // The raw lines wait behind "Show details".
        QVERIFY(!m_kiosk.visible(QStringLiteral("staffContentReport")));
        QCOMPARE(buttonText(QStringLiteral("staffShowDetails")), QStringLiteral("Show details"));
        m_kiosk.tap(QStringLiteral("staffShowDetails"));
        auto *details = m_kiosk.visible<QPlainTextEdit>(QStringLiteral("staffContentReport"));
        QVERIFY(details);
        const QString report = details->toPlainText();
        QVERIFY2(report.contains(QLatin1String(broken ? ": error:" : ": warning:")), qPrintable(report.left(200)));
        // Which content is live, as --check-content names it for a folder.
        QCOMPARE(library->revision().size(), 12);
        QVERIFY2(report.contains(QStringLiteral("Content revision %1.").arg(library->revision())),
                 qPrintable(report.left(300)));
        QCOMPARE(buttonText(QStringLiteral("staffShowDetails")), QStringLiteral("Hide details"));
        m_kiosk.tap(QStringLiteral("staffShowDetails"));
        QVERIFY(!m_kiosk.visible(QStringLiteral("staffContentReport")));
        QCOMPARE(buttonText(QStringLiteral("staffShowDetails")), QStringLiteral("Show details"));
    }

    void shorterNeverMakesTheTimeoutLonger()
    {
        startLocked({QStringLiteral(":/content")}, "[idle]\ntimeout_seconds=20\n");
        unlockPanel();
        const auto idleTimeout = [this] { return m_kiosk.window()->idleMonitor()->idleTimeout(); };
        QCOMPARE(idleTimeout(), std::chrono::milliseconds(20000));
        QCOMPARE(labelText(QStringLiteral("staffIdleTimeout")),
                 QStringLiteral("Screen resets after 20 s without a touch."));
        // 20 s less 30 s is no time at all: the button is off, and a press
        // changes nothing.
        QVERIFY(!isEnabled(QStringLiteral("staffIdleShorter")));
        m_kiosk.tap(QStringLiteral("staffIdleShorter"));
        QCOMPARE(labelText(QStringLiteral("staffIdleTimeout")),
                 QStringLiteral("Screen resets after 20 s without a touch."));
        QCOMPARE(idleTimeout(), std::chrono::milliseconds(20000));

        for (int i = 0; i < 4; ++i) {
            m_kiosk.tap(QStringLiteral("staffIdleLonger"));
        }
        QCOMPARE(idleTimeout(), std::chrono::milliseconds(140000));
        QCOMPARE(labelText(QStringLiteral("staffIdleTimeout")),
                 QStringLiteral("Screen resets after 2 min 20 s without a touch. "
                                "Back to the usual 20 s when the kiosk restarts."));
        QVERIFY(isEnabled(QStringLiteral("staffIdleShorter")));
        for (int i = 0; i < 4; ++i)
            m_kiosk.tap(QStringLiteral("staffIdleShorter"));
        QCOMPARE(idleTimeout(), std::chrono::milliseconds(20000));
        QCOMPARE(labelText(QStringLiteral("staffIdleTimeout")),
                 QStringLiteral("Screen resets after 20 s without a touch."));
        QVERIFY(!isEnabled(QStringLiteral("staffIdleShorter")));
    }

    void leavingAsksFirst()
    {
        startLocked();
        QSignalSpy leave(m_kiosk.window(), &KioskWindow::leaveRequested);
        unlockPanel();
        verifyNamedControls(staff()->panel());

        // Not another button like "Reload content": red words and frame.
        auto *leaveButton = m_kiosk.visible<QPushButton>(QStringLiteral("staffLeave"));
        auto *reload = m_kiosk.visible<QPushButton>(QStringLiteral("staffReload"));
        QVERIFY(leaveButton && reload);
        const Look leaveLook = lookOf(leaveButton);
        const Look reloadLook = lookOf(reload);
        QVERIFY2(colourDistance(leaveLook.ink, reloadLook.ink) > 100,
                 qPrintable(leaveLook.ink.name() + QLatin1Char(' ') + reloadLook.ink.name()));
        QVERIFY2(leaveLook.ink.red() > leaveLook.ink.green() + leaveLook.ink.blue(), qPrintable(leaveLook.ink.name()));
        QVERIFY(leaveLook.contrast() >= 7.0);

        m_kiosk.tap(QStringLiteral("staffLeave"));
        QCOMPARE(leave.size(), 0);
        QCOMPARE(labelText(QStringLiteral("staffLeaveQuestion")),
                 QStringLiteral("Leave kiosk mode? The kiosk closes and the computer's desktop shows."));
        QCOMPARE(buttonText(QStringLiteral("staffLeaveConfirm")), QStringLiteral("Yes, leave"));
        QCOMPARE(buttonText(QStringLiteral("staffLeaveCancel")), QStringLiteral("Cancel"));
        verifyNamedControls(staff()->panel());
        // The question must be answered: the panel's other buttons wait under it.
        m_kiosk.tap(QStringLiteral("staffResume"));
        QVERIFY(staff()->panel()->isVisible());
        QVERIFY(m_kiosk.visible(QStringLiteral("staffLeaveQuestion")));

        m_kiosk.tap(QStringLiteral("staffLeaveCancel"));
        QCOMPARE(leave.size(), 0);
        QVERIFY(m_kiosk.window()->isKioskLocked());
        QVERIFY(staff()->panel()->isVisible());
        QVERIFY(m_kiosk.visible(QStringLiteral("staffLeave")));
        QVERIFY(!m_kiosk.visible(QStringLiteral("staffLeaveConfirm")));
        QVERIFY(!m_kiosk.visible(QStringLiteral("staffLeaveQuestion")));

        m_kiosk.tap(QStringLiteral("staffLeave"));
        m_kiosk.tap(QStringLiteral("staffLeaveConfirm"));
        QCOMPARE(leave.size(), 1);
        QVERIFY(!m_kiosk.window()->isKioskLocked());
    }

    void staffScreensFollowTheLanguage()
    {
        const QHash<QString, QString> spanish = spanishStaffStrings();
        QVERIFY(spanish.size() > 20);
        startLocked();
        // Built in English, opened once in English...
        unlockPanel();
        QCOMPARE(buttonText(QStringLiteral("staffLeave")), QStringLiteral("Leave kiosk mode"));
        m_kiosk.tap(QStringLiteral("staffResume"));
        QVERIFY(!staff()->panel()->isVisible());
        // Locking again shows the window anew (frameless, full screen): a
        // tap before it is back on screen would go nowhere.
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.window()));
        QTest::qWait(200);

        // ...then a patient switches to Spanish: every staff line follows.
        // (Locked, the window is the offscreen screen's 800x800, too short
        // for the welcome's second button: the switch is on the disclaimer.)
        m_kiosk.tap(QStringLiteral("beginButton_en"));
        m_kiosk.tap(QStringLiteral("language_es"));
        QCOMPARE(m_kiosk.window()->session()->language(), QStringLiteral("es"));
        openPad();
        QCOMPARE(labelText(QStringLiteral("pinTitle")), QStringLiteral("PIN del personal"));
        QCOMPARE(labelText(QStringLiteral("pinInstruction")),
                 QStringLiteral("Escriba el PIN del personal (de %1 a %2 dígitos)")
                     .arg(PinVault::MinimumLength)
                     .arg(PinVault::MaximumLength));
        QCOMPARE(buttonText(QStringLiteral("pinOk")), QStringLiteral("Aceptar"));
        verifyNoEnglishLeft(pad(), spanish);
        enterPin(Pin);
        QTRY_VERIFY_WITH_TIMEOUT(staff()->panel()->isVisible(), 5000);

        QCOMPARE(labelText(QStringLiteral("staffTitle")), QStringLiteral("Personal"));
        QCOMPARE(labelText(QStringLiteral("staffIdleTimeout")),
                 QStringLiteral("La pantalla vuelve al inicio después de 2 min sin que nadie la toque."));
        QCOMPARE(buttonText(QStringLiteral("staffReload")), QStringLiteral("Volver a cargar el contenido"));
        QCOMPARE(buttonText(QStringLiteral("staffLeave")), QStringLiteral("Salir del modo quiosco"));
        QCOMPARE(buttonText(QStringLiteral("staffShowDetails")), QStringLiteral("Ver los detalles"));
        const QString summary = labelText(QStringLiteral("staffSummary"));
        QVERIFY2(summary.startsWith(QStringLiteral("Los %1 artículos están bien.")
                                        .arg(m_kiosk.window()->library()->allArticles(QStringLiteral("en")).size())),
                 qPrintable(summary));
        verifyNoEnglishLeft(staff()->panel(), spanish);

        m_kiosk.tap(QStringLiteral("staffIdleLonger"));
        QCOMPARE(labelText(QStringLiteral("staffIdleTimeout")),
                 QStringLiteral("La pantalla vuelve al inicio después de 2 min 30 s sin que nadie la toque. "
                                "Vuelve a 2 min, lo habitual, cuando se reinicie el quiosco."));
        m_kiosk.tap(QStringLiteral("staffShowDetails"));
        const ArticleLibrary *library = m_kiosk.window()->library();
        QVERIFY(m_kiosk.visible<QPlainTextEdit>(QStringLiteral("staffContentReport"))
                    ->toPlainText()
                    .startsWith(QStringLiteral("%1 artículos en %2 idiomas.")
                                    .arg(library->allArticles(QStringLiteral("en")).size())
                                    .arg(library->languages().size())));
        m_kiosk.tap(QStringLiteral("staffLeave"));
        QCOMPARE(buttonText(QStringLiteral("staffLeaveConfirm")), QStringLiteral("Sí, salir"));
        verifyNoEnglishLeft(staff()->panel(), spanish);
        m_kiosk.tap(QStringLiteral("staffLeaveCancel"));
        QVERIFY(m_kiosk.window()->isKioskLocked());
    }
};

QTEST_MAIN(TestStaffPad)
#include "tst_staffpad.moc"
