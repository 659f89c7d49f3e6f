#include "checks/EditorialRules.h"
#include "config/CommandLineOptions.h"
#include "config/KioskConfig.h"
#include "session/IdleMonitor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestKioskConfig final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A new file each time: QSettings caches what it read per path.
    QString write(const QByteArray &contents)
    {
        const QString path = m_dir.filePath(QStringLiteral("kiosk-%1.conf").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(contents);
        return path;
    }

private slots:
    void defaults()
    {
        const KioskConfig config;
        QCOMPARE(config.idleTimeoutSeconds(), 120.0);
        QCOMPARE(config.idleWarningSeconds(), 30.0);
        QCOMPARE(config.defaultLanguage(), QStringLiteral("en"));
        QVERIFY(!config.clinicName().isEmpty());
        QVERIFY(config.disclaimerFile().isEmpty());
    }

    // The table is the only place a default is written: --help states it,
    // and the idle monitor starts with it before the config reaches it.
    void defaultsComeFromTheTable()
    {
        const QString help = CommandLineOptions::helpText();
        for (const KioskConfig::Key key :
             {KioskConfig::Key::IdleTimeoutSeconds, KioskConfig::Key::IdleWarningSeconds}) {
            const QString stated = QStringLiteral("(default %1)").arg(KioskConfig::info(key).defaultValue.toString());
            QVERIFY2(help.simplified().contains(stated), qPrintable(help)); // however --help wraps it
        }
        const IdleMonitor monitor;
        QCOMPARE(monitor.idleTimeout(), std::chrono::milliseconds(120'000));
        QCOMPARE(monitor.warningDuration(), std::chrono::milliseconds(30'000));
    }

    void everyKeyHasHelpAndADefault()
    {
        for (const KioskConfig::KeyInfo &key : KioskConfig::keys()) {
            QVERIFY(QByteArray(key.name).contains('/'));
            QVERIFY(qstrlen(key.help) > 10);
            QVERIFY(key.defaultValue.isValid());
        }
    }

    void readsValues()
    {
        const QString path = write("[clinic]\nname=Riverside Ketamine Clinic\n"
                                   "[idle]\ntimeout_seconds=90\nwarning_seconds=45.5\n"
                                   "[language]\ndefault=es\n"
                                   "[disclaimer]\nfile=/etc/clinic/disclaimer.txt\n");
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(config.clinicName(), QStringLiteral("Riverside Ketamine Clinic"));
        QCOMPARE(config.idleTimeoutSeconds(), 90.0);
        QCOMPARE(config.idleWarningSeconds(), 45.5);
        QCOMPARE(config.defaultLanguage(), QStringLiteral("es"));
        QCOMPARE(config.disclaimerFile(), QStringLiteral("/etc/clinic/disclaimer.txt"));
    }

    void clinicNameWithCommaSurvives()
    {
        const QString path = write("[clinic]\nname=Smith, Jones and Partners\n");
        QList<ContentProblem> problems;
        QCOMPARE(KioskConfig::load(path, &problems).clinicName(), QStringLiteral("Smith, Jones and Partners"));
    }

    void badValuesNameFileLineAndFix_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("[idle]\ntimeout_seconds=two minutes\n")
                              << QStringLiteral(
                                     ":2: error: idle/timeout_seconds = \"two minutes\" is not valid; write a number "
                                     "of seconds greater than zero, like 120. Using the default (120).");
        QTest::newRow("zero") << QByteArray("[idle]\n\nwarning_seconds=0\n")
                              << QStringLiteral(":3: error: idle/warning_seconds = \"0\"");
        QTest::newRow("negative") << QByteArray("[idle]\ntimeout_seconds=-5\n")
                                  << QStringLiteral(":2: error: idle/timeout_seconds");
        QTest::newRow("language")
            << QByteArray("[language]\ndefault=Spanish\n")
            << QStringLiteral(
                   ":2: error: language/default = \"Spanish\" is not valid; write a two-letter language code");
    }

    void badValuesNameFileLineAndFix()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        const QString path = write(contents);
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().toString().startsWith(path + expected), qPrintable(problems.first().toString()));
        // The bad value is not used: the default is.
        QCOMPARE(config.idleTimeoutSeconds(), 120.0);
        QCOMPARE(config.idleWarningSeconds(), 30.0);
        QCOMPARE(config.defaultLanguage(), QStringLiteral("en"));
    }

    void rangesLiveInTheTable()
    {
        // WCAG 2.2.1: at least 20 s to answer the idle warning.
        const KioskConfig::Range warning = KioskConfig::info(KioskConfig::Key::IdleWarningSeconds).range;
        QCOMPARE(warning.minimum, std::optional<double>(20.0));
        QVERIFY(!warning.maximum);
        // The config accepts exactly the review intervals the editorial rules use.
        const KioskConfig::Range months = KioskConfig::info(KioskConfig::Key::ReviewMonths).range;
        QCOMPARE(months.minimum, std::optional<double>(EditorialRules::MinimumReviewMonths));
        QCOMPARE(months.maximum, std::optional<double>(EditorialRules::MaximumReviewMonths));
    }

    void everyDefaultIsInItsRange()
    {
        for (const KioskConfig::KeyInfo &key : KioskConfig::keys()) {
            if (key.range.isBounded())
                QVERIFY2(key.range.contains(key.defaultValue.toDouble()), key.name);
        }
    }

    void outOfRangeValuesNameFileLineAndRange_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("warning too short")
            << QByteArray("[idle]\nwarning_seconds=10\n")
            << QStringLiteral(":2: error: idle/warning_seconds = \"10\" is out of range; it must be at least 20 "
                              "seconds. Using the default (30).");
        QTest::newRow("warning just short") << QByteArray("[idle]\ntimeout_seconds=60\nwarning_seconds=19.9\n")
                                            << QStringLiteral(":3: error: idle/warning_seconds = \"19.9\" is out of "
                                                              "range; it must be at least 20 seconds.");
        QTest::newRow("months zero")
            << QByteArray("[content]\nreview_months=0\n")
            << QStringLiteral(":2: error: content/review_months = \"0\" is out of range; it must be from 1 to 60 "
                              "months. Using the default (24).");
        QTest::newRow("months too many") << QByteArray("[content]\n\nreview_months=61\n")
                                         << QStringLiteral(":3: error: content/review_months = \"61\" is out of "
                                                           "range; it must be from 1 to 60 months.");
        QTest::newRow("months negative") << QByteArray("[content]\nreview_months=-3\n")
                                         << QStringLiteral(":2: error: content/review_months = \"-3\" is out of range");
        QTest::newRow("months not a number")
            << QByteArray("[content]\nreview_months=two years\n")
            << QStringLiteral(":2: error: content/review_months = \"two years\" is not valid; write a whole number "
                              "of months from 1 to 60, like 24. Using the default (24).");
        QTest::newRow("warning not a number")
            << QByteArray("[idle]\nwarning_seconds=soon\n")
            << QStringLiteral(":2: error: idle/warning_seconds = \"soon\" is not valid; write a number of seconds "
                              "(at least 20), like 30. Using the default (30).");
    }

    void outOfRangeValuesNameFileLineAndRange()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        const QString path = write(contents);
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().isError());
        QVERIFY2(problems.first().toString().startsWith(path + expected), qPrintable(problems.first().toString()));
        // The kiosk goes on with the default, never the value out of range.
        QCOMPARE(config.idleWarningSeconds(), 30.0);
        QCOMPARE(config.reviewMonths(), 24);
    }

    void rangeBoundsAreAllowed()
    {
        const QString path = write("[idle]\nwarning_seconds=20\n[content]\nreview_months=60\n");
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().toString()));
        QCOMPARE(config.idleWarningSeconds(), 20.0);
        QCOMPARE(config.reviewMonths(), 60);

        const QString lowest = write("[content]\nreview_months=1\n");
        QCOMPARE(KioskConfig::load(lowest, &problems).reviewMonths(), 1);
        QVERIFY(problems.isEmpty());
    }

    void unknownKeyIsAWarning()
    {
        const QString path = write("[idle]\ntimeout_secnds=90\n");
        QList<ContentProblem> problems;
        KioskConfig::load(path, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isError());
        QVERIFY(
            problems.first().toString().contains(QLatin1String(":2: warning: unknown setting 'idle/timeout_secnds'")));
    }

    void missingFileMeansDefaultsAndAWarning()
    {
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(m_dir.filePath(QStringLiteral("absent.conf")), &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isError());
        QVERIFY(problems.first().toString().contains(QLatin1String("not found")));
        QCOMPARE(config.idleTimeoutSeconds(), 120.0);
    }

    void unreadableFileMeansDefaults()
    {
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(m_dir.path(), &problems); // a directory
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toString().contains(QLatin1String("cannot be read")));
        QCOMPARE(config.idleWarningSeconds(), 30.0);
    }

    void parsesSeconds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("integer") << QStringLiteral("120") << true;
        QTest::newRow("fraction") << QStringLiteral("0.5") << true;
        QTest::newRow("spaces") << QStringLiteral(" 30 ") << true;
        QTest::newRow("zero") << QStringLiteral("0") << false;
        QTest::newRow("negative") << QStringLiteral("-1") << false;
        QTest::newRow("word") << QStringLiteral("abc") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("nan") << QStringLiteral("nan") << false;
        QTest::newRow("inf") << QStringLiteral("inf") << false;
        QTest::newRow("unit") << QStringLiteral("30s") << false;
    }

    void parsesSeconds()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(KioskConfig::parsePositiveSeconds(text).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
