#include "TouchDriver.h"

#include "VisibleWidgets.h"

#include <QScrollArea>
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
bool TouchDriver::tapVisible(const QWidget *root, const QString &objectName)
{
    QWidget *target = visibleWidget(root, objectName);
    if (!target)
        return false;
    // Off the bottom of a list (large text, a long topic): the list scrolls
    // it into view first, as a patient's swipe would.
    for (QWidget *up = target->parentWidget(); up; up = up->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
            scroll->ensureWidgetVisible(target, 0, 24);
            QTest::qWait(20);
            break;
        }
    }
    tap(target);
    return true;
}

void TouchDriver::tapAt(QWidget *surface, QPoint point)
{
    QWidget *window = surface->window();
    const QPoint at = surface->mapTo(window, point);
    QTest::touchEvent(window, m_device).press(0, at, window);
    QTest::qWait(20);
    QTest::touchEvent(window, m_device).release(0, at, window);
    QTest::qWait(20);
}

void TouchDriver::hold(QWidget *surface, QPoint point, int ms)
{
    QWidget *window = surface->window();
    const QPoint at = surface->mapTo(window, point);
    QTest::touchEvent(window, m_device).press(0, at, window);
    QTest::qWait(ms);
    QTest::touchEvent(window, m_device).release(0, at, window);
    QTest::qWait(20);
}

void TouchDriver::pinch(QWidget *surface, QPoint centre, int startGap, int endGap, int steps)
{
    QWidget *window = surface->window();
    const QPoint c = surface->mapTo(window, centre);
    auto at = [&](int gap, int finger) { return c + QPoint(finger == 0 ? -gap / 2 : gap / 2, 0); };
    QTest::touchEvent(window, m_device).press(0, at(startGap, 0), window).press(1, at(startGap, 1), window);
    for (int i = 1; i <= steps; ++i) {
        QTest::qWait(16);
        const int gap = startGap + (endGap - startGap) * i / steps;
        QTest::touchEvent(window, m_device).move(0, at(gap, 0), window).move(1, at(gap, 1), window);
    }
    QTest::qWait(16);
    QTest::touchEvent(window, m_device).release(0, at(endGap, 0), window).release(1, at(endGap, 1), window);
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
