#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The bar at the top of topic and reader screens: large Back and Home
// buttons that are always visible, and the title of what is shown.
class NavigationBar final : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationBar(QWidget *parent = nullptr);

    // Shown in at most TitleLines lines, in a space of that height whatever
    // the title: a bar that grew and shrank with each title would resize the
    // reader's web page under it, and Chromium lays out and paints a resized
    // page again, which made every article open slower. A longer title ends
    // in "…" here; the page shows it whole, and so does the accessible name.
    void setTitle(const QString &title);
    static constexpr int TitleLines = 2;
    // Tools shown in the bar itself, between the title and Home (the reader's
    // single row in landscape); nullptr takes them out again. While tools
    // are in the bar the title gives way: the page below shows it.
    void setTools(QWidget *tools);
    // A button that always sits just before Home ("I'm done" in the reader).
    void addTrailingButton(QWidget *button);
    QWidget *tools() const { return m_tools; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *homeButton() const { return m_home; }

signals:
    void backRequested();
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fitTitle();

    QPushButton *m_back;
    QPushButton *m_home;
    QLabel *m_title;
    QString m_fullTitle;
    QWidget *m_tools = nullptr;
    QWidget *m_trailing = nullptr;
};
