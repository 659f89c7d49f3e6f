#include "PinVault.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>
#include <cstdlib>
#include <unistd.h>

namespace {

constexpr auto HashKey = "staff/pin_hash";
constexpr auto SaltKey = "staff/pin_salt";
constexpr auto IterationsKey = "staff/pin_iterations";
constexpr int KeyLength = 32;
// The owner, group and other bits of a mode (QFileInfo adds the current user's).
constexpr QFile::Permissions AllModeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                           | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                                           | QFile::ExeOther;

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

} // namespace

PinVault::PinVault(const QString &configPath)
    : m_configPath(configPath)
{
}

QByteArray PinVault::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, KeyLength);
}

bool PinVault::hasPin() const
{
    const QSettings settings(m_configPath, QSettings::IniFormat);
    return !settings.value(QLatin1String(HashKey)).toString().isEmpty()
           && !settings.value(QLatin1String(SaltKey)).toString().isEmpty();
}

bool PinVault::verify(const QString &pin) const
{
    const QSettings settings(m_configPath, QSettings::IniFormat);
    const QByteArray hash = QByteArray::fromBase64(settings.value(QLatin1String(HashKey)).toString().toLatin1());
    const QByteArray salt = QByteArray::fromBase64(settings.value(QLatin1String(SaltKey)).toString().toLatin1());
    const int iterations = settings.value(QLatin1String(IterationsKey)).toInt();
    // A tampered config with few iterations is not accepted.
    if (hash.size() != KeyLength || salt.isEmpty() || iterations < MinimumIterations)
        return false;
    return constantTimeEquals(derive(pin, salt, iterations), hash);
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
    // QSettings rewrites the file: keep its owner and group, so the kiosk
    // user can still read a config that root edited.
    const QFileInfo before(m_configPath);
    const bool existed = before.exists();
    const uint owner = before.ownerId();
    const uint group = before.groupId();
    // The hash must stay private: a 6-digit PIN falls to anyone who can read
    // its hash (a million tries, however slow each). So the file is the
    // owner's alone (0600), or also readable by its group (0640) when it
    // already was (the package's root:kiosk config). The mode is set before
    // the first secret is written, never after: a new file is created with
    // it (a root shell's umask 022 would make it world-readable), and
    // QSettings, which replaces the file, copies it from the file it replaces.
    const QFile::Permissions privateMode =
        QFile::ReadOwner | QFile::WriteOwner
        | (existed && before.permissions().testFlag(QFile::ReadGroup) ? QFile::Permissions(QFile::ReadGroup)
                                                                      : QFile::Permissions());
    const auto cannotWrite = [this, error] {
        *error = QStringLiteral("cannot write %1; run as a user who may change it (for example with sudo)")
                     .arg(m_configPath);
        return false;
    };
    if (!existed) {
        QDir().mkpath(before.absolutePath());
        QFile file(m_configPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateMode))
            return cannotWrite();
    } else if ((before.permissions() & AllModeBits) != privateMode
               && !QFile::setPermissions(m_configPath, privateMode)) {
        *error = QStringLiteral("cannot make %1 private (mode 0600, or 0640 for its group); nothing was changed")
                     .arg(m_configPath);
        return false;
    }

    QSettings settings(m_configPath, QSettings::IniFormat);
    settings.setValue(QLatin1String(HashKey), QString::fromLatin1(derive(pin, salt, MinimumIterations).toBase64()));
    settings.setValue(QLatin1String(SaltKey), QString::fromLatin1(salt.toBase64()));
    settings.setValue(QLatin1String(IterationsKey), MinimumIterations);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (!existed)
            QFile::remove(m_configPath); // the empty file made above
        return cannotWrite();
    }
    QFile::setPermissions(m_configPath, privateMode);
    if (existed && ::chown(QFile::encodeName(m_configPath).constData(), owner, group) != 0 && owner != ::getuid())
        *error = QStringLiteral("could not keep the owner of %1").arg(m_configPath);
    return true;
}
