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

    void setTitle(const QString &title);
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

private:
    void retranslateUi();

    QPushButton *m_back;
    QPushButton *m_home;
    QLabel *m_title;
    QWidget *m_tools = nullptr;
    QWidget *m_trailing = nullptr;
};
