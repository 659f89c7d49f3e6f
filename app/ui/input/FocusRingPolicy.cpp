#include "FocusRingPolicy.h"

#include <QApplication>
#include <QKeyEvent>
#include <QStyle>
#include <QWidget>

namespace {
constexpr auto PropertyName = "keyboardNavigation";
}

FocusRingPolicy::FocusRingPolicy(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_window->setProperty(PropertyName, false);
    qApp->installEventFilter(this);
}

bool FocusRingPolicy::isKeyboardNavigation(const QWidget *widget)
{
    return widget->window()->property(PropertyName).toBool();
}

bool FocusRingPolicy::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Up || key == Qt::Key_Down
            || key == Qt::Key_Left || key == Qt::Key_Right)
            setKeyboardNavigation(true);
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        setKeyboardNavigation(false);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void FocusRingPolicy::setKeyboardNavigation(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_window->setProperty(PropertyName, on);
    // Property selectors are evaluated at polish time: re-polish so the ring
    // appears or disappears now. Happens once per switch, not per event.
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        widget->update();
    }
}
