#pragma once

#include <QObject>

// Eats, application-wide, the input that could lead out of the kiosk or
// change what it shows behind the app's back: shortcuts with Ctrl/Alt/Meta
// (Alt+F4, Ctrl+W, Ctrl+P, Ctrl+L, Ctrl+plus, Alt+Left, ...), every F-key,
// Escape, browser and media keys, the mouse back/forward buttons, Ctrl+wheel
// zoom, context-menu requests and drag-and-drop. Tab, arrows, Enter, Space
// and plain characters pass: keyboard users need them.
class KioskInputGuard final : public QObject
{
    Q_OBJECT

public:
    explicit KioskInputGuard(QObject *parent = nullptr);

    static bool isBlocked(const class QEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
