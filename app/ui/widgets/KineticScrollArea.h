#pragma once

#include <QScrollArea>

// A vertical scroll area that a finger can fling: QScroller on the viewport,
// scrolling per pixel (per item would make one drag jump to the end), with
// no horizontal scrolling ever.
class KineticScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit KineticScrollArea(QWidget *parent = nullptr);

    void scrollToTop();
};
