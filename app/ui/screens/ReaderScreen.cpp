#include "ReaderScreen.h"

#include "web/KioskWebPage.h"
#include "widgets/NavigationBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

ReaderScreen::ReaderScreen(QWidget *parent)
    : QWidget(parent)
    , m_bar(new NavigationBar(this))
    , m_tools(new QWidget(this))
    , m_shrink(new QPushButton(m_tools))
    , m_enlarge(new QPushButton(m_tools))
    , m_contrast(new QPushButton(m_tools))
    , m_language(new QPushButton(m_tools))
    , m_listen(new QPushButton(m_tools))
    , m_stopListening(new QPushButton(m_tools))
    , m_finish(new QPushButton(m_tools))
    , m_view(new QWebEngineView(this))
{
    setObjectName(QStringLiteral("readerScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    m_view->setObjectName(QStringLiteral("readerView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAcceptDrops(false);

    m_tools->setObjectName(QStringLiteral("readingTools"));
    m_tools->setAttribute(Qt::WA_StyledBackground);
    m_shrink->setObjectName(QStringLiteral("textSmallerButton"));
    m_enlarge->setObjectName(QStringLiteral("textLargerButton"));
    m_contrast->setObjectName(QStringLiteral("highContrastButton"));
    m_language->setObjectName(QStringLiteral("readerLanguageButton"));
    m_contrast->setCheckable(true);
    m_listen->setObjectName(QStringLiteral("readAloudButton"));
    m_stopListening->setObjectName(QStringLiteral("readAloudStopButton"));
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_listen->hide();
    m_stopListening->hide();
    for (QPushButton *tool : {m_shrink, m_enlarge, m_contrast, m_language, m_listen, m_stopListening, m_finish})
        tool->setProperty("kind", QStringLiteral("tool"));
    auto *tools = new QHBoxLayout(m_tools);
    tools->setContentsMargins(24, 8, 24, 8);
    tools->setSpacing(16);
    tools->addWidget(m_shrink);
    tools->addWidget(m_enlarge);
    tools->addWidget(m_contrast);
    tools->addWidget(m_listen);
    tools->addWidget(m_stopListening);
    tools->addStretch(1);
    tools->addWidget(m_language);
    tools->addWidget(m_finish);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_tools);
    layout->addWidget(m_view, 1);

    connect(m_shrink, &QPushButton::clicked, this, &ReaderScreen::shrinkRequested);
    connect(m_enlarge, &QPushButton::clicked, this, &ReaderScreen::enlargeRequested);
    connect(m_contrast, &QPushButton::toggled, this, &ReaderScreen::highContrastToggled);
    connect(m_listen, &QPushButton::clicked, this, [this] {
        if (m_speechState != SpeechEngine::State::Idle) {
            emit pauseReadingRequested();
            return;
        }
        // The reader hands over its own text: nobody else reaches into the page.
        m_view->page()->toPlainText([this](const QString &text) { emit readAloudRequested(text); });
    });
    connect(m_stopListening, &QPushButton::clicked, this, &ReaderScreen::stopListeningRequested);
    connect(m_finish, &QPushButton::clicked, this, &ReaderScreen::finishRequested);
    connect(m_language, &QPushButton::clicked, this,
            [this] { emit languageRequested(m_language->property("language").toString()); });
    retranslateUi();

    connect(m_bar, &NavigationBar::backRequested, this, &ReaderScreen::backRequested);
    connect(m_bar, &NavigationBar::homeRequested, this, &ReaderScreen::homeRequested);
}

void ReaderScreen::setPage(KioskWebPage *page)
{
    m_page = page;
    m_view->setPage(page);
    connect(page, &KioskWebPage::articleLinkActivated, this, &ReaderScreen::articleLinkActivated);
    connect(page, &KioskWebPage::articleShown, this, [this](bool ok) {
        applyAids();
        emit articleShown(ok);
    });
}

void ReaderScreen::showArticle(const QUrl &url, const QString &title, const QString &html)
{
    m_title = title;
    m_bar->setTitle(title);
    m_page->showArticle(url, html);
}

void ReaderScreen::setTextScale(double scale, bool canShrink, bool canEnlarge)
{
    m_scale = scale;
    m_shrink->setEnabled(canShrink);
    m_enlarge->setEnabled(canEnlarge);
    applyAids();
}

void ReaderScreen::setHighContrast(bool on)
{
    m_highContrast = on;
    const QSignalBlocker blocker(m_contrast);
    m_contrast->setChecked(on);
    applyAids();
}

void ReaderScreen::setOtherLanguage(const QString &language, const QString &nativeName)
{
    m_language->setProperty("language", language);
    m_language->setText(nativeName);
    m_language->setAccessibleName(nativeName);
    m_language->setVisible(!language.isEmpty());
}

void ReaderScreen::setSpeechState(bool available, SpeechEngine::State state)
{
    m_speechState = state;
    m_listen->setVisible(available);
    m_stopListening->setVisible(available && state != SpeechEngine::State::Idle);
    retranslateUi();
}

void ReaderScreen::applyAids()
{
    QWebEnginePage *page = m_view->page();
    // Page zoom makes the text larger and reflows it to the narrower CSS
    // viewport, so nothing ever scrolls sideways.
    page->setZoomFactor(m_scale);
    // The article's own high-contrast colours (article.css), set from the
    // application's isolated script world: the page's JavaScript is off.
    page->runJavaScript(QStringLiteral("document.documentElement.classList.toggle('high-contrast', %1)")
                            .arg(m_highContrast ? QStringLiteral("true") : QStringLiteral("false")),
                        QWebEngineScript::ApplicationWorld);
}

void ReaderScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReaderScreen::retranslateUi()
{
    //: Makes the article text smaller. "A" is the letter, as on a font button.
    m_shrink->setText(tr("A−"));
    m_shrink->setAccessibleName(tr("Smaller text"));
    m_enlarge->setText(tr("A+"));
    m_enlarge->setAccessibleName(tr("Larger text"));
    m_contrast->setText(tr("Contrast"));
    m_contrast->setAccessibleName(tr("High contrast"));
    switch (m_speechState) {
    case SpeechEngine::State::Speaking:
        m_listen->setText(tr("Pause"));
        m_listen->setAccessibleName(tr("Pause"));
        break;
    case SpeechEngine::State::Paused:
        m_listen->setText(tr("Resume"));
        m_listen->setAccessibleName(tr("Resume"));
        break;
    case SpeechEngine::State::Idle:
        m_listen->setText(tr("Listen"));
        m_listen->setAccessibleName(tr("Read the article aloud"));
        break;
    }
    //: Ends the patient's visit and clears the screen for the next person.
    m_finish->setText(tr("I'm done"));
    m_finish->setAccessibleName(tr("I'm done: clear the screen for the next person"));
    m_stopListening->setText(tr("Stop"));
    m_stopListening->setAccessibleName(tr("Stop reading aloud"));
}
