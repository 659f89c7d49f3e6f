#pragma once

#include "config/KioskConfig.h"
#include "session/SessionController.h"

#include <QWidget>

class ArticleLibrary;
class ContentStore;
class AttractScreen;
class ContentSchemeHandler;
class DisclaimerScreen;
class HomeScreen;
class IdleMonitor;
class IdleWarningOverlay;
class KioskInputGuard;
class LanguageManager;
class NoticeBanner;
class ReadAloudController;
class ReadingPreferences;
class SpeechEngine;
class QLabel;
class QPushButton;
class StaffController;
class PatientWebSession;
class QStackedWidget;
class ReaderScreen;
class TopicScreen;
class UserActivityFilter;

// The kiosk's one window. It owns the session state machine and shows
// whatever screen the state says; screens ask the state machine to move,
// never each other. It also wires the idle monitor to real input and the
// reset to a fresh web profile.
class KioskWindow final : public QWidget
{
    Q_OBJECT

public:
    // `speech` (owned by the caller) replaces Qt TextToSpeech, for tests.
    KioskWindow(ContentStore *content, const KioskConfig &config, SpeechEngine *speech = nullptr,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    const ArticleLibrary *library() const { return m_library; }
    SessionController *session() const { return m_session; }
    IdleMonitor *idleMonitor() const { return m_idle; }
    PatientWebSession *webSession() const { return m_webSession; }
    ReaderScreen *readerScreen() const { return m_reader; }
    IdleWarningOverlay *idleWarning() const { return m_warning; }
    StaffController *staff() const { return m_staff; }
    ReadingPreferences *readingPreferences() const { return m_aids; }
    ReadAloudController *readAloud() const { return m_readAloud; }
    QWidget *currentScreen() const;

    // The windowed "Lock kiosk mode" bar for staff; hidden in kiosk mode.
    void setStaffBarVisible(bool visible);
    // Frameless, covering the screen, pointer hidden, close refused.
    void applyKioskLock(bool locked);
    bool isKioskLocked() const;

    QString contentReport() const;

signals:
    void leaveRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showLocation(const SessionController::Location &location);
    void onSessionEnding();
    void onLanguageChanged(const QString &language);
    void applyIdleTimeouts();
    void connectScreens();
    void connectStaff();
    void showLibrary();
    void updateStaffBar();
    void applyTheme(bool highContrast);
    void updateReaderLanguageButton();
    void connectReadAloud(SpeechEngine *speech);

    ContentStore *m_content;
    const ArticleLibrary *m_library;
    KioskConfig m_config;
    SessionController *m_session;
    IdleMonitor *m_idle;
    UserActivityFilter *m_activity;
    ContentSchemeHandler *m_schemeHandler;
    PatientWebSession *m_webSession;

    QStackedWidget *m_stack;
    AttractScreen *m_attract;
    DisclaimerScreen *m_disclaimer;
    HomeScreen *m_home;
    TopicScreen *m_topic;
    ReaderScreen *m_reader;
    IdleWarningOverlay *m_warning;
    NoticeBanner *m_notice = nullptr;
    KioskInputGuard *m_inputGuard;
    ReadingPreferences *m_aids;
    LanguageManager *m_languages;
    ReadAloudController *m_readAloud = nullptr;
    StaffController *m_staff = nullptr;
    QWidget *m_staffBar;
    QPushButton *m_lockButton;
    QLabel *m_lockReason;
    bool m_staffBarWanted = false;
    bool m_cursorHidden = false;
};
