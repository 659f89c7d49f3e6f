#include "config/ConfigReference.h"
#include "config/KioskConfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

// One table, every document: the IT guide's key table, the man page's key
// list and the installed example config are generated from
// KioskConfig::keys() (ConfigReference). A key added to the table, or a
// default or range changed there, fails here until the documents are
// regenerated, naming the file, the first line that differs and the
// command. The Ansible template writes whatever kiosk_settings holds and
// names no key, so it cannot fall behind the table (checked below).
class TestConfigReference final : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *AnsibleTemplate = "packaging/ansible/templates/patient-kiosk.conf.j2";
    static constexpr const char *UpdateCommand = "cmake --build --preset dev --target update-config-reference";

    static QString readSource(const QString &relative)
    {
        QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/") + relative);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    static QStringList documentedKeys()
    {
        QStringList names;
        for (const KioskConfig::KeyInfo &key : KioskConfig::keys()) {
            if (key.kind != KioskConfig::Kind::Secret)
                names.append(QString::fromLatin1(key.name));
        }
        return names;
    }

    static const KioskConfig::KeyInfo &keyNamed(const QString &name)
    {
        for (const KioskConfig::KeyInfo &entry : KioskConfig::keys()) {
            if (QLatin1String(entry.name) == name)
                return entry;
        }
        Q_UNREACHABLE();
    }

    // A config key's line in an INI text: "key=" or ";key=" in its section.
    static bool iniNames(const QString &text, const QString &section, const QString &key)
    {
        const QRegularExpression setting(QStringLiteral("\\A;?\\s*%1\\s*=").arg(QRegularExpression::escape(key)));
        QString current;
        for (const QString &raw : text.split(QLatin1Char('\n'))) {
            const QString line = raw.trimmed();
            if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
                current = line.mid(1, line.size() - 2);
            else if (current == section && setting.match(line).hasMatch())
                return true;
        }
        return false;
    }

    static QString generated(ConfigReference::Format format)
    {
        return ConfigReference::generate(format, ConfigReference::Paths::Debian);
    }

private slots:
    // Each document's generated part is what the table says now.
    void documentsAreGeneratedFromTheTable_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < ConfigReference::documents().size(); ++i)
            QTest::addRow("%s", ConfigReference::documents().at(i).path) << int(i);
    }

    void documentsAreGeneratedFromTheTable()
    {
        QFETCH(int, index);
        const ConfigReference::Document &document = ConfigReference::documents().at(index);
        const QString path = QString::fromLatin1(document.path);
        const QString text = readSource(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path + QStringLiteral(" cannot be read")));
        const QString begin = ConfigReference::beginMarker(document.format);
        const QString end = ConfigReference::endMarker(document.format);
        const QString part = ConfigReference::between(text, begin, end);
        QVERIFY2(!part.isNull(), qPrintable(QStringLiteral("%1 has lost its markers; put these two lines where the "
                                                           "keys go, then run %2:\n%3\n%4")
                                                .arg(path, QLatin1String(UpdateCommand), begin, end)));
        const QString expected = ConfigReference::generate(document.format, document.paths);
        if (part == expected)
            return;
        const QStringList have = part.split(QLatin1Char('\n'));
        const QStringList want = expected.split(QLatin1Char('\n'));
        qsizetype line = 0;
        while (line < have.size() && line < want.size() && have.at(line) == want.at(line))
            ++line;
        const qsizetype fileLine = text.left(text.indexOf(begin)).count(QLatin1Char('\n')) + 2 + line;
        QFAIL(qPrintable(QStringLiteral("%1:%2 is not what KioskConfig::keys() says (a key, default or range "
                                        "changed?). Run: %3\n  file:  %4\n  table: %5")
                             .arg(path)
                             .arg(fileLine)
                             .arg(QLatin1String(UpdateCommand), have.value(line), want.value(line))));
    }

    // Every key the table documents is in every document, by its name.
    void everyKeyIsInEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : documentedKeys())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void everyKeyIsInEveryFormat()
    {
        QFETCH(QString, name);
        const QString section = name.section(QLatin1Char('/'), 0, 0);
        const QString key = name.section(QLatin1Char('/'), 1);
        QVERIFY(generated(ConfigReference::Format::Markdown)
                    .contains(QStringLiteral("| `[%1]` | `%2` |").arg(section, key)));
        QString troffKey = key;
        troffKey.replace(QLatin1Char('-'), QStringLiteral("\\-"));
        QVERIFY(
            generated(ConfigReference::Format::Man).contains(QStringLiteral(".B [%1] %2\n").arg(section, troffKey)));
        QVERIFY(iniNames(generated(ConfigReference::Format::Ini), section, key));
    }

    // A bound is written once, in the table's range; every document says it.
    void rangesReachTheDocuments()
    {
        const KioskConfig::KeyInfo &review = keyNamed(QStringLiteral("content/review_months"));
        const QString range = review.range.describe();
        QVERIFY(!range.isEmpty());
        const QString markdown = generated(ConfigReference::Format::Markdown);
        const QString row =
            markdown.section(QStringLiteral("| `[content]` | `review_months` |"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(row.contains(QStringLiteral("a whole number ") + range), qPrintable(row));
        QVERIFY(generated(ConfigReference::Format::Ini).contains(QStringLiteral("; Values: a whole number ") + range));
        const QString warning = keyNamed(QStringLiteral("idle/warning_seconds")).range.describe();
        QCOMPARE(warning, QStringLiteral("at least 20"));
        QVERIFY(generated(ConfigReference::Format::Man).contains(QStringLiteral("Values: a number, ") + warning));
    }

    // The example config the package installs is a config the kiosk reads
    // without one problem, and it gives every key its default except the
    // few the package sets.
    void theExampleConfigIsValidAndGivesTheDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("example.conf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                ConfigReference::generate(ConfigReference::Format::Ini, ConfigReference::Paths::Installed).toUtf8());
        }
        QList<ContentProblem> problems;
        const KioskConfig config = KioskConfig::load(path, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        const KioskConfig defaults;
        for (const KioskConfig::KeyInfo &entry : KioskConfig::keys()) {
            if (entry.packageValue)
                QCOMPARE(config.value(entry.key).toString(), QString::fromUtf8(entry.packageValue));
            else
                QCOMPARE(config.value(entry.key), defaults.value(entry.key));
        }
        // Every commented-out example is a value the kiosk accepts too.
        QString uncommented = ConfigReference::generate(ConfigReference::Format::Ini);
        uncommented.replace(QRegularExpression(QStringLiteral("^;(\\w+=)"), QRegularExpression::MultilineOption),
                            QStringLiteral("\\1"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(uncommented.toUtf8());
        }
        problems.clear();
        KioskConfig::load(path, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    // 0.1.0's --set-pin appended the PIN hash to the end of the config, and
    // the package's upgrade moves it out of the [staff] section there: the
    // example keeps [staff] last, as every config since 0.1.0 has.
    void staffIsTheLastSection()
    {
        const QString ini = generated(ConfigReference::Format::Ini);
        const qsizetype staff = ini.indexOf(QStringLiteral("\n[staff]\n"));
        QVERIFY(staff > 0);
        const QRegularExpression sectionLine(QStringLiteral("^\\["), QRegularExpression::MultilineOption);
        QCOMPARE(ini.indexOf(sectionLine, staff + 2), qsizetype(-1));
    }

    // troff needs its hyphens and backslashes escaped, and no line may
    // start with a control character.
    void theManPageTextIsEscaped()
    {
        const QString man = generated(ConfigReference::Format::Man);
        for (const QString &line : man.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String(".TP")) || line.startsWith(QLatin1String(".B ")) || line.isEmpty())
                continue;
            QVERIFY2(!line.startsWith(QLatin1Char('.')) && !line.startsWith(QLatin1Char('\'')), qPrintable(line));
            QVERIFY2(!QRegularExpression(QStringLiteral("(?<!\\\\)-")).match(line).hasMatch(), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1Char('`')), qPrintable(line));
        }
        QVERIFY(man.contains(QStringLiteral("\\fBpatient\\-kiosk \\-\\-check\\-content\\fR")));
        QVERIFY(man.contains(QStringLiteral("\\(lqContent updates\\(rq in the IT guide")));
    }

    // The playbook's settings are one dictionary, written section by section:
    // a key typed into the template would be a second list to keep up to date.
    void ansibleTemplateNamesNoKey()
    {
        const QString ansibleTemplate = readSource(QLatin1String(AnsibleTemplate));
        QVERIFY(!ansibleTemplate.isEmpty());
        QStringList named;
        for (const QString &name : documentedKeys()) {
            if (iniNames(ansibleTemplate, name.section(QLatin1Char('/'), 0, 0), name.section(QLatin1Char('/'), 1)))
                named.append(name);
        }
        QVERIFY2(named.isEmpty(),
                 qPrintable(QStringLiteral("%1 names %2: write settings through kiosk_settings instead")
                                .arg(QLatin1String(AnsibleTemplate), named.join(QLatin1String(", ")))));
        QVERIFY(ansibleTemplate.contains(QLatin1String("kiosk_config | dictsort")));
    }
};

QTEST_GUILESS_MAIN(TestConfigReference)
#include "tst_configreference.moc"
