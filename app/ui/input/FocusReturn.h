#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

// Gives keyboard focus back to where it was when an overlay goes away
// (the idle warning, the goodbye, a glossary card). Left to Qt, a hidden
// button with focus passes it on as Tab would; a web view that gets focus
// by Tab focuses the page's first link, and the article jumps to its top:
// "I'm still here" or "Keep reading" would lose the patient's place.
class FocusReturn final : public QObject
{
    Q_OBJECT

public:
    explicit FocusReturn(QWidget *overlay);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_overlay;
    QPointer<QWidget> m_before;
};
