#pragma once

#include <QWidget>

class QLabel;

// How much of the article is left: a thin bar that fills as the patient
// scrolls, and a few words ("About 3 min left", "You reached the end").
// An anxious reader called in any minute wants to know whether to start;
// the bar answers without a number to work out. It reads only what the
// view already knows (scroll position and page height), never the page,
// so it costs nothing on the article's budget.
class ReadingProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadingProgress(QWidget *parent = nullptr);

    // A new article: its reading time for the whole page, and the top.
    void startArticle(int readingMinutes);
    // Where the patient is: how far the page is scrolled and how far it
    // can scroll, in the same units. A page that fits the screen is read.
    void setPosition(double scrolled, double scrollable);

    // 0.0 (top) to 1.0 (the end is on the screen).
    double fraction() const { return m_fraction; }
    QString text() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_words;
    int m_minutes = 0;
    double m_fraction = 0.0;
};
