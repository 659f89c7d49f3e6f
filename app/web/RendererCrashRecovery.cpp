#include "RendererCrashRecovery.h"

#include "system/KioskLogging.h"
#include "web/KioskWebPage.h"

#include <QPointer>
#include <QTimer>

RendererCrashRecovery::RendererCrashRecovery(QObject *parent)
    : QObject(parent)
{
}

void RendererCrashRecovery::watch(KioskWebPage *page)
{
    connect(
        page, &QWebEnginePage::renderProcessTerminated, this,
        [this, page = QPointer<KioskWebPage>(page)](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
            if (status == QWebEnginePage::NormalTerminationStatus)
                return;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_crashes.append(now);
            while (!m_crashes.isEmpty() && m_crashes.first().secsTo(now) > WindowSeconds)
                m_crashes.removeFirst();
            qCWarning(lcWeb) << "renderer process ended:" << status << "exit code" << code << "(" << m_crashes.size()
                             << "in the last 60 s)";
            emit crashed();
            if (m_crashes.size() > MaximumCrashes) {
                m_crashes.clear();
                // Deferred as well: the reset deletes this very page,
                // which must not happen inside its own signal.
                QTimer::singleShot(0, this, [this] { emit tooManyCrashes(MaximumCrashes + 1); });
                return;
            }
            // Deferred: reloading from inside the termination signal is not safe.
            QTimer::singleShot(0, this, [page] {
                if (!page)
                    return;
                // The article asked for last: a crash can come between
                // the request and the page showing it.
                page->reloadArticle();
                qCInfo(lcWeb) << "renderer recovered: page reloaded";
            });
        });
}
