#include "ReaderScreen.h"

#include "content/ContentUrl.h"
#include "web/KioskWebPage.h"
#include "widgets/FlowLayout.h"
#include "widgets/NavigationBar.h"
#include "widgets/ReadingProgress.h"
#include "widgets/TextSizeControl.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QPointer>
#include <QPointingDevice>
#include <QPushButton>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QStyle>
#include <QTouchEvent>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

ReaderScreen::ReaderScreen(QWidget *parent)
    : QWidget(parent)
    , m_bar(new NavigationBar(this))
    , m_tools(new QWidget(this))
    , m_textSize(new TextSizeControl(m_tools))
    , m_contrast(new QPushButton(m_tools))
    , m_language(new QPushButton(m_tools))
    , m_listen(new QPushButton(m_tools))
    , m_stopListening(new QPushButton(m_tools))
    , m_finish(new QPushButton(m_tools))
    , m_progress(new ReadingProgress(this))
    , m_view(new QWebEngineView(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("readerScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    m_view->setObjectName(QStringLiteral("readerView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setAcceptDrops(false);

    m_tools->setObjectName(QStringLiteral("readingTools"));
    m_tools->setAttribute(Qt::WA_StyledBackground);
    m_contrast->setObjectName(QStringLiteral("highContrastButton"));
    m_language->setObjectName(QStringLiteral("readerLanguageButton"));
    m_contrast->setCheckable(true);
    m_listen->setObjectName(QStringLiteral("readAloudButton"));
    m_stopListening->setObjectName(QStringLiteral("readAloudStopButton"));
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_listen->hide();
    m_stopListening->hide();
    for (QPushButton *tool : {m_contrast, m_language, m_listen, m_stopListening})
        tool->setProperty("kind", QStringLiteral("tool"));
    // The tools wrap onto a second row rather than clip their words (a
    // narrow screen, 200 % text). "I'm done" sits by Home, as on home.
    auto *tools = new FlowLayout(m_tools);
    tools->setContentsMargins(24, 8, 24, 8);
    tools->addWidget(m_textSize);
    tools->addWidget(m_contrast);
    tools->addWidget(m_listen);
    tools->addWidget(m_stopListening);
    tools->addWidget(m_language);
    // Last in the row: it appears with the first question added, and must
    // not move the tools a patient already uses.
    m_myQuestions = new QPushButton(m_tools);
    m_myQuestions->setObjectName(QStringLiteral("myQuestionsButton"));
    m_myQuestions->setProperty("kind", QStringLiteral("tool"));
    m_myQuestions->hide();
    tools->addWidget(m_myQuestions);
    connect(m_myQuestions, &QPushButton::clicked, this, &ReaderScreen::myQuestionsRequested);
    m_bar->addTrailingButton(m_finish);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_bar);
    m_layout->addWidget(m_tools);
    m_layout->addWidget(m_progress);
    m_layout->addWidget(m_view, 1);

    connect(m_textSize, &TextSizeControl::shrinkRequested, this, &ReaderScreen::shrinkRequested);
    connect(m_textSize, &TextSizeControl::enlargeRequested, this, &ReaderScreen::enlargeRequested);
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
    m_lastScroll.invalidate(); // a new page has never moved, so it is in no fling
    connect(page, &KioskWebPage::articleLinkActivated, this, &ReaderScreen::articleLinkActivated);
    connect(page, &KioskWebPage::glossaryTermActivated, this, &ReaderScreen::glossaryTermRequested);
    connect(page, &KioskWebPage::articleShown, this, [this](bool ok) {
        applyAids();
        m_endReported = !ok;
        checkReadToEnd(); // a short article fits the screen
        m_progressLive = ok;
        updateProgress();
        emit articleShown(ok);
    });
    connect(page, &QWebEnginePage::scrollPositionChanged, this, &ReaderScreen::checkReadToEnd);
    connect(page, &QWebEnginePage::contentsSizeChanged, this, &ReaderScreen::checkReadToEnd);
    connect(page, &QWebEnginePage::scrollPositionChanged, this, [this] {
        m_lastScroll.start();
        updateProgress();
    });
    connect(page, &QWebEnginePage::contentsSizeChanged, this, &ReaderScreen::updateProgress);
}

void ReaderScreen::showArticle(const QUrl &url, const QString &title, const QString &html, int readingMinutes,
                               int place)
{
    m_title = title;
    // Only a page that moved a moment ago can be in a fling; a content
    // update on an idle kiosk sends no touch (it would count as a patient).
    if (m_lastScroll.isValid() && m_lastScroll.elapsed() < FlingMs)
        stopFling();
    m_progress->startArticle(readingMinutes);
    m_progressLive = false; // until this article is in the page
    m_bar->setTitle(title);
    ++m_shownArticle;
    m_articleUrl = url;
    m_endReported = true; // until this article is in the page
    m_page->showArticle(url, html, place);
}

// Cheap on every scroll: two numbers the view already has. Only near the
// end does the page itself confirm it (its own scroll and height, in the
// isolated world), so a position still reported for the previous article
// cannot count for this one. Only while the reader is on the screen: the
// page of the article just left can still move (a fling that had not
// stopped), and nobody reads a page that is not shown.
void ReaderScreen::checkReadToEnd()
{
    if (m_endReported || m_endCheckRunning || !m_page || !isVisible())
        return;
    const double slack = 24.0 * m_page->zoomFactor();
    if (m_page->scrollPosition().y() + m_view->height() + slack < m_page->contentsSize().height())
        return;
    m_endCheckRunning = true;
    const quint64 shown = m_shownArticle;
    const QPointer<ReaderScreen> self(this);
    m_page->runJavaScript(
        QStringLiteral("window.scrollY + window.innerHeight + 24 >= document.documentElement.scrollHeight"),
        QWebEngineScript::ApplicationWorld, [self, shown](const QVariant &atEnd) {
            if (!self)
                return;
            self->m_endCheckRunning = false;
            if (shown != self->m_shownArticle || self->m_endReported || !atEnd.toBool() || !self->isVisible())
                return;
            self->m_endReported = true;
            if (const auto ref = ContentUrl::parseArticle(self->m_articleUrl))
                emit self->articleReadToEnd(ref->id, ref->language);
        });
}

void ReaderScreen::stopFling()
{
    // A fling of the last article goes on in Chromium after the page swap
    // and would carry the next article down the screen on its own. A finger
    // put down is what stops a fling; cancelled, it is no tap.
    QWidget *input = m_view->focusProxy();
    if (!input)
        return;
    static QPointingDevice *const finger =
        new QPointingDevice(QStringLiteral("reader fling stop"), 0x4b10, QInputDevice::DeviceType::TouchScreen,
                            QPointingDevice::PointerType::Finger, QInputDevice::Capability::Position, 1, 0);
    const QPointF centre = QRectF(input->rect()).center();
    const QPointF global = input->mapToGlobal(centre);
    QTouchEvent begin(QEvent::TouchBegin, finger, Qt::NoModifier,
                      {QEventPoint(1, QEventPoint::State::Pressed, centre, global)});
    QCoreApplication::sendEvent(input, &begin);
    QTouchEvent cancel(QEvent::TouchCancel, finger, Qt::NoModifier, {});
    QCoreApplication::sendEvent(input, &cancel);
}

void ReaderScreen::updateProgress()
{
    // Until the new article is in the page, the old page's numbers would
    // fill the new article's bar.
    if (!m_page || !m_progressLive)
        return;
    // Both in the zoomed page's pixels, as checkReadToEnd() compares them.
    m_progress->setPosition(m_page->scrollPosition().y(), m_page->contentsSize().height() - m_view->height());
}

void ReaderScreen::rememberPlace(int depth, const QString &articleId)
{
    // scrollPosition() is in device pixels of the zoomed page; the page
    // scrolls in CSS pixels.
    const double zoom = m_view->page()->zoomFactor();
    m_places.insert(depth, {articleId, int(m_view->page()->scrollPosition().y() / (zoom > 0 ? zoom : 1.0))});
}

int ReaderScreen::placeToReturnTo(int depth, const QString &articleId) const
{
    const auto it = m_places.constFind(depth);
    return it != m_places.cend() && it->first == articleId ? it->second : 0;
}

void ReaderScreen::forgetPlacesFrom(int depth)
{
    for (auto it = m_places.begin(); it != m_places.end();)
        it = it.key() >= depth ? m_places.erase(it) : std::next(it);
}

void ReaderScreen::setTextScale(double scale, bool canShrink, bool canEnlarge)
{
    m_scale = scale;
    m_textSize->setScale(scale, canShrink, canEnlarge);
    applyAids();
    arrangeTools();
}

bool ReaderScreen::toolsInBar() const
{
    return m_bar->tools() == m_tools;
}

void ReaderScreen::arrangeTools()
{
    // Landscape has height to spare for no toolbar: one row under the
    // article's edge when it fits (Back, the tools, Home), two rows when the
    // words on the buttons have grown too wide for one, and always two in
    // portrait, where the width is short and the height is not.
    const int buttons = m_bar->backButton()->sizeHint().width() + m_bar->homeButton()->sizeHint().width()
                        + m_finish->sizeHint().width();
    const int needed = buttons + m_tools->sizeHint().width() + 120; // the bar's margins and spacing
    const bool oneRow = width() > height() && needed <= width();
    if (oneRow == toolsInBar())
        return;
    if (oneRow) {
        m_layout->removeWidget(m_tools);
        m_bar->setTools(m_tools);
    } else {
        m_bar->setTools(nullptr);
        m_layout->insertWidget(1, m_tools);
    }
    // In the bar the tools sit on its background, without a line of their own.
    m_tools->setProperty("inBar", oneRow);
    m_tools->style()->unpolish(m_tools);
    m_tools->style()->polish(m_tools);
}

void ReaderScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeTools();
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

void ReaderScreen::setQuestionCount(int count)
{
    m_questionCount = count;
    m_myQuestions->setVisible(count > 0);
    retranslateUi();
    arrangeTools();
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
    //: A button that opens the patient's list of questions for the care team; %n is how many.
    m_myQuestions->setText(tr("My questions (%n)", nullptr, m_questionCount));
    m_myQuestions->setAccessibleName(tr("My questions for the care team: %n question(s)", nullptr, m_questionCount));
}
