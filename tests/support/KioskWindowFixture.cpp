#include "KioskWindowFixture.h"

#include "KioskWindow.h"
#include "WebPageProbe.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "screens/GoodbyeOverlay.h"
#include "screens/ReaderScreen.h"

#include <QTest>
#include <QWebEngineView>

KioskWindowFixture::KioskWindowFixture() = default;

KioskWindowFixture::~KioskWindowFixture()
{
    tearDown();
}

bool KioskWindowFixture::open(const Options &options)
{
    closeWindow();
    m_welcomeLanguage = QStringLiteral("en");
    if (options.speech != Speech::Real)
        m_speech = std::make_unique<FakeSpeechEngine>(options.speech == Speech::FakeAvailable);
    m_window = std::make_unique<KioskWindow>(content(), options.config, m_speech.get());
    m_window->resize(options.size);
    if (options.staffBar)
        m_window->setStaffBarVisible(true);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void KioskWindowFixture::closeWindow()
{
    // The window's reader speaks through the engine until it is gone.
    m_window.reset();
    m_speech.reset();
}

void KioskWindowFixture::tearDown()
{
    closeWindow();
    m_content.reset();
}

ContentStore *KioskWindowFixture::content()
{
    if (!m_content)
        m_content = std::make_unique<ContentStore>(QStringList{QStringLiteral(":/content")});
    return m_content.get();
}

ContentStore *KioskWindowFixture::useContent(const QStringList &roots, const ArticleLibrary::Options &options)
{
    tearDown();
    m_content = std::make_unique<ContentStore>(roots, options);
    return m_content.get();
}

void KioskWindowFixture::tap(const QString &objectName)
{
    QVERIFY2(m_window, "no window is open");
    QVERIFY2(m_touch.tapVisible(m_window.get(), objectName), qPrintable(QStringLiteral("no visible ") + objectName));
    // Screen switches and LanguageChange are posted: let them land before
    // the test looks at the screen.
    QTest::qWait(30);
}

QString KioskWindowFixture::screenName() const
{
    return m_window->currentScreen()->objectName();
}

QWebEnginePage *KioskWindowFixture::page() const
{
    return m_window->readerScreen()->view()->page();
}

QWidget *KioskWindowFixture::webInput() const
{
    return m_window->readerScreen()->view()->focusProxy();
}

bool KioskWindowFixture::readerShows(const QString &text) const
{
    return WebPageProbe::plainText(page()).contains(text);
}

void KioskWindowFixture::waitForArticle(const QString &id)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->location().articleId, id, 5000);
    const Article *article = m_window->library()->articleForReading(id, m_window->session()->language());
    QVERIFY2(article, qPrintable(QStringLiteral("no article ") + id));
    // The page that is shown really is this article.
    const QString title = article->title;
    QTRY_VERIFY2_WITH_TIMEOUT(readerShows(title), qPrintable(QStringLiteral("the reader never showed ") + title),
                              10000);
}

void KioskWindowFixture::passDisclaimer()
{
    tap(beginButton());
    tap(QStringLiteral("acknowledgeButton"));
}

void KioskWindowFixture::openTopicByTouch(const QString &topic)
{
    passDisclaimer();
    tap(QStringLiteral("topicTile_") + topic);
}

void KioskWindowFixture::openArticleByTouch(const QString &topic, const QString &article)
{
    openTopicByTouch(topic);
    tap(QStringLiteral("articleTile_") + article);
    waitForArticle(article);
}

bool KioskWindowFixture::articleEndShown() const
{
    return WebPageProbe::evaluate(
               page(),
               QStringLiteral("window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2"))
        .toBool();
}

void KioskWindowFixture::dragArticleUp()
{
    QWidget *input = webInput();
    QVERIFY2(input, "no article page");
    const int height = input->height();
    m_touch.drag(input, QPoint(500, height * 3 / 4), QPoint(500, height / 4), 8);
    QTest::qWait(100);
}

void KioskWindowFixture::scrollToTheEndByTouch()
{
    for (int i = 0; i < 60 && !articleEndShown(); ++i)
        dragArticleUp();
    QVERIFY2(articleEndShown(), "the article never scrolled to its end");
}

void KioskWindowFixture::finishByTouch()
{
    tap(QStringLiteral("finishButton"));
    QVERIFY2(visible(QStringLiteral("goodbyeOverlay")), "no goodbye after \"I'm done\"");
    QTRY_COMPARE_WITH_TIMEOUT(screenName(), QStringLiteral("attractScreen"), (GoodbyeOverlay::UndoSeconds + 3) * 1000);
    QVERIFY(!visible(QStringLiteral("goodbyeOverlay")));
}

void KioskWindowFixture::walkEveryScreen(const std::function<void(const QString &screen)> &check)
{
    check(QStringLiteral("attract"));
    tap(beginButton());
    check(QStringLiteral("disclaimer"));
    tap(QStringLiteral("acknowledgeButton"));
    check(QStringLiteral("home"));
    tap(QStringLiteral("topicTile_safety"));
    check(QStringLiteral("topic"));
    tap(QStringLiteral("articleTile_side-effects"));
    check(QStringLiteral("reader"));
}
