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

    // Health metrics are off unless IT names node-exporter's file; a name
    // node-exporter would skip (not *.prom) or a relative path is refused
    // with the fix, and the metrics stay off.
    void metricsTextfileIsOffByDefault()
    {
        QVERIFY(KioskConfig().metricsTextfile().isEmpty());
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(
            write("[metrics]\ntextfile=/var/lib/prometheus/node-exporter/patient-kiosk.prom\n"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(config.metricsTextfile(), QStringLiteral("/var/lib/prometheus/node-exporter/patient-kiosk.prom"));
        QVERIFY(KioskConfig::load(write("[metrics]\ntextfile=\n"), &problems).metricsTextfile().isEmpty());
        QVERIFY(problems.isEmpty());
    }

    void metricsTextfileMustBeAnAbsoluteProm_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("not .prom") << QByteArray("/var/lib/prometheus/node-exporter/patient-kiosk.txt");
        QTest::newRow("relative") << QByteArray("patient-kiosk.prom");
        QTest::newRow("a folder") << QByteArray("/var/lib/prometheus/node-exporter/");
    }

    void metricsTextfileMustBeAnAbsoluteProm()
    {
        QFETCH(QByteArray, value);
        QList<ContentProblem> problems;
        const QString path = write("[metrics]\n\ntextfile=" + value + "\n");
        const KioskConfig config = KioskConfig::load(path, &problems);
        QVERIFY(config.metricsTextfile().isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().toString(),
                 path
                     + QStringLiteral(":3: error: metrics/textfile = \"%1\" is not valid; write an absolute path "
                                      "ending in .prom (node-exporter reads no other file), like "
                                      "/var/lib/prometheus/node-exporter/patient-kiosk.prom, or leave it empty. "
                                      "Using the default (empty: no health metrics).")
                           .arg(QString::fromUtf8(value)));
    }

    // No QR codes until IT says where the export is published.
    void takeHomeBaseUrlIsEmptyByDefault()
    {
        QVERIFY(KioskConfig().takeHomeBaseUrl().isEmpty());
        QList<ContentProblem> problems;
        const KioskConfig config =
            KioskConfig::load(write("[takehome]\nbase_url=https://clinic.example/learn/\n"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(config.takeHomeBaseUrl(), QStringLiteral("https://clinic.example/learn/"));
    }

    // Anything that would put more than the article into every patient's
    // code (a query, a fragment) or is not a web address is refused.
    void takeHomeBaseUrlMustBeAPlainWebAddress_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("why");
        QTest::newRow("query") << QByteArray("https://clinic.example/learn/?kiosk=3")
                               << QStringLiteral("it must not have a ?query or #fragment");
        QTest::newRow("fragment") << QByteArray("https://clinic.example/learn/#top")
                                  << QStringLiteral("it must not have a ?query or #fragment");
        QTest::newRow("scheme") << QByteArray("ftp://clinic.example/learn/")
                                << QStringLiteral("it must start with https://");
        QTest::newRow("relative") << QByteArray("learn/") << QStringLiteral("it is not a complete web address");
    }
    void takeHomeBaseUrlMustBeAPlainWebAddress()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, why);
        QList<ContentProblem> problems;
        const QString path = write("[takehome]\n\nbase_url=" + value + "\n");
        const KioskConfig config = KioskConfig::load(path, &problems);
        QVERIFY(config.takeHomeBaseUrl().isEmpty());
        QCOMPARE(problems.size(), 1);
        const QString message = problems.constFirst().toString();
        const QString expected =
            QStringLiteral(":3: error: takehome/base_url = \"%1\" is not valid: %2").arg(QString::fromUtf8(value), why);
        QVERIFY2(message.startsWith(path + expected), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("like https://clinic.example/learn/")), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1String("Using the default (empty: no QR codes).")));
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
        QTest::newRow("backlight") << QByteArray("[display]\nbacklight=off\n")
                                   << QStringLiteral(":2: error: display/backlight = \"off\" is not valid; write none, "
                                                     "sysfs (a built-in panel) or ddcutil");
        QTest::newRow("hours") << QByteArray("[display]\n\nhours=Mon-Fri 7-18\n")
                               << QStringLiteral(
                                      ":3: error: display/hours: \"Mon-Fri 7-18\": \"7\" is not a time; write hours "
                                      "00 to 24 and minutes 00 to 59, like 07:30");
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
        QTest::newRow("wake minutes zero")
            << QByteArray("[display]\nwake_minutes=0\n")
            << QStringLiteral(":2: error: display/wake_minutes = \"0\" is out of range; it must be from 1 to 120 "
                              "minutes. Using the default (10).");
        QTest::newRow("wake minutes too many") << QByteArray("[display]\nwake_minutes=121\n")
                                               << QStringLiteral(":2: error: display/wake_minutes = \"121\" is out "
                                                                 "of range; it must be from 1 to 120 minutes.");
        QTest::newRow("keep no days") << QByteArray("[usage]\nkeep_days=0\n")
                                      << QStringLiteral(":2: error: usage/keep_days = \"0\" is out of range; it must "
                                                        "be from 1 to 3650 days. Using the default (400).");
        QTest::newRow("keep days too many") << QByteArray("[usage]\nkeep_days=3651\n")
                                            << QStringLiteral(":2: error: usage/keep_days = \"3651\" is out of range");
        QTest::newRow("keep days not a number")
            << QByteArray("[usage]\nkeep_days=a year\n")
            << QStringLiteral(":2: error: usage/keep_days = \"a year\" is not valid; write a whole number of days "
                              "from 1 to 3650, like 400. Using the default (400).");
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
        QCOMPARE(config.usageKeepDays(), 400);
    }

    void readingStatisticsAreOnBesideTheStaffState()
    {
        const KioskConfig defaults;
        QCOMPARE(defaults.usageDatabase(), QStringLiteral(KIOSK_STATE_DIR "/state/usage.sqlite"));
        QCOMPARE(defaults.usageKeepDays(), 400);
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(write("[usage]\ndatabase=\nkeep_days=30\n"), &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY2(config.usageDatabase().isEmpty(), "empty turns the statistics off");
        QCOMPARE(config.usageKeepDays(), 30);
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

    void displayKeysHaveSafeDefaults()
    {
        // Always awake, ten minutes after a touch, no backlight control.
        const KioskConfig config;
        QVERIFY(config.displayHours().isEmpty());
        QCOMPARE(config.wakeMinutes(), 10);
        QCOMPARE(config.backlight(), QStringLiteral("none"));
        QVERIFY(config.backlightDevice().isEmpty());
        QList<ContentProblem> problems;
        const KioskConfig bounds =
            KioskConfig::load(write("[display]\nwake_minutes=120\nbacklight=ddcutil\n"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(bounds.wakeMinutes(), 120);
        QCOMPARE(bounds.backlight(), QStringLiteral("ddcutil"));
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

    // The INI reader ends a value at ';': the kiosk would show only weekdays'
    // hours, so the line is named with the quotes that keep it whole.
    void semicolonInAValueIsReportedWithTheFix()
    {
        const QString cut =
            write("[clinic]\n; a comment line is fine; with semicolons\nhours=Mon-Fri 8:00-17:00; Sat 9:00-12:00\n");
        QList<ContentProblem> problems;
        QCOMPARE(KioskConfig::load(cut, &problems).clinicHours(), QStringLiteral("Mon-Fri 8:00-17:00"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().isError());
        QVERIFY2(
            problems.first().toString().contains(QLatin1String(":3: warning: clinic/hours: the value ends at the ';'")),
            qPrintable(problems.first().toString()));
        QVERIFY(problems.first().toString().contains(QLatin1String("double quotes")));

        const QString quoted = write("[clinic]\nhours=\"Mon-Fri 8:00-17:00; Sat 9:00-12:00\"\n");
        problems.clear();
        QCOMPARE(KioskConfig::load(quoted, &problems).clinicHours(),
                 QStringLiteral("Mon-Fri 8:00-17:00; Sat 9:00-12:00"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
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
