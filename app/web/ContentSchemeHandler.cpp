#include "ContentSchemeHandler.h"

#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"
#include "content/ContentUrl.h"
#include "system/KioskLogging.h"

#include <QBuffer>
#include <QFile>
#include <QWebEngineUrlRequestJob>

namespace {

void reply(QWebEngineUrlRequestJob *job, const QByteArray &mimeType, const QByteArray &body)
{
    // The buffer is parented to the job: WebEngine reads it after this returns.
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeType, buffer);
}

QByteArray imageMimeType(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("png"))
        return QByteArrayLiteral("image/png");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QByteArrayLiteral("image/jpeg");
    if (suffix == QLatin1String("gif"))
        return QByteArrayLiteral("image/gif");
    if (suffix == QLatin1String("webp"))
        return QByteArrayLiteral("image/webp");
    if (suffix == QLatin1String("svg"))
        return QByteArrayLiteral("image/svg+xml");
    return QByteArrayLiteral("application/octet-stream");
}

} // namespace

ContentSchemeHandler::ContentSchemeHandler(const ArticleLibrary *library, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_library(library)
{
    QFile css(QStringLiteral(":/web/article.css"));
    if (css.open(QIODevice::ReadOnly))
        m_stylesheet = css.readAll();
}

void ContentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET" || !ContentUrl::isContentUrl(url)) {
        qCWarning(lcWeb) << "refused request" << url.toDisplayString();
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (url.path() == ArticleHtmlPage::stylesheetPath()) {
        reply(job, QByteArrayLiteral("text/css; charset=utf-8"), m_stylesheet);
        return;
    }
    if (url == ContentUrl::standby()) {
        reply(job, QByteArrayLiteral("text/html; charset=utf-8"), ArticleHtmlPage::standby().toUtf8());
        return;
    }
    if (const auto image = ContentUrl::parseImage(url)) {
        const QByteArray data = m_library->imageData(*image);
        if (!data.isEmpty()) {
            reply(job, imageMimeType(*image), data);
            return;
        }
        job->fail(QWebEngineUrlRequestJob::UrlNotFound); // a missing picture, not a missing page
        return;
    }
    if (const auto ref = ContentUrl::parseArticle(url)) {
        qCDebug(lcWeb) << "serving article" << ref->language << ref->id;
        reply(job, QByteArrayLiteral("text/html; charset=utf-8"), m_library->pageHtml(ref->id, ref->language).toUtf8());
        return;
    }
    qCWarning(lcWeb) << "no content at" << url.toDisplayString();
    reply(job, QByteArrayLiteral("text/html; charset=utf-8"),
          ArticleHtmlPage::notFound(QLatin1String(ArticleLibrary::DefaultLanguage)).toUtf8());
}
