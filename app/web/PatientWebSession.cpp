#include "PatientWebSession.h"

#include "ContentSchemeHandler.h"
#include "ContentUrl.h"
#include "KioskLogging.h"
#include "KioskWebPage.h"

#include <QWebEngineProfile>

PatientWebSession::PatientWebSession(ContentSchemeHandler *schemeHandler, QObject *parent)
    : QObject(parent)
    , m_schemeHandler(schemeHandler)
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
    m_page = new KioskWebPage(m_profile, this);
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
