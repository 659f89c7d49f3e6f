#include "PatientVisit.h"

#include "content/ArticleHtmlPage.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "i18n/LanguageManager.h"
#include "session/IdleMonitor.h"
#include "session/ReadingPreferences.h"
#include "session/SessionController.h"
#include "session/UserActivityFilter.h"
#include "speech/QtSpeechEngine.h"
#include "speech/ReadAloudController.h"
#include "staff/StaffController.h"
#include "system/FreedMemory.h"
#include "system/KioskLogging.h"
#include "takehome/CareTeamQuestions.h"
#include "takehome/QuestionsToAsk.h"
#include "web/ContentSchemeHandler.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"
#include "web/RendererCrashRecovery.h"

#include <QCoreApplication>
#include <QTimer>

#include <chrono>

namespace {

// Between patients, freed memory goes back to the system this long after
// the reset: after the old profile's teardown and the deferred deletes.
constexpr int ReturnMemoryDelayMs = 1000;

std::chrono::milliseconds toMilliseconds(double seconds)
{
    return std::chrono::milliseconds(qint64(seconds * 1000.0));
}

} // namespace

PatientVisit::PatientVisit(ContentStore *content, const KioskConfig &config, SpeechEngine *speech, QObject *parent)
    : QObject(parent)
    , m_content(content)
    , m_library(&content->library())
    , m_config(config)
    , m_session(new SessionController(config.defaultLanguage(), this))
    , m_idle(new IdleMonitor(this))
    , m_activity(new UserActivityFilter(this))
    , m_schemeHandler(new ContentSchemeHandler(m_library, this))
    , m_webSession(new PatientWebSession(m_schemeHandler, this))
    , m_aids(new ReadingPreferences(this))
    , m_languages(new LanguageManager(this))
    , m_readAloud(new ReadAloudController(speech ? speech : new QtSpeechEngine(this), m_idle, this))
{
    m_languages->apply(m_session->language());
    applyIdleTimeouts();

    // Connected before any window connects: reading stops and the idle timer
    // is set before the next screen is shown.
    connect(m_session, &SessionController::locationChanged, this, &PatientVisit::onLocationChanged);
    connect(m_session, &SessionController::sessionEnding, this, &PatientVisit::onSessionEnding);
    connect(m_session, &SessionController::languageChanged, m_languages, &LanguageManager::apply);

    // On the welcome screen nobody is reading: an update applies at once,
    // not at a reset that a kiosk without patients would never reach.
    connect(m_content, &ContentStore::changeDetected, this, [this] {
        if (m_session->location().screen == SessionController::Screen::Attract)
            takePendingUpdate();
    });
    connect(m_activity, &UserActivityFilter::activity, m_idle, &IdleMonitor::recordActivity);
    connect(m_idle, &IdleMonitor::timedOut, m_session,
            [this] { m_session->resetToAttract(QStringLiteral("idle timeout")); });
    connect(m_webSession->crashRecovery(), &RendererCrashRecovery::tooManyCrashes, m_session, [this](int crashes) {
        m_session->resetToAttract(QStringLiteral("renderer crashed %1 times in 60 s").arg(crashes));
    });
    m_questions = new CareTeamQuestions(this);
    listenToPage(m_webSession->page());
    connect(m_webSession, &PatientWebSession::pageReplaced, this, &PatientVisit::listenToPage);
    // Every touch, key and wheel of the whole application counts as activity
    // (filters on the web view do not hold up: DESIGN.md).
    qApp->installEventFilter(m_activity);
}

PatientVisit::~PatientVisit()
{
    qApp->removeEventFilter(m_activity);
    // Pages and profiles go before the scheme handler they use.
    delete m_webSession;
    m_webSession = nullptr;
}

void PatientVisit::onLocationChanged()
{
    m_readAloud->stop(); // reading follows the page it was started on
    if (m_session->location().screen == SessionController::Screen::Attract)
        m_idle->stop();
    else if (!m_idle->isRunning())
        m_idle->start();
}

void PatientVisit::onSessionEnding()
{
    // Everything the patient touched goes: web history, storage and cache
    // (a new profile), reading aids, read-aloud.
    m_webSession->renew();
    m_aids->reset();
    m_readAloud->forget();
    m_questions->clear();
    // Between patients (or on the welcome screen) is the only time the
    // library may change.
    takePendingUpdate();
    // Once the old page, its profile and its drawing surface are gone (some
    // of that is deferred), give the freed memory back: about 20 MB a
    // patient that would otherwise stay resident (kiosk_bench --memory-only).
    QTimer::singleShot(ReturnMemoryDelayMs, this, [] {
        qCDebug(lcSession) << "returned freed memory in" << FreedMemory::returnToSystem() << "ms";
    });
    emit patientLeft();
}

void PatientVisit::takePendingUpdate()
{
    if (m_content->applyPendingChange())
        takeLibrary();
}

void PatientVisit::takeLibrary()
{
    m_library = &m_content->library();
    m_schemeHandler->setLibrary(m_library);
    emit libraryChanged(m_library);
}

void PatientVisit::listenToPage(KioskWebPage *page)
{
    connect(page, &KioskWebPage::questionActivated, this, &PatientVisit::addQuestion);
}

bool PatientVisit::addQuestion(const QString &language, const QString &articleId, int index)
{
    // The words as the page shows them (the clinic's facts filled in), from
    // the library, never from the page: the page only says which one.
    const Article *article = m_library->article(articleId, language);
    if (!article)
        return false;
    const QString text =
        QuestionsToAsk::questions(ArticleHtmlPage::bodyHtml(*article, m_library->clinicFacts())).value(index);
    return !text.isEmpty() && m_questions->add(text, language);
}

void PatientVisit::readArticleAloud(const QString &text)
{
    const Article *article = m_library->articleForReading(m_session->location().articleId, m_session->language());
    m_readAloud->read(text, article ? article->language : m_session->language());
}

void PatientVisit::setIdleTimeoutSeconds(int seconds)
{
    m_config.setValue(KioskConfig::Key::IdleTimeoutSeconds, double(seconds));
    applyIdleTimeouts();
}

bool PatientVisit::reloadContentNow()
{
    const bool replaced = m_content->reload();
    if (replaced)
        takeLibrary();
    m_session->resetToAttract(QStringLiteral("content reloaded by staff"));
    return replaced;
}

void PatientVisit::heedStaff(StaffController *staff)
{
    connect(staff, &StaffController::staffActiveChanged, m_idle, [this](bool active) {
        if (active)
            m_idle->pause();
        else
            m_idle->resume();
    });
    connect(m_activity, &UserActivityFilter::activity, staff, &StaffController::noteActivity);
    connect(staff, &StaffController::idleTimeoutChanged, this, &PatientVisit::setIdleTimeoutSeconds);
    // A new library reaches the panel through libraryChanged; a reload that
    // kept the old one still refreshes the panel (review dates move on).
    connect(this, &PatientVisit::libraryChanged, staff, &StaffController::setLibrary);
    connect(staff, &StaffController::reloadContentRequested, this, [this, staff] {
        if (!reloadContentNow())
            staff->setLibrary(m_library);
    });
    staff->setLibrary(m_library);
}

void PatientVisit::applyIdleTimeouts()
{
    m_idle->setTimeouts(toMilliseconds(m_config.idleTimeoutSeconds()), toMilliseconds(m_config.idleWarningSeconds()));
}
