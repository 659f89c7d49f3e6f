#include "ScreenshotTour.h"

#include "KioskWindow.h"
#include "content/ArticleLibrary.h"
#include "screens/IdleWarningOverlay.h"
#include "screens/MyQuestionsCard.h"
#include "screens/MyQuestionsWiring.h"
#include "screens/ReaderScreen.h"
#include "session/IdleMonitor.h"
#include "session/ReadingPreferences.h"
#include "takehome/CareTeamQuestions.h"
#include "visit/PatientVisit.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <chrono>

namespace {

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitForArticle(ReaderScreen *reader)
{
    QEventLoop loop;
    bool ok = false;
    const auto connection = QObject::connect(reader, &ReaderScreen::articleShown, &loop, [&](bool loaded) {
        ok = loaded;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return ok;
}

} // namespace

QStringList ScreenshotTour::run(KioskWindow *window, const QString &directory, QString *error)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return {};
    }
    QStringList written;
    bool failed = false;
    auto capture = [&](const QString &name) {
        settle(250);
        const QString path = dir.filePath(name + QStringLiteral(".png"));
        if (!window->grab().save(path)) {
            *error = QStringLiteral("cannot write %1").arg(path);
            failed = true;
            return;
        }
        written.append(path);
    };

    SessionController *session = window->session();
    // The tour is not a patient: no idle timeout may interrupt it. The
    // configured countdown is kept for the picture of the warning.
    IdleMonitor *idle = window->idleMonitor();
    const std::chrono::milliseconds warning = idle->warningDuration();
    idle->setTimeouts(std::chrono::hours(1), std::chrono::hours(1));
    session->resetToAttract(QStringLiteral("screenshot tour"));
    capture(QStringLiteral("01-attract"));
    session->beginSession();
    capture(QStringLiteral("02-disclaimer"));
    session->acknowledgeDisclaimer();
    capture(QStringLiteral("03-home"));

    const ArticleLibrary *library = window->library();
    int index = 4;
    for (const Topic &topic : library->manifest().topics()) {
        const QString topicId = topic.id;
        session->openTopic(topicId);
        capture(QStringLiteral("%1-topic-%2").arg(index++, 2, 10, QLatin1Char('0')).arg(topicId));
        session->goHome();
    }

    // The featured article, then the two visual aids patients most need to
    // see well: the help chart and the session-day timeline.
    QStringList articles{library->manifest().featuredArticleId()};
    for (const char *id : {"when-to-get-help", "session-day"}) {
        if (library->article(QLatin1String(id), session->language()) && !articles.contains(QLatin1String(id)))
            articles.append(QLatin1String(id));
    }
    for (const QString &articleId : std::as_const(articles)) {
        session->openArticle(articleId);
        if (!waitForArticle(window->readerScreen())) {
            *error = QStringLiteral("article %1 did not load").arg(articleId);
            return {};
        }
        settle(500); // let the web view paint its first frame
        capture(QStringLiteral("%1-article-%2").arg(index++, 2, 10, QLatin1Char('0')).arg(articleId));
        // The visual aid itself, scrolled into view, as a patient finds it.
        for (const char *box : {"box-help-levels", "box-timeline"}) {
            window->readerScreen()->view()->page()->runJavaScript(
                QStringLiteral(
                    "(function(){var b=document.querySelector('.%1');if(b)b.scrollIntoView();return !!b;})()")
                    .arg(QLatin1String(box)),
                QWebEngineScript::ApplicationWorld, [&](const QVariant &found) {
                    if (found.toBool())
                        capture(QStringLiteral("%1-%2").arg(index++, 2, 10, QLatin1Char('0')).arg(QLatin1String(box)));
                });
            settle(300);
        }
        session->goHome();
    }

    // In Spanish, with a hard word explained; then at 200 % text on every screen.
    session->setLanguage(QStringLiteral("es"));
    settle(100);
    capture(QStringLiteral("%1-home-es").arg(index++, 2, 10, QLatin1Char('0')));
    const QString explained = QStringLiteral("how-ketamine-works");
    if (library->article(explained, session->language())) {
        session->openArticle(explained);
        if (waitForArticle(window->readerScreen())) {
            settle(300);
            emit window->readerScreen()->glossaryTermRequested(session->language(), QStringLiteral("nmda"));
            capture(QStringLiteral("%1-glossary-es").arg(index++, 2, 10, QLatin1Char('0')));
        }
        session->goHome();
    }
    session->setLanguage(session->defaultLanguage());
    ReadingPreferences *aids = window->readingPreferences();
    while (aids->canEnlarge())
        aids->enlarge();
    capture(QStringLiteral("%1-home-text-200").arg(index++, 2, 10, QLatin1Char('0')));
    session->openTopic(QStringLiteral("safety"));
    capture(QStringLiteral("%1-topic-text-200").arg(index++, 2, 10, QLatin1Char('0')));
    session->openArticle(QStringLiteral("side-effects"));
    if (waitForArticle(window->readerScreen())) {
        settle(500);
        capture(QStringLiteral("%1-article-text-200").arg(index++, 2, 10, QLatin1Char('0')));
    }
    session->goHome();
    aids->reset();

    // Numbered after the warning, which keeps its place in the list: the
    // "My questions" card with two questions, then high contrast.
    const int afterWarning = index + 1;
    if (auto *myQuestions = window->findChild<MyQuestionsWiring *>()) {
        CareTeamQuestions *questions = window->visit()->questions();
        questions->add(QStringLiteral("How will I get home after my session?"), session->language());
        questions->add(QStringLiteral("Can I take my usual medicines on the day?"), session->language());
        session->openArticle(library->manifest().featuredArticleId());
        if (waitForArticle(window->readerScreen())) {
            settle(300);
            myQuestions->card()->open();
            capture(QStringLiteral("%1-my-questions").arg(afterWarning, 2, 10, QLatin1Char('0')));
            myQuestions->card()->hide();
        }
        questions->clear();
        session->goHome();
    }
    aids->setHighContrast(true);
    settle(100);
    capture(QStringLiteral("%1-home-high-contrast").arg(afterWarning + 1, 2, 10, QLatin1Char('0')));
    session->openArticle(QStringLiteral("side-effects"));
    if (waitForArticle(window->readerScreen())) {
        settle(500);
        capture(QStringLiteral("%1-article-high-contrast").arg(afterWarning + 2, 2, 10, QLatin1Char('0')));
    }
    session->goHome();
    aids->reset();

    // The warning as patients meet it: the configured countdown, started at once.
    idle->setTimeouts(std::chrono::milliseconds(1), warning);
    idle->start();
    settle(100);
    capture(QStringLiteral("%1-idle-warning").arg(index++, 2, 10, QLatin1Char('0')));
    return failed ? QStringList() : written;
}
