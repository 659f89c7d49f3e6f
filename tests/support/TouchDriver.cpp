#include "TouchDriver.h"

#include <QTest>
#include <QWidget>

TouchDriver::TouchDriver()
    : m_device(QTest::createTouchDevice())
{
}

void TouchDriver::tap(QWidget *target)
{
    tapAt(target, target->rect().center());
}

// Touches go to the top-level window, as the screen's would: a child widget
// has no window handle of its own and QTest drops touches aimed at one. Qt
// then delivers them to whatever widget is under the finger (for the web
// view, its QQuickWidget input proxy).
void TouchDriver::tapAt(QWidget *surface, QPoint point)
{
    QWidget *window = surface->window();
    const QPoint at = surface->mapTo(window, point);
    QTest::touchEvent(window, m_device).press(0, at, window);
    QTest::qWait(20);
    QTest::touchEvent(window, m_device).release(0, at, window);
    QTest::qWait(20);
}

void TouchDriver::drag(QWidget *surface, QPoint from, QPoint to, int steps)
{
    QWidget *window = surface->window();
    const QPoint start = surface->mapTo(window, from);
    const QPoint end = surface->mapTo(window, to);
    QTest::touchEvent(window, m_device).press(0, start, window);
    for (int i = 1; i <= steps; ++i) {
        QTest::qWait(16);
        QTest::touchEvent(window, m_device).move(0, start + (end - start) * i / steps, window);
    }
    QTest::qWait(16);
    QTest::touchEvent(window, m_device).release(0, end, window);
}
