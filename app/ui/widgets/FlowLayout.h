#pragma once

#include <QLayout>
#include <QList>

// Lays its controls out in a row, and starts a new row when the next one
// does not fit: a row of tools stays whole on a wide screen and wraps on a
// narrow one or at 200 % text, never clipping a button's words. (The shape
// of Qt's own Flow Layout example; Qt Widgets has no such layout.)
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 16);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override;    // every control in one row
    QSize minimumSize() const override; // the widest single control
    void setGeometry(const QRect &rect) override;

private:
    // Places the items (or only measures, with `apply` false); the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};
