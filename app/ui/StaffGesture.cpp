#include "StaffGesture.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTouchEvent>
#include <QWidget>

StaffGesture::StaffGesture(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_hold.setSingleShot(true);
    m_hold.setInterval(HoldMs);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        if (m_tracking)
            emit triggered();
    });
    qApp->installEventFilter(this);
}

bool StaffGesture::inCorner(const QPoint &windowPos) const
{
    return windowPos.x() >= 0 && windowPos.y() >= 0 && windowPos.x() < CornerSize && windowPos.y() < CornerSize;
}

void StaffGesture::begin(const QPoint &windowPos)
{
    m_tracking = true;
    m_start = windowPos;
    m_hold.start();
}

void StaffGesture::end()
{
    m_tracking = false;
    m_hold.stop();
}

bool StaffGesture::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window || !m_window->isVisible())
        return QObject::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            break;
        const QPoint pos = m_window->mapFromGlobal(touch->points().first().globalPosition().toPoint());
        if (event->type() == QEvent::TouchBegin) {
            if (!inCorner(pos))
                break;
            begin(pos);
            return true;
        }
        if (!m_tracking)
            break;
        if (event->type() == QEvent::TouchEnd)
            end();
        else if ((pos - m_start).manhattanLength() > MaximumDrift)
            end();
        return true;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint pos = m_window->mapFromGlobal(mouse->globalPosition().toPoint());
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
            if (!inCorner(pos))
                break;
            // A mouse synthesized from a touch we already track: just eat it.
            if (!m_tracking)
                begin(pos);
            return true;
        }
        if (!m_tracking)
            break;
        if (event->type() == QEvent::MouseButtonRelease)
            end();
        else if ((pos - m_start).manhattanLength() > MaximumDrift)
            end();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
