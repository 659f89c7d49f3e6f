// patient-kiosk: parse the command line, then either run a command-line tool
// (no display needed) or load config and content and show the kiosk. All
// logic lives in the core, web and ui libraries.

#include "KioskWindow.h"
#include "checks/ContentFolderCheck.h"
#include "checks/ReviewPacket.h"
#include "config/CommandLineOptions.h"
#include "config/ConfigReference.h"
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
#include "usage/UsageDatabase.h"
#include "usage/UsageReport.h"
#include "visit/DisplaySleep.h"
#include "visit/FleetHealthReporter.h"
#include "visit/UsageRecorder.h"
#include "web/WebEngineSetup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
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
    options.takeHome = TakeHomeLink(QUrl(config.takeHomeBaseUrl()));
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

// For IT and the Ansible playbook (its template task validates with this
// before the file goes live): every problem the kiosk would log at start,
// and a misspelt key fails too, since the kiosk would silently ignore it.
int checkConfig(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        printTo(stderr,
                QStringLiteral("patient-kiosk: cannot read the config %1; check the path and its mode\n").arg(path));
        return 2;
    }
    QList<ContentProblem> problems;
    KioskConfig::load(path, &problems);
    for (const ContentProblem &problem : std::as_const(problems))
        printTo(stdout, problem.toString() + QLatin1Char('\n'));
    return problems.isEmpty() ? 0 : 1;
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

// Reads the statistics file read-only, so it works while the kiosk writes
// (WAL) and never changes, migrates or moves the file.
int usageReport(const CommandLineOptions &options)
{
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.content=false"));
    const KioskConfig config = loadConfig(options);
    if (config.usageDatabase().isEmpty()) {
        printTo(stderr, QStringLiteral("patient-kiosk: reading statistics are off ([usage] database is empty in %1); "
                                       "set it to a file to keep them\n")
                            .arg(config.sourcePath()));
        return 1;
    }
    UsageDatabase database(config.usageDatabase());
    const UsageReport::Span span = UsageReport::span(options.usageFrom, options.usageTo, QDate::currentDate());
    const std::optional<UsageCounts> counts =
        database.openReadOnly() ? database.read(span.from, span.to) : std::optional<UsageCounts>();
    if (!counts) {
        printTo(stderr, QStringLiteral("patient-kiosk: %1\n").arg(database.errorText()));
        return 1;
    }
    if (options.reportFormat == QLatin1String("csv")) {
        printTo(stdout, UsageReport::toCsv(*counts));
        return 0;
    }
    // Titles for people; the ids alone when an article is gone from the library.
    const ContentStore content(contentRoots(config), libraryOptions(config));
    const auto title = [&content](const QString &id, const QString &language) {
        const Article *article = content.library().articleForReading(id, language);
        return article && article->language == language ? article->title : QString();
    };
    if (options.reportFormat == QLatin1String("json"))
        printTo(stdout, QString::fromUtf8(UsageReport::toJson(*counts, span, title)));
    else
        printTo(stdout, UsageReport::toText(*counts, span, config.usageDatabase(), title));
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
    if (options.usageReport)
        return usageReport(options);
    if (!options.checkConfigFile.isEmpty())
        return checkConfig(options.checkConfigFile);
    if (!options.configReferenceFormat.isEmpty()) {
        ConfigReference::Format format{};
        ConfigReference::Paths paths{};
        ConfigReference::parseFormat(options.configReferenceFormat, &format, &paths); // checked by parse()
        printTo(stdout, ConfigReference::generate(format, paths));
        return 0;
    }
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
    if (options.screenshotDir.isEmpty()) // the tour's visits are not patients
        new UsageRecorder(&window, config);
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

    // [display] hours: black and unlit at night (not in screenshots).
    const auto *sleep = new DisplaySleep(&window, config);
    auto *health = new FleetHealthReporter(&window, config); // [metrics] textfile: health for Prometheus
    // A black screen at night paints nothing: the frozen-screen alert asks
    // for "awake" too, so the gauge must follow the schedule.
    health->followDisplay(sleep);
    if (const auto *usage = window.findChild<UsageRecorder *>())
        health->countReading(usage->store());
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
