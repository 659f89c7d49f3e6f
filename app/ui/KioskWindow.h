#pragma once

#include "config/KioskConfig.h"
#include "screens/ScreenRouter.h"
#include "session/SessionController.h"
#include "visit/PatientVisit.h"

#include <QWidget>

class ArticleLibrary;
class ContentStore;
class GoodbyeOverlay;
class IdleMonitor;
class IdleWarningOverlay;
class KioskInputGuard;
class NoticeBanner;
class PatientWebSession;
class ReadAloudController;
class ReaderScreen;
class ReadingPreferences;
class SpeechEngine;
class StaffBar;
class StaffController;

// The kiosk's one window, and nothing more: the theme, the overlays (the
// idle warning, the goodbye, notices), the staff bar and the kiosk lock.
// The patient's visit (PatientVisit: the session state machine, idle timer,
// reading aids, read-aloud, web session and the reset) decides where the
// patient is; the ScreenRouter shows that screen. Screens ask the state
// machine to move, never each other.
class KioskWindow final : public QWidget
{
    Q_OBJECT

public:
    // `speech` (owned by the caller) replaces Qt TextToSpeech, for tests.
    KioskWindow(ContentStore *content, const KioskConfig &config, SpeechEngine *speech = nullptr,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    PatientVisit *visit() const { return m_visit; }
    const ArticleLibrary *library() const { return m_visit->library(); }
    SessionController *session() const { return m_visit->session(); }
    IdleMonitor *idleMonitor() const { return m_visit->idleMonitor(); }
    PatientWebSession *webSession() const { return m_visit->webSession(); }
    ReadingPreferences *readingPreferences() const { return m_visit->readingPreferences(); }
    ReadAloudController *readAloud() const { return m_visit->readAloud(); }
    ScreenRouter *screens() const { return m_screens; }
    ReaderScreen *readerScreen() const { return m_screens->reader(); }
    IdleWarningOverlay *idleWarning() const { return m_warning; }
    StaffController *staff() const { return m_staff; }
    QWidget *currentScreen() const { return m_screens->currentScreen(); }

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
    void connectOverlays();
    void connectStaff();
    void connectReadAloud();
    void applyReadingAids(); // text size and contrast, on every patient screen

    // In this order: children made first come first in keyboard focus.
    PatientVisit *m_visit;
    KioskConfig m_config;
    ScreenRouter *m_screens;
    IdleWarningOverlay *m_warning;
    NoticeBanner *m_notice;
    GoodbyeOverlay *m_goodbye;
    KioskInputGuard *m_inputGuard;
    StaffController *m_staff;
    StaffBar *m_staffBar;
    bool m_cursorHidden = false;
};
