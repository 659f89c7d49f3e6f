#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class KineticScrollArea;

// "My questions for the care team", over the screen: the questions the
// patient collected (each with Remove), and ONE QR code that carries the
// list itself as plain text, so a phone keeps it as a note with no server
// and no network. Its caption says the front desk can read the card for a
// patient without a phone. It shows what it is given and keeps nothing:
// the list lives in the visit (CareTeamQuestions) and goes at the reset.
class MyQuestionsCard final : public QWidget
{
    Q_OBJECT

public:
    explicit MyQuestionsCard(QWidget *window);

    // The questions as shown, and the note the code carries (empty: no code).
    void setQuestions(const QStringList &questions, const QString &noteText);
    void open();
    // What the code shown carries (empty when there is none).
    QString noteText() const { return m_noteText; }

signals:
    void removeRequested(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void place();
    // The list's height in portrait: its own, so the code follows it.
    void fitList();
    void rebuildRows();
    void showCode();
    void retranslateUi();

    QLabel *m_title;
    QPushButton *m_close;
    KineticScrollArea *m_scroll;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QLabel *m_privacy;
    QWidget *m_codeColumn;
    QLabel *m_code;
    QLabel *m_caption;
    QBoxLayout *m_body;
    QStringList m_questions;
    QString m_noteText;
};
