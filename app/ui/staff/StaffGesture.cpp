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

QRect StaffGesture::corner() const
{
    return {0, m_window->height() - CornerSize, CornerSize, CornerSize};
}

bool StaffGesture::inCorner(const QPoint &windowPos) const
{
    return corner().contains(windowPos);
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

bool StaffGesture::handle(Phase phase, const QPoint &windowPos)
{
    switch (phase) {
    case Phase::Press:
        if (!inCorner(windowPos))
            return false;
        // A mouse press synthesized from a touch already tracked: just eat it.
        if (!m_tracking)
            begin(windowPos);
        return true;
    case Phase::Move:
        if (!m_tracking)
            return false;
        if ((windowPos - m_start).manhattanLength() > MaximumDrift)
            end();
        return true;
    case Phase::Release:
        if (!m_tracking)
            return false;
        end();
        return true;
    }
    return false;
}

bool StaffGesture::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window || !m_window->isVisible())
        return QObject::eventFilter(watched, event);

    // Touch and mouse alike: where the finger is, in window coordinates.
    QPoint globalPos;
    Phase phase;
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return QObject::eventFilter(watched, event);
        globalPos = touch->points().first().globalPosition().toPoint();
        phase = event->type() == QEvent::TouchBegin ? Phase::Press
                : event->type() == QEvent::TouchEnd ? Phase::Release
                                                    : Phase::Move;
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        globalPos = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
        phase = event->type() == QEvent::MouseMove            ? Phase::Move
                : event->type() == QEvent::MouseButtonRelease ? Phase::Release
                                                              : Phase::Press;
        break;
    default:
        return QObject::eventFilter(watched, event);
    }
    if (handle(phase, m_window->mapFromGlobal(globalPos)))
        return true;
    return QObject::eventFilter(watched, event);
}
