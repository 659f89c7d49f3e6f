#pragma once

#include "config/KioskConfig.h"
#include "session/SessionController.h"
#include "visit/PatientVisit.h"

#include <QWidget>

class ArticleLibrary;
class AttractScreen;
class ContentStore;
class DisclaimerScreen;
class GlossaryCard;
class GoodbyeOverlay;
class HelpLine;
class HomeScreen;
class IdleMonitor;
class IdleWarningOverlay;
class KioskInputGuard;
class NoticeBanner;
class PatientWebSession;
class QStackedWidget;
class ReadAloudController;
class ReaderScreen;
class ReadingPreferences;
class SpeechEngine;
class StaffBar;
class StaffController;
class TopicScreen;

// The kiosk's one window, and nothing more: the screens, the theme, the
// staff bar and the kiosk lock. It shows whatever screen the patient's
// visit (PatientVisit: the session state machine, idle timer, reading aids,
// read-aloud, web session and the reset) says; screens ask the state machine
// to move, never each other.
class KioskWindow final : public QWidget
{
    Q_OBJECT

public:
    // `speech` (owned by the caller) replaces Qt TextToSpeech, for tests.
    KioskWindow(ContentStore *content, const KioskConfig &config, SpeechEngine *speech = nullptr,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    PatientVisit *visit() const { return m_visit; }
    const ArticleLibrary *library() const { return m_library; }
    SessionController *session() const { return m_visit->session(); }
    IdleMonitor *idleMonitor() const { return m_visit->idleMonitor(); }
    PatientWebSession *webSession() const { return m_visit->webSession(); }
    ReadingPreferences *readingPreferences() const { return m_visit->readingPreferences(); }
    ReadAloudController *readAloud() const { return m_visit->readAloud(); }
    ReaderScreen *readerScreen() const { return m_reader; }
    IdleWarningOverlay *idleWarning() const { return m_warning; }
    StaffController *staff() const { return m_staff; }
    QWidget *currentScreen() const;

    // The article the help line opens: the who-to-call chart.
    static constexpr auto HelpArticleId = "when-to-get-help";

    // The windowed "Lock kiosk mode" bar for staff; hidden in kiosk mode.
    void setStaffBarVisible(bool visible);
    // Frameless, covering the screen, pointer hidden, close refused.
    void applyKioskLock(bool locked);
    bool isKioskLocked() const;

signals:
    void leaveRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showLocation(const SessionController::Location &location);
    void clearPatientScreens();
    void onLanguageChanged(const QString &language);
    void connectScreens();
    void connectStaff();
    void connectReadAloud();
    void showLibrary();
    void applyReadingAids(); // text size and contrast, on every patient screen
    void updateReaderLanguageButton();

    PatientVisit *m_visit;
    const ArticleLibrary *m_library;
    KioskConfig m_config;

    QStackedWidget *m_stack;
    AttractScreen *m_attract;
    DisclaimerScreen *m_disclaimer;
    HomeScreen *m_home;
    TopicScreen *m_topic;
    ReaderScreen *m_reader;
    IdleWarningOverlay *m_warning;
    NoticeBanner *m_notice = nullptr;
    HelpLine *m_helpLine = nullptr;
    GoodbyeOverlay *m_goodbye = nullptr;
    GlossaryCard *m_glossaryCard = nullptr;
    KioskInputGuard *m_inputGuard;
    StaffController *m_staff = nullptr;
    StaffBar *m_staffBar = nullptr;
    bool m_cursorHidden = false;
    // What the reader shows, and at which history depth (for Back's place).
    int m_shownDepth = 0;
    QString m_shownArticleId;
};
