#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// Covers the whole window when the patient seems to have left: a calm
// question, the seconds left, and one large "I'm still here" button, which
// works any number of times. It covers the window so a tap anywhere lands on
// it and counts as "still here".
class IdleWarningOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit IdleWarningOverlay(QWidget *parent);

    void showCountdown(int secondsLeft);
    void updateCountdown(int secondsLeft);
    QString countdownText() const;
    QPushButton *stillHereButton() const { return m_stillHere; }
    // The warning is over (someone touched the screen). A touch's press
    // already ends the warning, but the overlay goes only when the finger
    // lifts: gone at the press, the rest of the touch would land on the
    // article underneath, as a tap on whatever link lay below the button.
    void dismiss();

signals:
    void stillHere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_countdown;
    QPushButton *m_stillHere;
    int m_secondsLeft = 0;
    bool m_fingerDown = false;
    bool m_hidePending = false;
};
