#include "NoticeBanner.h"

#include "widgets/OverlayPlacement.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

NoticeBanner::NoticeBanner(QWidget *window)
    : QWidget(window)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Notice"));
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->addWidget(m_label);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    OverlayPlacement::follow(this, [this] { place(); });
    hide();
}

void NoticeBanner::showNotice(const QString &text, int milliseconds)
{
    m_label->setText(text);
    m_label->setAccessibleName(text);
    place();
    show();
    raise();
    m_hide.start(milliseconds);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString NoticeBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void NoticeBanner::place()
{
    const QWidget *window = parentWidget();
    const int width = qMin(window->width() - 48, 960);
    setFixedWidth(width);
    adjustSize();
    move((window->width() - width) / 2, window->height() - height() - 120);
}
