#pragma once

#include <QWebEnginePage>

#include <memory>

// The kiosk's only kind of web page: it shows the kiosk's own content and
// nothing else. Every policy (navigation, windows, permissions, settings)
// lives here so one file answers "what can a web page do in the kiosk?".
class KioskWebPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit KioskWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~KioskWebPage() override;

    // Shows the article at `url`, whose complete page is `html` (what the
    // content scheme serves at `url`). When the page already shows an
    // article, the new one is put into that document and no navigation
    // happens: a navigation costs a patient 10 ms or more per tap in
    // Chromium (README, Performance). Otherwise, or if that fails, the
    // article is loaded. Either way articleShown() follows.
    // `scrollY`: where to show it from, in CSS pixels (the place a patient
    // left it, on Back); a freshly loaded document always starts at the top.
    void showArticle(const QUrl &url, const QString &html, int scrollY = 0);
    // Loads the empty standby page (ContentUrl::standby), so that even the
    // first article is put into a page that is already there, its renderer
    // started and its stylesheet loaded. For a new page, between patients.
    void loadStandby();
    // Loads again the article last asked for, or the standby page before
    // the first one (after a renderer crash, or leaving the content).
    void reloadArticle();

signals:
    // The article asked for is in the page (ok), or its load failed. Not
    // for the standby page.
    void articleShown(bool ok);
    // A patient tapped a link to another article. The page does not follow
    // it itself: the session controller opens it, so the app's own history
    // (and Back button) stays the only history there is.
    void articleLinkActivated(const QString &articleId);
    // A tap on a marked hard word (Glossary::markTerms): the glossary's
    // language (the article's) and the term's id.
    void glossaryTermActivated(const QString &language, const QString &termId);
    // "Add to my questions" on the article's `index`-th question to ask
    // (QuestionsToAsk): the article's language and id. The button says
    // "Added" at once; the visit keeps the question.
    void questionActivated(const QString &language, const QString &articleId, int index);

private:
    void onUrlChanged(const QUrl &url);
    void markQuestionAdded(const QUrl &question);
    void onLoadingChanged(const QWebEngineLoadingInfo &loading);
    // A new document, never a swap into the open one.
    void loadNewDocument(const QUrl &url);
    QUrl articleOrStandby() const;

    // The article last asked for: where crash recovery and the safety net
    // (onUrlChanged) return to. Empty until the patient's first article.
    QUrl m_articleUrl;
    // A finished article or standby document the next article can be put into.
    bool m_documentReady = false;
    // The latest showArticle() request; older in-document swaps that report
    // back late are ignored. Shared with their callbacks, which Qt may call
    // while this page is being destroyed: 0 then means "gone".
    std::shared_ptr<quint64> m_request = std::make_shared<quint64>(1);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};
