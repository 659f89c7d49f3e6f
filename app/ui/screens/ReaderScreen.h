#pragma once

#include "speech/SpeechEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPair>
#include <QUrl>
#include <QWidget>

class KioskWebPage;
class NavigationBar;
class QPushButton;
class ReadingProgress;
class QVBoxLayout;
class TextSizeControl;
class QWebEngineView;

// The article reader: the rendered article in a web view under a bar with
// large Back and Home buttons. The page itself comes from the patient's web
// session and is swapped at every reset.
class ReaderScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderScreen(QWidget *parent = nullptr);

    void setPage(KioskWebPage *page);
    // `html`: the complete page served at `url` (see KioskWebPage::showArticle).
    // `place`: where to start, in CSS pixels (placeToReturnTo()).
    // `readingMinutes`: the whole article's, for "About 3 min left".
    void showArticle(const QUrl &url, const QString &title, const QString &html, int readingMinutes, int place = 0);

    // Back after a link returns to where the patient was, not to the top.
    // The session's history depth names each step of the way: the place in
    // the article shown at `depth` is kept when the patient leaves it, and
    // found again when Back returns to that depth. Forgotten at the reset.
    void rememberPlace(int depth, const QString &articleId);
    int placeToReturnTo(int depth, const QString &articleId) const;
    void forgetPlacesFrom(int depth);
    QWebEngineView *view() const { return m_view; }
    NavigationBar *navigationBar() const { return m_bar; }
    QString articleTitle() const { return m_title; }
    ReadingProgress *progress() const { return m_progress; }
    // True when the tools share the bar's row (landscape, when they fit).
    bool toolsInBar() const;

    // Reading aids, applied to every article shown until the reset.
    void setTextScale(double scale, bool canShrink, bool canEnlarge);
    void setHighContrast(bool on);
    void setOtherLanguage(const QString &language, const QString &nativeName);
    // Read-aloud: hidden without a speech engine; "Listen", "Pause" or "Resume".
    void setSpeechState(bool available, SpeechEngine::State state);
    // "My questions (n)": hidden until the patient has collected one.
    void setQuestionCount(int count);

signals:
    void enlargeRequested();
    void shrinkRequested();
    void highContrastToggled(bool on);
    void languageRequested(const QString &language);
    // Listen while nothing plays: the article's text as shown, to be read aloud.
    void readAloudRequested(const QString &text);
    // Listen while reading or paused: pause or resume.
    void pauseReadingRequested();
    void stopListeningRequested();
    void backRequested();
    // "I'm done": the patient ends the visit from the article.
    void finishRequested();
    // "My questions": the patient's list and its QR code (MyQuestionsCard).
    void myQuestionsRequested();
    void homeRequested();
    void articleLinkActivated(const QString &articleId);
    void glossaryTermRequested(const QString &language, const QString &termId);
    void articleShown(bool ok); // the article is in the page, or failed to load
    // The end of the article shown was on the screen (scrolled to, or it
    // fits): once per article shown, for the reading statistics. `language`
    // is the one asked for (the address's), as in articleLinkActivated.
    void articleReadToEnd(const QString &articleId, const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyAids();
    void arrangeTools();
    void retranslateUi();
    void checkReadToEnd();
    // The progress bar follows the view's scroll position (no page script).
    void updateProgress();
    void stopFling();

    NavigationBar *m_bar;
    QWidget *m_tools;
    TextSizeControl *m_textSize;
    QPushButton *m_contrast;
    QPushButton *m_language;
    QPushButton *m_listen;
    QPushButton *m_stopListening;
    QPushButton *m_finish;
    QPushButton *m_myQuestions = nullptr;
    int m_questionCount = 0;
    SpeechEngine::State m_speechState = SpeechEngine::State::Idle;
    ReadingProgress *m_progress;
    QWebEngineView *m_view;
    QVBoxLayout *m_layout;
    KioskWebPage *m_page = nullptr;
    QString m_title;
    QUrl m_articleUrl;          // the article last asked for
    quint64 m_shownArticle = 0; // counts showArticle(): late answers about an older one are ignored
    bool m_endReported = true;  // articleReadToEnd() was sent for it (or nothing is shown)
    bool m_endCheckRunning = false;
    bool m_progressLive = false; // the page shows the article the bar is about
    QElapsedTimer m_lastScroll;  // since the page last moved
    // Chromium's flings last up to about two seconds here.
    static constexpr qint64 FlingMs = 4000;
    QHash<int, QPair<QString, int>> m_places; // depth -> (article, CSS px from the top)
    double m_scale = 1.0;
    bool m_highContrast = false;
};
