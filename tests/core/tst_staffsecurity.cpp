// The staff PIN and its defences, without a window: only a slow salted hash
// is stored, in a file nobody else can read, guessable PINs are refused,
// wrong PINs lock out with doubling pauses that survive a restart but never
// last longer than 15 minutes, and systemd hears READY and WATCHDOG pings
// only while the main loop runs.

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

    void onlyTheHashIsStored()
    {
        const QString config = path("pin.conf");
        PinVault vault(config);
        QVERIFY(!vault.hasPin());
        QString error;
        QVERIFY2(vault.setPin(QStringLiteral("482915"), &error), qPrintable(error));
        QVERIFY(vault.hasPin());

        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains("482915"));
        QVERIFY(stored.contains("pin_hash="));
        const QSettings settings(config, QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("staff/pin_iterations")).toInt() >= 200000);
        QCOMPARE(QByteArray::fromBase64(settings.value(QStringLiteral("staff/pin_salt")).toByteArray()).size(), 16);
    }

    void correctAndWrongPins()
    {
        const QString config = path("verify.conf");
        PinVault vault(config);
        QString error;
        QVERIFY(vault.setPin(QStringLiteral("482915"), &error));
        QVERIFY(vault.verify(QStringLiteral("482915")));
        QVERIFY(!vault.verify(QStringLiteral("482916")));
        QVERIFY(!vault.verify(QString()));
        QVERIFY(!vault.verify(QStringLiteral("4829150")));
    }

    void saltsDiffer()
    {
        PinVault a(path("a.conf"));
        PinVault b(path("b.conf"));
        QString error;
        QVERIFY(a.setPin(QStringLiteral("482915"), &error));
        QVERIFY(b.setPin(QStringLiteral("482915"), &error));
        QVERIFY(QSettings(path("a.conf"), QSettings::IniFormat).value(QStringLiteral("staff/pin_hash"))
                != QSettings(path("b.conf"), QSettings::IniFormat).value(QStringLiteral("staff/pin_hash")));
    }

    void tamperedIterationsAreRefused()
    {
        const QString config = path("tampered.conf");
        PinVault vault(config);
        QString error;
        QVERIFY(vault.setPin(QStringLiteral("482915"), &error));
        {
            QSettings settings(config, QSettings::IniFormat);
            const QByteArray salt =
                QByteArray::fromBase64(settings.value(QStringLiteral("staff/pin_salt")).toByteArray());
            settings.setValue(QStringLiteral("staff/pin_iterations"), 1);
            settings.setValue(QStringLiteral("staff/pin_hash"),
                              QString::fromLatin1(PinVault::derive(QStringLiteral("482915"), salt, 1).toBase64()));
        }
        QVERIFY(!PinVault(config).verify(QStringLiteral("482915")));
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
        PinVault vault(path("weak.conf"));
        QString error;
        QVERIFY(!vault.setPin(pin, &error));
        QVERIFY(error.startsWith(QLatin1String("PIN refused")));
        QVERIFY(!vault.hasPin());
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
        PinVault vault(path("strong.conf"));
        QString error;
        QVERIFY2(vault.setPin(pin, &error), qPrintable(error));
        QVERIFY(vault.verify(pin));
    }

    void newConfigIsPrivateFromTheFirstWrite()
    {
        // A root shell's usual umask would leave a new file world-readable,
        // and a 6-digit PIN falls to anyone who can read its hash.
        const ScopedUmask umask(022);
        const QString config = path("new-kiosk.conf");
        QVERIFY(!QFile::exists(config));
        QString error;
        QVERIFY2(PinVault(config).setPin(QStringLiteral("482915"), &error), qPrintable(error));
        const QFile::Permissions permissions = QFileInfo(config).permissions();
        QVERIFY2(permissions.testFlag(QFile::ReadOwner) && permissions.testFlag(QFile::WriteOwner),
                 qPrintable(describe(permissions)));
        QVERIFY2(!(permissions & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)),
                 qPrintable(describe(permissions)));
        QVERIFY2(!(permissions & (QFile::WriteGroup | QFile::ExeGroup)), qPrintable(describe(permissions)));
        QVERIFY(PinVault(config).verify(QStringLiteral("482915")));
    }

    void existingConfigKeepsItsGroupButNotTheWorld_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<bool>("groupReads");
        QTest::newRow("0640, the package's mode") << 0640 << true;
        QTest::newRow("0644, world-readable") << 0644 << true;
        QTest::newRow("0666, world-writable") << 0666 << true;
        QTest::newRow("0600, private") << 0600 << false;
    }

    void existingConfigKeepsItsGroupButNotTheWorld()
    {
        QFETCH(int, before);
        QFETCH(bool, groupReads);
        const QString config = path("existing-kiosk.conf");
        QFile::remove(config);
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[clinic]\nname=Northside Clinic\n");
        }
        QVERIFY(::chmod(QFile::encodeName(config).constData(), mode_t(before)) == 0);
        QString error;
        QVERIFY2(PinVault(config).setPin(QStringLiteral("482915"), &error), qPrintable(error));
        const QFile::Permissions permissions = QFileInfo(config).permissions();
        // The kiosk's group can still read its config; nobody else can.
        QCOMPARE(permissions.testFlag(QFile::ReadGroup), groupReads);
        QVERIFY2(!(permissions & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther | QFile::WriteGroup)),
                 qPrintable(describe(permissions)));
        QCOMPARE(QSettings(config, QSettings::IniFormat).value(QStringLiteral("clinic/name")).toString(),
                 QStringLiteral("Northside Clinic"));
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
