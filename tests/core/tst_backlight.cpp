#include "ScopedEnvironment.h"
#include "system/DdcutilBacklight.h"
#include "system/SysfsBacklight.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("(missing)");
}

// A fake `ddcutil` on PATH: records its arguments, then does `behaviour`.
QString installFakeDdcutil(const QTemporaryDir &dir, const QByteArray &behaviour)
{
    const QString path = dir.filePath(QStringLiteral("ddcutil"));
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\necho \"$@\" >> \"" + dir.filePath(QStringLiteral("calls")).toUtf8() + "\"\n" + behaviour
                 + "\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

// The backlight goes off at night and on in the morning, through a fake
// /sys/class/backlight tree and a fake ddcutil on PATH; a stuck ddcutil is
// stopped by its timeout while the kiosk's loop keeps running.
class TestBacklight final : public QObject
{
    Q_OBJECT

private slots:
    void sysfsSwitchesBlPower()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("intel_backlight/bl_power")), "0\n");
        writeFile(root.filePath(QStringLiteral("intel_backlight/brightness")), "700\n");
        writeFile(root.filePath(QStringLiteral("acpi_video0/bl_power")), "0\n");
        SysfsBacklight backlight(QString(), root.path()); // the first by name: acpi_video0
        QSignalSpy applied(&backlight, &Backlight::applied);
        backlight.setPowered(false);
        QVERIFY(applied.wait(5000));
        QCOMPARE(readFile(root.filePath(QStringLiteral("acpi_video0/bl_power"))), QByteArray("4"));
        QVERIFY(!backlight.isPowered());

        SysfsBacklight named(QStringLiteral("intel_backlight"), root.path());
        QSignalSpy namedApplied(&named, &Backlight::applied);
        named.setPowered(false);
        QVERIFY(namedApplied.wait(5000));
        QCOMPARE(readFile(root.filePath(QStringLiteral("intel_backlight/bl_power"))), QByteArray("4"));
        QCOMPARE(readFile(root.filePath(QStringLiteral("intel_backlight/brightness"))), QByteArray("700"));
        named.setPowered(true);
        QVERIFY(namedApplied.wait(5000));
        QCOMPARE(readFile(root.filePath(QStringLiteral("intel_backlight/bl_power"))), QByteArray("0"));
    }

    void sysfsWithoutBlPowerDimsAndRestoresBrightness()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("panel/brightness")), "350\n");
        writeFile(root.filePath(QStringLiteral("panel/max_brightness")), "1000\n");
        SysfsBacklight backlight(QStringLiteral("panel"), root.path());
        QSignalSpy applied(&backlight, &Backlight::applied);
        backlight.setPowered(false);
        QVERIFY(applied.wait(5000));
        QCOMPARE(readFile(root.filePath(QStringLiteral("panel/brightness"))), QByteArray("0"));
        backlight.setPowered(true);
        QVERIFY(applied.wait(5000));
        QCOMPARE(readFile(root.filePath(QStringLiteral("panel/brightness"))), QByteArray("350")); // as it was
    }

    void sysfsRequestsMadeWhileBusyEndAtTheLastOne()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("panel/bl_power")), "0\n");
        SysfsBacklight backlight(QStringLiteral("panel"), root.path());
        QSignalSpy applied(&backlight, &Backlight::applied);
        backlight.setPowered(false);
        backlight.setPowered(true);
        backlight.setPowered(false);
        QTRY_VERIFY(!backlight.isBusy() && !applied.isEmpty() && !applied.last().first().toBool());
        QCOMPARE(readFile(root.filePath(QStringLiteral("panel/bl_power"))), QByteArray("4"));
        QVERIFY(applied.size() <= 2); // merged, not three writes in a row
    }

    void sysfsFailureNamesTheFixAndIsLoggedOnce()
    {
        QTemporaryDir root;
        writeFile(root.filePath(QStringLiteral("panel/bl_power")), "0\n");
        SysfsBacklight missing(QStringLiteral("nonesuch"), root.path());
        QSignalSpy failed(&missing, &Backlight::failed);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral(
                              "display: the backlight cannot be switched: .*nonesuch does not exist; set \\[display\\] "
                              "backlight_device to one of: panel .*not logged again")));
        missing.setPowered(false);
        QVERIFY(failed.wait(5000));
        // The second failure is not logged again (an unexpected warning would fail the test).
        missing.setPowered(true);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 2);
    }

    void sysfsWithoutAnyDeviceSaysWhatToSet()
    {
        QTemporaryDir root;
        SysfsBacklight backlight(QString(), root.path());
        QSignalSpy failed(&backlight, &Backlight::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("there is no backlight device in")));
        backlight.setPowered(false);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("set [display] backlight=ddcutil, or none")));
    }

    void ddcutilSetsThePowerMode()
    {
        QTemporaryDir bin;
        QVERIFY(!installFakeDdcutil(bin, "exit 0").isEmpty());
        ScopedEnvironment environment;
        environment.set("PATH", bin.path().toUtf8() + ":" + qgetenv("PATH"));
        DdcutilBacklight backlight(QStringLiteral("2"));
        QSignalSpy applied(&backlight, &Backlight::applied);
        backlight.setPowered(false);
        QVERIFY(backlight.isBusy()); // started, not waited for
        QVERIFY(applied.wait(5000));
        backlight.setPowered(true);
        QVERIFY(applied.wait(5000));
        QCOMPARE(readFile(bin.filePath(QStringLiteral("calls"))),
                 QByteArray("--display 2 setvcp D6 0x04\n--display 2 setvcp D6 0x01"));
    }

    void ddcutilFailureIsReportedWithWhatItSaid()
    {
        QTemporaryDir bin;
        installFakeDdcutil(bin, "echo 'No /dev/i2c devices exist.' >&2; exit 1");
        ScopedEnvironment environment;
        environment.set("PATH", bin.path().toUtf8() + ":" + qgetenv("PATH"));
        DdcutilBacklight backlight;
        QSignalSpy failed(&backlight, &Backlight::failed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "ddcutil setvcp D6 0x04 failed \\(exit status 1\\): No /dev/i2c devices exist\\.")));
        backlight.setPowered(false);
        QVERIFY(failed.wait(5000));
        QVERIFY(!backlight.isBusy());
    }

    void ddcutilThatHangsIsStoppedAndTheLoopKeepsRunning()
    {
        QTemporaryDir bin;
        installFakeDdcutil(bin, "exec sleep 60");
        ScopedEnvironment environment;
        environment.set("PATH", bin.path().toUtf8() + ":" + qgetenv("PATH"));
        DdcutilBacklight backlight;
        backlight.setTimeout(500ms);
        QSignalSpy failed(&backlight, &Backlight::failed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ddcutil did not finish within 0.5 s and was stopped")));
        // The call returns at once; the event loop runs while ddcutil hangs.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        backlight.setPowered(false);
        QVERIFY(backlight.isBusy());
        QVERIFY(failed.wait(10000));
        QVERIFY2(ticks > 3, "the event loop was blocked while ddcutil hung");
        QVERIFY(!backlight.isBusy());
        QVERIFY(backlight.isPowered()); // nothing was switched
        // The next request starts a new ddcutil; the stuck one was killed.
        backlight.setPowered(true);
        QVERIFY(backlight.isBusy());
        QVERIFY(failed.wait(10000));
    }

    void missingDdcutilSaysHowToInstallIt()
    {
        QTemporaryDir empty;
        ScopedEnvironment environment;
        environment.set("PATH", empty.path().toUtf8());
        DdcutilBacklight backlight;
        QSignalSpy failed(&backlight, &Backlight::failed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("install it: apt install ddcutil")));
        backlight.setPowered(false);
        QVERIFY(failed.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestBacklight)
#include "tst_backlight.moc"
