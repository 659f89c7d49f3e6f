#pragma once

#include "config/KioskConfig.h"

#include <QObject>

class ArticleLibrary;
class CareTeamQuestions;
class ContentSchemeHandler;
class ContentStore;
class IdleMonitor;
class KioskWebPage;
class LanguageManager;
class PatientWebSession;
class ReadAloudController;
class ReadingPreferences;
class SessionController;
class SpeechEngine;
class StaffController;
class UserActivityFilter;

// One patient's visit, from the first touch to the reset, without a window:
// the session state machine, the idle timer fed by real input, the reading
// aids, the interface language, read-aloud, and the patient's private web
// session. It runs the reset (a fresh web profile, aids and language back
// to the defaults, read-aloud forgotten, a pending content update applied
// between patients) so that nothing of one patient reaches the next.
// KioskWindow shows what this says; tests drive it directly.
class PatientVisit final : public QObject
{
    Q_OBJECT

public:
    // `speech` (owned by the caller) replaces Qt TextToSpeech, for tests.
    PatientVisit(ContentStore *content, const KioskConfig &config, SpeechEngine *speech = nullptr,
                 QObject *parent = nullptr);
    ~PatientVisit() override;

    SessionController *session() const { return m_session; }
    IdleMonitor *idleMonitor() const { return m_idle; }
    UserActivityFilter *activity() const { return m_activity; }
    PatientWebSession *webSession() const { return m_webSession; }
    ReadingPreferences *readingPreferences() const { return m_aids; }
    ReadAloudController *readAloud() const { return m_readAloud; }
    const ArticleLibrary *library() const { return m_library; }
    ContentStore *content() const { return m_content; }
    const KioskConfig &config() const { return m_config; }
    // "My questions": what this patient collected for the care team, in
    // memory only, gone at the reset.
    CareTeamQuestions *questions() const { return m_questions; }
    // The article's `index`-th question to ask (a tap on its button in the
    // page): added to the patient's questions. False if there is none.
    bool addQuestion(const QString &language, const QString &articleId, int index);

    // Reads `text` aloud in the language of the article being read (a
    // missing translation is shown, and read, in English).
    void readArticleAloud(const QString &text);
    // Staff changed the idle timeout for this run (until restart).
    void setIdleTimeoutSeconds(int seconds);
    // Staff asked for the content folder now; the patient is reset either
    // way. True when the library was replaced.
    bool reloadContentNow();
    // Staff at work (PIN pad or panel) hold the idle reset off; what they
    // set in the panel applies to the visit, and the panel reports on the
    // library in force. Input counts for the panel's own auto-lock.
    void heedStaff(StaffController *staff);

signals:
    // A new library is in force (a content update, between patients).
    void libraryChanged(const ArticleLibrary *library);
    // The reset is done: the window clears what it shows of the patient.
    void patientLeft();

private:
    void onLocationChanged();
    void onSessionEnding();
    void applyIdleTimeouts();
    void takePendingUpdate(); // the folder's change, when it loads without errors
    void takeLibrary();
    void listenToPage(KioskWebPage *page);

    ContentStore *m_content;
    const ArticleLibrary *m_library;
    KioskConfig m_config;
    SessionController *m_session;
    IdleMonitor *m_idle;
    UserActivityFilter *m_activity;
    ContentSchemeHandler *m_schemeHandler;
    PatientWebSession *m_webSession;
    ReadingPreferences *m_aids;
    LanguageManager *m_languages;
    ReadAloudController *m_readAloud;
    CareTeamQuestions *m_questions = nullptr;
};
