// patient-kiosk: parse the command line, then either run a command-line tool
// (no display needed) or load config and content and show the kiosk. All
// logic lives in the core, web and ui libraries.

#include "KioskWindow.h"
#include "checks/ContentFolderCheck.h"
#include "checks/ReviewPacket.h"
#include "config/CommandLineOptions.h"
#include "config/KioskConfig.h"
#include "content/ContentStore.h"
#include "content/HtmlExporter.h"
#include "staff/AuditLog.h"
#include "staff/PinVault.h"
#include "staff/StaffController.h"
#include "staff/StaffLockout.h"
#include "system/KioskLogging.h"
#include "system/SystemdNotifier.h"
#include "theme/GraphicsBackend.h"
#include "tools/FirstFrameReporter.h"
#include "tools/ScreenshotTour.h"
#include "web/WebEngineSetup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QScreen>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

constexpr auto BundledContent = ":/content";
constexpr double MinimumAccessibleWarningSeconds = 20.0; // WCAG 2.2.1

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("patient-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("patient-kiosk"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}"));
}

QString configPathFor(const CommandLineOptions &options)
{
    return options.configPath.isEmpty() ? KioskConfig::systemConfigPath() : options.configPath;
}

KioskConfig loadConfig(const CommandLineOptions &options)
{
    QList<ContentProblem> problems;
    KioskConfig config = KioskConfig::load(configPathFor(options), &problems);
    for (const ContentProblem &problem : std::as_const(problems)) {
        if (problem.isError())
            qCCritical(lcConfig).noquote() << problem.toString();
        else
            qCWarning(lcConfig).noquote() << problem.toString();
    }
    // The command line wins over the file.
    if (options.idleTimeoutSeconds)
        config.setValue(KioskConfig::Key::IdleTimeoutSeconds, *options.idleTimeoutSeconds);
    if (options.idleWarningSeconds)
        config.setValue(KioskConfig::Key::IdleWarningSeconds, *options.idleWarningSeconds);
    if (!options.contentDir.isEmpty())
        config.setValue(KioskConfig::Key::ContentDir, options.contentDir);
    if (!options.language.isEmpty())
        config.setValue(KioskConfig::Key::DefaultLanguage, options.language);
    if (config.idleWarningSeconds() < MinimumAccessibleWarningSeconds) {
        qCWarning(lcConfig) << "idle warning of" << config.idleWarningSeconds()
                            << "s is shorter than the 20 s that WCAG 2.2.1 asks for";
    }
    return config;
}

// Test-only: KIOSK_TEST_BLOCK_MAIN_LOOP_MS=AFTER:FOR hangs the main loop for
// FOR ms after AFTER ms, so the watchdog test can prove the pings stop (and
// systemd would restart a hung kiosk). Unset in production.
void blockMainLoopForTests()
{
    const QStringList parts = qEnvironmentVariable("KIOSK_TEST_BLOCK_MAIN_LOOP_MS").split(QLatin1Char(':'));
    if (parts.size() != 2)
        return;
    const int blockMs = parts.at(1).toInt();
    QTimer::singleShot(parts.at(0).toInt(), [blockMs] {
        qCWarning(lcSession) << "test hook: blocking the main loop for" << blockMs << "ms";
        QThread::msleep(ulong(blockMs));
    });
}

QStringList contentRoots(const KioskConfig &config)
{
    QStringList roots{QLatin1String(BundledContent)};
    if (!config.contentDir().isEmpty())
        roots.append(config.contentDir());
    return roots;
}

// The clinic's facts and review interval the articles are rendered and checked with.
ArticleLibrary::Options libraryOptions(const KioskConfig &config)
{
    ArticleLibrary::Options options;
    options.clinic.phone = config.clinicPhone();
    options.clinic.hours = config.clinicHours();
    options.reviewMonths = config.reviewMonths();
    return options;
}

// Reads one line without echo when standard input is a terminal: the PIN
// never appears on screen, in the shell history or in a process listing.
QString readSecretLine(const char *prompt, bool interactive)
{
    termios saved{};
    if (interactive) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (interactive) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return QString::fromStdString(line).trimmed();
}

int setPin(const CommandLineOptions &options)
{
    const bool interactive = isatty(STDIN_FILENO);
    const QString pin = readSecretLine("New staff PIN (6-12 digits): ", interactive);
    if (interactive && readSecretLine("Type it again: ", true) != pin) {
        printTo(stderr, QStringLiteral("patient-kiosk: the two PINs differ; nothing was changed\n"));
        return 1;
    }
    PinVault vault(configPathFor(options));
    QString error;
    if (!vault.setPin(pin, &error)) {
        printTo(stderr, QStringLiteral("patient-kiosk: %1\n").arg(error));
        return 1;
    }
    printTo(stdout, QStringLiteral("Staff PIN stored (as a salted PBKDF2 hash) in %1\n").arg(vault.pinFile()));
    if (vault.hasLegacyPin()) {
        printTo(stdout, QStringLiteral("The old PIN hash in %1 is no longer used; delete its pin_hash, pin_salt "
                                       "and pin_iterations lines.\n")
                            .arg(configPathFor(options)));
    }
    return 0;
}

// Versions up to 0.1.0 kept the PIN hash in the config. The package's
// postinst moves it on upgrade; this covers a config it never saw (--config,
// a config restored from an old backup), so such a kiosk keeps its PIN.
void moveLegacyPin(PinVault *vault, const CommandLineOptions &options)
{
    QString error;
    switch (vault->moveLegacyPin(&error)) {
    case PinVault::Migration::NothingToDo:
        break;
    case PinVault::Migration::Moved:
        qCInfo(lcStaff).noquote() << "staff PIN hash moved from" << configPathFor(options) << "to" << vault->pinFile();
        break;
    case PinVault::Migration::Failed:
        qCCritical(lcStaff).noquote() << "the staff PIN hash in" << configPathFor(options)
                                      << "could not be moved to its own file:" << error;
        break;
    }
}

// IT's way back when staff are locked out (patients can type wrong PINs on
// purpose): only someone with a shell on the kiosk can run it, and the
// audit log says that it happened.
int clearLockout(const CommandLineOptions &options)
{
    const KioskConfig config = loadConfig(options);
    StaffLockout lockout(config.staffStateFile());
    const int wasLocked = lockout.secondsLeft();
    lockout.recordSuccess();
    if (lockout.lastSaveFailed()) {
        printTo(stderr, QStringLiteral("patient-kiosk: cannot write %1; run this as root or as the kiosk user, "
                                       "and check the disk is not full\n")
                            .arg(config.staffStateFile()));
        return 1;
    }
    if (!AuditLog(config.auditLogFile())
             .record(QStringLiteral("staff lockout cleared from the command line"),
                     wasLocked > 0 ? QStringLiteral("%1 s were left").arg(wasLocked)
                                   : QStringLiteral("none running"))) {
        printTo(stderr, QStringLiteral("patient-kiosk: the lockout is cleared, but %1 cannot be written\n")
                            .arg(config.auditLogFile()));
        return 1;
    }
    printTo(stdout,
            wasLocked > 0
                ? QStringLiteral("Wrong-PIN pause ended (%1 s were left). Staff can try again now.\n").arg(wasLocked)
                : QStringLiteral("No wrong-PIN pause was running; the count of wrong PINs is reset.\n"));
    return 0;
}

int runCommandLineTool(int argc, char *argv[], const CommandLineOptions &options)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    if (!options.error.isEmpty()) {
        printTo(
            stderr,
            QStringLiteral("patient-kiosk: %1\nTry 'patient-kiosk --help' for more information.\n").arg(options.error));
        return 2;
    }
    if (options.helpRequested) {
        printTo(stdout, CommandLineOptions::helpText());
        return 0;
    }
    if (options.versionRequested) {
        printTo(stdout, QStringLiteral("patient-kiosk %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (options.setPin)
        return setPin(options);
    if (options.clearLockout)
        return clearLockout(options);
    if (!options.checkContentDir.isEmpty()) {
        // Only the report on stdout: the loader's own log lines would repeat it.
        QLoggingCategory::setFilterRules(QStringLiteral("kiosk.content=false"));
        const KioskConfig config = loadConfig(options);
        const ContentFolderCheck::Report report = ContentFolderCheck::run(
            options.checkContentDir, QLatin1String(BundledContent), libraryOptions(config), config.sourcePath());
        if (options.reportFormat == QLatin1String("json"))
            printTo(stdout, QString::fromUtf8(ContentFolderCheck::toJson(report)));
        else
            printTo(stdout, ContentFolderCheck::toText(report));
        return report.exitCode();
    }
    const KioskConfig config = loadConfig(options);
    const ContentStore content(contentRoots(config), libraryOptions(config));
    if (!options.reviewPacketDir.isEmpty()) {
        QString error;
        const QStringList files = ReviewPacket::write(content.library(), options.reviewPacketDir, &error);
        if (files.isEmpty()) {
            printTo(stderr, QStringLiteral("patient-kiosk: review packet failed: %1\n").arg(error));
            return 1;
        }
        printTo(stdout, files.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return 0;
    }
    // --export-html
    QString error;
    const QStringList files = HtmlExporter::exportLibrary(content.library(), options.exportDir, &error);
    if (files.isEmpty()) {
        printTo(stderr, QStringLiteral("patient-kiosk: export failed: %1\n").arg(error));
        return 1;
    }
    printTo(stdout, QStringLiteral("wrote %1 files to %2\n").arg(files.size()).arg(options.exportDir));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    KioskLogging::install(); // first: under systemd every line is a journal entry
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    if (options.isCommandLineTool())
        return runCommandLineTool(argc, argv, options);
    PinVault vault(configPathFor(options));
    moveLegacyPin(&vault, options);
    if (options.kiosk && !vault.hasPin()) {
        // Fail closed: a kiosk nobody can unlock, or one anybody can leave, is not started.
        printTo(stderr,
                QStringLiteral("patient-kiosk: kiosk mode needs a staff PIN so that staff can unlock it "
                               "(none in %1).\nSet one with:  sudo patient-kiosk --set-pin%2\n")
                    .arg(vault.pinFile(),
                         options.configPath.isEmpty() ? QString() : QStringLiteral(" --config ") + options.configPath));
        return 2;
    }

    prepareWebEngine(); // before QApplication: scheme registration and Chromium flags
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral(KIOSK_APP_ID));

    const KioskConfig config = loadConfig(options);
    applyGraphicsBackend(config.graphics());
    ContentStore content(contentRoots(config), libraryOptions(config));
    KioskWindow window(&content, config);
    if (qEnvironmentVariableIsSet("KIOSK_REPORT_FIRST_FRAME"))
        new FirstFrameReporter(&window);
    SystemdNotifier systemd;
    QObject::connect(&window, &KioskWindow::leaveRequested, &app, [&systemd] {
        systemd.notifyStopping();
        QApplication::quit();
    });

    if (!options.screenshotDir.isEmpty()) {
        window.resize(options.size.value_or(QSize(1080, 1920)));
        window.show();
        QString error;
        const QStringList files = ScreenshotTour::run(&window, options.screenshotDir, &error);
        if (files.isEmpty()) {
            printTo(stderr, QStringLiteral("patient-kiosk: screenshots failed: %1\n").arg(error));
            return 1;
        }
        printTo(stdout, files.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return 0;
    }

    if (options.kiosk) {
        window.show();
        window.staff()->lockKiosk();
    } else if (options.windowed) {
        window.resize(options.size.value_or(QSize(1080, 1920)));
        window.setStaffBarVisible(true);
        window.show();
    } else {
        // Without a window manager showFullScreen() does not resize: set the
        // screen's geometry explicitly.
        QScreen *screen = QGuiApplication::primaryScreen();
        window.setGeometry(options.size ? QRect(QPoint(0, 0), *options.size) : screen->geometry());
        window.showFullScreen();
    }
    systemd.notifyReady();
    blockMainLoopForTests();
    return QApplication::exec();
}
