#include "config/KioskConfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <optional>
#include <utility>

// Every setting in KioskConfig::keys() is documented where clinic IT looks
// for it: the IT guide, the man page and the installed example config. The
// Ansible template writes whatever kiosk_settings holds and names no key, so
// it cannot fall behind the table (checked below). Adding a key to the table without documenting it, or
// changing a default in one place only, fails here and names the key and the
// file. The PIN hash keys are left out: --set-pin writes them, nobody edits
// them by hand.
class TestConfigReference final : public QObject
{
    Q_OBJECT

private:
    struct Row
    {
        QString section;
        QStringList keys;
        QString defaultCell;
        QString allowedCell;
    };

    static constexpr const char *ItGuide = "docs/IT.md";
    static constexpr const char *ManPage = "packaging/man/patient-kiosk.1.in";
    static constexpr const char *ExampleConfig = "packaging/config/patient-kiosk.conf.in";
    static constexpr const char *AnsibleTemplate = "packaging/ansible/templates/patient-kiosk.conf.j2";

    static QString readSource(const QString &relative)
    {
        QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/") + relative);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    static QString sectionOf(const KioskConfig::KeyInfo &key)
    {
        return QString::fromLatin1(key.name).section(QLatin1Char('/'), 0, 0);
    }

    static QString keyOf(const KioskConfig::KeyInfo &key)
    {
        return QString::fromLatin1(key.name).section(QLatin1Char('/'), 1);
    }

    // The default as the documents write it. The state paths are compiled
    // from the install prefix; the documents describe the Debian package's.
    static QString documentedDefault(const KioskConfig::KeyInfo &key)
    {
        QString text = key.defaultValue.toString();
        text.replace(QStringLiteral(KIOSK_STATE_DIR), QStringLiteral("/var/lib/patient-kiosk"));
        return text;
    }

    static const KioskConfig::KeyInfo *keyNamed(const QString &name)
    {
        for (const KioskConfig::KeyInfo &entry : KioskConfig::keys()) {
            if (QLatin1String(entry.name) == name)
                return &entry;
        }
        return nullptr;
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

    static QStringList backticked(const QString &cell)
    {
        static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
        QStringList spans;
        for (const QRegularExpressionMatch &m : code.globalMatch(cell))
            spans.append(m.captured(1));
        return spans;
    }

    // The rows of IT.md's configuration table, found by its header so a new
    // column or a moved table is noticed rather than misread.
    QList<Row> itGuideRows(QString *whyNot) const
    {
        const QStringList lines = m_itGuide.split(QLatin1Char('\n'));
        qsizetype header = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(QLatin1String("| Section | Key | Default |"))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            *whyNot = QStringLiteral("no table with the header '| Section | Key | Default |'");
            return {};
        }
        const QStringList columns = lines.at(header).split(QLatin1Char('|'));
        const qsizetype defaultColumn = columns.indexOf(QStringLiteral(" Default "));
        const qsizetype allowedColumn = columns.indexOf(QStringLiteral(" Allowed values "));
        QList<Row> rows;
        for (qsizetype i = header + 2; i < lines.size() && lines.at(i).startsWith(QLatin1Char('|')); ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char('|'));
            if (cells.size() != columns.size()) {
                *whyNot = QStringLiteral("line %1 has %2 cells, the header %3")
                              .arg(i + 1)
                              .arg(cells.size())
                              .arg(columns.size());
                return {};
            }
            Row row;
            const QStringList sections = backticked(cells.at(1));
            if (!sections.isEmpty())
                row.section = sections.first().mid(1).chopped(1); // `[clinic]` -> clinic
            row.keys = backticked(cells.at(2));
            row.defaultCell = cells.at(defaultColumn).trimmed();
            row.allowedCell = allowedColumn < 0 ? QString() : cells.at(allowedColumn).trimmed();
            rows.append(row);
        }
        return rows;
    }

    std::optional<Row> itGuideRow(const QString &name, QString *whyNot) const
    {
        const QString section = name.section(QLatin1Char('/'), 0, 0);
        const QString key = name.section(QLatin1Char('/'), 1);
        for (const Row &row : itGuideRows(whyNot)) {
            if (row.section == section && row.keys.contains(key))
                return row;
        }
        if (whyNot->isEmpty())
            *whyNot = QStringLiteral("no row with `[%1]` and `%2` in the configuration table").arg(section, key);
        return std::nullopt;
    }

    // The line numbers (1-based) of `key=` or `;key=` inside `[section]` of
    // an INI file, commented out or not; Jinja lines belong to no section.
    static QList<int> iniLines(const QString &text, const QString &section, const QString &key)
    {
        const QRegularExpression setting(QStringLiteral("\\A;?\\s*%1\\s*=").arg(QRegularExpression::escape(key)));
        QList<int> found;
        QString current;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']')))
                current = line.mid(1, line.size() - 2);
            else if (current == section && setting.match(line).hasMatch())
                found.append(int(i) + 1);
        }
        return found;
    }

    // The man page names a setting as "[section] key" (in .B, .BR or prose).
    static bool manPageNames(const QString &text, const QString &section, const QString &key)
    {
        const QRegularExpression mention(
            QStringLiteral("\\[%1\\]\\s+%2\\b")
                .arg(QRegularExpression::escape(section), QRegularExpression::escape(key)));
        return mention.match(text).hasMatch();
    }

    static QString unRoff(QString text)
    {
        text.replace(QLatin1String("\\-"), QLatin1String("-"));
        text.replace(QLatin1String("\\~"), QLatin1String(" "));
        text.replace(QLatin1String("\\&"), QString());
        text.replace(QLatin1String("\\%"), QString());
        text.replace(QLatin1String("@KIOSK_STATE_DIR@"), QLatin1String("/var/lib/patient-kiosk"));
        return text;
    }

    QString m_itGuide;
    QString m_manPage;
    QString m_exampleConfig;
    QString m_ansibleTemplate;

private slots:
    void initTestCase()
    {
        m_itGuide = readSource(QLatin1String(ItGuide));
        m_manPage = readSource(QLatin1String(ManPage));
        m_exampleConfig = readSource(QLatin1String(ExampleConfig));
        m_ansibleTemplate = readSource(QLatin1String(AnsibleTemplate));
        for (const auto &[name, text] :
             {std::pair{ItGuide, &m_itGuide}, std::pair{ManPage, &m_manPage},
              std::pair{ExampleConfig, &m_exampleConfig}, std::pair{AnsibleTemplate, &m_ansibleTemplate}})
            QVERIFY2(!text->isEmpty(), qPrintable(QStringLiteral("cannot read %1 under %2")
                                                      .arg(QLatin1String(name), QStringLiteral(KIOSK_SOURCE_DIR))));
        QVERIFY(documentedKeys().contains(QStringLiteral("display/graphics")));
        QVERIFY(!documentedKeys().contains(QStringLiteral("staff/pin_hash")));
    }

    void everyKeyIsDocumented_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        for (const QString &name : documentedKeys()) {
            for (const char *file : {ItGuide, ManPage, ExampleConfig})
                QTest::addRow("%s in %s", qPrintable(name), file) << name << QString::fromLatin1(file);
        }
    }

    void everyKeyIsDocumented()
    {
        QFETCH(QString, name);
        QFETCH(QString, file);
        const QString section = name.section(QLatin1Char('/'), 0, 0);
        const QString key = name.section(QLatin1Char('/'), 1);
        bool found = false;
        QString how;
        if (file == QLatin1String(ItGuide)) {
            QString whyNot;
            found = itGuideRow(name, &whyNot).has_value();
            how = QStringLiteral("a row in the configuration table (%1)").arg(whyNot);
        } else if (file == QLatin1String(ManPage)) {
            found = manPageNames(m_manPage, section, key);
            how = QStringLiteral("an entry \".B [%1] %2\" in FILES").arg(section, key);
        } else {
            found = !iniLines(m_exampleConfig, section, key).isEmpty();
            how = QStringLiteral("a line \"%1=\" (or \";%1=\") in its [%2] section").arg(key, section);
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 is missing from %2: add %3").arg(name, file, how)));
    }

    // The playbook's settings are one dictionary, written section by section:
    // a key typed into the template would be a second list to keep up to date.
    void ansibleTemplateNamesNoKey()
    {
        QStringList named;
        for (const QString &name : documentedKeys()) {
            if (!iniLines(m_ansibleTemplate, name.section(QLatin1Char('/'), 0, 0), name.section(QLatin1Char('/'), 1))
                     .isEmpty())
                named.append(name);
        }
        QVERIFY2(named.isEmpty(),
                 qPrintable(QStringLiteral("%1 names %2: write settings through kiosk_settings instead")
                                .arg(QLatin1String(AnsibleTemplate), named.join(QLatin1String(", ")))));
        QVERIFY(m_ansibleTemplate.contains(QLatin1String("kiosk_config | dictsort")));
    }

    // IT.md's Default column gives the table's default: the value in
    // backticks first, or "empty" when the default is no value.
    void itGuideGivesTheTableDefault_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : documentedKeys())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void itGuideGivesTheTableDefault()
    {
        QFETCH(QString, name);
        QString whyNot;
        const std::optional<Row> row = itGuideRow(name, &whyNot);
        QVERIFY2(row,
                 qPrintable(QStringLiteral("%1 is missing from %2: %3").arg(name, QLatin1String(ItGuide), whyNot)));
        const KioskConfig::KeyInfo &key = *keyNamed(name);
        const QString expected = documentedDefault(key);
        if (expected.isEmpty()) {
            QVERIFY2(row->defaultCell.startsWith(QLatin1String("empty")),
                     qPrintable(QStringLiteral("%1 in %2: the default is empty, the table says '%3'")
                                    .arg(name, QLatin1String(ItGuide), row->defaultCell)));
            return;
        }
        const QStringList values = backticked(row->defaultCell);
        QVERIFY2(!values.isEmpty() && values.first() == expected,
                 qPrintable(QStringLiteral("%1 in %2: the default is `%3`, the table says '%4'")
                                .arg(name, QLatin1String(ItGuide), expected, row->defaultCell)));
        // A range in the config table is stated in the Allowed values column.
        for (const std::optional<double> &bound : {key.range.minimum, key.range.maximum}) {
            if (!bound)
                continue;
            const QRegularExpression number(QStringLiteral("\\b%1\\b").arg(QString::number(*bound)));
            QVERIFY2(number.match(row->allowedCell).hasMatch(),
                     qPrintable(QStringLiteral("%1 in %2: the allowed values '%3' do not give the bound %4")
                                    .arg(name, QLatin1String(ItGuide), row->allowedCell, QString::number(*bound))));
        }
    }

    // Where the example config or the man page state a key's default, it is
    // the table's: "Default: 120" in the comment above the key, "(default 120)"
    // in a man page paragraph that names the key.
    void statedDefaultsMatchTheTable_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : documentedKeys())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void statedDefaultsMatchTheTable()
    {
        QFETCH(QString, name);
        const KioskConfig::KeyInfo *key = keyNamed(name);
        QVERIFY(key);
        const QString expected = documentedDefault(*key);
        auto says = [&](const QString &stated) {
            const QString value = stated.trimmed();
            return expected.isEmpty() ? value.startsWith(QLatin1String("empty")) : value == expected;
        };

        // The comment block right above the key's line in the example config.
        const QStringList lines = m_exampleConfig.split(QLatin1Char('\n'));
        for (const int line : iniLines(m_exampleConfig, sectionOf(*key), keyOf(*key))) {
            QString comment;
            for (int i = line - 2;
                 i >= 0 && lines.at(i).startsWith(QLatin1Char(';')) && !lines.at(i).contains(QLatin1Char('=')); --i)
                comment.prepend(lines.at(i).mid(1) + QLatin1Char(' '));
            comment = comment.simplified();
            const qsizetype at = comment.indexOf(QLatin1String("Default:"));
            if (at < 0)
                continue;
            // Up to a note in parentheses, a semicolon or the sentence's end.
            static const QRegularExpression end(QStringLiteral("[;(]|\\.(?:\\s|$)"));
            const QString stated = comment.mid(at + 8).section(end, 0, 0);
            QVERIFY2(says(stated), qPrintable(QStringLiteral("%1 in %2 (line %3): the default is '%4', the comment "
                                                             "says '%5'")
                                                  .arg(name, QLatin1String(ExampleConfig))
                                                  .arg(line)
                                                  .arg(expected, stated.trimmed())));
        }

        // Man page paragraphs (.TP to .TP) that name the key.
        const QStringList paragraphs = m_manPage.split(
            QRegularExpression(QStringLiteral("^\\.(?:TP|PP|SH)\\b"), QRegularExpression::MultilineOption));
        static const QRegularExpression statedDefault(QStringLiteral("\\(default ([^);]*)[);]"));
        for (const QString &paragraph : paragraphs) {
            if (!manPageNames(paragraph, sectionOf(*key), keyOf(*key)))
                continue;
            const QString text = unRoff(paragraph);
            for (const QRegularExpressionMatch &m : statedDefault.globalMatch(text)) {
                QVERIFY2(says(m.captured(1)),
                         qPrintable(QStringLiteral("%1 in %2: the default is '%3', a paragraph naming it says "
                                                   "'(default %4)'")
                                        .arg(name, QLatin1String(ManPage), expected, m.captured(1))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigReference)
#include "tst_configreference.moc"
