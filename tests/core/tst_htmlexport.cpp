// --export-html: every article in every language as a standalone page with
// its stylesheet, an index, and links that work as files on a website.

#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"
#include "content/HtmlExporter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestHtmlExport final : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryArticleAndWorkingLinks()
    {
        const ArticleLibrary library = ArticleLibrary::load({QStringLiteral(":/content")});
        QTemporaryDir dir;
        QString error;
        const QStringList files = HtmlExporter::exportLibrary(library, dir.path(), &error);
        QVERIFY2(!files.isEmpty(), qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("index.html"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("article.css"))));

        int pages = 0;
        for (const QString &language : library.languages()) {
            for (const Article *article : library.allArticles(language)) {
                const QString path = dir.filePath(QStringLiteral("%1/%2.html").arg(language, article->id));
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                const QString html = QString::fromUtf8(file.readAll());
                ++pages;
                QVERIFY(html.contains(QStringLiteral("<h1>%1</h1>").arg(article->title.toHtmlEscaped())));
                QVERIFY(html.contains(QLatin1String("href=\"../article.css\"")));
                QVERIFY(!html.contains(QLatin1String("kiosk:")));
                // Every relative link leads to a file that exists.
                static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
                for (auto it = href.globalMatch(html); it.hasNext();) {
                    const QString target = it.next().captured(1);
                    QVERIFY2(QFileInfo::exists(QFileInfo(path).dir().filePath(target)),
                             qPrintable(QStringLiteral("%1 links to missing %2").arg(path, target)));
                }
            }
        }
        QCOMPARE(pages, 40);

        QFile index(dir.filePath(QStringLiteral("index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString indexHtml = QString::fromUtf8(index.readAll());
        QCOMPARE(indexHtml.count(QLatin1String("<li><a href=")), 40);
    }

    void reviewerLineOnlyWhenReviewed()
    {
        Article article;
        article.id = QStringLiteral("x");
        article.title = QStringLiteral("Title");
        article.language = QStringLiteral("en");
        article.updated = QDate(2026, 11, 24);
        article.markdownBody = QStringLiteral("Text.");
        QVERIFY(!ArticleHtmlPage::render(article, nullptr).contains(QLatin1String("Reviewed by")));
        article.reviewedBy = QStringLiteral("Dr. Ana Ruiz");
        QVERIFY(!ArticleHtmlPage::render(article, nullptr).contains(QLatin1String("Reviewed by"))); // no date: no claim
        article.reviewedOn = QDate(2026, 10, 2);
        QVERIFY(ArticleHtmlPage::render(article, nullptr)
                    .contains(QLatin1String("Reviewed by Dr. Ana Ruiz on October 2, 2026")));
        article.language = QStringLiteral("es");
        QVERIFY(ArticleHtmlPage::render(article, nullptr)
                    .contains(QLatin1String("Revisado por Dr. Ana Ruiz el 2 de octubre de 2026")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
