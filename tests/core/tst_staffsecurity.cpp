// The staff PIN and its defences, without a window: only a slow salted hash
// is stored, in a PIN file of its own (never the config) that nobody else can
// read, an old config's hash is moved there, guessable PINs are refused,
// wrong PINs lock out with doubling pauses that survive a restart but never
// last longer than 15 minutes, and systemd hears READY and WATCHDOG pings
// only while the main loop runs.

#include "config/KioskConfig.h"
#include "staff/AuditLog.h"
#include "staff/PinVault.h"
#include "staff/StaffLockout.h"
#include "system/SystemdNotifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

namespace {

// What a guesser at the kiosk has to wait at most, and what staff wait at
// most after a patient typed wrong PINs on purpose.
constexpr int FifteenMinutes = 15 * 60;

// Sets the process umask for one scope (the one a root shell usually has).
class ScopedUmask final
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_saved(::umask(mask))
    {
    }
    ~ScopedUmask() { ::umask(m_saved); }
    Q_DISABLE_COPY_MOVE(ScopedUmask)

private:
    mode_t m_saved;
};

// The owner, group and other bits of a mode (QFileInfo adds the current user's).
constexpr QFile::Permissions AllModeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                           | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                                           | QFile::ExeOther;

QString describe(QFile::Permissions permissions)
{
    return QStringLiteral("permissions 0x%1").arg(int(permissions), 4, 16, QLatin1Char('0'));
}

} // namespace

class TestStaffSecurity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // A kiosk config whose staff state (and so its PIN file) lives in the
    // folder `name` of the test's own directory, never the system's.
    QString kioskConfig(const char *name) const
    {
        const QString config = path(name) + QStringLiteral(".conf");
        writeFile(config, QStringLiteral("[clinic]\nname=Northside Clinic\n[staff]\nstate_file=%1/staff-state.ini\n")
                              .arg(path(name))
                              .toUtf8());
        return config;
    }

    static QByteArray readAll(const QString &file)
    {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    static void writeFile(const QString &file, const QByteArray &text)
    {
        QFile out(file);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(text);
    }

private slots:
    void stateThatCannotBeWrittenIsReported()
    {
        QTemporaryDir dir;
        // A folder where the file must go: not writable, as root too.
        const QString blocked = dir.filePath(QStringLiteral("staff-state.ini"));
        QVERIFY(QDir().mkpath(blocked + QStringLiteral("/x")));
        StaffLockout lockout(blocked);
        QVERIFY(!lockout.canSave());
        lockout.recordFailure();
        QVERIFY(lockout.lastSaveFailed());
        StaffLockout fine(dir.filePath(QStringLiteral("state/ok.ini")));
        QVERIFY(fine.canSave());
        fine.recordFailure();
        QVERIFY(!fine.lastSaveFailed());

        const QString auditFolder = dir.filePath(QStringLiteral("audit.log"));
        QVERIFY(QDir().mkpath(auditFolder));
        QVERIFY(!AuditLog(auditFolder).record(QStringLiteral("staff unlock: correct PIN")));
        QVERIFY(AuditLog(dir.filePath(QStringLiteral("logs/audit.log"))).record(QStringLiteral("staff unlock")));
        // A full disk: the open works, the write does not.
        if (QFileInfo::exists(QStringLiteral("/dev/full")))
            QVERIFY(!AuditLog(QStringLiteral("/dev/full")).record(QStringLiteral("staff unlock: correct PIN")));
    }

    // A loop of wrong PINs (a patient at the corner) never fills the disk:
    // past its limit the log moves to audit.log.1 and a new one begins,
    // and the newest line is always in the current file.
    void auditLogStaysBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.log"));
        AuditLog log(path);
        const QString detail(200, QLatin1Char('x'));
        const int lines = int(2.5 * AuditLog::RotateAtBytes / 240);
        for (int i = 0; i < lines; ++i)
            QVERIFY(log.record(QStringLiteral("staff wrong PIN %1").arg(i), detail));
        QVERIFY(QFileInfo(path).size() <= AuditLog::RotateAtBytes + 512);
        QVERIFY(QFileInfo(path + QStringLiteral(".1")).size() <= AuditLog::RotateAtBytes + 512);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".2")));
        QFile current(path);
        QVERIFY(current.open(QIODevice::ReadOnly));
        QVERIFY(current.readAll().contains(QStringLiteral("staff wrong PIN %1 ").arg(lines - 1).toUtf8()));
    }

    void onlyTheHashIsStored()
    {
        const QString config = kioskConfig("only-hash");
        const QByteArray configBefore = readAll(config);
        PinVault vault(config);
        QVERIFY(!vault.hasPin());
        QString error;
        QVERIFY2(vault.setPin(QStringLiteral("482915"), &error), qPrintable(error));
        QVERIFY(vault.hasPin());

        // In its own file beside the lockout state, not in the config, which
        // an upgrade could replace.
        QCOMPARE(vault.pinFile(), path("only-hash/pin"));
        QCOMPARE(readAll(config), configBefore);
        const QByteArray stored = readAll(vault.pinFile());
        QVERIFY(!stored.contains("482915"));
        QVERIFY(stored.contains("pin_hash="));
        const QSettings settings(vault.pinFile(), QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("staff/pin_iterations")).toInt() >= 200000);
        QCOMPARE(QByteArray::fromBase64(settings.value(QStringLiteral("staff/pin_salt")).toByteArray()).size(), 16);
        // A new vault (the kiosk starting) finds it through the same config.
        QVERIFY(PinVault(config).verify(QStringLiteral("482915")));
    }

    void pinFileLivesWithTheStaffState()
    {
        QCOMPARE(KioskConfig().pinFile(), QStringLiteral(KIOSK_STATE_DIR "/state/pin"));
        QList<ContentProblem> problems;
        QCOMPARE(KioskConfig::load(kioskConfig("elsewhere"), &problems).pinFile(), path("elsewhere/pin"));
    }

    void correctAndWrongPins()
    {
        PinVault vault(kioskConfig("verify"));
        QString error;
        QVERIFY(vault.setPin(QStringLiteral("482915"), &error));
        QVERIFY(vault.verify(QStringLiteral("482915")));
        QVERIFY(!vault.verify(QStringLiteral("482916")));
        QVERIFY(!vault.verify(QString()));
        QVERIFY(!vault.verify(QStringLiteral("4829150")));
    }

    void saltsDiffer()
    {
        PinVault a(kioskConfig("a"));
        PinVault b(kioskConfig("b"));
        QString error;
        QVERIFY(a.setPin(QStringLiteral("482915"), &error));
        QVERIFY(b.setPin(QStringLiteral("482915"), &error));
        QVERIFY(QSettings(a.pinFile(), QSettings::IniFormat).value(QStringLiteral("staff/pin_hash"))
                != QSettings(b.pinFile(), QSettings::IniFormat).value(QStringLiteral("staff/pin_hash")));
    }

    void tamperedIterationsAreRefused()
    {
        PinVault vault(kioskConfig("tampered"));
        QString error;
        QVERIFY(vault.setPin(QStringLiteral("482915"), &error));
        {
            QSettings settings(vault.pinFile(), QSettings::IniFormat);
            const QByteArray salt =
                QByteArray::fromBase64(settings.value(QStringLiteral("staff/pin_salt")).toByteArray());
            settings.setValue(QStringLiteral("staff/pin_iterations"), 1);
            settings.setValue(QStringLiteral("staff/pin_hash"),
                              QString::fromLatin1(PinVault::derive(QStringLiteral("482915"), salt, 1).toBase64()));
        }
        QVERIFY(!PinVault(vault.pinFile(), QString()).verify(QStringLiteral("482915")));
    }

    // What an upgrade from 0.1.0 finds: the hash inside the config (as the
    // old --set-pin wrote it) and no PIN file. The kiosk moves it at start
    // (postinst does too), and the staff PIN keeps working.
    void hashInAnOldConfigIsMoved()
    {
        const QString config = kioskConfig("old-layout");
        {
            PinVault scratch(path("scratch/pin"), QString());
            QString error;
            QVERIFY2(scratch.setPin(QStringLiteral("482915"), &error), qPrintable(error));
            const QSettings written(scratch.pinFile(), QSettings::IniFormat);
            QSettings old(config, QSettings::IniFormat);
            for (const char *key : {"staff/pin_hash", "staff/pin_salt", "staff/pin_iterations"})
                old.setValue(QLatin1String(key), written.value(QLatin1String(key)));
        }
        const QByteArray configBefore = readAll(config);
        PinVault vault(config);
        QVERIFY(vault.hasLegacyPin());
        QVERIFY(!vault.hasPin()); // only the PIN file counts
        QString error;
        QCOMPARE(vault.moveLegacyPin(&error), PinVault::Migration::Moved);
        QVERIFY(vault.hasPin());
        QVERIFY(PinVault(config).verify(QStringLiteral("482915")));
        QVERIFY(!PinVault(config).verify(QStringLiteral("730264")));
        QCOMPARE(readAll(config), configBefore); // the kiosk may not write the config
        // Once only: a PIN file that exists wins, so a PIN set afterwards is
        // never replaced by the old hash still in the config.
        QCOMPARE(vault.moveLegacyPin(&error), PinVault::Migration::NothingToDo);
        QVERIFY2(vault.setPin(QStringLiteral("730264"), &error), qPrintable(error));
        QCOMPARE(PinVault(config).moveLegacyPin(&error), PinVault::Migration::NothingToDo);
        QVERIFY(PinVault(config).verify(QStringLiteral("730264")));
        QVERIFY(!PinVault(config).verify(QStringLiteral("482915")));
    }

    void missingDamagedOrUnwritablePinFileFailsClosed()
    {
        // Missing: no PIN, nothing verifies, nothing to move.
        const QString config = kioskConfig("closed");
        PinVault vault(config);
        QString error;
        QVERIFY(!vault.hasPin());
        QVERIFY(!vault.verify(QStringLiteral("482915")));
        QCOMPARE(vault.moveLegacyPin(&error), PinVault::Migration::NothingToDo);

        // Damaged: a cut-off hash verifies nothing.
        QVERIFY2(vault.setPin(QStringLiteral("482915"), &error), qPrintable(error));
        QByteArray text = readAll(vault.pinFile());
        const qsizetype hashAt = text.indexOf("pin_hash=") + 9;
        text.remove(hashAt, 10);
        writeFile(vault.pinFile(), text);
        QVERIFY(!vault.verify(QStringLiteral("482915")));
        writeFile(vault.pinFile(), "not a PIN file\n");
        QVERIFY(!vault.hasPin());

        // Unwritable (a folder where the file must go: as root too): the
        // write fails with the path in the message, and there is still no PIN.
        PinVault blocked(path("blocked/pin"), QString());
        QVERIFY(QDir().mkpath(blocked.pinFile() + QStringLiteral("/x")));
        QVERIFY(!blocked.setPin(QStringLiteral("482915"), &error));
        QVERIFY2(error.contains(blocked.pinFile()), qPrintable(error));
        QVERIFY(!blocked.hasPin());
        QVERIFY(!blocked.verify(QStringLiteral("482915")));
        // An old hash that cannot be moved is reported, and still no PIN.
        QSettings(config, QSettings::IniFormat).setValue(QStringLiteral("staff/pin_hash"), QStringLiteral("AAAA"));
        QSettings(config, QSettings::IniFormat).setValue(QStringLiteral("staff/pin_salt"), QStringLiteral("AAAA"));
        PinVault noFolder(path("not-a-folder/pin"), config);
        writeFile(path("not-a-folder"), "a file, not a folder\n");
        QVERIFY(noFolder.hasLegacyPin());
        QCOMPARE(noFolder.moveLegacyPin(&error), PinVault::Migration::Failed);
        QVERIFY2(error.contains(noFolder.pinFile()), qPrintable(error));
        QVERIFY(!noFolder.hasPin());
    }

    void weakPinsAreRefused_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("reason");
        QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("6 to 12 digits");
        QTest::newRow("too long") << QStringLiteral("1234567890123") << QStringLiteral("6 to 12 digits");
        QTest::newRow("letters") << QStringLiteral("12ab56") << QStringLiteral("digits only");
        QTest::newRow("one digit") << QStringLiteral("777777") << QStringLiteral("all digits are the same");
        QTest::newRow("ascending") << QStringLiteral("123456") << QStringLiteral("straight sequence");
        QTest::newRow("ascending wraps") << QStringLiteral("7890123") << QStringLiteral("straight sequence");
        QTest::newRow("descending") << QStringLiteral("987654") << QStringLiteral("straight sequence");
        QTest::newRow("counting by twos") << QStringLiteral("246802") << QStringLiteral("straight sequence");
        QTest::newRow("odd digits down") << QStringLiteral("975319") << QStringLiteral("straight sequence");
        QTest::newRow("pattern") << QStringLiteral("121212") << QStringLiteral("repeats a short pattern");
        QTest::newRow("pattern of three") << QStringLiteral("482482") << QStringLiteral("repeats a short pattern");
        QTest::newRow("123123") << QStringLiteral("123123") << QStringLiteral("repeats a short pattern");
        QTest::newRow("696969") << QStringLiteral("696969") << QStringLiteral("repeats a short pattern");
        QTest::newRow("202020") << QStringLiteral("202020") << QStringLiteral("repeats a short pattern");
        QTest::newRow("pairs") << QStringLiteral("112233") << QStringLiteral("repeats each digit");
        QTest::newRow("triples") << QStringLiteral("444999") << QStringLiteral("repeats each digit");
        QTest::newRow("mirrored") << QStringLiteral("123321") << QStringLiteral("mirrored");
        QTest::newRow("mirrored, eight") << QStringLiteral("48199184") << QStringLiteral("mirrored");
        QTest::newRow("two keypad columns") << QStringLiteral("147258") << QStringLiteral("keypad");
        QTest::newRow("two keypad diagonals") << QStringLiteral("159753") << QStringLiteral("keypad");
        QTest::newRow("keypad rows, bottom up") << QStringLiteral("789456") << QStringLiteral("keypad");
        QTest::newRow("keypad snake") << QStringLiteral("123654") << QStringLiteral("keypad");
        QTest::newRow("keypad middle column") << QStringLiteral("085258") << QStringLiteral("keypad");
        QTest::newRow("keypad walk") << QStringLiteral("147852") << QStringLiteral("keypad");
        QTest::newRow("keypad walk, eight") << QStringLiteral("96325874") << QStringLiteral("keypad");
        QTest::newRow("DDMMYY") << QStringLiteral("241185") << QStringLiteral("date");
        QTest::newRow("MMDDYY") << QStringLiteral("112485") << QStringLiteral("date");
        QTest::newRow("YYMMDD") << QStringLiteral("851124") << QStringLiteral("date");
        QTest::newRow("29 February") << QStringLiteral("290296") << QStringLiteral("date");
        QTest::newRow("YYYYMM") << QStringLiteral("198511") << QStringLiteral("date");
        QTest::newRow("MMYYYY") << QStringLiteral("112026") << QStringLiteral("date");
        QTest::newRow("DDMMYYYY") << QStringLiteral("24111985") << QStringLiteral("date");
        QTest::newRow("MMDDYYYY") << QStringLiteral("11241985") << QStringLiteral("date");
        QTest::newRow("YYYYMMDD") << QStringLiteral("20261124") << QStringLiteral("date");
        QTest::newRow("two years") << QStringLiteral("19852013") << QStringLiteral("date");
        QTest::newRow("000001") << QStringLiteral("000001") << QStringLiteral("most common");
        QTest::newRow("314159") << QStringLiteral("314159") << QStringLiteral("most common");
        // The most common six-digit PINs are all refused, whichever rule catches them.
        for (const char *pin : {"000001", "123456", "654321", "111111", "666666", "696969", "112233", "159753",
                                "147258", "123123", "121212", "789456", "987654", "202020", "000000", "123321",
                                "520520", "101010", "159357", "258258", "147147", "112358"})
            QTest::addRow("common %s", pin) << QString::fromLatin1(pin) << QString();
    }

    void weakPinsAreRefused()
    {
        QFETCH(QString, pin);
        QFETCH(QString, reason);
        const QString why = PinVault::weakness(pin);
        QVERIFY2(!why.isEmpty(), qPrintable(pin));
        QVERIFY2(why.contains(reason), qPrintable(why));
        // Every refusal says what to do instead.
        QVERIFY2(why.contains(QLatin1String("choose 6 to 12 digits without a pattern")), qPrintable(why));
        PinVault vault(kioskConfig("weak"));
        QString error;
        QVERIFY(!vault.setPin(pin, &error));
        QVERIFY(error.startsWith(QLatin1String("PIN refused")));
        QVERIFY(!vault.hasPin());
        QVERIFY(!QFile::exists(vault.pinFile()));
    }

    void strongPinsAreAccepted_data()
    {
        QTest::addColumn<QString>("pin");
        for (const char *pin : {"482915", "730264", "730291", "305817", "19283746", "2749160385", "271828182845"})
            QTest::newRow(pin) << QString::fromLatin1(pin);
    }

    void strongPinsAreAccepted()
    {
        QFETCH(QString, pin);
        QVERIFY2(PinVault::weakness(pin).isEmpty(), qPrintable(PinVault::weakness(pin)));
        PinVault vault(kioskConfig("strong"));
        QString error;
        QVERIFY2(vault.setPin(pin, &error), qPrintable(error));
        QVERIFY(vault.verify(pin));
    }

    void newPinFileIsPrivateFromTheFirstWrite()
    {
        // A root shell's usual umask would leave a new file world-readable,
        // and a 6-digit PIN falls to anyone who can read its hash.
        const ScopedUmask umask(022);
        PinVault vault(path("new-kiosk/state/pin"), QString());
        QString error;
        QVERIFY2(vault.setPin(QStringLiteral("482915"), &error), qPrintable(error));
        const QFile::Permissions permissions = QFileInfo(vault.pinFile()).permissions() & AllModeBits;
        QVERIFY2(permissions == (QFile::ReadOwner | QFile::WriteOwner), qPrintable(describe(permissions)));
        const QFile::Permissions folder = QFileInfo(path("new-kiosk/state")).permissions() & AllModeBits;
        QVERIFY2(!(folder & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup)),
                 qPrintable(describe(folder)));
        QVERIFY(vault.verify(QStringLiteral("482915")));
    }

    void replacingThePinKeepsItPrivateAndWhole()
    {
        PinVault vault(path("replace/pin"), QString());
        QString error;
        QVERIFY(vault.setPin(QStringLiteral("482915"), &error));
        QVERIFY(::chmod(QFile::encodeName(vault.pinFile()).constData(), 0644) == 0);
        QVERIFY2(vault.setPin(QStringLiteral("730264"), &error), qPrintable(error));
        QCOMPARE(QFileInfo(vault.pinFile()).permissions() & AllModeBits, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(vault.verify(QStringLiteral("730264")));
        QVERIFY(!vault.verify(QStringLiteral("482915")));
        // Replaced by a rename: no temporary copy of the hash is left behind.
        QCOMPARE(QDir(path("replace")).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("pin")});
    }

    void pinFileBelongsToTheOwnerOfItsFolder()
    {
        // IT runs --set-pin as root; the kiosk user owns the state folder and
        // must be able to read the PIN.
        if (::geteuid() != 0)
            QSKIP("needs root to give a file to another user");
        const QString folder = path("owned/state");
        QVERIFY(QDir().mkpath(folder));
        constexpr uid_t KioskUid = 4242;
        constexpr gid_t KioskGid = 4343;
        QVERIFY(::chown(QFile::encodeName(folder).constData(), KioskUid, KioskGid) == 0);
        PinVault vault(folder + QStringLiteral("/pin"), QString());
        QString error;
        QVERIFY2(vault.setPin(QStringLiteral("482915"), &error), qPrintable(error));
        struct stat status
        {
        };
        QVERIFY(::stat(QFile::encodeName(vault.pinFile()).constData(), &status) == 0);
        QCOMPARE(status.st_uid, KioskUid);
        QCOMPARE(status.st_gid, KioskGid);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));
    }

    void lockoutDoublesAndPersists()
    {
        QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        auto clock = [&now] { return now; };
        const QString state = path("lockout.ini");
        {
            StaffLockout lockout(state, clock);
            for (int i = 1; i <= 4; ++i) {
                QCOMPARE(lockout.recordFailure(), 0);
                QCOMPARE(lockout.triesLeft(), 5 - i);
            }
            QCOMPARE(lockout.recordFailure(), 30);
            QCOMPARE(lockout.secondsLeft(), 30);
            now = now.addSecs(10);
            QCOMPARE(lockout.secondsLeft(), 20);
        }
        {
            // A restart (or pulled plug) keeps the pause.
            StaffLockout afterRestart(state, clock);
            QVERIFY(afterRestart.isLockedOut());
            QCOMPARE(afterRestart.secondsLeft(), 20);
            now = now.addSecs(21);
            QVERIFY(!afterRestart.isLockedOut());
            for (int i = 0; i < 4; ++i)
                afterRestart.recordFailure();
            QCOMPARE(afterRestart.recordFailure(), 60); // doubled
            now = now.addSecs(61);
            for (int i = 0; i < 4; ++i)
                afterRestart.recordFailure();
            QCOMPARE(afterRestart.recordFailure(), 120);
            afterRestart.recordSuccess();
            QVERIFY(!afterRestart.isLockedOut());
        }
        StaffLockout afterSuccess(state, clock);
        QCOMPARE(afterSuccess.failures(), 0);
        for (int i = 0; i < 4; ++i)
            afterSuccess.recordFailure();
        QCOMPARE(afterSuccess.recordFailure(), 30); // a success started the doubling over
    }

    void lockoutIsCappedAtFifteenMinutes()
    {
        // A patient can type wrong PINs on purpose; staff never wait longer than 15 minutes.
        QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        StaffLockout lockout(path("capped.ini"), [&now] { return now; });
        for (const int expected : {30, 60, 120, 240, 480, FifteenMinutes, FifteenMinutes, FifteenMinutes}) {
            for (int i = 0; i < StaffLockout::FailuresBeforeLockout - 1; ++i)
                QCOMPARE(lockout.recordFailure(), 0);
            QCOMPARE(lockout.recordFailure(), expected);
            QCOMPARE(lockout.secondsLeft(), expected);
            now = now.addSecs(expected);
            QVERIFY(!lockout.isLockedOut());
        }
        // Many more rounds of wrong PINs: still 15 minutes, never an overflow.
        for (int round = 0; round < 40; ++round) {
            for (int i = 0; i < StaffLockout::FailuresBeforeLockout - 1; ++i)
                lockout.recordFailure();
            QCOMPARE(lockout.recordFailure(), FifteenMinutes);
            now = now.addSecs(FifteenMinutes);
        }
    }

    void storedLockoutIsNeverLongerThanTheLongest_data()
    {
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("lockouts");
        const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        QTest::newRow("16 minutes ahead") << now.addSecs(16 * 60).toString(Qt::ISODate) << 3;
        QTest::newRow("ten years ahead (clock skew)") << now.addYears(10).toString(Qt::ISODate) << 3;
        QTest::newRow("year 9999: seconds overflow an int") << QStringLiteral("9999-12-31T23:59:59Z") << 3;
        QTest::newRow("beyond what a date holds") << QStringLiteral("292278994-08-17T07:12:55Z") << 3;
        QTest::newRow("unreadable") << QStringLiteral("tomorrow") << 3;
        QTest::newRow("huge lockout count") << now.addYears(1).toString(Qt::ISODate) << 2147483647;
        QTest::newRow("negative lockout count") << now.addYears(1).toString(Qt::ISODate) << -5;
    }

    void storedLockoutIsNeverLongerThanTheLongest()
    {
        QFETCH(QString, until);
        QFETCH(int, lockouts);
        QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        auto clock = [&now] { return now; };
        const QString state = path("tampered-lockout.ini");
        QFile::remove(state);
        {
            QSettings file(state, QSettings::IniFormat);
            file.setValue(QStringLiteral("lockout/failures"), 0);
            file.setValue(QStringLiteral("lockout/lockouts"), lockouts);
            file.setValue(QStringLiteral("lockout/until"), until);
        }
        {
            // Locked out (never "no pause" because the value is strange), but
            // for at most the longest pause.
            StaffLockout lockout(state, clock);
            QVERIFY(lockout.isLockedOut());
            QVERIFY2(lockout.secondsLeft() <= FifteenMinutes, qPrintable(QString::number(lockout.secondsLeft())));
            now = now.addSecs(FifteenMinutes);
            QVERIFY(!lockout.isLockedOut());
            // The next lockout is still no longer than the longest.
            for (int i = 0; i < StaffLockout::FailuresBeforeLockout - 1; ++i)
                lockout.recordFailure();
            const int next = lockout.recordFailure();
            QVERIFY2(next >= StaffLockout::FirstLockoutSeconds && next <= FifteenMinutes,
                     qPrintable(QString::number(next)));
            now = now.addSecs(next);
            QVERIFY(!lockout.isLockedOut());
        }
        // A restart does not bring the far-future pause back.
        QVERIFY(!StaffLockout(state, clock).isLockedOut());
    }

    void clockGoingBackDoesNotStretchTheLockout()
    {
        // The kiosk booted with its clock years ahead, locked out, then NTP
        // set the clock right: the pause still ends within 15 minutes.
        QDateTime now = QDateTime(QDate(2031, 1, 1), QTime(9, 0), Qt::UTC);
        auto clock = [&now] { return now; };
        StaffLockout lockout(path("skewed.ini"), clock);
        for (int i = 0; i < StaffLockout::FailuresBeforeLockout; ++i)
            lockout.recordFailure();
        QCOMPARE(lockout.secondsLeft(), 30);
        now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        QVERIFY(lockout.isLockedOut());
        QVERIFY2(lockout.secondsLeft() <= FifteenMinutes, qPrintable(QString::number(lockout.secondsLeft())));
        now = now.addSecs(FifteenMinutes);
        QVERIFY(!lockout.isLockedOut());
        QVERIFY(!StaffLockout(path("skewed.ini"), clock).isLockedOut());
    }

    void auditLogAppends()
    {
        AuditLog log(path("audit/audit.log"));
        log.record(QStringLiteral("staff unlock: wrong PIN"));
        log.record(QStringLiteral("staff PIN pad locked out"), QStringLiteral("30 s"));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).endsWith("staff unlock: wrong PIN"));
        QVERIFY(lines.at(1).contains("locked out (30 s)"));
        QVERIFY(QDateTime::fromString(QString::fromLatin1(lines.at(0).split(' ').first()), Qt::ISODate).isValid());
    }
};

QTEST_GUILESS_MAIN(TestStaffSecurity)
#include "tst_staffsecurity.moc"
