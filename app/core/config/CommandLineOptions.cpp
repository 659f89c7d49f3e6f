#include "CommandLineOptions.h"

#include "config/ConfigReference.h"
#include "config/KioskConfig.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace {

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

// The help states the config table's default, so it cannot drift from what
// the kiosk does when the option is left out.
QString defaultOf(KioskConfig::Key key)
{
    return KioskConfig::info(key).defaultValue.toString();
}

// The parser and its options, built in one place for parse() and helpText().
// Help and version are plain options so parsing needs no QCoreApplication.
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QStringLiteral("Show the version and exit.")};
    QCommandLineOption windowed{QStringLiteral("windowed"),
                                QStringLiteral("Run in a normal window instead of covering the screen.")};
    QCommandLineOption kiosk{
        QStringLiteral("kiosk"),
        QStringLiteral("Start locked in kiosk mode: full screen, no way out without the staff PIN. "
                       "Refuses to start (exit 2) when no PIN is set.")};
    QCommandLineOption setPin{QStringLiteral("set-pin"),
                              QStringLiteral("Read a new 6-12 digit staff PIN from standard input (asked twice on a "
                                             "terminal) and store only its salted hash in the PIN file beside "
                                             "[staff] state_file (never in the config); prints that file's path.")};
    QCommandLineOption clearLockout{
        QStringLiteral("clear-lockout"),
        QStringLiteral("End a wrong-PIN pause now (for IT, when staff are locked out) and write it to the audit log. "
                       "The kiosk sees it the next time the PIN pad opens.")};
    QCommandLineOption size =
        valueOption("size", QStringLiteral("Window size, for example 1080x1920 (portrait) or 1920x1080."), "WxH");
    QCommandLineOption config = valueOption(
        "config", QStringLiteral("Config file to read instead of %1.").arg(KioskConfig::systemConfigPath()), "FILE");
    QCommandLineOption idleTimeout =
        valueOption("idle-timeout",
                    QStringLiteral("Seconds without a touch before the idle warning (default %1).")
                        .arg(defaultOf(KioskConfig::Key::IdleTimeoutSeconds)),
                    "SECONDS");
    QCommandLineOption idleWarning = valueOption("idle-warning",
                                                 QStringLiteral("Seconds the idle warning counts down (default %1).")
                                                     .arg(defaultOf(KioskConfig::Key::IdleWarningSeconds)),
                                                 "SECONDS");
    QCommandLineOption screenshots =
        valueOption("screenshots",
                    QStringLiteral("Render every screen to PNG files in DIR at the current size, then exit."), "DIR");
    QCommandLineOption lang = valueOption(
        "lang", QStringLiteral("Language each new patient session starts in: en or es (default from the config)."),
        "LANGUAGE");
    QCommandLineOption contentDir = valueOption(
        "content-dir",
        QStringLiteral("Folder with the clinic's own articles, added to and overriding the bundled ones."), "DIR");
    QCommandLineOption checkContent = valueOption(
        "check-content",
        QStringLiteral("Check the articles in DIR, print one line per problem, and exit 0 (no errors), 1 (errors) "
                       "or 2 (DIR cannot be read)."),
        "DIR");
    QCommandLineOption checkConfig =
        valueOption("check-config",
                    QStringLiteral("Check the config FILE, print one line per problem (with its line), and exit 0 (no "
                                   "problems), 1 (errors or unknown settings) or 2 (FILE cannot be read)."),
                    "FILE");
    QCommandLineOption configReference = valueOption(
        "print-config-reference",
        QStringLiteral("Print every config setting with its default, values and meaning, and exit: ini (an example "
                       "config), markdown (a table) or man. With .in (ini.in, man.in): the source templates' "
                       "placeholders instead of this build's paths."),
        "FORMAT");
    QCommandLineOption format = valueOption(
        "format",
        QStringLiteral("Output of --check-content: text (default) or json; of --usage-report: text, csv or json."),
        "text|csv|json");
    QCommandLineOption usageReport{
        QStringLiteral("usage-report"),
        QStringLiteral("Print the anonymous reading statistics ([usage] database: opens, reads to the end and "
                       "read-aloud per article and day, patient visits per day) and exit. Works while the kiosk "
                       "runs.")};
    QCommandLineOption from = valueOption(
        "from", QStringLiteral("First day of --usage-report, YYYY-MM-DD (default: 6 days before --to)."), "DATE");
    QCommandLineOption to =
        valueOption("to", QStringLiteral("Last day of --usage-report, YYYY-MM-DD (default: today)."), "DATE");
    QCommandLineOption exportHtml = valueOption(
        "export-html",
        QStringLiteral(
            "Write every article in every language as standalone HTML with an index page to DIR, then exit."),
        "DIR");

    QCommandLineOption reviewPacket = valueOption(
        "review-packet",
        QStringLiteral("Write what a medical director reads and signs to DIR (one printable HTML file per "
                       "language: each article as shown, its sources, readability and facts to check), then exit."),
        "DIR");

    Parser()
    {
        parser.setApplicationDescription(
            QStringLiteral("Patient-education kiosk: plain-language articles for a clinic's waiting room."));
        parser.addOptions({help,        version,      windowed,    kiosk,          setPin,      clearLockout,
                           lang,        size,         config,      idleTimeout,    idleWarning, screenshots,
                           contentDir,  checkContent, checkConfig, format,         exportHtml,  reviewPacket,
                           usageReport, from,         to,          configReference});
    }
};

// --from and --to: real calendar days, the first not after the last.
bool parseReportDays(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to,
                     CommandLineOptions *options)
{
    static const QRegularExpression dayPattern(QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}\\z"));
    for (const QCommandLineOption *option : {&from, &to}) {
        if (!parser.isSet(*option))
            continue;
        const QString name = option->names().first();
        if (!options->usageReport) {
            options->error = QStringLiteral("--%1 goes with --usage-report; add --usage-report").arg(name);
            return false;
        }
        const QString text = parser.value(*option);
        const QDate day = dayPattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!day.isValid()) {
            options->error = QStringLiteral("--%1: '%2' is not a date; write the day as YYYY-MM-DD, like 2026-01-31")
                                 .arg(name, text);
            return false;
        }
        (option == &from ? options->usageFrom : options->usageTo) = day;
    }
    if (options->usageFrom && options->usageTo && *options->usageFrom > *options->usageTo) {
        options->error = QStringLiteral("--from %1 is after --to %2; give the earlier day to --from")
                             .arg(options->usageFrom->toString(Qt::ISODate), options->usageTo->toString(Qt::ISODate));
        return false;
    }
    return true;
}

} // namespace

QString CommandLineOptions::helpText()
{
    return Parser().parser.helpText();
}

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    CommandLineOptions options;
    Parser p;
    QCommandLineParser &parser = p.parser;

    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpRequested = parser.isSet(p.help);
    options.versionRequested = parser.isSet(p.version);
    if (!parser.positionalArguments().isEmpty()) {
        options.error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return options;
    }

    options.windowed = parser.isSet(p.windowed);
    options.kiosk = parser.isSet(p.kiosk);
    options.setPin = parser.isSet(p.setPin);
    options.clearLockout = parser.isSet(p.clearLockout);
    if (options.kiosk && options.windowed) {
        options.error = QStringLiteral("--kiosk and --windowed cannot be used together");
        return options;
    }
    options.configPath = parser.value(p.config);
    options.screenshotDir = parser.value(p.screenshots);
    options.contentDir = parser.value(p.contentDir);
    options.language = parser.value(p.lang);
    if (parser.isSet(p.lang) && !KioskConfig::isLanguageCode(options.language)) {
        options.error = QStringLiteral("--lang: '%1' is not a language code; write en or es").arg(options.language);
        return options;
    }
    options.checkContentDir = parser.value(p.checkContent);
    options.checkConfigFile = parser.value(p.checkConfig);
    if (parser.isSet(p.configReference)) {
        options.configReferenceFormat = parser.value(p.configReference);
        ConfigReference::Format format{};
        ConfigReference::Paths paths{};
        if (!ConfigReference::parseFormat(options.configReferenceFormat, &format, &paths)) {
            options.error = QStringLiteral("--print-config-reference: '%1' is not a format; write ini, markdown or man")
                                .arg(options.configReferenceFormat);
            return options;
        }
    }
    options.exportDir = parser.value(p.exportHtml);
    options.reviewPacketDir = parser.value(p.reviewPacket);
    options.usageReport = parser.isSet(p.usageReport);
    if (parser.isSet(p.format)) {
        options.reportFormat = parser.value(p.format);
        const bool csv = options.usageReport && options.reportFormat == QLatin1String("csv");
        if (options.reportFormat != QLatin1String("text") && options.reportFormat != QLatin1String("json") && !csv) {
            options.error = QStringLiteral("--format: '%1' is not a format; write text or json%2")
                                .arg(options.reportFormat, options.usageReport ? QStringLiteral(" or csv") : QString());
            return options;
        }
    }
    if (!parseReportDays(parser, p.from, p.to, &options))
        return options;

    if (parser.isSet(p.size)) {
        static const QRegularExpression sizePattern(QStringLiteral("\\A(\\d{2,5})[xX](\\d{2,5})\\z"));
        const QRegularExpressionMatch m = sizePattern.match(parser.value(p.size));
        if (!m.hasMatch() || m.captured(1).toInt() < 200 || m.captured(2).toInt() < 200) {
            options.error = QStringLiteral("--size: '%1' is not a size; write WIDTHxHEIGHT, like 1080x1920")
                                .arg(parser.value(p.size));
            return options;
        }
        options.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }

    auto seconds = [&](const QCommandLineOption &option, KioskConfig::Key key, std::optional<double> *target) {
        if (!parser.isSet(option))
            return true;
        *target = KioskConfig::parsePositiveSeconds(parser.value(option));
        if (!*target) {
            options.error = QStringLiteral("--%1: '%2' is not a positive number of seconds; write a number "
                                           "greater than zero, like %3")
                                .arg(option.names().first(), parser.value(option), defaultOf(key));
            return false;
        }
        return true;
    };
    if (!seconds(p.idleTimeout, KioskConfig::Key::IdleTimeoutSeconds, &options.idleTimeoutSeconds))
        return options;
    seconds(p.idleWarning, KioskConfig::Key::IdleWarningSeconds, &options.idleWarningSeconds);
    return options;
}
