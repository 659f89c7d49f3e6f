#include "ContentFolderCheck.h"

#include "checks/KioskUserAccess.h"
#include "content/ArticleLibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int ContentFolderCheck::Report::errors() const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const ContentProblem &p) { return p.isError(); }));
}

int ContentFolderCheck::Report::warnings() const
{
    return int(problems.size()) - errors();
}

int ContentFolderCheck::Report::exitCode() const
{
    if (unreadable)
        return 2;
    return errors() > 0 ? 1 : 0;
}

ContentFolderCheck::Report ContentFolderCheck::run(const QString &folder, const QString &bundledRoot,
                                                   const ArticleLibrary::Options &options, const QString &configPath,
                                                   const QString &kioskAccount)
{
    Report report;
    report.folder = folder;
    const QFileInfo info(folder);
    if (!info.exists() || !info.isDir() || !info.isReadable() || !info.isExecutable()) {
        report.unreadable = true;
        report.problems.append(ContentProblem::error(
            folder, 0, QStringLiteral("cannot be read as a content folder; check the path and its permissions")));
        return report;
    }
    const QString root = QDir(folder).absolutePath();
    const QString prefix = root + QLatin1Char('/');
    const ArticleLibrary library = ArticleLibrary::load({bundledRoot, root}, options);
    report.revision = library.revision();
    for (const ContentProblem &problem : library.problems()) {
        if (QFileInfo(problem.file).absoluteFilePath().startsWith(prefix) || problem.file == root) {
            report.problems.append(problem);
        } else if (problem.isError()) {
            // The bundled library alone has no errors (it is built in, and
            // tst_articlelibrary proves it free of errors): an error on a bundled
            // file is this folder's doing (a topics.yaml that drops a
            // bundled topic), and the kiosk refuses an update with any error.
            ContentProblem caused = problem;
            caused.message += QStringLiteral(
                " (a bundled article, broken by this folder's files: the kiosk would refuse this update)");
            report.problems.append(caused);
        }
    }
    // Run as root or as the editor, the check reads what the kiosk cannot.
    for (const ContentProblem &problem : KioskUserAccess(kioskAccount).problems(folder)) {
        const bool known = std::any_of(report.problems.cbegin(), report.problems.cend(), [&](const ContentProblem &p) {
            return p.isError() && QFileInfo(p.file) == QFileInfo(problem.file);
        });
        if (!known)
            report.problems.append(problem);
    }
    // Every article file looked at, the ones with errors too (the summary
    // says how many were checked, not how many passed).
    report.articles = 0;
    for (QDirIterator it(QDir(root).filePath(QStringLiteral("articles")), {QStringLiteral("*.md")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++report.articles;
    if (options.clinic.phone.trimmed().isEmpty()) {
        for (const QString &language : library.languages()) {
            const QList<const Article *> articles = library.allArticles(language);
            const bool usesPhone = std::any_of(articles.cbegin(), articles.cend(), [](const Article *article) {
                return article->markdownBody.contains(ClinicFacts::phonePlaceholder());
            });
            if (usesPhone) {
                report.problems.append(ContentProblem::warning(
                    configPath.isEmpty() ? folder : configPath, 0,
                    QStringLiteral("clinic/phone is not set, so articles say \"the number on your clinic papers\" "
                                   "where they tell patients to call the clinic; set clinic/phone in the config")));
                break;
            }
        }
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ContentProblem &a, const ContentProblem &b) {
                         return a.file != b.file ? a.file < b.file : a.line < b.line;
                     });
    return report;
}

QString ContentFolderCheck::toText(const Report &report)
{
    QString out;
    for (const ContentProblem &problem : report.problems)
        out += problem.toString() + QLatin1Char('\n');
    out += QStringLiteral("%1: %2 %3 checked, %4 errors, %5 warnings\n")
               .arg(report.folder)
               .arg(report.articles)
               .arg(report.articles == 1 ? QStringLiteral("article") : QStringLiteral("articles"))
               .arg(report.errors())
               .arg(report.warnings());
    if (!report.revision.isEmpty())
        out += QStringLiteral("%1: content revision %2 (the kiosk shows it once this folder is live)\n")
                   .arg(report.folder, report.revision);
    return out;
}

QByteArray ContentFolderCheck::toJson(const Report &report)
{
    QJsonArray problems;
    for (const ContentProblem &problem : report.problems) {
        problems.append(QJsonObject{
            {QStringLiteral("file"), problem.file},
            {QStringLiteral("line"), problem.line},
            {QStringLiteral("severity"), problem.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), problem.message},
        });
    }
    const QJsonObject root{
        {QStringLiteral("folder"), report.folder},          {QStringLiteral("articles"), report.articles},
        {QStringLiteral("errors"), report.errors()},        {QStringLiteral("warnings"), report.warnings()},
        {QStringLiteral("exit_status"), report.exitCode()}, {QStringLiteral("problems"), problems},
        {QStringLiteral("revision"), report.revision},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
