#include "PinVault.h"

#include "config/KioskConfig.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int KeyLength = 32;

// The names come from KioskConfig's table: the PIN file uses the same
// section and keys the config used to, so one definition serves both.
QString keyName(KioskConfig::Key key)
{
    return QLatin1String(KioskConfig::info(key).name);
}

// Compares without an early exit, so timing reveals nothing about the hash.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// Every refusal says why and what to do instead.
QString refusal(const QString &why)
{
    return QStringLiteral("%1; choose %2 to %3 digits without a pattern")
        .arg(why)
        .arg(PinVault::MinimumLength)
        .arg(PinVault::MaximumLength);
}

QString refusal(const char *why)
{
    return refusal(QLatin1String(why));
}

int digitAt(const QString &pin, qsizetype i)
{
    return pin.at(i).digitValue();
}

int numberAt(const QString &pin, qsizetype from, qsizetype length)
{
    return QStringView(pin).mid(from, length).toInt();
}

// Every step adds the same amount, wrapping past 9: 123456, 987654,
// 7890123, 246802, 975319.
bool isEvenSteps(const QString &pin)
{
    const int step = (digitAt(pin, 1) - digitAt(pin, 0) + 10) % 10;
    for (qsizetype i = 2; i < pin.size(); ++i) {
        if ((digitAt(pin, i) - digitAt(pin, i - 1) + 10) % 10 != step)
            return false;
    }
    return step != 0; // step 0 is "all the same", refused with its own reason
}

// Each digit two or more times in a row: 112233, 444999, 11122233.
bool repeatsEachDigit(const QString &pin)
{
    for (qsizetype start = 0; start < pin.size();) {
        qsizetype end = start + 1;
        while (end < pin.size() && pin.at(end) == pin.at(start))
            ++end;
        if (end - start < 2)
            return false;
        start = end;
    }
    return true;
}

// The phone keypad the PIN pad shows: 1 2 3 / 4 5 6 / 7 8 9 / _ 0 _.
struct Key
{
    int row;
    int column;
};

Key keyOf(int digit)
{
    return digit == 0 ? Key{3, 1} : Key{(digit - 1) / 3, (digit - 1) % 3};
}

// Three keys in a straight line, each next to the last: a row, a column or
// a diagonal of the keypad, either way (147, 258, 580, 159, 753, 654).
bool isKeypadLine(int a, int b, int c)
{
    const Key ka = keyOf(a);
    const Key kb = keyOf(b);
    const Key kc = keyOf(c);
    const int rowStep = kb.row - ka.row;
    const int columnStep = kb.column - ka.column;
    return rowStep == kc.row - kb.row && columnStep == kc.column - kb.column && std::abs(rowStep) <= 1
           && std::abs(columnStep) <= 1 && (rowStep != 0 || columnStep != 0);
}

// Shapes anyone watching the pad (or guessing) tries first: lines of three
// keys one after the other (147258, 159753, 789456, 123654), or one finger
// sliding from key to the key beside, above or below it (147852, 96325874).
bool isKeypadShape(const QString &pin)
{
    bool lines = pin.size() % 3 == 0;
    for (qsizetype i = 0; lines && i < pin.size(); i += 3)
        lines = isKeypadLine(digitAt(pin, i), digitAt(pin, i + 1), digitAt(pin, i + 2));
    if (lines)
        return true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const Key from = keyOf(digitAt(pin, i - 1));
        const Key to = keyOf(digitAt(pin, i));
        if (std::abs(from.row - to.row) + std::abs(from.column - to.column) != 1)
            return false;
    }
    return true;
}

bool isYear(int year)
{
    return year >= 1900 && year <= 2099;
}

bool isMonth(int month)
{
    return month >= 1 && month <= 12;
}

// A day of the year with a two-digit year: checked in a leap year, so 29
// February counts.
bool isDayOfMonth(int day, int month)
{
    return QDate::isValid(2000, month, day);
}

// Birthdays and other dates someone could know or find: DDMMYY, MMDDYY,
// YYMMDD, YYYYMM, MMYYYY; DDMMYYYY, MMDDYYYY, YYYYMMDD and two years
// (19xx and 20xx).
bool looksLikeDate(const QString &pin)
{
    const auto n = [&pin](qsizetype from, qsizetype length) { return numberAt(pin, from, length); };
    if (pin.size() == 6) {
        return isDayOfMonth(n(0, 2), n(2, 2)) || isDayOfMonth(n(2, 2), n(0, 2)) || isDayOfMonth(n(4, 2), n(2, 2))
               || (isYear(n(0, 4)) && isMonth(n(4, 2))) || (isMonth(n(0, 2)) && isYear(n(2, 4)));
    }
    if (pin.size() == 8) {
        const bool yearLast =
            isYear(n(4, 4)) && (QDate::isValid(n(4, 4), n(2, 2), n(0, 2)) || QDate::isValid(n(4, 4), n(0, 2), n(2, 2)));
        const bool yearFirst = isYear(n(0, 4)) && (QDate::isValid(n(0, 4), n(4, 2), n(6, 2)) || isYear(n(4, 4)));
        return yearLast || yearFirst;
    }
    return false;
}

// The most common six-digit PINs in leaked PIN lists. The rules above
// already refuse most of them; the list keeps them refused if a rule is
// ever loosened, and adds the few no rule catches (000001, 112358, 314159).
bool isCommonPin(const QString &pin)
{
    static const QStringList common{
        QStringLiteral("000001"), QStringLiteral("100000"), QStringLiteral("000123"), QStringLiteral("123000"),
        QStringLiteral("123456"), QStringLiteral("654321"), QStringLiteral("111111"), QStringLiteral("666666"),
        QStringLiteral("696969"), QStringLiteral("112233"), QStringLiteral("159753"), QStringLiteral("147258"),
        QStringLiteral("123123"), QStringLiteral("121212"), QStringLiteral("789456"), QStringLiteral("987654"),
        QStringLiteral("202020"), QStringLiteral("520520"), QStringLiteral("520131"), QStringLiteral("131420"),
        QStringLiteral("112358"), QStringLiteral("314159"), QStringLiteral("142857"), QStringLiteral("102030"),
        QStringLiteral("100200"),
    };
    return common.contains(pin);
}

QString pinFileOf(const QString &configPath)
{
    QList<ContentProblem> ignored; // the kiosk reports the config's problems itself
    return KioskConfig::load(configPath, &ignored).pinFile();
}

} // namespace

PinVault::PinVault(const QString &configPath)
    : PinVault(pinFileOf(configPath), configPath)
{
}

PinVault::PinVault(const QString &pinFile, const QString &legacyConfigPath)
    : m_pinFile(pinFile)
    , m_legacyConfigPath(legacyConfigPath)
{
}

QByteArray PinVault::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, KeyLength);
}

PinVault::StoredHash PinVault::readFrom(const QString &iniPath)
{
    StoredHash stored;
    if (iniPath.isEmpty() || !QFileInfo(iniPath).isFile())
        return stored;
    const QSettings settings(iniPath, QSettings::IniFormat);
    stored.hash = settings.value(keyName(KioskConfig::Key::PinHash)).toString();
    stored.salt = settings.value(keyName(KioskConfig::Key::PinSalt)).toString();
    stored.iterations = settings.value(keyName(KioskConfig::Key::PinIterations)).toInt();
    return stored;
}

bool PinVault::hasPin() const
{
    const StoredHash stored = readFrom(m_pinFile);
    return !stored.hash.isEmpty() && !stored.salt.isEmpty();
}

bool PinVault::hasLegacyPin() const
{
    const StoredHash stored = readFrom(m_legacyConfigPath);
    return !stored.hash.isEmpty() && !stored.salt.isEmpty();
}

bool PinVault::verify(const QString &pin) const
{
    const StoredHash stored = readFrom(m_pinFile);
    const QByteArray hash = QByteArray::fromBase64(stored.hash.toLatin1());
    const QByteArray salt = QByteArray::fromBase64(stored.salt.toLatin1());
    // A tampered file with few iterations is not accepted.
    if (hash.size() != KeyLength || salt.isEmpty() || stored.iterations < MinimumIterations)
        return false;
    return constantTimeEquals(derive(pin, salt, stored.iterations), hash);
}

QString PinVault::weakness(const QString &pin)
{
    // ASCII digits only: the PIN pad has no others (\d would take any script's).
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]+\\z"));
    if (!digits.match(pin).hasMatch())
        return refusal("a PIN is digits only");
    if (pin.size() < MinimumLength || pin.size() > MaximumLength)
        return refusal(QStringLiteral("it has %1 digits").arg(pin.size()));
    if (pin.count(pin.at(0)) == pin.size())
        return refusal("all digits are the same, so anyone could guess it");
    if (isEvenSteps(pin))
        return refusal("it is a straight sequence (like 123456 or 246802), so anyone could guess it");
    // A repeated short pattern (121212, 123123) is as guessable.
    for (int period = 2; period <= pin.size() / 2; ++period) {
        if (pin.size() % period == 0 && pin == pin.left(period).repeated(pin.size() / period))
            return refusal("it repeats a short pattern (like 121212), so anyone could guess it");
    }
    if (repeatsEachDigit(pin))
        return refusal("it repeats each digit (like 112233), so anyone could guess it");
    if (std::equal(pin.cbegin(), pin.cend(), pin.crbegin()))
        return refusal("it is mirrored (like 123321: the same backwards), so anyone could guess it");
    if (isKeypadShape(pin))
        return refusal("it follows a line on the keypad (like 147258 or 123654), so anyone watching could guess it");
    if (looksLikeDate(pin))
        return refusal("it looks like a date (like a birthday or a year), so someone who knows you could guess it");
    if (isCommonPin(pin))
        return refusal("it is one of the most common PINs, so anyone could guess it");
    return {};
}

bool PinVault::setPin(const QString &pin, QString *error)
{
    if (const QString why = weakness(pin); !why.isEmpty()) {
        *error = QStringLiteral("PIN refused: %1").arg(why);
        return false;
    }
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    StoredHash stored;
    stored.hash = QString::fromLatin1(derive(pin, salt, MinimumIterations).toBase64());
    stored.salt = QString::fromLatin1(salt.toBase64());
    stored.iterations = MinimumIterations;
    return write(stored, error);
}

PinVault::Migration PinVault::moveLegacyPin(QString *error)
{
    if (QFileInfo::exists(m_pinFile) || !hasLegacyPin())
        return Migration::NothingToDo;
    return write(readFrom(m_legacyConfigPath), error) ? Migration::Moved : Migration::Failed;
}

bool PinVault::write(const StoredHash &stored, QString *error) const
{
    const auto cannotWrite = [this, error](const QString &why) {
        *error =
            QStringLiteral("cannot write %1 (%2); run as root (with sudo) or as the kiosk user").arg(m_pinFile, why);
        return false;
    };
    const QString folder = QFileInfo(m_pinFile).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return cannotWrite(QStringLiteral("its folder cannot be created"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // Written next to the old file and renamed over it: a crash or a full
    // disk leaves the old PIN or the new one, never half a file (and never
    // no PIN, which would stop the kiosk).
    QSaveFile file(m_pinFile);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // Private before the first byte: a 6-digit PIN falls to anyone who can
    // read its hash (a million tries, however slow each), and a root
    // shell's umask 022 would make a new file world-readable.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        return cannotWrite(QStringLiteral("cannot make it private (mode 0600)"));
    }
    // Owned like its folder: IT runs --set-pin as root, and the kiosk user,
    // who owns the state folder, must read the file. (tmpfiles would also
    // refuse to touch a root-owned file inside the kiosk user's folder.)
    struct stat folderStatus
    {
    };
    if (::geteuid() == 0 && ::stat(QFile::encodeName(folder).constData(), &folderStatus) == 0
        && ::fchown(file.handle(), folderStatus.st_uid, folderStatus.st_gid) != 0) {
        file.cancelWriting();
        return cannotWrite(QStringLiteral("cannot give it to the owner of its folder"));
    }
    const QString section = keyName(KioskConfig::Key::PinHash).section(QLatin1Char('/'), 0, 0);
    const auto line = [](KioskConfig::Key key, const QString &value) {
        return keyName(key).section(QLatin1Char('/'), 1) + QLatin1Char('=') + value + QLatin1Char('\n');
    };
    const QString text = QStringLiteral("; The staff PIN's salted PBKDF2 hash, written by patient-kiosk --set-pin.\n"
                                        "; Keep it in backups; never edit it.\n[%1]\n")
                             .arg(section)
                         + line(KioskConfig::Key::PinHash, stored.hash) + line(KioskConfig::Key::PinSalt, stored.salt)
                         + line(KioskConfig::Key::PinIterations, QString::number(stored.iterations));
    file.write(text.toLatin1());
    if (!file.commit())
        return cannotWrite(file.errorString());
    return true;
}
