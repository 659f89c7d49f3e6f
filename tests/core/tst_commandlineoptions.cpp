#include "config/CommandLineOptions.h"

#include <QTest>

class TestCommandLineOptions final : public QObject
{
    Q_OBJECT

private:
    static CommandLineOptions parse(const QStringList &args)
    {
        return CommandLineOptions::parse(QStringList{QStringLiteral("patient-kiosk")} + args);
    }

private slots:
    void noArgumentsMeansFullScreenDefaults()
    {
        const CommandLineOptions o = parse({});
        QVERIFY(o.error.isEmpty());
        QVERIFY(!o.windowed);
        QVERIFY(!o.size);
        QVERIFY(!o.idleTimeoutSeconds);
        QVERIFY(o.configPath.isEmpty());
        QVERIFY(o.screenshotDir.isEmpty());
    }

    void readsEveryOption()
    {
        const CommandLineOptions o =
            parse({QStringLiteral("--windowed"), QStringLiteral("--size"), QStringLiteral("1920x1080"),
                   QStringLiteral("--config"), QStringLiteral("/tmp/k.conf"), QStringLiteral("--idle-timeout"),
                   QStringLiteral("60"), QStringLiteral("--idle-warning"), QStringLiteral("20"),
                   QStringLiteral("--screenshots"), QStringLiteral("/tmp/shots")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.windowed);
        QCOMPARE(*o.size, QSize(1920, 1080));
        QCOMPARE(o.configPath, QStringLiteral("/tmp/k.conf"));
        QCOMPARE(*o.idleTimeoutSeconds, 60.0);
        QCOMPARE(*o.idleWarningSeconds, 20.0);
        QCOMPARE(o.screenshotDir, QStringLiteral("/tmp/shots"));
    }

    void helpAndVersion()
    {
        QVERIFY(parse({QStringLiteral("--help")}).helpRequested);
        QVERIFY(parse({QStringLiteral("--version")}).versionRequested);
        const QString help = CommandLineOptions::helpText();
        for (const char *option : {"--windowed", "--size", "--config", "--idle-timeout", "--idle-warning",
                                   "--screenshots", "--content-dir", "--check-content", "--format", "--export-html"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void badValuesNameTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("idle text") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("abc")}
                                   << QStringLiteral("--idle-timeout: 'abc' is not a positive number of seconds");
        QTest::newRow("idle zero") << QStringList{QStringLiteral("--idle-timeout"), QStringLiteral("0")}
                                   << QStringLiteral("--idle-timeout: '0'");
        QTest::newRow("warning negative") << QStringList{QStringLiteral("--idle-warning"), QStringLiteral("-3")}
                                          << QStringLiteral("--idle-warning: '-3'");
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
                              << QStringLiteral("--size: 'big' is not a size");
        QTest::newRow("tiny size") << QStringList{QStringLiteral("--size"), QStringLiteral("10x10")}
                                   << QStringLiteral("--size: '10x10'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fullscreen-please")}
                                        << QStringLiteral("Unknown option 'fullscreen-please'");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--idle-timeout")}
                                       << QStringLiteral("Missing value after '--idle-timeout'");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")}
                                    << QStringLiteral("unexpected argument 'extra'");
    }

    void badValuesNameTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CommandLineOptions o = parse(args);
        QVERIFY2(o.error.startsWith(expected), qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
