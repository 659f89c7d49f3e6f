#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

// What the kiosk was asked to do on its command line, checked: a bad value is
// an error naming the option, never a silent default.
struct CommandLineOptions
{
    bool windowed = false;
    std::optional<QSize> size;
    QString configPath; // empty: the system config
    std::optional<double> idleTimeoutSeconds;
    std::optional<double> idleWarningSeconds;
    QString screenshotDir; // non-empty: render every screen to PNG and exit

    bool helpRequested = false;
    bool versionRequested = false;
    QString error; // non-empty: print it with the usage hint and exit 2
    QString helpText;

    static CommandLineOptions parse(const QStringList &arguments);
};
