#include "CommandLineOptions.h"

#include "KioskConfig.h"

#include <QCommandLineParser>
#include <QRegularExpression>

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    CommandLineOptions options;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Patient-education kiosk: plain-language articles for a clinic's waiting room."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption windowedOption(
        QStringLiteral("windowed"), QStringLiteral("Run in a normal window instead of covering the screen."));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size, for example 1080x1920 (portrait) or 1920x1080."),
        QStringLiteral("WxH"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Config file to read instead of %1.").arg(KioskConfig::systemConfigPath()),
        QStringLiteral("FILE"));
    const QCommandLineOption idleTimeoutOption(
        QStringLiteral("idle-timeout"), QStringLiteral("Seconds without a touch before the idle warning (default 120)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption idleWarningOption(
        QStringLiteral("idle-warning"), QStringLiteral("Seconds the idle warning counts down (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Render every screen to PNG files in DIR at the current size, then exit."),
        QStringLiteral("DIR"));
    parser.addOptions({windowedOption, sizeOption, configOption, idleTimeoutOption, idleWarningOption,
                       screenshotsOption});
    options.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpRequested = parser.isSet(helpOption);
    options.versionRequested = parser.isSet(versionOption);
    if (!parser.positionalArguments().isEmpty()) {
        options.error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return options;
    }

    options.windowed = parser.isSet(windowedOption);
    options.configPath = parser.value(configOption);
    options.screenshotDir = parser.value(screenshotsOption);

    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("\\A(\\d{2,5})[xX](\\d{2,5})\\z"));
        const QRegularExpressionMatch m = sizePattern.match(parser.value(sizeOption));
        if (!m.hasMatch() || m.captured(1).toInt() < 200 || m.captured(2).toInt() < 200) {
            options.error = QStringLiteral("--size: '%1' is not a size; write WIDTHxHEIGHT, like 1080x1920")
                                .arg(parser.value(sizeOption));
            return options;
        }
        options.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }

    auto seconds = [&](const QCommandLineOption &option, std::optional<double> *target) {
        if (!parser.isSet(option))
            return true;
        *target = KioskConfig::parsePositiveSeconds(parser.value(option));
        if (!*target) {
            options.error = QStringLiteral("--%1: '%2' is not a positive number of seconds; write a number "
                                           "greater than zero, like 120")
                                .arg(option.names().first(), parser.value(option));
            return false;
        }
        return true;
    };
    if (!seconds(idleTimeoutOption, &options.idleTimeoutSeconds))
        return options;
    if (!seconds(idleWarningOption, &options.idleWarningSeconds))
        return options;
    return options;
}
