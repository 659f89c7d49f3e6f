#include "KioskConfig.h"

#include "checks/EditorialRules.h"
#include "hours/ClinicHours.h"
#include "system/KioskLogging.h"
#include "takehome/TakeHomeLink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace {

// Finds the line that sets `section/key` so an error can point at it.
// QSettings does not keep line numbers.
int lineOfKey(const QString &path, const QString &qualifiedKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const qsizetype slash = qualifiedKey.indexOf(QLatin1Char('/'));
    const QString section = slash < 0 ? QStringLiteral("General") : qualifiedKey.left(slash);
    const QString key = slash < 0 ? qualifiedKey : qualifiedKey.mid(slash + 1);
    QString currentSection = QStringLiteral("General");
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            currentSection = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        if (currentSection.compare(section, Qt::CaseInsensitive) == 0
            && line.section(QLatin1Char('='), 0, 0).trimmed() == key)
            return lineNumber;
    }
    return 0;
}

// QSettings ends a value at a ';' outside double quotes (the rest is a
// comment), so `hours=Mon-Fri 8:00-17:00; Sat 9:00-12:00` silently loses
// Saturday. Finds such lines so the loss is reported with its fix.
struct CutValue
{
    int line = 0;
    QString qualifiedKey;
};

QList<CutValue> valuesCutBySemicolon(const QString &path)
{
    QList<CutValue> cut;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return cut;
    QString section = QStringLiteral("General");
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')) || equals < 0)
            continue;
        bool quoted = false;
        for (qsizetype i = equals + 1; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('\\'))
                ++i; // an escaped character, even a quote
            else if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(';') && !quoted) {
                const QString key = line.left(equals).trimmed();
                cut.append({lineNumber, section.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0
                                            ? key
                                            : section + QLatin1Char('/') + key});
                break;
            }
        }
    }
    return cut;
}

// What to write instead of a value that is not valid, from the key's kind
// and its range in the table.
QString describeExpected(const KioskConfig::KeyInfo &entry)
{
    const QString example = entry.defaultValue.toString();
    const QString range = entry.range.describe();
    switch (entry.kind) {
    case KioskConfig::Kind::PositiveSeconds:
        if (range.isEmpty())
            return QStringLiteral("write a number of seconds greater than zero, like %1").arg(example);
        return QStringLiteral("write a number of seconds (%1), like %2").arg(range, example);
    case KioskConfig::Kind::LanguageCode:
        return QStringLiteral("write a two-letter language code, like en or es");
    case KioskConfig::Kind::Boolean:
        return QStringLiteral("write true or false");
    case KioskConfig::Kind::GraphicsApi:
        return QStringLiteral("write software or opengl");
    case KioskConfig::Kind::PhoneNumber:
        return QStringLiteral("write the number as patients dial it, with digits, spaces and + - ( ) . only, "
                              "like (555) 010-0100");
    case KioskConfig::Kind::Months:
        if (range.isEmpty())
            return QStringLiteral("write a whole number of months, like %1").arg(example);
        return QStringLiteral("write a whole number of months %1, like %2").arg(range, example);
    case KioskConfig::Kind::Minutes:
        return QStringLiteral("write a whole number of minutes %1, like %2").arg(range, example);
    case KioskConfig::Kind::Days:
        return QStringLiteral("write a whole number of days %1, like %2").arg(range, example);
    case KioskConfig::Kind::BacklightKind:
        return QStringLiteral("write none, sysfs (a built-in panel) or ddcutil (an external monitor over DDC/CI)");
    case KioskConfig::Kind::OpeningHours:
        return QStringLiteral("write days and hours like Mon-Fri 07:30-18:00");
    case KioskConfig::Kind::WebAddress:
        return QStringLiteral("write the web address where --export-html is published, like "
                              "https://clinic.example/learn/, or leave it empty");
    case KioskConfig::Kind::PrometheusTextfile:
        return QStringLiteral("write an absolute path ending in .prom (node-exporter reads no other file), like "
                              "/var/lib/prometheus/node-exporter/patient-kiosk.prom, or leave it empty");
    case KioskConfig::Kind::Text:
        return QStringLiteral("write plain text without HTML markup");
    case KioskConfig::Kind::Path:
    case KioskConfig::Kind::Secret:
        return QStringLiteral("write plain text");
    }
    return {};
}

QString unitOf(KioskConfig::Kind kind)
{
    switch (kind) {
    case KioskConfig::Kind::PositiveSeconds:
        return QStringLiteral("seconds");
    case KioskConfig::Kind::Months:
        return QStringLiteral("months");
    case KioskConfig::Kind::Minutes:
        return QStringLiteral("minutes");
    case KioskConfig::Kind::Days:
        return QStringLiteral("days");
    default:
        return {};
    }
}

} // namespace

const QList<KioskConfig::KeyInfo> &KioskConfig::keys()
{
    static const QList<KeyInfo> table{
        {Key::ClinicName,
         "clinic/name",
         Kind::Text,
         QStringLiteral("Patient Education"),
         {},
         "Name on the welcome and home screens.",
         "any text, one line",
         "Riverside Clinic"},
        {Key::ClinicPhone,
         "clinic/phone",
         Kind::PhoneNumber,
         QString(),
         {},
         "The clinic's phone number as patients dial it. Articles that say 'call your clinic' show it; when it is "
         "not set they say 'the number on your clinic papers'.",
         "digits, spaces and `+ - ( ) . /` only, 3 to 40 characters, like `(555) 010-0100`",
         "(555) 010-0100"},
        {Key::ClinicHours,
         "clinic/hours",
         Kind::Text,
         QString(),
         {},
         "When the clinic answers the phone, as patients read it. When it is not set, articles say 'during office "
         "hours'.",
         "plain text without HTML markup, one line, like `Mon-Fri 8:00-17:00`",
         "Mon-Fri 8:00-17:00"},
        // Any time above zero: the warning that follows is what gives a patient time.
        {Key::IdleTimeoutSeconds,
         "idle/timeout_seconds",
         Kind::PositiveSeconds,
         120.0,
         {},
         "Seconds without a touch before the \"Are you still there?\" warning."},
        {Key::IdleWarningSeconds,
         "idle/warning_seconds",
         Kind::PositiveSeconds,
         30.0,
         {MinimumIdleWarningSeconds, std::nullopt},
         "Seconds the warning counts down before the kiosk clears everything the last patient did and returns to "
         "the welcome screen.",
         "WCAG 2.2.1: time to react"},
        {Key::DisclaimerFile,
         "disclaimer/file",
         Kind::Path,
         QString(),
         {},
         "Replaces the built-in disclaimer; paragraphs are separated by blank lines.",
         "a UTF-8 text file the `kiosk` user can read",
         "/etc/patient-kiosk/disclaimer.txt",
         "the built-in text"},
        {Key::DefaultLanguage,
         "language/default",
         Kind::LanguageCode,
         QStringLiteral("en"),
         {},
         "Language each new patient starts in.",
         "`en` (English), `es` (Spanish)"},
        {Key::ContentDir,
         "content/dir",
         Kind::Path,
         QString(),
         {},
         "The clinic's own articles, in the bundled layout (`articles/<language>/<id>.md`): they are added to the "
         "bundled ones, and an article with the same id and language replaces the bundled one. Check a change first "
         "with `patient-kiosk --check-content`. See [Content updates](#content-updates).",
         "a folder the `kiosk` user can read",
         nullptr,
         "bundled articles only",
         KIOSK_STATE_DIR "/content"},
        {Key::ReviewMonths,
         "content/review_months",
         Kind::Months,
         EditorialRules::DefaultReviewMonths,
         {EditorialRules::MinimumReviewMonths, EditorialRules::MaximumReviewMonths},
         "Months a clinician's review of an article stays valid before `--check-content` and the staff panel say "
         "it is due again."},
        {Key::HideCursor,
         "kiosk/hide_cursor",
         Kind::Boolean,
         true,
         {},
         "Hide the mouse pointer in kiosk mode: a touchscreen has no use for it. Set `false` if the kiosk is used "
         "with a mouse.",
         "`true`, `false`"},
        {Key::Graphics,
         "display/graphics",
         Kind::GraphicsApi,
         QStringLiteral("software"),
         {},
         "How the screen is drawn. `software` was measured fastest without a strong GPU (10 ms against 50 ms a "
         "screen change); try `opengl` on a PC with a good GPU, and measure.",
         "`software`, `opengl`"},
        {Key::TakeHomeBaseUrl,
         "takehome/base_url",
         Kind::WebAddress,
         QString(),
         {},
         "Where IT publishes `patient-kiosk --export-html`. When set, every article shows a \"Read this on your "
         "phone\" QR code to its page there (`<language>/<id>.html`); the address carries nothing about the "
         "patient. See [Articles on the patients' phones](#articles-on-the-patients-phones).",
         "an `https://` (or `http://`) address with no `?query` or `#fragment`, like `https://clinic.example/learn/`",
         "https://clinic.example/learn/",
         "no QR codes"},
        {Key::DisplayHours,
         "display/hours",
         Kind::OpeningHours,
         QString(),
         {},
         "When the screen is awake. Outside the hours it is black (and unlit, with `backlight`), and a touch wakes "
         "it for `wake_minutes`. Hours cannot run past midnight: write `Fri 22:00-24:00; Sat 00:00-06:00`. See "
         "[Clinic hours and the screen at night](#clinic-hours-and-the-screen-at-night).",
         "days `Mon` to `Sun` (ranges `Mon-Fri`, lists `Mon,Wed`) and times `00:00` to `24:00`, entries separated "
         "by `;`, in double quotes when there is a `;` (without them the rest of the line is a comment)",
         "\"Mon-Fri 07:30-18:00; Sat 08:00-12:00\"",
         "always awake"},
        {Key::WakeMinutes,
         "display/wake_minutes",
         Kind::Minutes,
         10,
         {1, 120},
         "Minutes a touch wakes the screen for outside `hours`. A patient reading is never cut off: sleep waits for "
         "the reset."},
        {Key::BacklightControl,
         "display/backlight",
         Kind::BacklightKind,
         QStringLiteral("none"),
         {},
         "How the backlight goes off while the screen sleeps: `none` (a black screen only), `sysfs` (a built-in "
         "panel, /sys/class/backlight) or `ddcutil` (an external monitor over DDC/CI). Both need permissions "
         "first: see [The backlight](#the-backlight).",
         "`none`, `sysfs`, `ddcutil`"},
        {Key::BacklightDevice,
         "display/backlight_device",
         Kind::Text,
         QString(),
         {},
         "Which backlight or monitor to switch.",
         "a name in `/sys/class/backlight` (sysfs), or a display number from `ddcutil detect` (ddcutil)",
         "",
         "the first one"},
        {Key::MetricsTextfile,
         "metrics/textfile",
         Kind::PrometheusTextfile,
         QString(),
         {},
         "Where the kiosk writes its health for Prometheus, through node-exporter's textfile collector, at most "
         "every 15 s. See [Health metrics and alerts](#health-metrics-and-alerts).",
         "an absolute path ending in `.prom`, in a folder the `kiosk` user can write",
         "/var/lib/prometheus/node-exporter/patient-kiosk.prom",
         "no metrics"},
        // Beside the staff state: a folder the kiosk user owns and backs up.
        {Key::UsageDatabaseFile,
         "usage/database",
         Kind::Path,
         QStringLiteral(KIOSK_STATE_DIR "/state/usage.sqlite"),
         {},
         "The anonymous reading statistics: counts per day only, never a time, an order or anything about one "
         "patient. Read them with `patient-kiosk --usage-report`. See [Reading statistics](#reading-statistics).",
         "a file in a folder the `kiosk` user can write; empty turns the statistics off"},
        {Key::UsageKeepDays,
         "usage/keep_days",
         Kind::Days,
         400,
         {1, 3650},
         "Days the reading statistics are kept; older days are deleted when the kiosk starts and once a day."},
        // Staff last, as in every config since 0.1.0: the package's upgrade
        // (postinst) moves an old PIN hash out of the [staff] section that
        // 0.1.0's --set-pin appended to the end of the file.
        {Key::StaffStateFile,
         "staff/state_file",
         Kind::Path,
         QStringLiteral(KIOSK_STATE_DIR "/state/staff-state.ini"),
         {},
         "Where wrong-PIN lockouts are remembered across restarts. The staff PIN file `pin` is always in the same "
         "folder: `sudo patient-kiosk --set-pin` writes it (its salted PBKDF2 hash, never the PIN).",
         "a file in a folder the `kiosk` user can write",
         nullptr,
         nullptr,
         KIOSK_STATE_DIR "/state/staff-state.ini"},
        {Key::AuditLogFile,
         "staff/audit_log",
         Kind::Path,
         QStringLiteral(KIOSK_STATE_DIR "/state/audit.log"),
         {},
         "Append-only record of staff unlocks, wrong PINs and lockouts (never the digits).",
         "a file the `kiosk` user can write",
         nullptr,
         nullptr,
         KIOSK_STATE_DIR "/state/audit.log"},
        // The PIN file (pinFile()) holds these three, under the same names;
        // versions up to 0.1.0 wrote them into this config, and PinVault
        // moves them from there into the PIN file. Not documented as keys.
        {Key::PinHash,
         "staff/pin_hash",
         Kind::Secret,
         QString(),
         {},
         "Written by --set-pin into the PIN file: the PIN's PBKDF2 hash."},
        {Key::PinSalt,
         "staff/pin_salt",
         Kind::Secret,
         QString(),
         {},
         "Written by --set-pin into the PIN file: the hash's random salt."},
        {Key::PinIterations,
         "staff/pin_iterations",
         Kind::Secret,
         QString(),
         {},
         "Written by --set-pin into the PIN file: PBKDF2 iterations."},
    };
    return table;
}

const KioskConfig::KeyInfo &KioskConfig::info(Key key)
{
    for (const KeyInfo &entry : keys()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

bool KioskConfig::Range::contains(double value) const
{
    return (!minimum || value >= *minimum) && (!maximum || value <= *maximum);
}

QString KioskConfig::Range::describe() const
{
    if (minimum && maximum)
        return QStringLiteral("from %1 to %2").arg(QString::number(*minimum), QString::number(*maximum));
    if (minimum)
        return QStringLiteral("at least %1").arg(QString::number(*minimum));
    if (maximum)
        return QStringLiteral("at most %1").arg(QString::number(*maximum));
    return {};
}

QString KioskConfig::systemConfigPath()
{
    return QStringLiteral(KIOSK_SYSTEM_CONFIG);
}

KioskConfig::KioskConfig()
{
    for (const KeyInfo &entry : keys())
        m_values.insert(entry.key, entry.defaultValue);
}

QString KioskConfig::pinFile() const
{
    // Derived, not a key of its own: one setting fewer to keep in step, the
    // PIN goes wherever IT put the staff state (a folder the kiosk user may
    // write, which the package creates), and a test or a second kiosk with
    // its own state_file gets its own PIN.
    return QFileInfo(staffStateFile()).dir().filePath(QStringLiteral("pin"));
}

QVariant KioskConfig::value(Key key) const
{
    return m_values.value(key);
}

void KioskConfig::setValue(Key key, const QVariant &value)
{
    m_values.insert(key, value);
}

std::optional<double> KioskConfig::parsePositiveSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0.0)
        return std::nullopt;
    return seconds;
}

bool KioskConfig::isPhoneNumber(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("\\A[0-9 +().\\-/]{3,40}\\z"));
    return allowed.match(text).hasMatch() && text.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 3;
}

bool KioskConfig::isLanguageCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("\\A[a-z]{2}\\z"));
    return code.match(text).hasMatch();
}

KioskConfig KioskConfig::load(const QString &path, QList<ContentProblem> *problems)
{
    KioskConfig config;
    config.m_sourcePath = path;
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists()) {
        problems->append(
            ContentProblem::warning(path, 0, QStringLiteral("config file not found; using built-in defaults")));
        return config;
    }
    if (!fileInfo.isReadable() || fileInfo.isDir()) {
        problems->append(ContentProblem::warning(
            path, 0, QStringLiteral("config file cannot be read; using built-in defaults (check its permissions)")));
        return config;
    }

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        problems->append(ContentProblem::error(
            path, 0, QStringLiteral("config file is not a valid INI file; using built-in defaults")));
        return config;
    }

    // Values the INI reader cut at a ';': reported once, below, or by their
    // kind when a cut value would do harm (the clinic's hours).
    QStringList cutKeys;
    const QList<CutValue> cutValues = valuesCutBySemicolon(path);
    for (const CutValue &value : cutValues)
        cutKeys.append(value.qualifiedKey);

    QStringList known;
    for (const KeyInfo &entry : keys()) {
        const QString name = QLatin1String(entry.name);
        known.append(name);
        if (!settings.contains(name))
            continue;
        const QVariant raw = settings.value(name);
        // QSettings splits unquoted values containing commas into lists.
        const QString text =
            raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(QLatin1String(", ")) : raw.toString();
        auto reject = [&] {
            problems->append(
                ContentProblem::error(path, lineOfKey(path, name),
                                      QStringLiteral("%1 = \"%2\" is not valid; %3. Using the default (%4).")
                                          .arg(name, text, describeExpected(entry), entry.defaultValue.toString())));
        };
        // A well-formed number outside the table's range: say what the range is.
        auto rejectOutOfRange = [&] {
            problems->append(ContentProblem::error(
                path, lineOfKey(path, name),
                QStringLiteral("%1 = \"%2\" is out of range; it must be %3 %4. Using the default (%5).")
                    .arg(name, text, entry.range.describe(), unitOf(entry.kind), entry.defaultValue.toString())));
        };
        switch (entry.kind) {
        case Kind::PositiveSeconds: {
            const auto seconds = parsePositiveSeconds(text);
            if (!seconds)
                reject();
            else if (!entry.range.contains(*seconds))
                rejectOutOfRange();
            else
                config.m_values.insert(entry.key, *seconds);
            break;
        }
        case Kind::LanguageCode:
            if (isLanguageCode(text.trimmed()))
                config.m_values.insert(entry.key, text.trimmed());
            else
                reject();
            break;
        case Kind::Boolean: {
            const QString word = text.trimmed().toLower();
            if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("1"))
                config.m_values.insert(entry.key, true);
            else if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("0"))
                config.m_values.insert(entry.key, false);
            else
                reject();
            break;
        }
        case Kind::GraphicsApi:
            if (text.trimmed() == QLatin1String("software") || text.trimmed() == QLatin1String("opengl"))
                config.m_values.insert(entry.key, text.trimmed());
            else
                reject();
            break;
        case Kind::PhoneNumber:
            if (isPhoneNumber(text.trimmed()))
                config.m_values.insert(entry.key, text.trimmed());
            else
                reject();
            break;
        case Kind::Months: {
            bool ok = false;
            const int months = text.trimmed().toInt(&ok);
            if (!ok)
                reject();
            else if (!entry.range.contains(months))
                rejectOutOfRange();
            else
                config.m_values.insert(entry.key, months);
            break;
        }
        case Kind::OpeningHours: {
            QString hoursError;
            const std::optional<ClinicHours> parsed = ClinicHours::parse(text, &hoursError);
            if (cutKeys.contains(name)) {
                // QSettings has silently dropped the rest of the week: a
                // kiosk dark on Saturday morning is worse than one lit.
                problems->append(ContentProblem::error(
                    path, lineOfKey(path, name),
                    QStringLiteral("%1 = %2: everything after the first \";\" is read as a comment; put the whole "
                                   "value in double quotes, like %3=\"Mon-Fri 07:30-18:00; Sat 08:00-12:00\". Using "
                                   "the default (empty: always awake).")
                        .arg(name, text, name.section(QLatin1Char('/'), 1))));
            } else if (!parsed) {
                problems->append(ContentProblem::error(
                    path, lineOfKey(path, name),
                    QStringLiteral("%1: %2. Using the default (empty: always awake).").arg(name, hoursError)));
            } else {
                config.m_values.insert(entry.key, text.trimmed());
            }
            break;
        }
        case Kind::Days:
        case Kind::Minutes: {
            bool ok = false;
            const int minutes = text.trimmed().toInt(&ok);
            if (!ok)
                reject();
            else if (!entry.range.contains(minutes))
                rejectOutOfRange();
            else
                config.m_values.insert(entry.key, minutes);
            break;
        }
        case Kind::BacklightKind: {
            const QString word = text.trimmed();
            if (word == QLatin1String("none") || word == QLatin1String("sysfs") || word == QLatin1String("ddcutil"))
                config.m_values.insert(entry.key, word);
            else
                reject();
            break;
        }
        case Kind::WebAddress: {
            QString why;
            const QUrl address(text.trimmed(), QUrl::StrictMode);
            if (text.trimmed().isEmpty())
                break; // the default: no QR codes
            if (TakeHomeLink::isValidBase(address, &why)) {
                config.m_values.insert(entry.key, text.trimmed());
            } else {
                problems->append(ContentProblem::error(
                    path, lineOfKey(path, name),
                    QStringLiteral("%1 = \"%2\" is not valid: %3; %4. Using the default (empty: no QR codes).")
                        .arg(name, text, why, describeExpected(entry))));
            }
            break;
        }
        case Kind::PrometheusTextfile: {
            // node-exporter skips any other name without a word, and a
            // relative path would depend on the kiosk's working folder.
            const QString file = text.trimmed();
            if (file.isEmpty()
                || (QDir::isAbsolutePath(file) && file.endsWith(QLatin1String(".prom"))
                    && !file.endsWith(QLatin1Char('/'))))
                config.m_values.insert(entry.key, file);
            else
                problems->append(ContentProblem::error(
                    path, lineOfKey(path, name),
                    QStringLiteral("%1 = \"%2\" is not valid; %3. Using the default (empty: no health metrics).")
                        .arg(name, text, describeExpected(entry))));
            break;
        }
        case Kind::Text:
            // Shown in the kiosk's own labels and pages: never markup.
            if (EditorialRules::looksLikeMarkup(text))
                reject();
            else
                config.m_values.insert(entry.key, text.trimmed());
            break;
        case Kind::Path:
        case Kind::Secret:
            config.m_values.insert(entry.key, text.trimmed());
            break;
        }
    }

    for (const CutValue &value : cutValues) {
        const bool hours = std::any_of(keys().cbegin(), keys().cend(), [&value](const KeyInfo &entry) {
            return entry.kind == Kind::OpeningHours && value.qualifiedKey == QLatin1String(entry.name);
        });
        if (hours)
            continue; // refused above
        problems->append(ContentProblem::warning(
            path, value.line,
            QStringLiteral("%1: the value ends at the ';' (the rest reads as a comment); put the whole value in "
                           "double quotes, like %2=\"Mon-Fri 8:00-17:00; Sat 9:00-12:00\"")
                .arg(value.qualifiedKey, value.qualifiedKey.section(QLatin1Char('/'), -1))));
    }

    const QStringList present = settings.allKeys();
    for (const QString &key : present) {
        if (!known.contains(key)) {
            problems->append(ContentProblem::warning(
                path, lineOfKey(path, key),
                QStringLiteral("unknown setting '%1' is ignored; check its spelling").arg(key)));
        }
    }
    return config;
}
