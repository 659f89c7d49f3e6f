#include "KioskInputGuard.h"

#include "system/KioskLogging.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace {

bool isBlockedKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int code = key->key();
    if (code == Qt::Key_Control || code == Qt::Key_Alt || code == Qt::Key_Meta || code == Qt::Key_Shift)
        return false; // a modifier on its own does nothing
    if (modifiers != Qt::NoModifier)
        return true;
    if (code >= Qt::Key_F1 && code <= Qt::Key_F35)
        return true;
    switch (code) {
    case Qt::Key_Escape:
    case Qt::Key_Back:
    case Qt::Key_Forward:
    case Qt::Key_Refresh:
    case Qt::Key_Reload:
    case Qt::Key_Stop:
    case Qt::Key_Search:
    case Qt::Key_HomePage:
    case Qt::Key_Favorites:
    case Qt::Key_OpenUrl:
    case Qt::Key_Launch0:
    case Qt::Key_LaunchMail:
    case Qt::Key_Explorer:
    case Qt::Key_Print:
    case Qt::Key_SysReq:
    case Qt::Key_Menu:
    case Qt::Key_Close:
    case Qt::Key_ZoomIn:
    case Qt::Key_ZoomOut:
        return true;
    default:
        return false;
    }
}

} // namespace

KioskInputGuard::KioskInputGuard(QObject *parent)
    : QObject(parent)
{
}

bool KioskInputGuard::isBlocked(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
        return isBlockedKey(static_cast<const QKeyEvent *>(event));
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const Qt::MouseButton button = static_cast<const QMouseEvent *>(event)->button();
        return button == Qt::BackButton || button == Qt::ForwardButton;
    }
    case QEvent::Wheel:
        return static_cast<const QWheelEvent *>(event)->modifiers() & Qt::ControlModifier;
    case QEvent::ContextMenu:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        return true;
    default:
        return false;
    }
}

bool KioskInputGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (isBlocked(event)) {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress
            || event->type() == QEvent::Drop || event->type() == QEvent::Wheel) {
            QString what;
            if (event->type() == QEvent::KeyPress)
                what = QKeySequence(static_cast<QKeyEvent *>(event)->keyCombination()).toString();
            else if (event->type() == QEvent::MouseButtonPress)
                what = QStringLiteral("mouse back/forward button");
            else if (event->type() == QEvent::Wheel)
                what = QStringLiteral("Ctrl+wheel zoom");
            else
                what = QStringLiteral("drop");
            qCInfo(lcSession).noquote() << "blocked input:" << what;
        }
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove || event->type() == QEvent::Drop)
            event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
