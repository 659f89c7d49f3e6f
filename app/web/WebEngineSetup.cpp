#include "WebEngineSetup.h"

#include "content/ContentUrl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QWebEngineUrlScheme>

namespace {

void registerContentScheme()
{
    QWebEngineUrlScheme scheme(ContentUrl::Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setDefaultPort(QWebEngineUrlScheme::PortUnspecified);
    // Secure, and an ordinary origin (kiosk://content): pages load their own
    // stylesheet and images from it and nothing else (the request guard
    // blocks every other address; the page's CSP narrows it further). Not
    // LocalScheme: Chromium gives a local scheme's documents the opaque
    // origin "null", and then the reader cannot move the open page to the
    // next article's address (history.replaceState, KioskWebPage).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void setChromiumFlags()
{
    // When QTWEBENGINE_CHROMIUM_FLAGS is set, Qt 6.4 ignores Chromium flags
    // given as app arguments, so every flag we need goes into the variable,
    // after whatever the environment (the test setup's --no-sandbox, say) put there.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const QByteArrayList required{
        QByteArrayLiteral("--disable-pinch"),                 // no pinch zoom on the touchscreen
        QByteArrayLiteral("--disable-background-networking"), // a kiosk talks to no one
        QByteArrayLiteral("--disable-component-update"),
    };
    for (const QByteArray &flag : required) {
        if (!flags.contains(flag))
            flags += (flags.isEmpty() ? "" : " ") + flag;
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    // Remote debugging would let anyone on the network drive the kiosk.
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
}

} // namespace

void prepareWebEngine()
{
    static bool prepared = false;
    if (prepared)
        return;
    prepared = true;
    setChromiumFlags();
    registerContentScheme();
    // WebEngine shares GL contexts with the widgets that show it.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}
