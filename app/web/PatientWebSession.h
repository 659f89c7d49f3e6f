#pragma once

#include <QObject>
#include <QPointer>

class ContentRequestGuard;
class ContentSchemeHandler;
class RendererCrashRecovery;
class KioskWebPage;
class QWebEngineProfile;

// The web state of one patient: an off-the-record profile and the page that
// uses it. Only a new profile is truly clean (localStorage survives cache and
// cookie clearing in the same profile), so each patient gets a new pair and
// the old pair is destroyed: the page first, then its profile.
class PatientWebSession final : public QObject
{
    Q_OBJECT

public:
    explicit PatientWebSession(ContentSchemeHandler *schemeHandler, QObject *parent = nullptr);
    ~PatientWebSession() override;

    KioskWebPage *page() const { return m_page; }
    RendererCrashRecovery *crashRecovery() const { return m_crashRecovery; }
    QWebEngineProfile *profile() const { return m_profile; }

    // Replaces profile and page with fresh ones. Emits pageReplaced with the
    // new page while the old one still exists, so a view can switch over
    // before the old page is deleted under it.
    void renew();

signals:
    void pageReplaced(KioskWebPage *page);

private:
    void create();
    void destroy(KioskWebPage *page, QWebEngineProfile *profile);

    ContentSchemeHandler *m_schemeHandler;
    ContentRequestGuard *m_requestGuard;
    RendererCrashRecovery *m_crashRecovery;
    QWebEngineProfile *m_profile = nullptr;
    KioskWebPage *m_page = nullptr;
};
