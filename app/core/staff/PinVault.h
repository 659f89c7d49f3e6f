#pragma once

#include <QByteArray>
#include <QString>

// The staff PIN, kept only as a salted, slow hash (PBKDF2-HMAC-SHA256,
// 200,000+ iterations, through Qt's QPasswordDigestor) in the config file's
// [staff] section. The digits are never stored, logged or compared as text.
class PinVault final
{
public:
    static constexpr int MinimumIterations = 200'000;
    static constexpr int MinimumLength = 6;
    static constexpr int MaximumLength = 12;

    explicit PinVault(const QString &configPath);

    bool hasPin() const;
    bool verify(const QString &pin) const; // slow on purpose (~0.3 s)

    // Empty when the PIN is acceptable; otherwise why not, in plain words.
    static QString weakness(const QString &pin);

    // Stores a new PIN's hash (fresh random salt). Returns false with
    // `error` set when the PIN is weak or the config cannot be written.
    bool setPin(const QString &pin, QString *error);

    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

private:
    QString m_configPath;
};
