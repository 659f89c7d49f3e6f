#include "ContentRequestGuard.h"

#include "content/ContentUrl.h"
#include "system/KioskLogging.h"

ContentRequestGuard::ContentRequestGuard(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void ContentRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (ContentUrl::isContentUrl(info.requestUrl()))
        return;
    // Runs on the IO thread: logging is thread-safe, nothing else is touched.
    qCWarning(lcWeb) << "blocked request to" << info.requestUrl().toDisplayString() << "type" << info.resourceType();
    info.block(true);
}
