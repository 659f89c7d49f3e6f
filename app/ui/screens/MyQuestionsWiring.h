#pragma once

#include <QObject>

class KioskWindow;
class MyQuestionsCard;

// Puts "My questions" into a kiosk window: the card over the window, the
// "My questions" buttons on the reader and home screens (shown once the
// patient has a question), and the visit's list behind them, in the
// patient's language. The card goes at every screen change and at the reset.
// One per window, made by the KioskWindow itself.
class MyQuestionsWiring final : public QObject
{
    Q_OBJECT

public:
    explicit MyQuestionsWiring(KioskWindow *window);

    MyQuestionsCard *card() const { return m_card; }

private:
    void showQuestions();

    KioskWindow *m_window;
    MyQuestionsCard *m_card;
};
