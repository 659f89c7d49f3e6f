#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Keeps an overlay (a card, a banner, a screen over the screens) where it
// belongs as the window under it changes size: a kiosk turns between
// portrait and landscape, and a locked kiosk takes the screen's geometry
// only after its overlays were built. One place for what eight overlays
// each wrote as their own resize filter.
//
//     OverlayPlacement::coverParent(this);                  // the whole window
//     OverlayPlacement::follow(this, [this] { place(); });  // its own place
class OverlayPlacement final : public QObject
{
    Q_OBJECT

public:
    // Covers the parent exactly, from now on, visible or not (a hidden
    // overlay is then already the right size when it shows).
    static OverlayPlacement *coverParent(QWidget *overlay);
    // Calls `place` whenever the parent changes size while the overlay is
    // visible; a hidden overlay places itself when it shows.
    static OverlayPlacement *follow(QWidget *overlay, std::function<void()> place);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    OverlayPlacement(QWidget *overlay, std::function<void()> place, bool whileHidden);

    QWidget *m_overlay;
    std::function<void()> m_place;
    bool m_whileHidden;
};
