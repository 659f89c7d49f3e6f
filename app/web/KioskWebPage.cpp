#include "KioskWebPage.h"

#include "ContentUrl.h"
#include "KioskLogging.h"

#include <QTimer>
#include <QWebEngineSettings>

KioskWebPage::KioskWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *s = settings();
    // Articles are static documents: no script runs in them. The app's own
    // runJavaScript calls use ApplicationWorld, which still works.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    s->setAttribute(QWebEngineSettings::ShowScrollBars, true); // shows there is more to read
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);

    // Safety net: a few navigations (about:blank among them) never reach
    // acceptNavigationRequest. Whatever ends up shown that is not the
    // kiosk's content is replaced by the last article at once.
    connect(this, &QWebEnginePage::urlChanged, this, &KioskWebPage::onUrlChanged);

    // Printing is only ever a request signal: nothing prints.
    connect(this, &QWebEnginePage::printRequested, this, [] { qCWarning(lcWeb) << "refused a print request"; });

    // Camera, microphone, location, notifications: never.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                qCWarning(lcWeb) << "denied permission" << feature << "for" << origin.toDisplayString();
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
}

bool KioskWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame || !ContentUrl::isContentUrl(url) || type == NavigationTypeBackForward) {
        qCWarning(lcWeb) << "blocked navigation to" << url.toDisplayString() << "type" << type
                         << (isMainFrame ? "main frame" : "sub frame");
        return false;
    }
    if (type == NavigationTypeLinkClicked) {
        if (const auto ref = ContentUrl::parseArticle(url)) {
            // Queued: loading the next article from inside this navigation
            // decision can be dropped by Chromium as part of the refusal.
            const QString id = ref->id;
            QMetaObject::invokeMethod(this, [this, id] { emit articleLinkActivated(id); }, Qt::QueuedConnection);
        } else {
            qCWarning(lcWeb) << "ignored link to" << url.toDisplayString();
        }
        return false;
    }
    return true;
}

void KioskWebPage::onUrlChanged(const QUrl &url)
{
    if (ContentUrl::isContentUrl(url)) {
        m_lastContentUrl = url;
        return;
    }
    if (m_lastContentUrl.isEmpty())
        return; // a fresh page before its first article
    qCWarning(lcWeb) << "left the kiosk's content for" << url.toDisplayString() << "- going back to"
                     << m_lastContentUrl.toDisplayString();
    QTimer::singleShot(0, this, [this] { setUrl(m_lastContentUrl); });
}

QWebEnginePage *KioskWebPage::createWindow(WebWindowType type)
{
    qCWarning(lcWeb) << "refused to open a new window of type" << type;
    return nullptr;
}
