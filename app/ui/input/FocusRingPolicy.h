#pragma once

#include <QObject>

class QWidget;

// Shows the keyboard focus ring only while someone navigates with keys. On a
// touchscreen a ring on the last-tapped button looks like an error; for a
// keyboard or keypad user it is essential. The window gets the dynamic
// property `keyboardNavigation`, which the style sheet and TileButton read.
class FocusRingPolicy final : public QObject
{
    Q_OBJECT

public:
    explicit FocusRingPolicy(QWidget *window);

    static bool isKeyboardNavigation(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setKeyboardNavigation(bool on);

    QWidget *m_window;
    bool m_on = false;
};
