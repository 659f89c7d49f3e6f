#pragma once

#include <QObject>

class QWidget;

// Makes every screen usable with a keyboard or a keypad alone: arrow keys
// move focus like Tab, Enter activates the focused control (Space already
// does). Inside the article the arrows keep scrolling the page.
class KeyboardNavigation final : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardNavigation(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
