#include "KioskWindow.h"

#include "content/ArticleLibrary.h"
#include "content/ContentUrl.h"
#include "input/FocusRingPolicy.h"
#include "input/KeyboardNavigation.h"
#include "input/KioskInputGuard.h"
#include "screens/AttractScreen.h"
#include "screens/DisclaimerScreen.h"
#include "screens/GlossaryCard.h"
#include "screens/GoodbyeOverlay.h"
#include "screens/HomeScreen.h"
#include "screens/IdleWarningOverlay.h"
#include "screens/ReaderScreen.h"
#include "screens/TopicScreen.h"
#include "session/IdleMonitor.h"
#include "session/ReadingPreferences.h"
#include "session/UserActivityFilter.h"
#include "speech/ReadAloudController.h"
#include "staff/StaffBar.h"
#include "staff/StaffController.h"
#include "system/KioskLogging.h"
#include "theme/Theme.h"
#include "visit/PatientVisit.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"
#include "widgets/HelpLine.h"
#include "widgets/LanguageSwitch.h"
#include "widgets/NoticeBanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

KioskWindow::KioskWindow(ContentStore *content, const KioskConfig &config, SpeechEngine *speech, QWidget *parent)
    : QWidget(parent)
    , m_visit(new PatientVisit(content, config, speech, this))
    , m_library(m_visit->library())
    , m_config(config)
    , m_stack(new QStackedWidget(this))
    , m_attract(new AttractScreen)
    , m_disclaimer(new DisclaimerScreen)
    , m_home(new HomeScreen)
    , m_topic(new TopicScreen)
    , m_reader(new ReaderScreen)
    , m_warning(nullptr)
    , m_inputGuard(new KioskInputGuard(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Patient education"));
    setAttribute(Qt::WA_StyledBackground);

    for (QWidget *screen :
         {static_cast<QWidget *>(m_attract), static_cast<QWidget *>(m_disclaimer), static_cast<QWidget *>(m_home),
          static_cast<QWidget *>(m_topic), static_cast<QWidget *>(m_reader)})
        m_stack->addWidget(screen);

    auto *layout = new QVBoxLayout(this);
    // The window is the screen's size, whatever its screens would like: a
    // layout that raises the window's minimum size (a long tool row, many
    // tiles on a small screen) would resize a locked kiosk out of full screen.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stack);
    m_helpLine = new HelpLine(this);
    layout->addWidget(m_helpLine);
    m_warning = new IdleWarningOverlay(this);
    m_notice = new NoticeBanner(this);
    m_goodbye = new GoodbyeOverlay(this);
    m_glossaryCard = new GlossaryCard(this);
    new FocusRingPolicy(this);
    new KeyboardNavigation(this);
    m_staff = new StaffController(this, config);
    m_staffBar = new StaffBar(m_staff, this);
    layout->insertWidget(0, m_staffBar);
    setAcceptDrops(false);

    // The clinic's own name as typed; without one, the kiosk's name in the
    // patient's language (an English default on Spanish screens was wrong).
    const QString clinicName = config.isDefault(KioskConfig::Key::ClinicName) ? QString() : config.clinicName();
    m_attract->setClinicName(clinicName);
    m_attract->setLanguage(session()->language());
    m_home->setClinicName(clinicName);
    m_disclaimer->setCustomText(DisclaimerScreen::paragraphsFromFile(config.disclaimerFile()));
    showLibrary();
    m_reader->setPage(webSession()->page());

    connectScreens();
    applyReadingAids();
    connectStaff();
    connectReadAloud();
    qApp->installEventFilter(m_inputGuard);
    showLocation(session()->location());
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

void KioskWindow::connectStaff()
{
    connect(m_staff, &StaffController::kioskLockChanged, this, &KioskWindow::applyKioskLock);
    connect(m_staff, &StaffController::leaveRequested, this, &KioskWindow::leaveRequested);
    // No idle reset under staff working in the PIN pad or panel.
    connect(m_staff, &StaffController::staffActiveChanged, this, [this](bool active) {
        if (active) {
            idleMonitor()->pause();
            m_warning->hide();
        } else {
            idleMonitor()->resume();
        }
    });
    connect(m_visit->activity(), &UserActivityFilter::activity, m_staff, &StaffController::noteActivity);
    connect(m_staff, &StaffController::idleTimeoutChanged, m_visit, &PatientVisit::setIdleTimeoutSeconds);
    connect(m_staff, &StaffController::reloadContentRequested, m_visit, [this] {
        m_visit->reloadContentNow();
        m_staff->setLibrary(m_visit->library());
    });
    m_staffBar->update();
}

void KioskWindow::connectReadAloud()
{
    ReadAloudController *readAloud = m_visit->readAloud();
    auto showSpeechState = [this, readAloud] {
        m_reader->setSpeechState(readAloud->isAvailable(), readAloud->engine()->state());
        m_disclaimer->setListenAvailable(readAloud->isAvailable());
    };
    showSpeechState();
    connect(readAloud, &ReadAloudController::stateChanged, this, showSpeechState);
    connect(readAloud, &ReadAloudController::soundFailed, this,
            [this] { m_notice->showNotice(tr("Sound is not working right now. Please ask the front desk.")); });
    connect(m_reader, &ReaderScreen::readAloudRequested, m_visit, &PatientVisit::readArticleAloud);
    connect(m_reader, &ReaderScreen::pauseReadingRequested, readAloud, &ReadAloudController::togglePause);
    connect(m_reader, &ReaderScreen::stopListeningRequested, readAloud, &ReadAloudController::stop);
    connect(m_disclaimer, &DisclaimerScreen::listenRequested, readAloud,
            [this, readAloud] { readAloud->read(m_disclaimer->plainText(), session()->language()); });
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

void KioskWindow::showLibrary()
{
    m_library = m_visit->library();
    m_attract->setLibrary(m_library);
    m_home->populate(m_library, session()->language());
    m_disclaimer->languageSwitch()->setLanguages(m_library->languages());
    m_disclaimer->languageSwitch()->setCurrentLanguage(session()->language());
    updateReaderLanguageButton();
    if (m_staff)
        m_staff->setLibrary(m_visit->library());
}

void KioskWindow::connectScreens()
{
    SessionController *session = m_visit->session();
    connect(session, &SessionController::locationChanged, this, &KioskWindow::showLocation);
    connect(session, &SessionController::languageChanged, this, &KioskWindow::onLanguageChanged);
    connect(m_visit, &PatientVisit::patientLeft, this, &KioskWindow::clearPatientScreens);
    connect(m_visit, &PatientVisit::libraryChanged, this, &KioskWindow::showLibrary);

    // Each welcome button is a language: the choice and the start in one tap.
    connect(m_attract, &AttractScreen::beginRequested, session, [session](const QString &language) {
        session->setLanguage(language);
        session->beginSession();
    });
    connect(m_disclaimer, &DisclaimerScreen::acknowledged, session, &SessionController::acknowledgeDisclaimer);
    connect(m_disclaimer, &DisclaimerScreen::backRequested, session, &SessionController::goBack);
    connect(m_home, &HomeScreen::articleRequested, session, &SessionController::openArticle);
    connect(m_home, &HomeScreen::topicRequested, session, &SessionController::openTopic);
    // "I'm done" (home or reader): a goodbye with a few seconds to undo, then the reset.
    connect(m_home, &HomeScreen::finishRequested, m_goodbye, &GoodbyeOverlay::start);
    connect(m_reader, &ReaderScreen::finishRequested, m_goodbye, &GoodbyeOverlay::start);
    connect(m_goodbye, &GoodbyeOverlay::finished, session,
            [session] { session->resetToAttract(QStringLiteral("patient finished")); });
    connect(m_topic, &TopicScreen::articleRequested, session, &SessionController::openArticle);
    connect(m_topic, &TopicScreen::backRequested, session, &SessionController::goBack);
    connect(m_topic, &TopicScreen::homeRequested, session, &SessionController::goHome);
    connect(m_reader, &ReaderScreen::backRequested, session, &SessionController::goBack);
    connect(m_reader, &ReaderScreen::homeRequested, session, &SessionController::goHome);
    connect(m_reader, &ReaderScreen::articleLinkActivated, session, &SessionController::openArticle);
    connect(m_reader, &ReaderScreen::glossaryTermRequested, this, [this](const QString &language, const QString &id) {
        if (const Glossary::Term *term = m_library->glossary().term(language, id))
            m_glossaryCard->showTerm(term->words.value(0), term->explanation);
    });

    for (LanguageSwitch *languageSwitch : {m_disclaimer->languageSwitch(), m_home->languageSwitch()})
        connect(languageSwitch, &LanguageSwitch::languageChosen, session, &SessionController::setLanguage);

    connect(webSession(), &PatientWebSession::pageReplaced, m_reader, &ReaderScreen::setPage);
    connect(m_helpLine, &HelpLine::helpRequested, session,
            [session] { session->openArticle(QLatin1String(KioskWindow::HelpArticleId)); });

    // Reading aids: asked for by the reader and home screens, kept per patient.
    ReadingPreferences *aids = m_visit->readingPreferences();
    connect(m_reader, &ReaderScreen::enlargeRequested, aids, &ReadingPreferences::enlarge);
    connect(m_reader, &ReaderScreen::shrinkRequested, aids, &ReadingPreferences::shrink);
    connect(m_reader, &ReaderScreen::highContrastToggled, aids, &ReadingPreferences::setHighContrast);
    connect(m_home, &HomeScreen::highContrastToggled, aids, &ReadingPreferences::setHighContrast);
    connect(m_reader, &ReaderScreen::languageRequested, session, &SessionController::setLanguage);
    connect(m_home, &HomeScreen::enlargeRequested, aids, &ReadingPreferences::enlarge);
    connect(m_home, &HomeScreen::shrinkRequested, aids, &ReadingPreferences::shrink);
    // One text size and one contrast for every patient screen: both are in
    // the window's style sheet, and the reader zooms its page to match.
    connect(aids, &ReadingPreferences::textScaleChanged, this, &KioskWindow::applyReadingAids);
    connect(aids, &ReadingPreferences::highContrastChanged, this, &KioskWindow::applyReadingAids);

    IdleMonitor *idle = idleMonitor();
    connect(idle, &IdleMonitor::warningStarted, m_warning, &IdleWarningOverlay::showCountdown);
    connect(idle, &IdleMonitor::warningTick, m_warning, &IdleWarningOverlay::updateCountdown);
    connect(idle, &IdleMonitor::warningCancelled, m_warning, &IdleWarningOverlay::dismiss);
    // The button counts as activity through the event filter already; this
    // makes it explicit and independent of how the press arrived.
    connect(m_warning, &IdleWarningOverlay::stillHere, idle, &IdleMonitor::recordActivity);
}

QWidget *KioskWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void KioskWindow::showLocation(const SessionController::Location &location)
{
    const QString language = session()->language();
    m_glossaryCard->hide(); // an explanation belongs to the article it came from
    // The place in the article the patient leaves, for Back to return to.
    const int depth = session()->historyDepth();
    if (m_stack->currentWidget() == m_reader && !m_shownArticleId.isEmpty())
        m_reader->rememberPlace(m_shownDepth, m_shownArticleId);
    const bool returning = depth < m_shownDepth;
    m_shownDepth = depth;
    m_shownArticleId = location.screen == SessionController::Screen::Reader ? location.articleId : QString();
    if (!returning)
        m_reader->forgetPlacesFrom(depth);
    // Help is in reach on every screen. Opening it shows content, so before
    // the disclaimer is acknowledged it is words only. The line itself never
    // hides: a change in the window's layout would resize a locked window.
    const bool beforeContent = location.screen == SessionController::Screen::Attract
                               || location.screen == SessionController::Screen::Disclaimer;
    m_helpLine->setCanOpenHelp(!beforeContent && m_library->articleForReading(QLatin1String(HelpArticleId), language));
    // On the welcome, before anyone has chosen, in every language.
    m_helpLine->setAllLanguages(location.screen == SessionController::Screen::Attract ? m_library->languages()
                                                                                      : QStringList());
    switch (location.screen) {
    case SessionController::Screen::Attract:
        m_warning->hide();
        m_stack->setCurrentWidget(m_attract);
        return;
    case SessionController::Screen::Disclaimer:
        m_disclaimer->scrollToTop();
        m_stack->setCurrentWidget(m_disclaimer);
        return;
    case SessionController::Screen::Home:
        m_stack->setCurrentWidget(m_home);
        return;
    case SessionController::Screen::Topic:
        m_topic->showTopic(m_library, location.topicId, language);
        m_stack->setCurrentWidget(m_topic);
        return;
    case SessionController::Screen::Reader: {
        // The patient's language in the address: a missing translation is
        // served in English with a note, and its links stay in the language.
        const Article *article = m_library->articleForReading(location.articleId, language);
        m_reader->showArticle(ContentUrl::article(language, location.articleId), article ? article->title : QString(),
                              m_library->pageHtml(location.articleId, language),
                              returning ? m_reader->placeToReturnTo(depth, location.articleId) : 0);
        m_stack->setCurrentWidget(m_reader);
        return;
    }
    }
}

void KioskWindow::clearPatientScreens()
{
    // What the window itself showed of the patient: list positions, the
    // warning, a notice. (The visit has already renewed the rest.)
    m_warning->hide();
    m_notice->hide();
    m_goodbye->cancel();
    m_glossaryCard->hide();
    m_reader->forgetPlacesFrom(0);
    m_shownDepth = 0;
    m_shownArticleId.clear();
    m_topic->scrollToTop();
    m_disclaimer->scrollToTop();
}

void KioskWindow::applyReadingAids()
{
    const ReadingPreferences *aids = m_visit->readingPreferences();
    const bool highContrast = aids->highContrast();
    const Theme::Palette &palette = highContrast ? Theme::highContrast() : Theme::standard();
    Theme::setCurrent(palette, aids->textScale());
    setStyleSheet(Theme::styleSheet(palette, aids->textScale()));
    m_home->setHighContrast(highContrast);
    m_home->setTextScale(aids->textScale(), aids->canShrink(), aids->canEnlarge());
    m_reader->setHighContrast(highContrast);
    m_reader->setTextScale(aids->textScale(), aids->canShrink(), aids->canEnlarge());
    update();
}

void KioskWindow::updateReaderLanguageButton()
{
    QString other;
    for (const QString &language : m_library->languages()) {
        if (language != session()->language()) {
            other = language;
            break;
        }
    }
    m_reader->setOtherLanguage(other, other.isEmpty() ? QString() : LanguageSwitch::nativeName(other));
}

void KioskWindow::onLanguageChanged(const QString &language)
{
    // The visit installed the translator first (it connected first), so
    // everything rebuilt below is already in the new language.
    updateReaderLanguageButton();
    m_attract->setLanguage(language);
    m_home->populate(m_library, language);
    m_disclaimer->languageSwitch()->setCurrentLanguage(language);
    const SessionController::Location location = session()->location();
    if (location.screen == SessionController::Screen::Topic || location.screen == SessionController::Screen::Reader)
        showLocation(location);
}
