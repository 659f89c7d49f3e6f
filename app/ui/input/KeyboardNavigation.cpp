#include "KeyboardNavigation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

KeyboardNavigation::KeyboardNavigation(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus->window() != m_window || key->modifiers() & ~Qt::KeypadModifier)
        return QObject::eventFilter(watched, event);
    auto *button = qobject_cast<QAbstractButton *>(focus);
    if (!button)
        return QObject::eventFilter(watched, event); // the article scrolls with the arrows
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (button->isEnabled())
            button->click();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Left: {
        // Move as Tab and Shift+Tab do, through Qt's own focus chain.
        const bool forward = key->key() == Qt::Key_Down || key->key() == Qt::Key_Right;
        QKeyEvent tab(QEvent::KeyPress, forward ? Qt::Key_Tab : Qt::Key_Backtab,
                      forward ? Qt::NoModifier : Qt::ShiftModifier);
        QApplication::sendEvent(focus, &tab);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
