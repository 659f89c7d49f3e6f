#pragma once

#include <QPoint>
#include <QString>
#include <QVariant>

class QWebEnginePage;

// Reads what a web page really shows: its text, and values computed by
// script in the application's isolated world (which works with the page's
// own JavaScript switched off).
class WebPageProbe final
{
public:
    static QString plainText(QWebEnginePage *page);
    static QVariant evaluate(QWebEnginePage *page, const QString &script);
    // Scrolls the first element matching `selector` into view and, once the
    // scroll has settled, returns its centre in view coordinates, or (-1,-1)
    // when there is none.
    static QPoint centreOf(QWebEnginePage *page, const QString &selector);
};
