#include "PatientWebSession.h"

#include "content/ContentUrl.h"
#include "system/KioskLogging.h"
#include "web/ContentRequestGuard.h"
#include "web/ContentSchemeHandler.h"
#include "web/KioskWebPage.h"
#include "web/RendererCrashRecovery.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>

PatientWebSession::PatientWebSession(ContentSchemeHandler *schemeHandler, QObject *parent)
    : QObject(parent)
    , m_schemeHandler(schemeHandler)
    , m_requestGuard(new ContentRequestGuard(this))
    , m_crashRecovery(new RendererCrashRecovery(this))
{
    create();
}

PatientWebSession::~PatientWebSession()
{
    destroy(m_page, m_profile);
}

void PatientWebSession::create()
{
    // No storage name: off the record, nothing written to disk.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->installUrlSchemeHandler(QByteArray(ContentUrl::Scheme), m_schemeHandler);
    m_profile->setUrlRequestInterceptor(m_requestGuard);
    // Downloads are never accepted (an unaccepted download is cancelled; say so).
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, [](QWebEngineDownloadRequest *download) {
        qCWarning(lcWeb) << "refused download of" << download->url().toDisplayString();
        download->cancel();
    });
    m_page = new KioskWebPage(m_profile, this);
    m_crashRecovery->watch(m_page);
    m_page->loadStandby();
}

void PatientWebSession::renew()
{
    KioskWebPage *oldPage = m_page;
    QWebEngineProfile *oldProfile = m_profile;
    create();
    emit pageReplaced(m_page);
    destroy(oldPage, oldProfile);
    qCInfo(lcWeb) << "fresh web profile and page for the next patient";
}

void PatientWebSession::destroy(KioskWebPage *page, QWebEngineProfile *profile)
{
    // A profile must outlive its pages: delete in this order.
    delete page;
    delete profile;
}
