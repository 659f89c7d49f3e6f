#include "ScreenRouter.h"

#include "content/ArticleLibrary.h"
#include "content/ContentUrl.h"
#include "screens/AttractScreen.h"
#include "screens/DisclaimerScreen.h"
#include "screens/GlossaryCard.h"
#include "screens/HomeScreen.h"
#include "screens/ReaderScreen.h"
#include "screens/TopicScreen.h"
#include "session/ReadingPreferences.h"
#include "speech/ReadAloudController.h"
#include "speech/SpeechEngine.h"
#include "visit/PatientVisit.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"
#include "widgets/HelpLine.h"
#include "widgets/LanguageSwitch.h"

#include <QStackedWidget>

ScreenRouter::ScreenRouter(PatientVisit *visit, QWidget *window)
    : QObject(window)
    , m_visit(visit)
    , m_session(visit->session())
    , m_library(visit->library())
    , m_stack(new QStackedWidget(window))
    , m_attract(new AttractScreen)
    , m_disclaimer(new DisclaimerScreen)
    , m_home(new HomeScreen)
    , m_topic(new TopicScreen)
    , m_reader(new ReaderScreen)
    , m_helpLine(new HelpLine(window))
    , m_glossaryCard(new GlossaryCard(window))
{
    for (QWidget *screen :
         {static_cast<QWidget *>(m_attract), static_cast<QWidget *>(m_disclaimer), static_cast<QWidget *>(m_home),
          static_cast<QWidget *>(m_topic), static_cast<QWidget *>(m_reader)})
        m_stack->addWidget(screen);

    m_attract->setLanguage(m_session->language());
    showLibrary();
    m_reader->setPage(m_visit->webSession()->page());
    connectSession();
    connectScreens();
    connectReadAloud();
}

void ScreenRouter::setClinicName(const QString &name)
{
    m_attract->setClinicName(name);
    m_home->setClinicName(name);
}

QWidget *ScreenRouter::currentScreen() const
{
    return m_stack->currentWidget();
}

void ScreenRouter::showCurrentLocation()
{
    showLocation(m_session->location());
}

void ScreenRouter::applyReadingAids()
{
    const ReadingPreferences *aids = m_visit->readingPreferences();
    m_home->setHighContrast(aids->highContrast());
    m_home->setTextScale(aids->textScale(), aids->canShrink(), aids->canEnlarge());
    m_reader->setHighContrast(aids->highContrast());
    m_reader->setTextScale(aids->textScale(), aids->canShrink(), aids->canEnlarge());
}

void ScreenRouter::connectReadAloud()
{
    ReadAloudController *readAloud = m_visit->readAloud();
    auto showSpeechState = [this, readAloud] {
        m_reader->setSpeechState(readAloud->isAvailable(), readAloud->engine()->state());
        m_disclaimer->setListenAvailable(readAloud->isAvailable());
    };
    showSpeechState();
    connect(readAloud, &ReadAloudController::stateChanged, this, showSpeechState);
    connect(m_reader, &ReaderScreen::readAloudRequested, m_visit, &PatientVisit::readArticleAloud);
    connect(m_reader, &ReaderScreen::pauseReadingRequested, readAloud, &ReadAloudController::togglePause);
    connect(m_reader, &ReaderScreen::stopListeningRequested, readAloud, &ReadAloudController::stop);
    connect(m_disclaimer, &DisclaimerScreen::listenRequested, readAloud,
            [this, readAloud] { readAloud->read(m_disclaimer->plainText(), m_session->language()); });
}

void ScreenRouter::connectSession()
{
    connect(m_session, &SessionController::locationChanged, this, &ScreenRouter::showLocation);
    connect(m_session, &SessionController::languageChanged, this, &ScreenRouter::onLanguageChanged);
    connect(m_visit, &PatientVisit::patientLeft, this, &ScreenRouter::forgetPatient);
    connect(m_visit, &PatientVisit::libraryChanged, this, &ScreenRouter::showLibrary);
    // A renderer that died is replaced by a new page; the reader shows it.
    connect(m_visit->webSession(), &PatientWebSession::pageReplaced, m_reader, &ReaderScreen::setPage);
}

void ScreenRouter::connectScreens()
{
    SessionController *session = m_session;
    // Each welcome button is a language: the choice and the start in one tap.
    connect(m_attract, &AttractScreen::beginRequested, session, [session](const QString &language) {
        session->setLanguage(language);
        session->beginSession();
    });
    connect(m_disclaimer, &DisclaimerScreen::acknowledged, session, &SessionController::acknowledgeDisclaimer);
    connect(m_disclaimer, &DisclaimerScreen::backRequested, session, &SessionController::goBack);
    connect(m_home, &HomeScreen::articleRequested, session, &SessionController::openArticle);
    connect(m_home, &HomeScreen::topicRequested, session, &SessionController::openTopic);
    connect(m_topic, &TopicScreen::articleRequested, session, &SessionController::openArticle);
    connect(m_topic, &TopicScreen::backRequested, session, &SessionController::goBack);
    connect(m_topic, &TopicScreen::homeRequested, session, &SessionController::goHome);
    connect(m_reader, &ReaderScreen::backRequested, session, &SessionController::goBack);
    connect(m_reader, &ReaderScreen::homeRequested, session, &SessionController::goHome);
    connect(m_reader, &ReaderScreen::articleLinkActivated, session, &SessionController::openArticle);
    connect(m_reader, &ReaderScreen::languageRequested, session, &SessionController::setLanguage);
    for (LanguageSwitch *languageSwitch : {m_disclaimer->languageSwitch(), m_home->languageSwitch()})
        connect(languageSwitch, &LanguageSwitch::languageChosen, session, &SessionController::setLanguage);

    // Reading aids: asked for by the reader and home screens, kept per patient.
    ReadingPreferences *aids = m_visit->readingPreferences();
    connect(m_reader, &ReaderScreen::enlargeRequested, aids, &ReadingPreferences::enlarge);
    connect(m_reader, &ReaderScreen::shrinkRequested, aids, &ReadingPreferences::shrink);
    connect(m_reader, &ReaderScreen::highContrastToggled, aids, &ReadingPreferences::setHighContrast);
    connect(m_home, &HomeScreen::enlargeRequested, aids, &ReadingPreferences::enlarge);
    connect(m_home, &HomeScreen::shrinkRequested, aids, &ReadingPreferences::shrink);
    connect(m_home, &HomeScreen::highContrastToggled, aids, &ReadingPreferences::setHighContrast);

    connect(m_reader, &ReaderScreen::glossaryTermRequested, this, [this](const QString &language, const QString &id) {
        if (const Glossary::Term *term = m_library->glossary().term(language, id))
            m_glossaryCard->showTerm(term->words.value(0), term->explanation);
    });
    connect(m_helpLine, &HelpLine::helpRequested, session,
            [session] { session->openArticle(QLatin1String(ScreenRouter::HelpArticleId)); });
}

void ScreenRouter::showLocation(const SessionController::Location &location)
{
    const QString language = m_session->language();
    m_glossaryCard->hide(); // an explanation belongs to the article it came from
    // The place in the article the patient leaves, for Back to return to.
    const int depth = m_session->historyDepth();
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
                              article ? article->readingMinutes() : 0,
                              returning ? m_reader->placeToReturnTo(depth, location.articleId) : 0);
        m_stack->setCurrentWidget(m_reader);
        return;
    }
    }
}

void ScreenRouter::showLibrary()
{
    m_library = m_visit->library();
    m_attract->setLibrary(m_library);
    m_home->populate(m_library, m_session->language());
    m_disclaimer->languageSwitch()->setLanguages(m_library->languages());
    m_disclaimer->languageSwitch()->setCurrentLanguage(m_session->language());
    updateReaderLanguageButton();
}

void ScreenRouter::onLanguageChanged(const QString &language)
{
    // The visit installed the translator first (it connected first), so
    // everything rebuilt below is already in the new language.
    updateReaderLanguageButton();
    m_attract->setLanguage(language);
    m_home->populate(m_library, language);
    m_disclaimer->languageSwitch()->setCurrentLanguage(language);
    const SessionController::Location location = m_session->location();
    if (location.screen == SessionController::Screen::Topic || location.screen == SessionController::Screen::Reader)
        showLocation(location);
}

void ScreenRouter::updateReaderLanguageButton()
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

void ScreenRouter::forgetPatient()
{
    // What the screens themselves held of the patient: list positions and
    // places in articles. (The visit has already renewed the rest.)
    m_glossaryCard->hide();
    m_reader->forgetPlacesFrom(0);
    m_shownDepth = 0;
    m_shownArticleId.clear();
    m_topic->scrollToTop();
    m_disclaimer->scrollToTop();
}
