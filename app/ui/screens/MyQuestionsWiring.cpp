#include "MyQuestionsWiring.h"

#include "KioskWindow.h"
#include "screens/HomeScreen.h"
#include "screens/MyQuestionsCard.h"
#include "screens/ReaderScreen.h"
#include "session/SessionController.h"
#include "takehome/CareTeamQuestions.h"
#include "visit/PatientVisit.h"

MyQuestionsWiring::MyQuestionsWiring(KioskWindow *window)
    : QObject(window)
    , m_window(window)
    , m_card(new MyQuestionsCard(window))
{
    PatientVisit *visit = window->visit();
    CareTeamQuestions *questions = visit->questions();
    ReaderScreen *reader = window->readerScreen();
    HomeScreen *home = window->findChild<HomeScreen *>();

    connect(questions, &CareTeamQuestions::changed, this, &MyQuestionsWiring::showQuestions);
    // The note's heading follows the patient's language.
    connect(visit->session(), &SessionController::languageChanged, this, &MyQuestionsWiring::showQuestions);
    connect(m_card, &MyQuestionsCard::removeRequested, questions, &CareTeamQuestions::remove);
    connect(reader, &ReaderScreen::myQuestionsRequested, m_card, &MyQuestionsCard::open);
    if (home)
        connect(home, &HomeScreen::myQuestionsRequested, m_card, &MyQuestionsCard::open);
    // The card belongs to the screen it was opened from, and to this patient.
    connect(visit->session(), &SessionController::locationChanged, m_card, &QWidget::hide);
    connect(visit, &PatientVisit::patientLeft, m_card, &QWidget::hide);
    showQuestions();
}

void MyQuestionsWiring::showQuestions()
{
    const CareTeamQuestions *questions = m_window->visit()->questions();
    QStringList texts;
    for (const CareTeamQuestions::Question &question : questions->questions())
        texts.append(question.text);
    m_card->setQuestions(texts, questions->noteText(m_window->visit()->session()->language()));
    m_window->readerScreen()->setQuestionCount(questions->count());
    if (HomeScreen *home = m_window->findChild<HomeScreen *>())
        home->setQuestionCount(questions->count());
}
