#include "OverlayPlacement.h"

#include <QEvent>
#include <QWidget>

OverlayPlacement::OverlayPlacement(QWidget *overlay, std::function<void()> place, bool whileHidden)
    : QObject(overlay)
    , m_overlay(overlay)
    , m_place(std::move(place))
    , m_whileHidden(whileHidden)
{
    Q_ASSERT(overlay->parentWidget());
    overlay->parentWidget()->installEventFilter(this);
}

OverlayPlacement *OverlayPlacement::coverParent(QWidget *overlay)
{
    auto *placement = new OverlayPlacement(
        overlay, [overlay] { overlay->setGeometry(overlay->parentWidget()->rect()); }, true);
    placement->m_place();
    return placement;
}

OverlayPlacement *OverlayPlacement::follow(QWidget *overlay, std::function<void()> place)
{
    return new OverlayPlacement(overlay, std::move(place), false);
}

bool OverlayPlacement::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_overlay->parentWidget()
        && (m_whileHidden || m_overlay->isVisible()))
        m_place();
    return QObject::eventFilter(watched, event);
}
