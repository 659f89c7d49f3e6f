#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

// What staff see after a correct PIN: resume (lock again), reload content,
// the idle timeout, the content check in one sentence (the file-by-file
// details behind a button), the app version, and leave kiosk mode (after a
// second, in-panel "Yes, leave"). Front-desk staff are not technical: every
// line is plain words, in the interface's current language. It fits the
// reference screens without scrolling; a smaller screen scrolls it. The
// owner closes it after 60 s without input.
class StaffPanel final : public QWidget
{
    Q_OBJECT

public:
    // The content check as numbers, so the panel can say it again in
    // another language; the problem lines stay as the files' own text.
    struct ContentStatus
    {
        int articles = 0;  // English articles the kiosk shows
        int languages = 0; // languages that have articles
        int errors = 0;
        int warnings = 0;
        int articlesWithErrors = 0;   // article files with at least one error
        int otherFilesWithErrors = 0; // pictures, the topic list, the folder itself
        int dueForReview = 0;         // articles a clinician should review
        QString revision;             // ArticleLibrary::revision(): which content is live
        QStringList problems;         // "FILE:LINE: error: MESSAGE", for the content editor
    };

    // A press on "− 30 s" or "+ 30 s" moves the idle timeout by this much.
    static constexpr int IdleStepSeconds = 30;

    explicit StaffPanel(QWidget *parent);

    void open(int idleTimeoutSeconds);
    void setUsualIdleTimeout(int seconds) { m_usualIdleSeconds = seconds; } // the configured value
    void setContentStatus(const ContentStatus &status);
    // This week's most opened articles (the reading statistics); the list
    // shows once it has been set.
    struct TopArticle
    {
        QString title;
        qint64 opens = 0;
    };
    void setTopArticles(const QList<TopArticle> &articles);
    int idleTimeoutSeconds() const { return m_idleSeconds; }
    // The full content report behind "Show details", as staff read it.
    QString contentDetails() const;

    // The idle timeout the − and + buttons would set, within the config
    // table's range for idle/timeout_seconds (and above zero); nullopt when
    // the button would not move it the way it says.
    static std::optional<int> shorterIdleTimeout(int seconds);
    static std::optional<int> longerIdleTimeout(int seconds);
    // "45 s", "2 min", "2 min 30 s".
    static QString durationText(int seconds);

signals:
    void resumeRequested();
    void leaveRequested();
    void reloadContentRequested();
    void idleTimeoutChanged(int seconds);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showIdle();
    void showContent();
    void showTopArticles();
    void setIdleTimeout(int seconds);
    void showDetails(bool shown);
    void askToLeave(bool asking);
    void placeLeaveCard();
    void retranslateUi();

    QScrollArea *m_scroll;
    QVBoxLayout *m_layout;
    QLabel *m_title;
    QLabel *m_version;
    QPushButton *m_resume;
    QPushButton *m_reload;
    QLabel *m_idle;
    QPushButton *m_shorter;
    QPushButton *m_longer;
    QLabel *m_contentHeading;
    QLabel *m_summary;
    QPushButton *m_showDetails;
    QPlainTextEdit *m_details;
    QLabel *m_topHeading;
    QLabel *m_topArticles;
    QList<TopArticle> m_top;
    QPushButton *m_leave;
    QWidget *m_leaveConfirmBox; // covers the panel while it asks
    QFrame *m_leaveCard;
    QLabel *m_leaveQuestion;
    QPushButton *m_leaveConfirm;
    QPushButton *m_leaveCancel;
    ContentStatus m_status;
    int m_idleSeconds = 120;
    int m_usualIdleSeconds = 120;
    int m_detailsStretchIndex = -1;
};
