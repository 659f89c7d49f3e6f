#include "FirstFrameReporter.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

FirstFrameReporter::FirstFrameReporter(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstFrameReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // After this paint has finished and the frame is handed over.
        QTimer::singleShot(0, this, [] {
            std::fputs("first-frame\n", stderr);
            std::fflush(stderr);
        });
    }
    return QObject::eventFilter(watched, event);
}
