#pragma once

#include <QAbstractButton>

// What the kiosk shows outside the clinic's hours: black, with nothing on
// it and no pointer, over everything else in the window. The whole screen is
// one button ("Screen asleep; touch to wake"): a touch, a click or a key
// asks to wake, and the touch goes no further (it does not also begin a
// visit on the attract screen underneath). DisplaySleep shows and hides it.
class SleepScreen final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit SleepScreen(QWidget *window);

    // Covers the window, above everything, and takes the keyboard.
    void fall();
    void lift();

signals:
    void wakeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslateUi();
};
