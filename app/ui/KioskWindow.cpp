#include "KioskWindow.h"

#include "content/ArticleLibrary.h"
#include "input/FocusRingPolicy.h"
#include "input/KeyboardNavigation.h"
#include "input/KioskInputGuard.h"
#include "screens/DisclaimerScreen.h"
#include "screens/GoodbyeOverlay.h"
#include "screens/HomeScreen.h"
#include "screens/IdleWarningOverlay.h"
#include "screens/MyQuestionsWiring.h"
#include "screens/ReaderScreen.h"
#include "session/IdleMonitor.h"
#include "session/ReadingPreferences.h"
#include "speech/ReadAloudController.h"
#include "staff/StaffBar.h"
#include "staff/StaffController.h"
#include "system/KioskLogging.h"
#include "theme/Theme.h"
#include "visit/PatientVisit.h"
#include "widgets/HelpLine.h"
#include "widgets/NoticeBanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

KioskWindow::KioskWindow(ContentStore *content, const KioskConfig &config, SpeechEngine *speech, QWidget *parent)
    : QWidget(parent)
    , m_visit(new PatientVisit(content, config, speech, this))
    , m_config(config)
    , m_screens(new ScreenRouter(m_visit, this))
    , m_warning(new IdleWarningOverlay(this))
    , m_notice(new NoticeBanner(this))
    , m_goodbye(new GoodbyeOverlay(this))
    , m_inputGuard(new KioskInputGuard(this))
    , m_staff(new StaffController(this, config))
    , m_staffBar(new StaffBar(m_staff, this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Patient education"));
    setAttribute(Qt::WA_StyledBackground);
    setAcceptDrops(false);

    auto *layout = new QVBoxLayout(this);
    // The window is the screen's size, whatever its screens would like: a
    // layout that raises the window's minimum size (a long tool row, many
    // tiles on a small screen) would resize a locked kiosk out of full screen.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_staffBar);
    layout->addWidget(m_screens->stack());
    layout->addWidget(m_screens->helpLine());
    new FocusRingPolicy(this);
    new KeyboardNavigation(this);

    // The clinic's own name as typed; without one, the kiosk's name in the
    // patient's language (an English default on Spanish screens was wrong).
    m_screens->setClinicName(config.isDefault(KioskConfig::Key::ClinicName) ? QString() : config.clinicName());
    m_screens->disclaimer()->setCustomText(DisclaimerScreen::paragraphsFromFile(config.disclaimerFile()));

    connectOverlays();
    applyReadingAids();
    connectStaff();
    connectReadAloud();
    new MyQuestionsWiring(this); // "My questions": the card over the window, its buttons on the screens
    qApp->installEventFilter(m_inputGuard);
    m_screens->showCurrentLocation();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(m_inputGuard);
    if (m_cursorHidden)
        QApplication::restoreOverrideCursor();
    // The patient's pages and profiles go before the view that shows them.
    delete m_visit;
    m_visit = nullptr;
}

void KioskWindow::connectOverlays()
{
    SessionController *session = m_visit->session();
    // "I'm done" (home or reader): a goodbye with a few seconds to undo, then the reset.
    connect(m_screens->home(), &HomeScreen::finishRequested, m_goodbye, &GoodbyeOverlay::start);
    connect(m_screens->reader(), &ReaderScreen::finishRequested, m_goodbye, &GoodbyeOverlay::start);
    connect(m_goodbye, &GoodbyeOverlay::finished, session,
            [session] { session->resetToAttract(QStringLiteral("patient finished")); });

    IdleMonitor *idle = idleMonitor();
    connect(idle, &IdleMonitor::warningStarted, m_warning, &IdleWarningOverlay::showCountdown);
    connect(idle, &IdleMonitor::warningTick, m_warning, &IdleWarningOverlay::updateCountdown);
    connect(idle, &IdleMonitor::warningCancelled, m_warning, &IdleWarningOverlay::dismiss);
    // The button counts as activity through the event filter already; this
    // makes it explicit and independent of how the press arrived.
    connect(m_warning, &IdleWarningOverlay::stillHere, idle, &IdleMonitor::recordActivity);
    connect(session, &SessionController::locationChanged, m_warning, [this](const SessionController::Location &to) {
        if (to.screen == SessionController::Screen::Attract)
            m_warning->hide();
    });
    // What the window itself showed of the patient. (The visit has already
    // renewed the rest, and the screens forget their places.)
    connect(m_visit, &PatientVisit::patientLeft, this, [this] {
        m_warning->hide();
        m_notice->hide();
        m_goodbye->cancel();
    });

    // One text size and one contrast for every patient screen: both are in
    // the window's style sheet, and the reader zooms its page to match.
    ReadingPreferences *aids = m_visit->readingPreferences();
    connect(aids, &ReadingPreferences::textScaleChanged, this, &KioskWindow::applyReadingAids);
    connect(aids, &ReadingPreferences::highContrastChanged, this, &KioskWindow::applyReadingAids);
}

void KioskWindow::connectStaff()
{
    connect(m_staff, &StaffController::kioskLockChanged, this, &KioskWindow::applyKioskLock);
    connect(m_staff, &StaffController::leaveRequested, this, &KioskWindow::leaveRequested);
    // The visit holds the idle reset off under staff at work; the warning
    // that may have been showing goes with it.
    m_visit->heedStaff(m_staff);
    connect(m_staff, &StaffController::staffActiveChanged, m_warning, [this](bool active) {
        if (active)
            m_warning->hide();
    });
    m_staffBar->update();
}

void KioskWindow::connectReadAloud()
{
    // What the screens offer of it is the router's; what lies over them
    // (the notice, the idle warning) is the window's.
    ReadAloudController *readAloud = m_visit->readAloud();
    connect(readAloud, &ReadAloudController::soundFailed, this,
            [this] { m_notice->showNotice(tr("Sound is not working right now. Please ask the front desk.")); });
    // A patient who listens also hears the idle warning.
    connect(idleMonitor(), &IdleMonitor::warningStarted, readAloud,
            [this, readAloud] { readAloud->announce(m_warning->countdownText(), session()->language()); });
}

void KioskWindow::setStaffBarVisible(bool visible)
{
    m_staffBar->setWanted(visible);
}

bool KioskWindow::isKioskLocked() const
{
    return m_staff->isKioskLocked();
}

void KioskWindow::applyKioskLock(bool locked)
{
    m_staffBar->update();
    if (!locked)
        return;
    // Without a window manager showFullScreen() does not resize: set the
    // screen's geometry explicitly, frameless and above everything.
    setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    if (QScreen *target = screen() ? screen() : QGuiApplication::primaryScreen())
        setGeometry(target->geometry());
    showFullScreen();
    if (m_config.hideCursor() && !m_cursorHidden) {
        QApplication::setOverrideCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
    qCInfo(lcSession) << "kiosk mode locked";
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_staff->isKioskLocked()) {
        // Alt+F4 from a window manager, a stray close: only staff may leave.
        qCWarning(lcSession) << "refused to close: kiosk mode is locked";
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::applyReadingAids()
{
    const ReadingPreferences *aids = m_visit->readingPreferences();
    const bool highContrast = aids->highContrast();
    const Theme::Palette &palette = highContrast ? Theme::highContrast() : Theme::standard();
    Theme::setCurrent(palette, aids->textScale());
    setStyleSheet(Theme::styleSheet(palette, aids->textScale()));
    m_screens->applyReadingAids();
    update();
}
