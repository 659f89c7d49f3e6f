#include "WebPageProbe.h"

#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

QString WebPageProbe::plainText(QWebEnginePage *page)
{
    QString text;
    bool done = false;
    page->toPlainText([&](const QString &result) {
        text = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("WebPageProbe: the page did not return its text within 5 s");
    return text;
}

QVariant WebPageProbe::evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant value;
    bool done = false;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
        value = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("WebPageProbe: the script did not finish within 5 s");
    return value;
}

QPoint WebPageProbe::centreOf(QWebEnginePage *page, const QString &selector)
{
    const QString element = QStringLiteral("document.querySelector('%1')").arg(selector);
    if (!evaluate(page, QStringLiteral(
                            "(function() { var e = %1; if (e) e.scrollIntoView({block: 'center'}); return !!e; })()")
                            .arg(element))
             .toBool())
        return {-1, -1};
    QTest::qWait(100); // let the scroll settle before a finger lands on the point
    const QVariant result = evaluate(
        page, QStringLiteral(
                  "(function() { var r = %1.getBoundingClientRect();"
                  " return [Math.round(r.left + Math.min(r.width / 2, 40)), Math.round(r.top + r.height / 2)]; })()")
                  .arg(element));
    const QVariantList xy = result.toList();
    if (xy.size() != 2 || xy.at(0).toInt() < 0)
        return {-1, -1};
    // CSS pixels to view pixels: the reader's larger text is page zoom.
    const qreal zoom = page->zoomFactor();
    return {qRound(xy.at(0).toInt() * zoom), qRound(xy.at(1).toInt() * zoom)};
}
