#pragma once

#include <QPoint>
#include <QString>

class QPointingDevice;
class QWidget;

// Drives widgets the way a finger does: real QTouchEvents through the
// window system interface, from a touchscreen device QTest registers. Qt
// turns unhandled touches into mouse events for buttons, exactly as on the
// kiosk's screen; the web view consumes them as touches.
class TouchDriver final
{
public:
    TouchDriver();

    // A tap in the middle of `target`, sent to its window.
    void tap(QWidget *target);
    // A tap on the visible widget named `objectName` under `root`; false if
    // there is none (the caller fails the test with the name).
    bool tapVisible(const QWidget *root, const QString &objectName);
    // A tap at `point` in `surface`'s coordinates (for the web view's input widget).
    void tapAt(QWidget *surface, QPoint point);
    // A finger drag on `surface`, in `steps` moves.
    void drag(QWidget *surface, QPoint from, QPoint to, int steps = 8);
    // A finger held still at `point` for `ms` milliseconds, then lifted.
    void hold(QWidget *surface, QPoint point, int ms);
    // Two fingers moving apart around `centre` (a zoom-in pinch).
    void pinch(QWidget *surface, QPoint centre, int startGap, int endGap, int steps = 8);

    QPointingDevice *device() const { return m_device; }

private:
    QPointingDevice *m_device;
};
