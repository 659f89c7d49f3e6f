#include "GraphicsBackend.h"

#include "system/KioskLogging.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

void applyGraphicsBackend(const QString &choice)
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return;
    if (choice == QLatin1String("software")) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        qCInfo(lcSession) << "graphics: software";
    }
}
