#pragma once

#include <QByteArray>
#include <QString>

// The staff PIN, kept only as a salted, slow hash (PBKDF2-HMAC-SHA256,
// 200,000+ iterations, through Qt's QPasswordDigestor) in the config file's
// [staff] section. The digits are never stored, logged or compared as text,
// and the file is kept private (0600, or 0640 for its group).
class PinVault final
{
public:
    static constexpr int MinimumIterations = 200'000;
    static constexpr int MinimumLength = 6;
    static constexpr int MaximumLength = 12;

    explicit PinVault(const QString &configPath);

    bool hasPin() const;
    bool verify(const QString &pin) const; // slow on purpose (~0.3 s)

    // Empty when the PIN is acceptable; otherwise why not and what to do, in
    // plain words. Refused: anything but 6 to 12 digits, one digit repeated,
    // straight sequences, repeated patterns, doubled digits, mirrored PINs,
    // lines and paths on the keypad, dates, and the most common PINs.
    static QString weakness(const QString &pin);

    // Stores a new PIN's hash (fresh random salt). Returns false with
    // `error` set when the PIN is weak or the config cannot be written.
    bool setPin(const QString &pin, QString *error);

    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

private:
    QString m_configPath;
};
