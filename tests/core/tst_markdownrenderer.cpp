#include "content/MarkdownRenderer.h"

#include <QTest>

class TestMarkdownRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void rendersCommonMark()
    {
        const QString html = MarkdownRenderer::toHtml(
            QStringLiteral("**Summary.**\n\n## What to expect\n\n- one\n- two\n\nA [link](side-effects)."));
        QVERIFY(html.contains(QLatin1String("<strong>Summary.</strong>")));
        QVERIFY(html.contains(QLatin1String("<h2>What to expect</h2>")));
        QVERIFY(html.contains(QLatin1String("<li>one</li>")));
        QVERIFY(html.contains(QLatin1String("<a href=\"side-effects\">link</a>")));
    }

    void escapesRawHtml()
    {
        const QString html = MarkdownRenderer::toHtml(
            QStringLiteral("<script>alert(1)</script>\n\nText <iframe src=x></iframe> <b onclick=x>b</b>"));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!html.contains(QLatin1String("<iframe")));
        QVERIFY(!html.contains(QLatin1String("<b ")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    }

    void externalLinksBecomePlainText_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("https") << QStringLiteral("https://example.org");
        QTest::newRow("http") << QStringLiteral("http://example.org/x");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("mailto") << QStringLiteral("mailto:a@b.c");
        QTest::newRow("tel") << QStringLiteral("tel:988");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("data") << QStringLiteral("data:text/html,hi");
        QTest::newRow("protocol-relative") << QStringLiteral("//example.org");
    }

    void externalLinksBecomePlainText()
    {
        QFETCH(QString, target);
        const QString html = MarkdownRenderer::toHtml(QStringLiteral("Go [there](%1) now.").arg(target));
        QVERIFY2(!html.contains(QLatin1String("<a ")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<span class=\"external-link\">there</span>")));
    }

    void bareUrlsAreNotLinked()
    {
        const QString html = MarkdownRenderer::toHtml(QStringLiteral("Visit https://example.org or www.example.org."));
        QVERIFY(!html.contains(QLatin1String("<a ")));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
