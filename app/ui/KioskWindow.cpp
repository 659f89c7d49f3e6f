#include "KioskWindow.h"

#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "content/ContentUrl.h"
#include "i18n/LanguageManager.h"
#include "input/FocusRingPolicy.h"
#include "input/KeyboardNavigation.h"
#include "input/KioskInputGuard.h"
#include "screens/AttractScreen.h"
#include "screens/DisclaimerScreen.h"
#include "screens/HomeScreen.h"
#include "screens/IdleWarningOverlay.h"
#include "screens/ReaderScreen.h"
#include "screens/TopicScreen.h"
#include "session/IdleMonitor.h"
#include "session/ReadingPreferences.h"
#include "session/UserActivityFilter.h"
#include "speech/QtSpeechEngine.h"
#include "speech/ReadAloudController.h"
#include "staff/StaffController.h"
#include "system/FreedMemory.h"
#include "system/KioskLogging.h"
#include "theme/Theme.h"
#include "web/ContentSchemeHandler.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"
#include "web/RendererCrashRecovery.h"
#include "widgets/LanguageSwitch.h"
#include "widgets/NavigationBar.h"
#include "widgets/NoticeBanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEngineView>

#include <chrono>

namespace {

// Between patients, freed memory goes back to the system this long after
// the reset: after the old profile's teardown and the deferred deletes.
constexpr int ReturnMemoryDelayMs = 1000;

// The clinic's disclaimer file: UTF-8 text, paragraphs separated by blank
// lines. Unreadable means the built-in text, never an empty disclaimer.
QStringList readDisclaimerFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcConfig).noquote() << path << ": disclaimer file cannot be read; showing the built-in disclaimer";
        return {};
    }
    QStringList paragraphs;
    const QStringList blocks = QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"));
    for (const QString &block : blocks) {
        const QString paragraph = block.simplified();
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
    }
    if (paragraphs.isEmpty())
        qCWarning(lcConfig).noquote() << path << ": disclaimer file is empty; showing the built-in disclaimer";
    return paragraphs;
}

std::chrono::milliseconds toMilliseconds(double seconds)
{
    return std::chrono::milliseconds(qint64(seconds * 1000.0));
}

} // namespace

KioskWindow::KioskWindow(ContentStore *content, const KioskConfig &config, SpeechEngine *speech, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_library(&content->library())
    , m_config(config)
    , m_session(new SessionController(config.defaultLanguage(), this))
    , m_idle(new IdleMonitor(this))
    , m_activity(new UserActivityFilter(this))
    , m_schemeHandler(new ContentSchemeHandler(m_library, this))
    , m_webSession(new PatientWebSession(m_schemeHandler, this))
    , m_stack(new QStackedWidget(this))
    , m_attract(new AttractScreen)
    , m_disclaimer(new DisclaimerScreen)
    , m_home(new HomeScreen)
    , m_topic(new TopicScreen)
    , m_reader(new ReaderScreen)
    , m_warning(nullptr)
    , m_inputGuard(new KioskInputGuard(this))
    , m_aids(new ReadingPreferences(this))
    , m_languages(new LanguageManager(this))
    , m_staffBar(new QWidget(this))
    , m_lockButton(new QPushButton(m_staffBar))
    , m_lockReason(new QLabel(m_staffBar))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Patient education"));
    setAttribute(Qt::WA_StyledBackground);
    m_languages->apply(m_session->language());
    applyTheme(false);

    for (QWidget *screen :
         {static_cast<QWidget *>(m_attract), static_cast<QWidget *>(m_disclaimer), static_cast<QWidget *>(m_home),
          static_cast<QWidget *>(m_topic), static_cast<QWidget *>(m_reader)})
        m_stack->addWidget(screen);
    m_staffBar->setObjectName(QStringLiteral("staffBar"));
    m_lockButton->setObjectName(QStringLiteral("lockKioskButton"));
    m_lockButton->setText(tr("Lock kiosk mode"));
    m_lockReason->setObjectName(QStringLiteral("lockReason"));
    m_lockReason->setWordWrap(true);
    auto *barLayout = new QHBoxLayout(m_staffBar);
    barLayout->setContentsMargins(64, 8, 24, 8);
    barLayout->addWidget(m_lockReason, 1);
    barLayout->addWidget(m_lockButton);
    m_staffBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_staffBar);
    layout->addWidget(m_stack);
    m_warning = new IdleWarningOverlay(this);
    m_notice = new NoticeBanner(this);
    new FocusRingPolicy(this);
    new KeyboardNavigation(this);
    m_staff = new StaffController(this, config);
    setAcceptDrops(false);

    m_attract->setClinicName(config.clinicName());
    m_attract->setLanguage(m_session->language());
    m_home->setClinicName(config.clinicName());
    m_disclaimer->setCustomText(readDisclaimerFile(config.disclaimerFile()));
    showLibrary();
    m_reader->setPage(m_webSession->page());

    connectScreens();
    connectStaff();
    connectReadAloud(speech);
    applyIdleTimeouts();
    qApp->installEventFilter(m_activity);
    qApp->installEventFilter(m_inputGuard);
    showLocation(m_session->location());
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(m_activity);
    qApp->removeEventFilter(m_inputGuard);
    if (m_cursorHidden)
        QApplication::restoreOverrideCursor();
    // Pages and profiles go before the view and the scheme handler they use.
    delete m_webSession;
    m_webSession = nullptr;
}

void KioskWindow::connectStaff()
{
    connect(m_lockButton, &QPushButton::clicked, m_staff, &StaffController::lockKiosk);
    connect(m_staff, &StaffController::kioskLockChanged, this, &KioskWindow::applyKioskLock);
    connect(m_staff, &StaffController::leaveRequested, this, &KioskWindow::leaveRequested);
    // No idle reset under staff working in the PIN pad or panel.
    connect(m_staff, &StaffController::staffActiveChanged, this, [this](bool active) {
        if (active) {
            m_idle->pause();
            m_warning->hide();
        } else {
            m_idle->resume();
        }
    });
    connect(m_activity, &UserActivityFilter::activity, m_staff, &StaffController::noteActivity);
    connect(m_staff, &StaffController::idleTimeoutChanged, this, [this](int seconds) {
        m_config.setValue(KioskConfig::Key::IdleTimeoutSeconds, double(seconds));
        applyIdleTimeouts();
    });
    connect(m_staff, &StaffController::reloadContentRequested, this, [this] {
        if (m_content->reload())
            showLibrary();
        m_staff->setContentReport(contentReport());
        m_session->resetToAttract(QStringLiteral("content reloaded by staff"));
    });
    connect(m_webSession->crashRecovery(), &RendererCrashRecovery::tooManyCrashes, this, [this](int crashes) {
        m_session->resetToAttract(QStringLiteral("renderer crashed %1 times in 60 s").arg(crashes));
    });
    updateStaffBar();
}

void KioskWindow::connectReadAloud(SpeechEngine *speech)
{
    if (!speech)
        speech = new QtSpeechEngine(this);
    m_readAloud = new ReadAloudController(speech, m_idle, this);
    const bool available = m_readAloud->isAvailable();
    m_disclaimer->setListenAvailable(available);
    m_reader->setSpeechState(available, 0);
    connect(m_readAloud, &ReadAloudController::stateChanged, this, [this] {
        m_reader->setSpeechState(m_readAloud->isAvailable(), int(m_readAloud->engine()->state()));
        m_disclaimer->setListenAvailable(m_readAloud->isAvailable());
    });
    connect(m_readAloud, &ReadAloudController::soundFailed, this,
            [this] { m_notice->showNotice(tr("Sound is not working right now. Please ask the front desk.")); });
    connect(m_reader, &ReaderScreen::listenRequested, this, [this] {
        if (m_readAloud->engine()->state() != SpeechEngine::State::Idle) {
            m_readAloud->togglePause();
            return;
        }
        const Article *article = m_library->articleForReading(m_session->location().articleId, m_session->language());
        const QString language = article ? article->language : m_session->language();
        m_reader->view()->page()->toPlainText(
            [this, language](const QString &text) { m_readAloud->read(text, language); });
    });
    connect(m_reader, &ReaderScreen::stopListeningRequested, m_readAloud, &ReadAloudController::stop);
    connect(m_disclaimer, &DisclaimerScreen::listenRequested, this,
            [this] { m_readAloud->read(m_disclaimer->plainText(), m_session->language()); });
    // A patient who listens also hears the idle warning.
    connect(m_idle, &IdleMonitor::warningStarted, this,
            [this] { m_readAloud->announce(m_warning->countdownText(), m_session->language()); });
}

void KioskWindow::setStaffBarVisible(bool visible)
{
    m_staffBarWanted = visible;
    updateStaffBar();
}

void KioskWindow::updateStaffBar()
{
    const bool hasPin = m_staff->hasPin();
    m_lockButton->setEnabled(hasPin);
    m_lockReason->setText(hasPin ? tr("Staff: lock kiosk mode before patients use this screen.")
                                 : tr("Kiosk mode cannot be locked until a staff PIN is set. "
                                      "Ask IT to run: patient-kiosk --set-pin"));
    m_staffBar->setVisible(m_staffBarWanted && !m_staff->isKioskLocked());
}

bool KioskWindow::isKioskLocked() const
{
    return m_staff->isKioskLocked();
}

void KioskWindow::applyKioskLock(bool locked)
{
    updateStaffBar();
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

QString KioskWindow::contentReport() const
{
    QString report = tr("%1 articles in %2 languages. %3 errors, %4 warnings.")
                         .arg(m_library->allArticles(QStringLiteral("en")).size())
                         .arg(m_library->languages().size())
                         .arg(m_library->errorCount())
                         .arg(m_library->problems().size() - m_library->errorCount());
    for (const ContentProblem &problem : m_library->problems())
        report += QLatin1Char('\n') + problem.toString();
    return report;
}

void KioskWindow::showLibrary()
{
    m_library = &m_content->library();
    m_schemeHandler->setLibrary(m_library);
    m_attract->setLibrary(m_library);
    m_home->populate(m_library, m_session->language());
    m_disclaimer->languageSwitch()->setLanguages(m_library->languages());
    m_disclaimer->languageSwitch()->setCurrentLanguage(m_session->language());
    updateReaderLanguageButton();
    if (m_staff)
        m_staff->setContentReport(contentReport());
}

void KioskWindow::applyIdleTimeouts()
{
    m_idle->setTimeouts(toMilliseconds(m_config.idleTimeoutSeconds()), toMilliseconds(m_config.idleWarningSeconds()));
}

void KioskWindow::connectScreens()
{
    SessionController *session = m_session;
    connect(session, &SessionController::locationChanged, this, &KioskWindow::showLocation);
    connect(session, &SessionController::sessionEnding, this, &KioskWindow::onSessionEnding);
    connect(session, &SessionController::languageChanged, this, &KioskWindow::onLanguageChanged);

    connect(m_attract, &AttractScreen::beginRequested, session, &SessionController::beginSession);
    connect(m_disclaimer, &DisclaimerScreen::acknowledged, session, &SessionController::acknowledgeDisclaimer);
    connect(m_disclaimer, &DisclaimerScreen::backRequested, session, &SessionController::goBack);
    connect(m_home, &HomeScreen::articleRequested, session, &SessionController::openArticle);
    connect(m_home, &HomeScreen::topicRequested, session, &SessionController::openTopic);
    connect(m_home, &HomeScreen::finishRequested, session,
            [session] { session->resetToAttract(QStringLiteral("patient finished")); });
    connect(m_topic, &TopicScreen::articleRequested, session, &SessionController::openArticle);
    connect(m_topic, &TopicScreen::backRequested, session, &SessionController::goBack);
    connect(m_topic, &TopicScreen::homeRequested, session, &SessionController::goHome);
    connect(m_reader, &ReaderScreen::backRequested, session, &SessionController::goBack);
    connect(m_reader, &ReaderScreen::homeRequested, session, &SessionController::goHome);
    connect(m_reader, &ReaderScreen::articleLinkActivated, session, &SessionController::openArticle);

    for (LanguageSwitch *languageSwitch :
         {m_attract->languageSwitch(), m_disclaimer->languageSwitch(), m_home->languageSwitch()})
        connect(languageSwitch, &LanguageSwitch::languageChosen, session, &SessionController::setLanguage);

    connect(m_webSession, &PatientWebSession::pageReplaced, m_reader, &ReaderScreen::setPage);

    // Reading aids: asked for by the reader and home screens, kept per patient.
    connect(m_reader, &ReaderScreen::enlargeRequested, m_aids, &ReadingPreferences::enlarge);
    connect(m_reader, &ReaderScreen::shrinkRequested, m_aids, &ReadingPreferences::shrink);
    connect(m_reader, &ReaderScreen::highContrastToggled, m_aids, &ReadingPreferences::setHighContrast);
    connect(m_home, &HomeScreen::highContrastToggled, m_aids, &ReadingPreferences::setHighContrast);
    connect(m_reader, &ReaderScreen::languageRequested, session, &SessionController::setLanguage);
    connect(m_aids, &ReadingPreferences::textScaleChanged, this,
            [this](double scale) { m_reader->setTextScale(scale, m_aids->canShrink(), m_aids->canEnlarge()); });
    connect(m_aids, &ReadingPreferences::highContrastChanged, this, &KioskWindow::applyTheme);
    m_reader->setTextScale(m_aids->textScale(), m_aids->canShrink(), m_aids->canEnlarge());

    connect(m_activity, &UserActivityFilter::activity, m_idle, &IdleMonitor::recordActivity);
    connect(m_idle, &IdleMonitor::warningStarted, m_warning, &IdleWarningOverlay::showCountdown);
    connect(m_idle, &IdleMonitor::warningTick, m_warning, &IdleWarningOverlay::updateCountdown);
    connect(m_idle, &IdleMonitor::warningCancelled, m_warning, &QWidget::hide);
    connect(m_idle, &IdleMonitor::timedOut, session,
            [session] { session->resetToAttract(QStringLiteral("idle timeout")); });
    // The button counts as activity through the event filter already; this
    // makes it explicit and independent of how the press arrived.
    connect(m_warning, &IdleWarningOverlay::stillHere, m_idle, &IdleMonitor::recordActivity);
}

QWidget *KioskWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void KioskWindow::showLocation(const SessionController::Location &location)
{
    const QString language = m_session->language();
    if (m_readAloud)
        m_readAloud->stop(); // reading follows the page it was started on
    switch (location.screen) {
    case SessionController::Screen::Attract:
        m_idle->stop();
        m_warning->hide();
        m_stack->setCurrentWidget(m_attract);
        return;
    case SessionController::Screen::Disclaimer:
        m_disclaimer->scrollToTop();
        m_stack->setCurrentWidget(m_disclaimer);
        break;
    case SessionController::Screen::Home:
        m_stack->setCurrentWidget(m_home);
        break;
    case SessionController::Screen::Topic:
        m_topic->showTopic(m_library, location.topicId, language);
        m_stack->setCurrentWidget(m_topic);
        break;
    case SessionController::Screen::Reader: {
        // The patient's language in the address: a missing translation is
        // served in English with a note, and its links stay in the language.
        const Article *article = m_library->articleForReading(location.articleId, language);
        m_reader->showArticle(ContentUrl::article(language, location.articleId), article ? article->title : QString(),
                              m_library->pageHtml(location.articleId, language));
        m_stack->setCurrentWidget(m_reader);
        break;
    }
    }
    if (!m_idle->isRunning())
        m_idle->start();
}

void KioskWindow::onSessionEnding()
{
    // Everything the patient touched goes: web history, storage and cache
    // (a new profile), list positions, the warning.
    m_warning->hide();
    m_notice->hide();
    m_webSession->renew();
    m_topic->scrollToTop();
    m_disclaimer->scrollToTop();
    m_aids->reset();
    m_readAloud->forget();
    // Between patients is the only time the library may change.
    if (m_content->applyPendingChange())
        showLibrary();
    // Once the old page, its profile and its drawing surface are gone (some
    // of that is deferred), give the freed memory back: about 20 MB a
    // patient that would otherwise stay resident (kiosk_bench --memory-only).
    QTimer::singleShot(ReturnMemoryDelayMs, this, [] {
        qCDebug(lcSession) << "returned freed memory in" << FreedMemory::returnToSystem() << "ms";
    });
}

void KioskWindow::applyTheme(bool highContrast)
{
    const Theme::Palette &palette = highContrast ? Theme::highContrast() : Theme::standard();
    Theme::setCurrent(palette);
    setStyleSheet(Theme::styleSheet(palette));
    m_home->setHighContrast(highContrast);
    m_reader->setHighContrast(highContrast);
    update();
}

void KioskWindow::updateReaderLanguageButton()
{
    QString other;
    for (const QString &language : m_library->languages()) {
        if (language != m_session->language()) {
            other = language;
            break;
        }
    }
    m_reader->setOtherLanguage(other, other.isEmpty() ? QString() : LanguageSwitch::nativeName(other));
}

void KioskWindow::onLanguageChanged(const QString &language)
{
    // The translator first, so everything rebuilt below is already in the new language.
    m_languages->apply(language);
    updateReaderLanguageButton();
    m_attract->setLanguage(language);
    m_home->populate(m_library, language);
    m_disclaimer->languageSwitch()->setCurrentLanguage(language);
    const SessionController::Location location = m_session->location();
    if (location.screen == SessionController::Screen::Topic || location.screen == SessionController::Screen::Reader)
        showLocation(location);
}
