#include "KioskWebPage.h"

#include "content/ContentUrl.h"
#include "system/KioskLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>
#include <QWebEngineSettings>

namespace {

// Puts a complete article page into the document already shown, in the
// application's isolated world (the page's own JavaScript is off). The
// address changes first (replaceState: no history entry), so the new
// body's relative links and images resolve against the new article. Only
// the body, title and language change: every article page has the same
// head (stylesheet and Content-Security-Policy), and the <html> element
// keeps the reading aids set on it (high contrast). Returns true once the
// new article is in place and scrolled to its top.
QString swapScript(const QUrl &url, const QString &html, int scrollY)
{
    // JSON is a valid JavaScript literal: no hand-written escaping.
    const QByteArray arguments =
        QJsonDocument(QJsonArray{html, url.toString(QUrl::FullyEncoded), scrollY}).toJson(QJsonDocument::Compact);
    return QStringLiteral(R"((function (html, url, scrollY) {
    var next = new DOMParser().parseFromString(html, 'text/html');
    if (!next.body || !document.body)
        return false;
    history.replaceState(null, '', url);
    document.documentElement.lang = next.documentElement.lang;
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    window.scrollTo(0, scrollY);
    return true;
}).apply(null, %1))")
        .arg(QString::fromUtf8(arguments));
}

// Run once in the standby page: the first article of a patient then
// finds the isolated script world, the HTML parser and the articles'
// fonts ready in the new renderer (laid out, never painted: the sample is
// gone before the page could draw).
QString warmUpScript()
{
    return QStringLiteral(R"((function () {
    var sample = new DOMParser().parseFromString('<main><article><h1>Aa Ññ</h1><p class="meta">Aa</p>'
        + '<p><strong>Aa</strong> Aa <em>Aa</em> <a href="#">Aa</a></p><h2>Aa</h2><ul><li>Aa</li></ul>'
        + '<nav class="next"><a href="#">Aa</a></nav></article></main>', 'text/html').body.firstChild;
    document.body.appendChild(document.adoptNode(sample));
    void document.body.offsetHeight;
    sample.remove();
    return true;
})())");
}

} // namespace

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
    // kiosk's content is replaced by the article last asked for at once.
    connect(this, &QWebEnginePage::urlChanged, this, &KioskWebPage::onUrlChanged);
    connect(this, &QWebEnginePage::loadingChanged, this, &KioskWebPage::onLoadingChanged);
    connect(this, &QWebEnginePage::renderProcessTerminated, this, [this] {
        // The document is gone; a swap under way never reports back.
        m_documentReady = false;
        ++*m_request;
    });

    // Printing is only ever a request signal: nothing prints.
    connect(this, &QWebEnginePage::printRequested, this, [] { qCWarning(lcWeb) << "refused a print request"; });

    // Camera, microphone, location, notifications: never.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                qCWarning(lcWeb) << "denied permission" << feature << "for" << origin.toDisplayString();
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
}

KioskWebPage::~KioskWebPage()
{
    *m_request = 0; // pending swap callbacks must not touch this page
}

void KioskWebPage::showArticle(const QUrl &url, const QString &html, int scrollY)
{
    m_articleUrl = url;
    const quint64 request = ++*m_request;
    if (!m_documentReady) {
        loadNewDocument(url);
        return;
    }
    const std::shared_ptr<quint64> latest = m_request;
    runJavaScript(swapScript(url, html, scrollY), QWebEngineScript::ApplicationWorld,
                  [this, latest, request, url](const QVariant &done) {
                      if (*latest != request)
                          return; // a newer article was asked for, or the page is gone
                      if (done.toBool()) {
                          emit articleShown(true);
                          return;
                      }
                      qCWarning(lcWeb) << "could not put" << url.toDisplayString()
                                       << "into the open page; loading it instead";
                      loadNewDocument(url);
                  });
}

void KioskWebPage::loadStandby()
{
    loadNewDocument(ContentUrl::standby());
}

void KioskWebPage::reloadArticle()
{
    loadNewDocument(articleOrStandby());
}

QUrl KioskWebPage::articleOrStandby() const
{
    return m_articleUrl.isEmpty() ? ContentUrl::standby() : m_articleUrl;
}

void KioskWebPage::loadNewDocument(const QUrl &url)
{
    // At once, not when the navigation is accepted: a swap asked for in
    // between must not go into the document about to be replaced.
    m_documentReady = false;
    setUrl(url);
}

void KioskWebPage::onLoadingChanged(const QWebEngineLoadingInfo &loading)
{
    // Started is also reported for navigations refused a moment later
    // (every tap on a link), and stopped for those: the open document stays
    // in place and usable. It is replaced only once acceptNavigationRequest
    // lets a navigation through.
    if (loading.status() == QWebEngineLoadingInfo::LoadStartedStatus
        || loading.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
        return;
    // The app keeps the only history (SessionController); the page keeps
    // none, so no gesture or key can step back into an earlier article.
    history()->clear();
    const bool ok = loading.status() == QWebEngineLoadingInfo::LoadSucceededStatus && !loading.isErrorPage();
    const bool standby = loading.url() == ContentUrl::standby();
    m_documentReady = ok && (standby || ContentUrl::parseArticle(loading.url()).has_value());
    if (standby && ok)
        runJavaScript(warmUpScript(), QWebEngineScript::ApplicationWorld);
    if (!standby)
        emit articleShown(ok);
}

bool KioskWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame || !ContentUrl::isContentUrl(url) || type == NavigationTypeBackForward) {
        qCWarning(lcWeb) << "blocked navigation to" << url.toDisplayString() << "type" << type
                         << (isMainFrame ? "main frame" : "sub frame");
        return false;
    }
    if (type == NavigationTypeLinkClicked) {
        if (const auto term = ContentUrl::parseGlossaryTerm(url)) {
            // A hard word: its explanation, over the article that stays put.
            QMetaObject::invokeMethod(
                this, [this, ref = *term] { emit glossaryTermActivated(ref.language, ref.id); }, Qt::QueuedConnection);
        } else if (const auto question = ContentUrl::parseQuestion(url)) {
            markQuestionAdded(url);
            QMetaObject::invokeMethod(
                this, [this, ref = *question] { emit questionActivated(ref.language, ref.articleId, ref.index); },
                Qt::QueuedConnection);
        } else if (const auto ref = ContentUrl::parseArticle(url)) {
            // Queued: loading the next article from inside this navigation
            // decision can be dropped by Chromium as part of the refusal.
            const QString id = ref->id;
            QMetaObject::invokeMethod(
                this, [this, id] { emit articleLinkActivated(id); }, Qt::QueuedConnection);
        } else {
            qCWarning(lcWeb) << "ignored link to" << url.toDisplayString();
        }
        return false;
    }
    m_documentReady = false; // a new document replaces the open one
    return true;
}

void KioskWebPage::markQuestionAdded(const QUrl &question)
{
    // The page's own script is off: the app's isolated world turns the
    // button into a quiet "Added" note (its words are in the page, in the
    // article's language), so the patient sees the tap was taken.
    const QByteArray href =
        QJsonDocument(QJsonArray{question.toString(QUrl::FullyEncoded)}).toJson(QJsonDocument::Compact);
    runJavaScript(QStringLiteral(R"((function (href) {
    var button = document.querySelector('a.add-question[href="' + href + '"]');
    if (!button)
        return false;
    button.classList.add('added');
    button.textContent = button.dataset.added;
    button.setAttribute('aria-label', button.dataset.added);
    return true;
}).apply(null, %1))")
                      .arg(QString::fromUtf8(href)),
                  QWebEngineScript::ApplicationWorld);
}

void KioskWebPage::onUrlChanged(const QUrl &url)
{
    if (ContentUrl::isContentUrl(url))
        return;
    qCWarning(lcWeb) << "left the kiosk's content for" << url.toDisplayString() << "- going back to"
                     << articleOrStandby().toDisplayString();
    QTimer::singleShot(0, this, &KioskWebPage::reloadArticle);
}

QWebEnginePage *KioskWebPage::createWindow(WebWindowType type)
{
    qCWarning(lcWeb) << "refused to open a new window of type" << type;
    return nullptr;
}
