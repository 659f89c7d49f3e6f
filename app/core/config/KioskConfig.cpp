#include "KioskConfig.h"

#include "checks/EditorialRules.h"
#include "system/KioskLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStringList>

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
         "Name shown on the attract and home screens."},
        {Key::ClinicPhone,
         "clinic/phone",
         Kind::PhoneNumber,
         QString(),
         {},
         "The clinic's phone number as patients dial it, like (555) 010-0100. Articles that say 'call your clinic' "
         "show it; when it is not set they say 'the number on your clinic papers'."},
        {Key::ClinicHours,
         "clinic/hours",
         Kind::Text,
         QString(),
         {},
         "When the clinic answers the phone, as patients read it, like Mon-Fri 8:00-17:00. When it is not set, "
         "articles say 'during office hours'."},
        // Any time above zero: the warning that follows is what gives a patient time.
        {Key::IdleTimeoutSeconds,
         "idle/timeout_seconds",
         Kind::PositiveSeconds,
         120.0,
         {},
         "Seconds without a touch before the idle warning appears."},
        {Key::IdleWarningSeconds,
         "idle/warning_seconds",
         Kind::PositiveSeconds,
         30.0,
         {MinimumIdleWarningSeconds, std::nullopt},
         "Seconds the idle warning counts down before the kiosk clears the session (never less than WCAG 2.2.1 "
         "asks for)."},
        {Key::DisclaimerFile,
         "disclaimer/file",
         Kind::Path,
         QString(),
         {},
         "UTF-8 text file replacing the built-in disclaimer; paragraphs separated by blank lines."},
        {Key::DefaultLanguage,
         "language/default",
         Kind::LanguageCode,
         QStringLiteral("en"),
         {},
         "Language each new patient session starts in."},
        {Key::ContentDir,
         "content/dir",
         Kind::Path,
         QString(),
         {},
         "Folder with the clinic's own articles, added to and overriding the bundled ones."},
        {Key::ReviewMonths,
         "content/review_months",
         Kind::Months,
         EditorialRules::DefaultReviewMonths,
         {EditorialRules::MinimumReviewMonths, EditorialRules::MaximumReviewMonths},
         "Months a clinician's review of an article stays valid before --check-content and the staff panel "
         "say it is due again."},
        {Key::HideCursor,
         "kiosk/hide_cursor",
         Kind::Boolean,
         true,
         {},
         "Hide the mouse pointer in kiosk mode (true or false); a touchscreen has no use for it."},
        {Key::Graphics,
         "display/graphics",
         Kind::GraphicsApi,
         QStringLiteral("software"),
         {},
         "How the screen is drawn: software (measured fastest without a strong GPU, and under Xvfb) or opengl."},
        {Key::StaffStateFile,
         "staff/state_file",
         Kind::Path,
         QStringLiteral(KIOSK_STATE_DIR "/state/staff-state.ini"),
         {},
         "Where wrong-PIN lockouts are remembered across restarts (the kiosk user must be able to write it)."},
        {Key::AuditLogFile,
         "staff/audit_log",
         Kind::Path,
         QStringLiteral(KIOSK_STATE_DIR "/state/audit.log"),
         {},
         "Append-only record of staff unlocks, wrong PINs and lockouts (never the digits)."},
        // The PIN file (pinFile()) holds these three, under the same names;
        // versions up to 0.1.0 wrote them into this config, and PinVault
        // moves them from there into the PIN file.
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
