#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

// After "I'm done": a short goodbye that covers the window ("Thank you. The
// screen is cleared for the next person."), with a few seconds to undo a
// mis-tap. Then the visit ends (finished()), and the next person sees the
// welcome. Nothing of the patient's reading shows through it.
class GoodbyeOverlay final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int UndoSeconds = 5;

    explicit GoodbyeOverlay(QWidget *parent);

    void start();
    void cancel(); // hides it without ending the visit (a reset came first)

signals:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_undo;
    QTimer m_end;
};
