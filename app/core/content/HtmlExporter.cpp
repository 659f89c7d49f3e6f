#include "HtmlExporter.h"

#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {

bool writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    // QSaveFile: a half-written page never replaces a good one on a website.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString indexPage(const ArticleLibrary &library)
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>Patient education articles</title>\n<link rel=\"stylesheet\" href=\"article.css\">\n"
                       "</head>\n<body>\n<main>\n<h1>Patient education articles</h1>\n");
    for (const QString &language : library.languages()) {
        html +=
            QStringLiteral("<section lang=\"%1\">\n<h2>%2</h2>\n")
                .arg(language, language == QLatin1String("es") ? QStringLiteral("Español") : QStringLiteral("English"));
        for (const Topic &topic : library.manifest().topics()) {
            QString items;
            for (const Article *article : library.articlesInTopic(topic.id, language)) {
                if (article->language != language)
                    continue;
                items +=
                    QStringLiteral("<li><a href=\"%1/%2.html\">%3</a><br>%4</li>\n")
                        .arg(language, article->id, article->title.toHtmlEscaped(), article->summary.toHtmlEscaped());
            }
            if (!items.isEmpty())
                html +=
                    QStringLiteral("<h3>%1</h3>\n<ul>\n%2</ul>\n").arg(topic.title(language).toHtmlEscaped(), items);
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

} // namespace

QStringList HtmlExporter::exportLibrary(const ArticleLibrary &library, const QString &directory, QString *error)
{
    QDir root(directory);
    if (!root.mkpath(QStringLiteral("images"))) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return {};
    }
    QStringList written;
    auto write = [&](const QString &relativePath, const QByteArray &contents) {
        const QString path = root.filePath(relativePath);
        if (!writeFile(path, contents, error))
            return false;
        written.append(path);
        return true;
    };

    QFile css(QStringLiteral(":/web/article.css"));
    if (!css.open(QIODevice::ReadOnly) || !write(QStringLiteral("article.css"), css.readAll()))
        return {};
    // The bytes the check accepted, not whatever the file holds now.
    for (auto it = library.images().cbegin(); it != library.images().cend(); ++it) {
        if (!write(QStringLiteral("images/") + it.key(), library.imageData(it.key())))
            return {};
    }
    for (const QString &language : library.languages()) {
        if (!root.mkpath(language)) {
            *error = QStringLiteral("cannot create %1").arg(root.filePath(language));
            return {};
        }
        for (const Article *article : library.allArticles(language)) {
            const QString html = ArticleHtmlPage::render(*article, library.nextArticle(article->id, language),
                                                         library.clinicFacts(), ArticleHtmlPage::Target::Export);
            if (!write(QStringLiteral("%1/%2.html").arg(language, article->id), html.toUtf8()))
                return {};
        }
    }
    if (!write(QStringLiteral("index.html"), indexPage(library).toUtf8()))
        return {};
    return written;
}
