#pragma once

#include "content/ContentProblem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// The kiosk's settings: one table of keys with their defaults, ranges and
// help over an INI file read through QSettings. Every other part of the
// program reads typed values from here, never QSettings directly, so a key's
// name, default and validation exist in exactly one place.
class KioskConfig final
{
public:
    enum class Key {
        ClinicName,
        ClinicPhone,
        ClinicHours,
        IdleTimeoutSeconds,
        IdleWarningSeconds,
        DisclaimerFile,
        DefaultLanguage,
        ContentDir,
        ReviewMonths,
        HideCursor,
        Graphics,
        TakeHomeBaseUrl,
        DisplayHours,
        WakeMinutes,
        BacklightControl,
        BacklightDevice,
        StaffStateFile,
        AuditLogFile,
        MetricsTextfile,
        UsageDatabaseFile,
        UsageKeepDays,
        PinHash,
        PinSalt,
        PinIterations,
    };

    enum class Kind {
        Text,
        PositiveSeconds,
        LanguageCode,
        Path,
        Boolean,
        Secret,
        GraphicsApi,
        PhoneNumber,
        Months,
        WebAddress, // TakeHomeLink::isValidBase: http(s), no query or fragment
        // ClinicHours::parse: "Mon-Fri 07:30-18:00; Sat 08:00-12:00"
        OpeningHours,
        Minutes,
        // none, sysfs or ddcutil
        BacklightKind,
        Days,
        PrometheusTextfile // empty, or an absolute path ending in .prom
    };

    // The bounds a numeric value must stay within, both inclusive, on top of
    // what its kind requires (seconds are always above zero). An unset bound
    // is no bound. Validation, the docs test and the messages all read it
    // from the table, so a range is written once.
    struct Range
    {
        std::optional<double> minimum;
        std::optional<double> maximum;

        bool isBounded() const { return minimum.has_value() || maximum.has_value(); }
        bool contains(double value) const;
        // "at least 20", "from 1 to 60"; empty when unbounded.
        QString describe() const;
    };

    struct KeyInfo
    {
        Key key;
        const char *name; // "section/key" as written in the INI file
        Kind kind;
        QVariant defaultValue;
        Range range;
        // What it does, for clinic IT: IT.md's table, the man page and the
        // example config are generated from these fields (ConfigReference).
        // `code` in backticks; [words](#it-md-anchor) links the IT guide.
        const char *help;
        // The values it takes, for people. Numeric kinds get "a whole number
        // from 1 to 60" from the kind and range; then this is only a note.
        const char *allowed = nullptr;
        // The example config's commented-out value; null: the default.
        const char *example = nullptr;
        // What an empty value means ("always awake"), when the default is empty.
        const char *whenEmpty = nullptr;
        // The Debian package writes this value, uncommented, into the config
        // it installs (paths it creates for the kiosk user); empty: nothing.
        const char *packageValue = nullptr;
    };

    // WCAG 2.2.1 (Timing Adjustable): a patient gets at least 20 seconds to
    // answer "are you still there?" before everything they did is cleared.
    static constexpr double MinimumIdleWarningSeconds = 20.0;

    static const QList<KeyInfo> &keys();
    static const KeyInfo &info(Key key);

    // /etc/xdg/patient-kiosk/patient-kiosk.conf on Debian: where the package
    // installs it and clinic IT edits it.
    static QString systemConfigPath();

    KioskConfig(); // all defaults

    // Reads `path`. A missing or unreadable file gives the defaults plus a
    // warning; a bad value gives its default plus an error naming the file,
    // line and fix. Nothing here ever stops the kiosk from starting.
    static KioskConfig load(const QString &path, QList<ContentProblem> *problems);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    QString sourcePath() const { return m_sourcePath; }

    // True while `key` has its default (not set, or set to the default).
    bool isDefault(Key key) const { return value(key) == info(key).defaultValue; }
    QString clinicName() const { return value(Key::ClinicName).toString(); }
    QString clinicPhone() const { return value(Key::ClinicPhone).toString(); }
    QString clinicHours() const { return value(Key::ClinicHours).toString(); }
    int reviewMonths() const { return value(Key::ReviewMonths).toInt(); }
    double idleTimeoutSeconds() const { return value(Key::IdleTimeoutSeconds).toDouble(); }
    double idleWarningSeconds() const { return value(Key::IdleWarningSeconds).toDouble(); }
    QString disclaimerFile() const { return value(Key::DisclaimerFile).toString(); }
    QString defaultLanguage() const { return value(Key::DefaultLanguage).toString(); }
    QString contentDir() const { return value(Key::ContentDir).toString(); }
    bool hideCursor() const { return value(Key::HideCursor).toBool(); }
    QString graphics() const { return value(Key::Graphics).toString(); }
    // Where --export-html is published (empty: no "Read this on your phone").
    QString takeHomeBaseUrl() const { return value(Key::TakeHomeBaseUrl).toString(); }
    // When the screen is awake (empty: always); wakeMinutes after a touch
    // out of hours; how the backlight goes off while asleep.
    QString displayHours() const { return value(Key::DisplayHours).toString(); }
    int wakeMinutes() const { return value(Key::WakeMinutes).toInt(); }
    QString backlight() const { return value(Key::BacklightControl).toString(); }
    QString backlightDevice() const { return value(Key::BacklightDevice).toString(); }
    QString staffStateFile() const { return value(Key::StaffStateFile).toString(); }
    QString auditLogFile() const { return value(Key::AuditLogFile).toString(); }
    // The reading statistics' SQLite file (empty: not stored) and how many days it keeps.
    QString usageDatabase() const { return value(Key::UsageDatabaseFile).toString(); }
    int usageKeepDays() const { return value(Key::UsageKeepDays).toInt(); }
    // node-exporter's textfile for the health metrics (empty: none written).
    QString metricsTextfile() const { return value(Key::MetricsTextfile).toString(); }
    // The staff PIN's hash (written by --set-pin, read by PinVault): machine
    // state, so it lives beside the lockout state (staff/state_file), in the
    // folder the kiosk user owns and backs up with it, never in this file:
    // an upgrade must never be able to replace or drop it.
    QString pinFile() const;

    // "90", "2.5" -> seconds; anything that is not a finite number above zero -> nullopt.
    static std::optional<double> parsePositiveSeconds(const QString &text);
    static bool isLanguageCode(const QString &text);
    // Digits, spaces and + - ( ) . / only, 3 to 40 characters, at least 3 digits.
    static bool isPhoneNumber(const QString &text);

private:
    QHash<Key, QVariant> m_values;
    QString m_sourcePath;
};
