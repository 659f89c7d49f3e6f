#include "RendererCrashRecovery.h"

#include "KioskLogging.h"

#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>

RendererCrashRecovery::RendererCrashRecovery(QObject *parent)
    : QObject(parent)
{
}

void RendererCrashRecovery::watch(QWebEnginePage *page)
{
    connect(page, &QWebEnginePage::renderProcessTerminated, this,
            [this, page = QPointer<QWebEnginePage>(page)](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                if (status == QWebEnginePage::NormalTerminationStatus)
                    return;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                m_crashes.append(now);
                while (!m_crashes.isEmpty() && m_crashes.first().secsTo(now) > WindowSeconds)
                    m_crashes.removeFirst();
                qCWarning(lcWeb) << "renderer process ended:" << status << "exit code" << code << "(" << m_crashes.size()
                                 << "in the last 60 s)";
                if (m_crashes.size() > MaximumCrashes) {
                    m_crashes.clear();
                    emit tooManyCrashes(MaximumCrashes + 1);
                    return;
                }
                // Deferred: reloading from inside the termination signal is not safe.
                QTimer::singleShot(0, this, [this, page] {
                    if (!page)
                        return;
                    if (!page->url().isEmpty())
                        page->triggerAction(QWebEnginePage::Reload);
                    qCInfo(lcWeb) << "renderer recovered: page reloaded";
                    emit recovered();
                });
            });
}
