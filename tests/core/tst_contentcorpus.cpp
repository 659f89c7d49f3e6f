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

#include <unistd.h>

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

    // A writer fixes a file in one round: an error in the front matter does
    // not hide the file's other problems (an unknown topic, a banned word,
    // a missing date, a link that leads nowhere) until it is fixed.
    void everyProblemOfAFileIsReportedAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("articles/en/several-problems.md"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\nid: Several Problems\ntitle: \"Test article\"\ntopic: astrology\n"
                   "summary: \"A short summary.\"\nlanguage: en\nsources:\n  - \"Source one.\"\n"
                   "  - \"Source two.\"\n---\n**This is a short test article.**\n\n"
                   "It is here to test the checks. Ketamine is a miracle for many people.\n\n"
                   "Read [this](no-such-article) too.\n");
        file.close();
        const ContentFolderCheck::Report report =
            ContentFolderCheck::run(dir.path(), QStringLiteral(":/content"), ArticleLibrary::Options::onDay(Today));
        QStringList messages;
        for (const ContentProblem &p : report.problems) {
            if (p.isError() && QFileInfo(p.file) == QFileInfo(path))
                messages.append(p.message);
        }
        const QString all = messages.join(QLatin1Char('\n'));
        for (const char *expected : {"may use only lower-case letters", "missing required field 'updated'",
                                     "topic 'astrology' is not in topics.yaml", "'miracle' is promotional",
                                     "link to 'no-such-article' leads nowhere"})
            QVERIFY2(all.contains(QLatin1String(expected)),
                     qPrintable(QStringLiteral("no '%1' in:\n%2").arg(QLatin1String(expected), all)));
        QCOMPARE(report.exitCode(), 1);
    }

    // IT sees which content is live: the check of a folder and the kiosk
    // that shows it give the same revision, wherever the folder lies, and
    // a changed byte gives another.
    void theSameFilesHaveTheSameRevision()
    {
        QTemporaryDir edited;
        QTemporaryDir live;
        for (const QTemporaryDir *dir : {&edited, &live}) {
            QVERIFY(QDir().mkpath(dir->filePath(QStringLiteral("articles/en"))));
            QVERIFY(QFile::copy(CorpusRoot + QStringLiteral("/articles/en/stale-review.md"),
                                dir->filePath(QStringLiteral("articles/en/stale-review.md"))));
        }
        const auto check = [](const QTemporaryDir &dir) {
            return ContentFolderCheck::run(dir.path(), QStringLiteral(":/content"),
                                           ArticleLibrary::Options::onDay(Today), {}, QString());
        };
        const QString revision = check(edited).revision;
        QCOMPARE(revision.size(), 12);
        QCOMPARE(check(live).revision, revision);
        const ArticleLibrary kiosk =
            ArticleLibrary::load({QStringLiteral(":/content"), live.path()}, ArticleLibrary::Options::onDay(Today));
        QCOMPARE(kiosk.revision(), revision);
        QVERIFY(ArticleLibrary::load({QStringLiteral(":/content")}, Today).revision() != revision);

        int exitCode = -1;
        const QString text = runKiosk({QStringLiteral("--check-content"), edited.path()}, &exitCode);
        QVERIFY2(text.contains(QStringLiteral("content revision %1").arg(revision)), qPrintable(text.right(300)));
        QVERIFY2(text.contains(QLatin1String(": 1 article checked, ")), qPrintable(text.right(300)));

        QFile file(live.filePath(QStringLiteral("articles/en/stale-review.md")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nOne more short line.\n");
        file.close();
        QVERIFY(check(live).revision != revision);
    }

    // A clinic's topics.yaml that drops a bundled topic breaks bundled
    // articles, not the folder's own files; the kiosk counts those errors
    // and refuses the update, so the check must name them too.
    void errorsTheFolderCausesInBundledArticlesAreReported()
    {
        QTemporaryDir dir;
        QFile bundled(QStringLiteral(KIOSK_SOURCE_CONTENT "/topics.yaml"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QString topics = QString::fromUtf8(bundled.readAll());
        const qsizetype start = topics.indexOf(QLatin1String("  - id: mechanism"));
        const qsizetype end = topics.indexOf(QLatin1String("  - id: "), start + 5);
        QVERIFY(start > 0 && end > start);
        topics.remove(start, end - start);
        QFile manifest(dir.filePath(QStringLiteral("topics.yaml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(topics.toUtf8());
        manifest.close();

        const ContentFolderCheck::Report report =
            ContentFolderCheck::run(dir.path(), QStringLiteral(":/content"), ArticleLibrary::Options::onDay(Today));
        QCOMPARE(report.exitCode(), 1);
        bool named = false;
        for (const ContentProblem &p : report.problems) {
            if (p.isError() && p.file.contains(QLatin1String("how-ketamine-works"))
                && p.message.contains(QLatin1String("topic 'mechanism' is not in topics.yaml"))
                && p.message.contains(QLatin1String("the kiosk would refuse this update")))
                named = true;
        }
        QVERIFY2(named, qPrintable(ContentFolderCheck::toText(report)));
    }

    // Copied with an editor's umask 077 (rsync -a keeps the modes), a folder
    // is closed to the kiosk's own account: the check, run by IT as root or
    // as the editor, must say so, name the folder and give the fix, rather
    // than report "0 errors" while the kiosk shows none of it.
    void foldersAndFilesTheKioskCannotReadAreErrors()
    {
        if (geteuid() == 65534)
            QSKIP("this test judges access for 'nobody' and runs as nobody");
        QTemporaryDir dir; // mode 0700, as an editor's umask 077 leaves it
        const QString article = dir.filePath(QStringLiteral("articles/en/stale-review.md"));
        QVERIFY(QDir().mkpath(QFileInfo(article).absolutePath()));
        QVERIFY(QFile::copy(CorpusRoot + QStringLiteral("/articles/en/stale-review.md"), article));
        const auto check = [&] {
            return ContentFolderCheck::run(dir.path(), QStringLiteral(":/content"),
                                           ArticleLibrary::Options::onDay(Today), {}, QStringLiteral("nobody"));
        };
        const auto errorFor = [](const ContentFolderCheck::Report &report, const QString &path) {
            for (const ContentProblem &p : report.problems) {
                if (p.isError() && QFileInfo(p.file) == QFileInfo(path))
                    return p.message;
            }
            return QString();
        };
        const auto chmod = [](const QString &path, QFileDevice::Permissions permissions) {
            return QFile::setPermissions(path, permissions);
        };
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                          | QFileDevice::ExeOther;
        const auto closed = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

        // The whole folder closed: one error, on the folder, with the fix.
        QVERIFY(chmod(dir.path(), closed));
        ContentFolderCheck::Report report = check();
        QCOMPARE(report.exitCode(), 1);
        QString message = errorFor(report, dir.path());
        QVERIFY2(message.contains(QLatin1String("cannot be opened by the kiosk's user 'nobody'")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("chmod -R a+rX")), qPrintable(message));

        // Open at the top, closed one level down: the language folder is named.
        QVERIFY(chmod(dir.path(), open));
        QVERIFY(chmod(dir.filePath(QStringLiteral("articles/en")), closed));
        report = check();
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(!errorFor(report, dir.filePath(QStringLiteral("articles/en"))).isEmpty());
        QVERIFY(errorFor(report, dir.path()).isEmpty());

        // Every folder open, the article itself private to its owner.
        QVERIFY(chmod(dir.filePath(QStringLiteral("articles/en")), open));
        QVERIFY(chmod(article, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        report = check();
        QCOMPARE(report.exitCode(), 1);
        message = errorFor(report, article);
        QVERIFY2(message.contains(QLatin1String("cannot be read by the kiosk's user")), qPrintable(message));

        // Readable by everyone: clean (the article's own warnings only).
        QVERIFY(chmod(article, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                   | QFileDevice::ReadOther));
        report = check();
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(report.articles, 1);
    }

    // The kiosk itself, as its own account, meets the closed folder: the real
    // `--check-content` run as that account (here "nobody") names it too,
    // where QDir alone would see an empty folder and say "0 errors".
    void commandLineAsTheKioskAccountNamesAClosedFolder()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("articles/en/stale-review.md"));
        QVERIFY(QDir().mkpath(QFileInfo(article).absolutePath()));
        QVERIFY(QFile::copy(CorpusRoot + QStringLiteral("/articles/en/stale-review.md"), article));
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                          | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir.path(), open));
        const QString language = dir.filePath(QStringLiteral("articles/en"));
        QVERIFY(
            QFile::setPermissions(language, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QProcess process;
        if (geteuid() == 0) {
            // Root reads every folder: run as an account that cannot.
            process.start(QStringLiteral("setpriv"),
                          {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                           QStringLiteral("--clear-groups"), QStringLiteral(KIOSK_BINARY),
                           QStringLiteral("--check-content"), dir.path()});
        } else {
            QVERIFY(QFile::setPermissions(language, QFileDevice::WriteOwner));
            process.start(QStringLiteral(KIOSK_BINARY), {QStringLiteral("--check-content"), dir.path()});
        }
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(QFile::setPermissions(language, open)); // so that QTemporaryDir can remove it
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(
            text.contains(QFileInfo(language).absoluteFilePath() + QLatin1String(": error: folder cannot be opened")),
            qPrintable(text + QString::fromUtf8(process.readAllStandardError())));
    }
};

QTEST_GUILESS_MAIN(TestContentCorpus)
#include "tst_contentcorpus.moc"
