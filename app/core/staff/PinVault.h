#pragma once

#include <QByteArray>
#include <QString>

// The staff PIN, kept only as a salted, slow hash (PBKDF2-HMAC-SHA256,
// 200,000+ iterations, through Qt's QPasswordDigestor) in a PIN file of its
// own (KioskConfig::pinFile(): /var/lib/patient-kiosk/state/pin on Debian),
// never in the config: the config is the administrator's and an upgrade may
// offer a new one, while the PIN is machine state that must survive every
// upgrade. The digits are never stored, logged or compared as text, and the
// file is private (0600) from before its first byte.
class PinVault final
{
public:
    static constexpr int MinimumIterations = 200'000;
    static constexpr int MinimumLength = 6;
    static constexpr int MaximumLength = 12;

    // The vault of the kiosk that reads `configPath`: the PIN file that
    // config's staff/state_file places (KioskConfig::pinFile()), and the
    // config itself as the place versions up to 0.1.0 kept the hash in.
    explicit PinVault(const QString &configPath);
    PinVault(const QString &pinFile, const QString &legacyConfigPath);

    QString pinFile() const { return m_pinFile; }

    // Only the PIN file counts: a missing, unreadable or damaged one is no
    // PIN, so --kiosk refuses to start (fail closed).
    bool hasPin() const;
    bool verify(const QString &pin) const; // slow on purpose (~0.3 s)

    // Empty when the PIN is acceptable; otherwise why not and what to do, in
    // plain words. Refused: anything but 6 to 12 digits, one digit repeated,
    // straight sequences, repeated patterns, doubled digits, mirrored PINs,
    // lines and paths on the keypad, dates, and the most common PINs.
    static QString weakness(const QString &pin);

    // Stores a new PIN's hash (fresh random salt) in the PIN file, replacing
    // it atomically; the config is never touched. Returns false with `error`
    // set when the PIN is weak or the file cannot be written.
    bool setPin(const QString &pin, QString *error);

    enum class Migration {
        NothingToDo,
        Moved,
        Failed
    };
    // When there is no PIN file yet and the config still holds a hash an
    // older version wrote there, copies it into the PIN file (the package's
    // postinst does the same on upgrade, and also deletes it from the
    // config; the kiosk user may not write the config). A PIN file that
    // exists always wins.
    Migration moveLegacyPin(QString *error);
    bool hasLegacyPin() const; // the config still holds a hash

    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

private:
    struct StoredHash
    {
        QString hash; // base64, as written
        QString salt; // base64
        int iterations = 0;
    };
    static StoredHash readFrom(const QString &iniPath);
    bool write(const StoredHash &stored, QString *error) const;

    QString m_pinFile;
    QString m_legacyConfigPath;
};
