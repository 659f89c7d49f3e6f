#include "UserActivityFilter.h"

#include <QEvent>
#include <QMouseEvent>

UserActivityFilter::UserActivityFilter(QObject *parent)
    : QObject(parent)
{
}

bool UserActivityFilter::isUserActivity(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    case QEvent::MouseMove:
        // A move with no button held is hover: screen switches and a resting
        // mouse produce it without a person there.
        return static_cast<const QMouseEvent *>(event)->buttons() != Qt::NoButton;
    default:
        // Enter, Leave and Hover events in particular do not count.
        return false;
    }
}

bool UserActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserActivity(event))
        emit activity();
    return QObject::eventFilter(watched, event);
}
