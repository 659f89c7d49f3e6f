#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// What the kiosk was asked to do on its command line, checked: a bad value is
// an error naming the option, never a silent default.
struct CommandLineOptions
{
    bool windowed = false;
    bool kiosk = false;        // start locked in kiosk mode (needs a staff PIN)
    bool setPin = false;       // read a new staff PIN from standard input, store its hash, exit
    bool clearLockout = false; // IT ends a wrong-PIN pause (audited), exit
    std::optional<QSize> size;
    QString configPath; // empty: the system config
    std::optional<double> idleTimeoutSeconds;
    std::optional<double> idleWarningSeconds;
    QString screenshotDir;                         // non-empty: render every screen to PNG and exit
    QString contentDir;                            // the clinic's articles, over the bundled ones
    QString language;                              // each new patient's starting language (overrides the config)
    QString checkContentDir;                       // non-empty: validate this folder, print problems, exit
    QString checkConfigFile;                       // non-empty: validate this config file, print problems, exit
    QString reportFormat = QStringLiteral("text"); // text | json, for --check-content (and csv for --usage-report)
    QString exportDir;                             // non-empty: write the library as standalone HTML, exit
    QString reviewPacketDir;                       // non-empty: write the clinical review packet, exit
    bool usageReport = false;                      // print the reading statistics, exit
    std::optional<QDate> usageFrom;                // --from, for --usage-report (default: 6 days before --to)
    std::optional<QDate> usageTo;                  // --to, for --usage-report (default: today)
    QString configReferenceFormat;                 // non-empty: print every config key in this format, exit

    // Modes that print and exit need no display (QCoreApplication only).
    bool isCommandLineTool() const
    {
        return helpRequested || versionRequested || !error.isEmpty() || !checkContentDir.isEmpty()
               || !checkConfigFile.isEmpty() || !exportDir.isEmpty() || !reviewPacketDir.isEmpty() || setPin
               || clearLockout || usageReport || !configReferenceFormat.isEmpty();
    }

    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // non-empty: print it with the usage hint and exit 2

    // Needs no QCoreApplication: main() parses first, then picks the
    // application class (no display needed for the command-line tools).
    static CommandLineOptions parse(const QStringList &arguments);
    static QString helpText(); // after the application object exists
};
