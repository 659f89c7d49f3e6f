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
};
