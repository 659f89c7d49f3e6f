#pragma once

#include <QWebEngineUrlSchemeHandler>

class ArticleLibrary;

// Serves kiosk://content/... from the loaded article library and the bundled
// stylesheet: nothing from disk paths, nothing from the network. Every
// request gets an answer: an unknown article gets a calm "not available" page.
class ContentSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit ContentSchemeHandler(const ArticleLibrary *library, QObject *parent = nullptr);

    // The library is swapped only between patient sessions.
    void setLibrary(const ArticleLibrary *library) { m_library = library; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    const ArticleLibrary *m_library;
    QByteArray m_stylesheet;
};
