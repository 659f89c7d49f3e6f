// patient-kiosk: parse the command line, load config and content, show the
// window. Everything else lives in the core, web and ui libraries.

#include "ArticleLibrary.h"
#include "CommandLineOptions.h"
#include "KioskConfig.h"
#include "KioskLogging.h"
#include "KioskWindow.h"
#include "ScreenshotTour.h"
#include "WebEngineSetup.h"

#include <QApplication>
#include <QScreen>
#include <cstdio>

namespace {

constexpr auto BundledContent = ":/content";
constexpr double MinimumAccessibleWarningSeconds = 20.0; // WCAG 2.2.1

void printTo(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

QStringList contentRoots(const KioskConfig &config)
{
    QStringList roots{QLatin1String(BundledContent)};
    if (!config.contentDir().isEmpty())
        roots.append(config.contentDir());
    return roots;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareWebEngine(); // before QApplication: scheme registration and Chromium flags

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("patient-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QApplication::setOrganizationName(QStringLiteral("patient-kiosk"));
    QApplication::setDesktopFileName(QStringLiteral(KIOSK_APP_ID));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}"));

    const CommandLineOptions options = CommandLineOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        printTo(stderr, QStringLiteral("patient-kiosk: %1\nTry 'patient-kiosk --help' for more information.\n")
                            .arg(options.error));
        return 2;
    }
    if (options.helpRequested) {
        printTo(stdout, options.helpText);
        return 0;
    }
    if (options.versionRequested) {
        printTo(stdout, QStringLiteral("patient-kiosk %1\n").arg(QApplication::applicationVersion()));
        return 0;
    }

    QList<ContentProblem> configProblems;
    const QString configPath = options.configPath.isEmpty() ? KioskConfig::systemConfigPath() : options.configPath;
    KioskConfig config = KioskConfig::load(configPath, &configProblems);
    for (const ContentProblem &problem : std::as_const(configProblems)) {
        if (problem.isError())
            qCCritical(lcConfig).noquote() << problem.toString();
        else
            qCWarning(lcConfig).noquote() << problem.toString();
    }
    if (options.idleTimeoutSeconds)
        config.setValue(KioskConfig::Key::IdleTimeoutSeconds, *options.idleTimeoutSeconds);
    if (options.idleWarningSeconds)
        config.setValue(KioskConfig::Key::IdleWarningSeconds, *options.idleWarningSeconds);
    if (config.idleWarningSeconds() < MinimumAccessibleWarningSeconds) {
        qCWarning(lcConfig) << "idle warning of" << config.idleWarningSeconds()
                            << "s is shorter than the 20 s that WCAG 2.2.1 asks for";
    }

    ArticleLibrary library = ArticleLibrary::load(contentRoots(config));
    if (!library.isUsable()) {
        // The clinic's folder broke something essential: fall back to the
        // bundled library, which the test suite proves complete.
        qCCritical(lcContent) << "content is unusable; showing the bundled articles only";
        library = ArticleLibrary::load({QLatin1String(BundledContent)});
    }

    KioskWindow window(&library, config);

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

    if (options.windowed) {
        window.resize(options.size.value_or(QSize(1080, 1920)));
        window.show();
    } else {
        // Without a window manager showFullScreen() does not resize: set the
        // screen's geometry explicitly.
        QScreen *screen = QGuiApplication::primaryScreen();
        window.setGeometry(options.size ? QRect(QPoint(0, 0), *options.size) : screen->geometry());
        window.showFullScreen();
    }
    return QApplication::exec();
}
