#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

// A calm, plain-text notice along the bottom of the window, for something
// the patient should know but need not act on ("Sound is not working right
// now. Please ask the front desk."). Never modal, never in the way of a
// control for long: it hides itself after a while or at the next reset.
// Screen readers get it as an alert.
class NoticeBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *window);

    void showNotice(const QString &text, int milliseconds = 10000);
    QString text() const;

private:
    void place();

    QLabel *m_label;
    QTimer m_hide;
};
