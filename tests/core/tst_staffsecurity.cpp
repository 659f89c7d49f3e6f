// The staff PIN and its defences, without a window: only a slow salted hash
// is stored, weak PINs are refused, wrong PINs lock out with doubling
// pauses that survive a restart, and systemd hears READY and WATCHDOG pings
// only while the main loop runs.

#include "NotifySocket.h"
#include "staff/AuditLog.h"
#include "staff/PinVault.h"
#include "staff/StaffLockout.h"
#include "system/SystemdNotifier.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

class TestStaffSecurity final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
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
        QTest::newRow("pattern") << QStringLiteral("121212") << QStringLiteral("repeats a short pattern");
        QTest::newRow("pattern of three") << QStringLiteral("482482") << QStringLiteral("repeats a short pattern");
    }

    void weakPinsAreRefused()
    {
        QFETCH(QString, pin);
        QFETCH(QString, reason);
        QVERIFY2(PinVault::weakness(pin).contains(reason), qPrintable(PinVault::weakness(pin)));
        PinVault vault(path("weak.conf"));
        QString error;
        QVERIFY(!vault.setPin(pin, &error));
        QVERIFY(error.startsWith(QLatin1String("PIN refused")));
        QVERIFY(!vault.hasPin());
    }

    void strongPinsAreAccepted()
    {
        for (const char *pin : {"482915", "730291", "19283746", "271828182845"})
            QVERIFY2(PinVault::weakness(QLatin1String(pin)).isEmpty(), pin);
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

    void watchdogPingsOnlyWhileTheLoopRuns()
    {
        const QByteArray socketPath = path("notify.sock").toLocal8Bit();
        NotifySocket systemd(socketPath);
        QVERIFY(systemd.isBound());
        auto drain = [&systemd] { return systemd.drain(); };

        qputenv("NOTIFY_SOCKET", socketPath);
        qputenv("WATCHDOG_USEC", "200000"); // 0.2 s: a ping every 0.1 s
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(getpid())));
        SystemdNotifier notifier;
        QVERIFY(notifier.isWatchdogEnabled());
        QCOMPARE(notifier.pingIntervalMs(), 100);
        notifier.notifyReady();
        QTest::qWait(1000);
        const QList<QByteArray> running = drain();
        QVERIFY(!running.isEmpty());
        QCOMPARE(running.first(), QByteArray("READY=1"));
        const qsizetype pings = running.count("WATCHDOG=1");
        QVERIFY2(pings >= 5 && pings <= 14, qPrintable(QString::number(pings)));

        // A hung main loop: no pings, so systemd's watchdog would restart the kiosk.
        QThread::msleep(1000);
        QCOMPARE(drain().size(), 0);
        QTest::qWait(500);
        QVERIFY(drain().count("WATCHDOG=1") >= 2); // and it pings again once the loop runs
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }
};

QTEST_GUILESS_MAIN(TestStaffSecurity)
#include "tst_staffsecurity.moc"
