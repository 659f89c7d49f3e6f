#include "FocusReturn.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

FocusReturn::FocusReturn(QWidget *overlay)
    : QObject(overlay)
    , m_overlay(overlay)
{
    overlay->installEventFilter(this);
}

bool FocusReturn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_overlay)
        return QObject::eventFilter(watched, event);
    QWidget *focus = QApplication::focusWidget();
    const bool focusInside = focus && (focus == m_overlay || m_overlay->isAncestorOf(focus));
    if (event->type() == QEvent::Show && !focusInside) {
        m_before = focus;
    } else if (event->type() == QEvent::Hide && focusInside) {
        // Sent before Qt moves focus away from a hidden widget: once focus
        // is outside, Qt leaves it there.
        QWidget *back = m_before ? m_before.data() : m_overlay->window();
        back->setFocus(Qt::OtherFocusReason);
    }
    return QObject::eventFilter(watched, event);
}
