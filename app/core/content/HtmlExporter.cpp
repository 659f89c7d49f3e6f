#include "HtmlExporter.h"

#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"
#include "takehome/TakeHomeLink.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QString languageName(const QString &language)
{
    return language == QLatin1String("es") ? QStringLiteral("Español") : QStringLiteral("English");
}

QString indexTitle(const QString &language)
{
    return language == QLatin1String("es") ? QStringLiteral("Artículos de educación para pacientes")
                                           : QStringLiteral("Patient education articles");
}

// The head every exported page has: the articles' Content-Security-Policy
// (nothing but the site's own stylesheet and images), so the site makes no
// request anywhere else, exactly like the kiosk.
QString indexHead(const QString &language, const QString &stylesheet)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'self'; img-src 'self'; script-src 'none'\">\n"
                          "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3\">\n</head>\n")
        .arg(language, indexTitle(language), stylesheet);
}

// One language's articles by topic; `folder` is where its pages are seen
// from ("en/" from the top index, "" from the language's own index), and
// `heading` the topics' heading level (one below the page's last).
QString articleList(const ArticleLibrary &library, const QString &language, const QString &folder, int heading)
{
    QString html;
    for (const Topic &topic : library.manifest().topics()) {
        QString items;
        for (const Article *article : library.articlesInTopic(topic.id, language)) {
            if (article->language != language)
                continue;
            items += QStringLiteral("<li><a href=\"%1%2\">%3</a><br>%4</li>\n")
                         .arg(folder, QFileInfo(TakeHomeLink::exportPath(language, article->id)).fileName(),
                              article->title.toHtmlEscaped(), article->summary.toHtmlEscaped());
        }
        if (!items.isEmpty())
            html += QStringLiteral("<h%1>%2</h%1>\n<ul>\n%3</ul>\n")
                        .arg(heading)
                        .arg(topic.title(language).toHtmlEscaped(), items);
    }
    return html;
}

QString indexPage(const ArticleLibrary &library)
{
    QString html = indexHead(QStringLiteral("en"), QStringLiteral("article.css"))
                   + QStringLiteral("<body>\n<main>\n<h1>Patient education articles</h1>\n<nav>\n");
    for (const QString &language : library.languages()) {
        html += QStringLiteral("<p lang=\"%1\"><a href=\"%2\">%3</a></p>\n")
                    .arg(language, TakeHomeLink::languageIndexPath(language), languageName(language));
    }
    html += QStringLiteral("</nav>\n");
    for (const QString &language : library.languages()) {
        html += QStringLiteral("<section lang=\"%1\">\n<h2>%2</h2>\n").arg(language, languageName(language))
                + articleList(library, language, language + QLatin1Char('/'), 3) + QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

// <language>/index.html: what a phone finds one level up from an article.
QString languageIndexPage(const ArticleLibrary &library, const QString &language)
{
    return indexHead(language, QStringLiteral("../article.css"))
           + QStringLiteral("<body>\n<main>\n<h1>%1</h1>\n").arg(indexTitle(language))
           + articleList(library, language, QString(), 2) + QStringLiteral("</main>\n</body>\n</html>\n");
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
            // The path the kiosk's QR codes point to (TakeHomeLink), exactly.
            if (!write(TakeHomeLink::exportPath(language, article->id), html.toUtf8()))
                return {};
        }
        if (!write(TakeHomeLink::languageIndexPath(language), languageIndexPage(library, language).toUtf8()))
            return {};
    }
    if (!write(QStringLiteral("index.html"), indexPage(library).toUtf8()))
        return {};
    return written;
}
