#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QRect>
#include <QTimer>

class QWidget;

// The hidden way in for staff: a press held for 3 s in the bottom-left
// corner of the kiosk window (a 56 px square; nothing is drawn there). It
// sits in the help line's empty margin, off every control of every screen:
// in the top-left it swallowed taps on Back. Presses that
// start in the corner are taken out of the app's input entirely, so a
// patient's stray touch there does nothing at all, and the hold cannot also
// press a button. Works over the web view too (it filters at qApp level).
class StaffGesture final : public QObject
{
    Q_OBJECT

public:
    static constexpr int CornerSize = 56;
    static constexpr int HoldMs = 3000;
    static constexpr int MaximumDrift = 30;

    explicit StaffGesture(QWidget *window);

    void setHoldTime(int ms) { m_hold.setInterval(ms); }
    // The corner, in window coordinates.
    QRect corner() const;

signals:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Phase {
        Press,
        Move,
        Release
    };

    // True when the event belongs to the gesture (and is taken out of the app).
    bool handle(Phase phase, const QPoint &windowPos);
    bool inCorner(const QPoint &windowPos) const;
    void begin(const QPoint &windowPos);
    void end();

    QWidget *m_window;
    QTimer m_hold;
    QPoint m_start;
    bool m_tracking = false;
};
