#pragma once

#include "speech/SpeechEngine.h"

#include <QWidget>

class KioskWebPage;
class NavigationBar;
class QPushButton;
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
    void showArticle(const QUrl &url, const QString &title, const QString &html);
    QWebEngineView *view() const { return m_view; }
    NavigationBar *navigationBar() const { return m_bar; }
    QString articleTitle() const { return m_title; }

    // Reading aids, applied to every article shown until the reset.
    void setTextScale(double scale, bool canShrink, bool canEnlarge);
    void setHighContrast(bool on);
    void setOtherLanguage(const QString &language, const QString &nativeName);
    // Read-aloud: hidden without a speech engine; "Listen", "Pause" or "Resume".
    void setSpeechState(bool available, SpeechEngine::State state);

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
    void homeRequested();
    void articleLinkActivated(const QString &articleId);
    void articleShown(bool ok); // the article is in the page, or failed to load

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyAids();
    void retranslateUi();

    NavigationBar *m_bar;
    QWidget *m_tools;
    QPushButton *m_shrink;
    QPushButton *m_enlarge;
    QPushButton *m_contrast;
    QPushButton *m_language;
    QPushButton *m_listen;
    QPushButton *m_stopListening;
    QPushButton *m_finish;
    SpeechEngine::State m_speechState = SpeechEngine::State::Idle;
    QWebEngineView *m_view;
    KioskWebPage *m_page = nullptr;
    QString m_title;
    double m_scale = 1.0;
    bool m_highContrast = false;
};
