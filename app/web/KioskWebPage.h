#pragma once

#include <QWebEnginePage>

// The kiosk's only kind of web page: it shows the kiosk's own content and
// nothing else. Every policy (navigation, windows, permissions, settings)
// lives here so one file answers "what can a web page do in the kiosk?".
class KioskWebPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit KioskWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

signals:
    // A patient tapped a link to another article. The page does not follow
    // it itself: the session controller opens it, so the app's own history
    // (and Back button) stays the only history there is.
    void articleLinkActivated(const QString &articleId);

private:
    void onUrlChanged(const QUrl &url);

    QUrl m_lastContentUrl;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};
