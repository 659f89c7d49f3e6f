// The broken-content corpus (tests/content/broken): every case produces its
// expected message and exit status, through the validator and through the
// real `patient-kiosk --check-content`, and a kiosk loading the whole corpus
// still has every valid article.

#include "checks/ContentFolderCheck.h"
#include "content/ArticleLibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString CorpusRoot = QStringLiteral(KIOSK_BROKEN_CORPUS);
const QDate Today(2026, 11, 24);

struct Case
{
    QString name;
    QStringList files;
    int exitStatus;
    QString message;
};

QList<Case> readCases()
{
    QList<Case> cases;
    QFile file(CorpusRoot + QStringLiteral("/expected.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return cases;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() == 4)
            cases.append({fields[0], fields[1].split(QLatin1Char(',')), fields[2].toInt(), fields[3]});
    }
    return cases;
}

QString runKiosk(const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStringLiteral(KIOSK_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestContentCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeEnough()
    {
        QVERIFY2(readCases().size() >= 25, "the issue asks for at least 25 broken content files");
    }

    void eachCaseGivesItsMessageAndStatus_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("exitStatus");
        QTest::addColumn<QString>("message");
        for (const Case &c : readCases())
            QTest::newRow(qPrintable(c.name)) << c.files << c.exitStatus << c.message;
    }

    void eachCaseGivesItsMessageAndStatus()
    {
        QFETCH(QStringList, files);
        QFETCH(int, exitStatus);
        QFETCH(QString, message);

        // The case alone in a content folder, as a clinic would have it.
        QTemporaryDir dir;
        for (const QString &relative : files) {
            const QString target = dir.filePath(relative);
            QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
            QVERIFY(QFile::copy(CorpusRoot + QLatin1Char('/') + relative, target));
        }
        const ContentFolderCheck::Report report =
            ContentFolderCheck::run(dir.path(), QStringLiteral(":/content"), ArticleLibrary::Options::onDay(Today));
        QCOMPARE(report.exitCode(), exitStatus);

        const QString carrier = QFileInfo(dir.filePath(files.last())).absoluteFilePath();
        bool found = false;
        QStringList seen;
        for (const ContentProblem &p : report.problems) {
            seen.append(p.toString());
            if (p.file == carrier && p.message.contains(message)) {
                found = true;
                // Every message names what to do, not just what is wrong.
                QVERIFY2(p.message.size() > 20, qPrintable(p.toString()));
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected '%1' for %2; got:\n%3")
                                       .arg(message, files.last(), seen.join(QLatin1Char('\n')))));
    }

    void wholeCorpusKeepsEveryValidArticle()
    {
        const ArticleLibrary bundled = ArticleLibrary::load({QStringLiteral(":/content")}, Today);
        const ArticleLibrary library = ArticleLibrary::load({QStringLiteral(":/content"), CorpusRoot}, Today);
        QVERIFY(library.isUsable());
        QVERIFY(library.errorCount() >= 25);
        for (const QString &language : bundled.languages()) {
            for (const Article *article : bundled.allArticles(language))
                QVERIFY2(library.article(article->id, language), qPrintable(article->id));
        }
        // The corpus's own valid (warning-only) articles load too.
        for (const char *id : {"other-name", "stale-review", "untranslated", "unreviewed", "duplicate-id-a"})
            QVERIFY2(library.article(QLatin1String(id), QStringLiteral("en")), id);
        QVERIFY(!library.article(QStringLiteral("banned-word"), QStringLiteral("en")));
        // A topic list still works with the broken files present.
        QVERIFY(library.articlesInTopic(QStringLiteral("safety"), QStringLiteral("en")).size() >= 4);
    }

    void commandLineReportsAndExits()
    {
        int exitCode = 0;
        const QString text = runKiosk({QStringLiteral("--check-content"), CorpusRoot}, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(text.contains(QLatin1String("/articles/en/empty.md: error: file is empty")));
        QVERIFY(
            text.contains(QRegularExpression(QStringLiteral("/articles/en/bad-date.md:\\d+: error: field 'updated'"))));
        QVERIFY(text.contains(QLatin1String("warning: not reviewed by a clinician yet")));

        const QString json = runKiosk(
            {QStringLiteral("--check-content"), CorpusRoot, QStringLiteral("--format"), QStringLiteral("json")},
            &exitCode);
        QCOMPARE(exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
        QVERIFY(report.value(QStringLiteral("errors")).toInt() >= 25);
        QCOMPARE(report.value(QStringLiteral("exit_status")).toInt(), 1);
        QVERIFY(report.value(QStringLiteral("problems")).toArray().size() >= 25);

        // The summary counts every article file it looked at, broken ones too.
        int files = 0;
        for (QDirIterator it(CorpusRoot + QStringLiteral("/articles"), {QStringLiteral("*.md")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++files;
        QVERIFY(files >= 40);
        QVERIFY2(text.contains(QStringLiteral(": %1 articles checked, ").arg(files)), qPrintable(text.right(200)));

        runKiosk({QStringLiteral("--check-content"), QStringLiteral("/nonexistent/folder")}, &exitCode);
        QCOMPARE(exitCode, 2);
        const QString clean =
            runKiosk({QStringLiteral("--check-content"), QStringLiteral(KIOSK_SOURCE_CONTENT)}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(clean));
        QVERIFY(clean.contains(QLatin1String("40 articles checked, 0 errors")));
    }
};

QTEST_GUILESS_MAIN(TestContentCorpus)
#include "tst_contentcorpus.moc"
