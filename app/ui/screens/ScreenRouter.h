#pragma once

#include "session/SessionController.h"

#include <QObject>
#include <QString>

class ArticleLibrary;
class AttractScreen;
class DisclaimerScreen;
class GlossaryCard;
class HelpLine;
class HomeScreen;
class PatientVisit;
class QStackedWidget;
class QWidget;
class ReaderScreen;
class TopicScreen;

// Turns where the patient is in the visit (the session's Location) into the
// screen the window shows, and is the only place that does. It builds the
// five patient screens in one stack, with the help line below them and the
// glossary card over them (what those offer depends on the screen), fills
// them from the library in the
// patient's language, keeps the reader's place for Back, and hands every
// screen's request ("open this topic", "back", "this language") to the
// session. Screens never call each other or the window.
class ScreenRouter final : public QObject
{
    Q_OBJECT

public:
    // The screens, the help line and the card are children of `window`,
    // which lays out stack() and helpLine().
    ScreenRouter(PatientVisit *visit, QWidget *window);

    // The article the help line opens: the who-to-call chart.
    static constexpr auto HelpArticleId = "when-to-get-help";

    QStackedWidget *stack() const { return m_stack; }
    HelpLine *helpLine() const { return m_helpLine; }
    QWidget *currentScreen() const;
    AttractScreen *attract() const { return m_attract; }
    DisclaimerScreen *disclaimer() const { return m_disclaimer; }
    HomeScreen *home() const { return m_home; }
    TopicScreen *topic() const { return m_topic; }
    ReaderScreen *reader() const { return m_reader; }

    // The clinic's own name as typed, or empty for the kiosk's name in the
    // patient's language.
    void setClinicName(const QString &name);
    // Shows the session's current location (at start, and after the window
    // is built).
    void showCurrentLocation();
    // The text size and contrast the patient chose, on the screens that
    // offer them (after the window's style sheet has taken them).
    void applyReadingAids();

private:
    void connectSession();
    void connectScreens();
    void connectReadAloud(); // the Listen buttons and what they show
    void showLocation(const SessionController::Location &location);
    void showLibrary();
    void onLanguageChanged(const QString &language);
    void updateReaderLanguageButton();
    void forgetPatient(); // list positions and places in articles

    PatientVisit *m_visit;
    SessionController *m_session;
    const ArticleLibrary *m_library;
    // In this order: it is the order of keyboard focus.
    QStackedWidget *m_stack;
    AttractScreen *m_attract;
    DisclaimerScreen *m_disclaimer;
    HomeScreen *m_home;
    TopicScreen *m_topic;
    ReaderScreen *m_reader;
    HelpLine *m_helpLine;
    GlossaryCard *m_glossaryCard;
    // What the reader shows, and at which history depth (for Back's place).
    int m_shownDepth = 0;
    QString m_shownArticleId;
};
