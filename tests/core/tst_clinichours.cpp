#include "config/KioskConfig.h"
#include "hours/ClinicHours.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {

// A Monday in a week without a daylight-saving change (UTC).
const QDate Monday(2024, 6, 3);

QDateTime at(int dayOffset, int hour, int minute, int second = 0)
{
    return QDateTime(Monday.addDays(dayOffset), QTime(hour, minute, second), QTimeZone::utc());
}

ClinicHours parsed(const QString &text)
{
    QString error;
    const std::optional<ClinicHours> hours = ClinicHours::parse(text, &error);
    if (!hours)
        qFatal("did not parse: %s", qPrintable(error));
    return *hours;
}

} // namespace

// `[display] hours`: what a clinic writes, what it means, and what a
// mistake says (the line and the fix).
class TestClinicHours final : public QObject
{
    Q_OBJECT

private slots:
    void emptyMeansAlwaysOpen()
    {
        const ClinicHours hours = parsed(QString());
        QVERIFY(hours.isAlwaysOpen());
        QVERIFY(hours.isOpenAt(at(6, 3, 0)));
        QVERIFY(!hours.nextChangeAfter(at(0, 12, 0)).isValid());
    }

    void goodForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<bool>("open");
        const QString week = QStringLiteral("Mon-Fri 07:30-18:00; Sat 08:00-12:00");
        QTest::newRow("weekday morning") << week << at(0, 7, 30) << true;
        QTest::newRow("a minute before opening") << week << at(0, 7, 29, 59) << false;
        QTest::newRow("last minute") << week << at(4, 17, 59, 59) << true;
        QTest::newRow("closing time is closed") << week << at(4, 18, 0) << false;
        QTest::newRow("saturday") << week << at(5, 11, 0) << true;
        QTest::newRow("saturday afternoon") << week << at(5, 12, 0) << false;
        QTest::newRow("sunday") << week << at(6, 10, 0) << false;
        QTest::newRow("comma list") << QStringLiteral("Mon,Wed 08:00-12:00") << at(2, 9, 0) << true;
        QTest::newRow("comma list skips tuesday") << QStringLiteral("Mon,Wed 08:00-12:00") << at(1, 9, 0) << false;
        QTest::newRow("comma and space list") << QStringLiteral("Mon, Wed 08:00-12:00") << at(2, 9, 0) << true;
        QTest::newRow("lunch break") << QStringLiteral("Mon-Fri 08:00-12:00, 13:00-17:00") << at(0, 12, 30) << false;
        QTest::newRow("after lunch") << QStringLiteral("Mon-Fri 08:00-12:00 13:00-17:00") << at(0, 13, 0) << true;
        QTest::newRow("24:00 end") << QStringLiteral("Sun 20:00-24:00") << at(6, 23, 59, 59) << true;
        QTest::newRow("range over the week-end") << QStringLiteral("Fri-Mon 09:00-10:00") << at(6, 9, 30) << true;
        QTest::newRow("range over the week-end, not tuesday")
            << QStringLiteral("Fri-Mon 09:00-10:00") << at(1, 9, 30) << false;
        QTest::newRow("any case, one-digit hour") << QStringLiteral("mon 7:30-9:00") << at(0, 8, 0) << true;
        QTest::newRow("trailing semicolon") << QStringLiteral("Mon 08:00-09:00;") << at(0, 8, 0) << true;
    }
    void goodForms()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, moment);
        QFETCH(bool, open);
        QCOMPARE(parsed(text).isOpenAt(moment), open);
    }

    void badFormsNameTheEntryAndTheFix_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("misspelt day")
            << QStringLiteral("Mon-Fr 07:30-18:00")
            << QStringLiteral(
                   "\"Mon-Fr 07:30-18:00\": \"Mon-Fr\" is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun");
        QTest::newRow("full day name")
            << QStringLiteral("Monday 07:30-18:00")
            << QStringLiteral(
                   "\"Monday 07:30-18:00\": \"Monday\" is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun");
        QTest::newRow("no day") << QStringLiteral("07:30-18:00")
                                << QStringLiteral("\"07:30-18:00\": no day before 07:30-18:00; write the days "
                                                  "first, like Mon-Fri 07:30-18:00");
        QTest::newRow("no hours") << QStringLiteral("Mon-Fri")
                                  << QStringLiteral("\"Mon-Fri\": no hours after the days; write them like Mon-Fri "
                                                    "07:30-18:00");
        QTest::newRow("not a time") << QStringLiteral("Mon 25:00-26:00")
                                    << QStringLiteral("\"Mon 25:00-26:00\": \"25:00\" is not a time; write hours 00 "
                                                      "to 24 and minutes 00 to 59, like 07:30");
        QTest::newRow("dot for colon") << QStringLiteral("Mon 7.30-18:00")
                                       << QStringLiteral("\"Mon 7.30-18:00\": \"7.30\" is not a time; write hours 00 "
                                                         "to 24 and minutes 00 to 59, like 07:30");
        QTest::newRow("no minutes") << QStringLiteral("Mon-Fri 7-18")
                                    << QStringLiteral("\"Mon-Fri 7-18\": \"7\" is not a time; write hours 00 to 24 "
                                                      "and minutes 00 to 59, like 07:30");
        QTest::newRow("one time") << QStringLiteral("Mon 07:30")
                                  << QStringLiteral("\"Mon 07:30\": \"07:30\" is not a time span; write it like "
                                                    "07:30-18:00");
        QTest::newRow("past midnight")
            << QStringLiteral("Fri 22:00-06:00")
            << QStringLiteral("\"Fri 22:00-06:00\": \"22:00-06:00\" ends before it starts; hours cannot run past "
                              "midnight, so split them at 24:00, like Fri 22:00-24:00; Sat 00:00-06:00");
        QTest::newRow("sunday night wraps to monday")
            << QStringLiteral("Sun 22:00-06:00")
            << QStringLiteral("\"Sun 22:00-06:00\": \"22:00-06:00\" ends before it starts; hours cannot run past "
                              "midnight, so split them at 24:00, like Sun 22:00-24:00; Mon 00:00-06:00");
        QTest::newRow("empty span") << QStringLiteral("Mon 08:00-08:00")
                                    << QStringLiteral("\"Mon 08:00-08:00\": \"08:00-08:00\" is empty; write a start "
                                                      "before the end, like 07:30-18:00");
        QTest::newRow("day after hours")
            << QStringLiteral("Mon 08:00-12:00 Tue")
            << QStringLiteral("\"Mon 08:00-12:00 Tue\": \"Tue\" comes after the hours; start a new entry for it "
                              "after a \";\", like Mon-Fri 07:30-18:00; Sat 08:00-12:00");
        QTest::newRow("second entry wrong") << QStringLiteral("Mon-Fri 07:30-18:00; Sat 08:00-1200")
                                            << QStringLiteral("\"Sat 08:00-1200\": \"1200\" is not a time; write "
                                                              "hours 00 to 24 and minutes 00 to 59, like 07:30");
    }
    void badFormsNameTheEntryAndTheFix()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString said;
        QVERIFY(!ClinicHours::parse(text, &said));
        QCOMPARE(said, error);
    }

    void nextChangeAtTheEdges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("next");
        const QString week = QStringLiteral("Mon-Fri 07:30-18:00; Sat 08:00-12:00");
        QTest::newRow("open: the closing") << week << at(0, 12, 0) << at(0, 18, 0);
        QTest::newRow("at the opening: the closing") << week << at(0, 7, 30) << at(0, 18, 0);
        QTest::newRow("at the closing: the next opening") << week << at(0, 18, 0) << at(1, 7, 30);
        QTest::newRow("friday night: saturday") << week << at(4, 18, 0) << at(5, 8, 0);
        QTest::newRow("saturday noon: over sunday to monday") << week << at(5, 12, 0) << at(7, 7, 30);
        QTest::newRow("sunday: monday") << week << at(6, 9, 0) << at(7, 7, 30);
        QTest::newRow("lunch") << QStringLiteral("Mon 08:00-12:00, 13:00-17:00") << at(0, 12, 0) << at(0, 13, 0);
        QTest::newRow("one day a week: a week ahead")
            << QStringLiteral("Wed 09:00-10:00") << at(2, 10, 0) << at(9, 9, 0);
        // Spans that meet at midnight: no sleep at midnight.
        QTest::newRow("night shift joins over midnight")
            << QStringLiteral("Fri 20:00-24:00; Sat 00:00-06:00") << at(4, 21, 0) << at(5, 6, 0);
        QTest::newRow("24:00 then closed") << QStringLiteral("Sun 20:00-24:00") << at(6, 21, 0) << at(7, 0, 0);
        QTest::newRow("overlapping spans merge")
            << QStringLiteral("Mon 08:00-12:00; Mon 11:00-14:00") << at(0, 9, 0) << at(0, 14, 0);
    }
    void nextChangeAtTheEdges()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, next);
        QCOMPARE(parsed(text).nextChangeAfter(from), next);
    }

    void wallClockTimesHoldOnADaylightSavingDay()
    {
        // Europe/Berlin springs forward on 2024-03-31 (a Sunday) at 02:00
        // and falls back on 2024-10-27: 07:30 stays 07:30 on the clock.
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const ClinicHours hours = parsed(QStringLiteral("Mon-Sun 07:30-18:00"));
        for (const QDate &day : {QDate(2024, 3, 31), QDate(2024, 10, 27)}) {
            const QDateTime night(day, QTime(1, 0), berlin);
            const QDateTime opening = hours.nextChangeAfter(night);
            QCOMPARE(opening, QDateTime(day, QTime(7, 30), berlin));
            QCOMPARE(opening.time(), QTime(7, 30));
            QVERIFY(hours.isOpenAt(opening));
            // The real time between is one hour shorter (or longer) than the clock says.
            const qint64 expected = day.month() == 3 ? 5 * 3600 + 1800 : 7 * 3600 + 1800;
            QCOMPARE(night.secsTo(opening), expected);
        }
    }

    // The config: the line, the fix, and the default (always awake) kept.
    void configReportsTheLineAndTheFix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patient-kiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[clinic]\nname=Test\n\n[display]\ngraphics=software\nhours=Mon-Fr 07:30-18:00\n");
        file.close();
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toString(),
                 path
                     + QStringLiteral(":6: error: display/hours: \"Mon-Fr 07:30-18:00\": \"Mon-Fr\" is not a day; "
                                      "write Mon, Tue, Wed, Thu, Fri, Sat or Sun. Using the default (empty: always "
                                      "awake)."));
        QVERIFY(config.displayHours().isEmpty());
    }

    void configSaysToQuoteASemicolon()
    {
        // INI reads an unquoted ";" as the start of a comment: without this
        // check Saturday would silently be dropped.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patient-kiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\nhours=Mon-Fri 07:30-18:00; Sat 08:00-12:00\n");
        file.close();
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 2);
        QVERIFY2(problems.first().message.contains(QStringLiteral(
                     "put the whole value in double quotes, like hours=\"Mon-Fri 07:30-18:00; Sat 08:00-12:00\"")),
                 qPrintable(problems.first().message));
        QVERIFY(config.displayHours().isEmpty());

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\nhours=\"Mon-Fri 07:30-18:00; Sat 08:00-12:00\"\nwake_minutes=5\nbacklight=sysfs\n");
        file.close();
        problems.clear();
        const KioskConfig quoted = KioskConfig::load(path, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(quoted.displayHours(), QStringLiteral("Mon-Fri 07:30-18:00; Sat 08:00-12:00"));
        QCOMPARE(quoted.wakeMinutes(), 5);
        QCOMPARE(quoted.backlight(), QStringLiteral("sysfs"));
    }

    void commaListSurvivesTheIniFile()
    {
        // QSettings splits unquoted commas into a list; the config joins it back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("patient-kiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[display]\nhours=Mon,Wed 08:00-12:00, 13:00-17:00\n");
        file.close();
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QVERIFY(problems.isEmpty());
        const ClinicHours hours = parsed(config.displayHours());
        QVERIFY(hours.isOpenAt(at(2, 16, 0)));
        QVERIFY(!hours.isOpenAt(at(2, 12, 30)));
        QVERIFY(!hours.isOpenAt(at(1, 9, 0)));
    }
};

QTEST_GUILESS_MAIN(TestClinicHours)
#include "tst_clinichours.moc"
