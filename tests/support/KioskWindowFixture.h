#pragma once

#include "FakeSpeechEngine.h"
#include "TouchDriver.h"
#include "VisibleWidgets.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"

#include <QSize>
#include <QStringList>

#include <functional>
#include <memory>

class ContentStore;
class KioskWindow;
class QWebEnginePage;

// The real kiosk window as a GUI test meets it: built over a content store
// and a config, at a reference size, shown and exposed, driven by touch.
// One fixture lives as long as the test object; each test opens the windows
// it needs. The content store outlives the windows (tests watch it across a
// reset, and one store serves every window of a binary unless replaced);
// a fake speech engine lives exactly as long as its window.
class KioskWindowFixture final
{
public:
    enum class Speech {
        Real,            // Qt TextToSpeech, as installed
        FakeAvailable,   // a FakeSpeechEngine that "speaks"
        FakeUnavailable, // a FakeSpeechEngine with no voice at all
    };

    struct Options
    {
        KioskConfig config;
        Speech speech = Speech::Real;
        QSize size{1080, 1920}; // the reference portrait screen
        bool staffBar = false;  // the windowed "Lock kiosk mode" bar
    };

    KioskWindowFixture();
    ~KioskWindowFixture();
    Q_DISABLE_COPY_MOVE(KioskWindowFixture)

    // Closes any open window, then builds a new one with `options`, shows it
    // and waits until it is exposed. False when it never was.
    bool open(const Options &options);
    bool open() { return open(Options{}); }
    // The window goes before its speech engine; the content stays.
    void closeWindow();
    // Everything, in the order the window needs: window, speech, content.
    void tearDown();

    // The store the next window shows (bundled content unless replaced).
    ContentStore *content();
    // Closes the window and replaces the store with one over `roots`,
    // loaded with `options` (the clinic's facts, takehome/base_url).
    ContentStore *useContent(const QStringList &roots, const ArticleLibrary::Options &options = {});

    KioskWindow *window() const { return m_window.get(); }
    FakeSpeechEngine *speech() const { return m_speech.get(); }
    TouchDriver &touch() { return m_touch; }

    // A tap on the visible widget named `objectName`; fails the test when
    // there is none. Returns once posted events (a screen switch, a
    // LanguageChange) have arrived.
    void tap(const QString &objectName);
    // The object name of the screen the window shows ("readerScreen").
    QString screenName() const;
    template<typename T = QWidget>
    T *visible(const QString &objectName) const
    {
        return visibleWidget<T>(m_window.get(), objectName);
    }

    // The reader's page, and the widget its touches go to (null before its first load).
    QWebEnginePage *page() const;
    QWidget *webInput() const;
    // The reader's page text contains `text` right now.
    bool readerShows(const QString &text) const;

    // Waits until the session reads article `id` and its page shows that
    // article's title (in the patient's language, or the fallback shown).
    void waitForArticle(const QString &id);
    // The welcome screen has one "Touch to begin" per language: from now on
    // (until the next open()) the fixture's begin taps use the button of
    // `language`, so the visit that follows is in that language.
    void beginIn(const QString &language) { m_welcomeLanguage = language; }
    QString beginButton() const { return QStringLiteral("beginButton_") + m_welcomeLanguage; }
    // Attract -> disclaimer -> home, by touch.
    void passDisclaimer();
    // From the attract screen to the topic's article list, by touch.
    void openTopicByTouch(const QString &topic);
    // From the attract screen to the article, by touch, until it shows.
    void openArticleByTouch(const QString &topic, const QString &article);
    // The end of the article shown is on the screen (the page's own numbers).
    bool articleEndShown() const;
    // One finger drag up the article, about half a screen.
    void dragArticleUp();
    // Finger drags up the article until its end is on the screen.
    void scrollToTheEndByTouch();
    // "I'm done", then the goodbye's few seconds to undo, until the welcome
    // screen is back for the next person.
    void finishByTouch();
    // From the attract screen through every kind of patient screen by touch
    // (the safety topic and its side-effects article), calling `check` on
    // each with its name: "attract", "disclaimer", "home", "topic", "reader".
    void walkEveryScreen(const std::function<void(const QString &screen)> &check);

private:
    TouchDriver m_touch;
    QString m_welcomeLanguage = QStringLiteral("en");
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<FakeSpeechEngine> m_speech;
    std::unique_ptr<KioskWindow> m_window; // declared last: destroyed first
};
