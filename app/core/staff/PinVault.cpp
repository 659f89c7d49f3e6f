#include "PinVault.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

#include <unistd.h>

namespace {

constexpr auto HashKey = "staff/pin_hash";
constexpr auto SaltKey = "staff/pin_salt";
constexpr auto IterationsKey = "staff/pin_iterations";
constexpr int KeyLength = 32;

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
    static const QRegularExpression digits(QStringLiteral("\\A\\d+\\z"));
    if (!digits.match(pin).hasMatch())
        return QStringLiteral("a PIN is digits only");
    if (pin.size() < MinimumLength || pin.size() > MaximumLength)
        return QStringLiteral("a PIN has %1 to %2 digits").arg(MinimumLength).arg(MaximumLength);
    if (pin.count(pin.at(0)) == pin.size())
        return QStringLiteral("all digits are the same; anyone could guess it");
    bool ascending = true;
    bool descending = true;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).digitValue() - pin.at(i - 1).digitValue();
        ascending = ascending && (step == 1 || step == -9);
        descending = descending && (step == -1 || step == 9);
    }
    if (ascending || descending)
        return QStringLiteral("it is a straight sequence (like 123456); anyone could guess it");
    // A repeated short pattern (121212, 123123) is as guessable.
    for (int period = 2; period <= pin.size() / 2; ++period) {
        if (pin.size() % period == 0 && pin == pin.left(period).repeated(pin.size() / period))
            return QStringLiteral("it repeats a short pattern (like 121212); anyone could guess it");
    }
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
    // QSettings rewrites the file: keep its owner, group and mode, so the
    // kiosk user can still read a config that root edited.
    const QFileInfo before(m_configPath);
    const bool existed = before.exists();
    const QFile::Permissions permissions = before.permissions();
    const uint owner = before.ownerId();
    const uint group = before.groupId();

    QSettings settings(m_configPath, QSettings::IniFormat);
    settings.setValue(QLatin1String(HashKey), QString::fromLatin1(derive(pin, salt, MinimumIterations).toBase64()));
    settings.setValue(QLatin1String(SaltKey), QString::fromLatin1(salt.toBase64()));
    settings.setValue(QLatin1String(IterationsKey), MinimumIterations);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("cannot write %1; run as a user who may change it (for example with sudo)")
                     .arg(m_configPath);
        return false;
    }
    if (existed) {
        QFile::setPermissions(m_configPath, permissions);
        if (::chown(QFile::encodeName(m_configPath).constData(), owner, group) != 0 && owner != ::getuid())
            *error = QStringLiteral("could not keep the owner of %1").arg(m_configPath);
    }
    return true;
}
