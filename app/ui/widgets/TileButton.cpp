#include "TileButton.h"

#include "input/FocusRingPolicy.h"
#include "theme/Theme.h"
#include "theme/TopicIcon.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace {
constexpr int SideMargin = 32;
constexpr int IconGap = 20; // between the drawing and the title
// The drawing grows with the patient's text size, but never so far that
// it takes the title's room at 200 % on a narrow tile.
int iconPixels()
{
    return std::min(Theme::textPixels(56), 84);
}
} // namespace

TileButton::TileButton(QWidget *parent)
    : QAbstractButton(parent)
    , m_eyebrow(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_icon(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_Hover, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(SideMargin, 26, SideMargin, 26);
    layout->setSpacing(8);
    layout->addStretch(1);
    for (QLabel *label : {m_eyebrow, m_title, m_description, m_meta}) {
        // Titles and summaries come from the content folder: shown as
        // typed, never interpreted as HTML (AutoText would render markup).
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        // Presses go to the button, not the labels on top of it.
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        if (label != m_title) {
            layout->addWidget(label);
            continue;
        }
        // The drawing sits beside the title only: the explanation below
        // keeps the tile's whole width, so the tile grows no taller.
        auto *titleRow = new QHBoxLayout;
        titleRow->setSpacing(IconGap);
        m_icon->setObjectName(QStringLiteral("tileIcon"));
        m_icon->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_icon->hide();
        titleRow->addWidget(m_icon, 0, Qt::AlignVCenter);
        titleRow->addWidget(m_title, 1);
        layout->addLayout(titleRow);
    }
    // Each label's own type at 100 % text size; applyColours() scales it to
    // the patient's text size and adds the colour.
    m_eyebrow->setProperty("basePixels", 24);
    m_eyebrow->setProperty("baseStyle", QStringLiteral("font-weight: bold; letter-spacing: 1px;"));
    m_title->setProperty("basePixels", 34);
    m_title->setProperty("baseStyle", QStringLiteral("font-weight: bold;"));
    m_description->setProperty("basePixels", 26);
    m_meta->setProperty("basePixels", 24);
    m_eyebrow->hide();
    m_meta->hide();
    layout->addStretch(1);
    setEmphasis(false);
}

void TileButton::setTexts(const QString &title, const QString &description, const QString &meta)
{
    m_title->setText(title);
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    m_meta->setText(meta);
    m_meta->setVisible(!meta.isEmpty());
    setText(title); // the accessible name and the test-visible text
    setAccessibleName(title);
    setAccessibleDescription(description);
    fitIcon();
    updateGeometry();
}

void TileButton::setEyebrow(const QString &text)
{
    m_eyebrow->setText(text.toUpper());
    m_eyebrow->setVisible(!text.isEmpty());
}

void TileButton::setTopicIcon(const QString &topicId)
{
    m_iconTopic = TopicIcon::exists(topicId) ? topicId : QString();
    applyColours();
}

void TileButton::fitIcon()
{
    const QPixmap icon = m_icon->pixmap();
    bool fits = !icon.isNull();
    if (fits) {
        const int room = width() - 2 * SideMargin - icon.deviceIndependentSize().toSize().width() - IconGap;
        const QFontMetrics metrics = m_title->fontMetrics();
        const QStringList words = m_title->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            fits = fits && metrics.horizontalAdvance(word) <= room;
    }
    if (fits != !m_icon->isHidden()) {
        m_icon->setVisible(fits);
        updateGeometry();
    }
}

void TileButton::resizeEvent(QResizeEvent *event)
{
    QAbstractButton::resizeEvent(event);
    fitIcon();
}

bool TileButton::hasTopicIcon() const
{
    return !m_icon->isHidden() && !m_icon->pixmap().isNull();
}

QRect TileButton::topicIconRect() const
{
    return hasTopicIcon() ? m_icon->geometry() : QRect();
}

QString TileButton::titleText() const
{
    return m_title->text();
}

void TileButton::setEmphasis(bool emphasised)
{
    m_emphasised = emphasised;
    applyColours();
}

void TileButton::applyColours()
{
    const Theme::Palette &p = Theme::current();
    const QColor textColor = m_emphasised ? p.onAccent : p.text;
    const QColor mutedColor = m_emphasised ? p.onAccent : p.mutedText;
    auto colour = [](QLabel *label, const QColor &c) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, c);
        label->setPalette(pal);
        label->setStyleSheet(QStringLiteral("font-size: %1px; %2 color: %3;")
                                 .arg(Theme::textPixels(label->property("basePixels").toInt()))
                                 .arg(label->property("baseStyle").toString(), c.name()));
    };
    colour(m_eyebrow, mutedColor);
    colour(m_title, m_emphasised ? p.onAccent : p.accent);
    colour(m_description, textColor);
    colour(m_meta, mutedColor);
    // The drawing in the title's colour, at the patient's text size.
    const QPixmap icon =
        m_iconTopic.isEmpty()
            ? QPixmap()
            : TopicIcon::render(m_iconTopic, iconPixels(), m_emphasised ? p.onAccent : p.accent, devicePixelRatioF());
    m_icon->setPixmap(icon);
    if (!icon.isNull())
        m_icon->setFixedSize(icon.deviceIndependentSize().toSize());
    fitIcon();
    updateGeometry();
    update();
}

void TileButton::changeEvent(QEvent *event)
{
    // KioskWindow::applyReadingAids() sets a new style sheet on the window, which
    // reaches every widget as StyleChange.
    if (event->type() == QEvent::StyleChange)
        applyColours();
    QAbstractButton::changeEvent(event);
}

QSize TileButton::sizeHint() const
{
    const int width = 480;
    return {width, heightForWidth(width)};
}

QSize TileButton::minimumSizeHint() const
{
    return {Theme::MinimumTouchTarget * 4, Theme::ButtonHeight};
}

int TileButton::heightForWidth(int width) const
{
    return std::max(Theme::ButtonHeight, layout()->totalHeightForWidth(width));
}

void TileButton::paintEvent(QPaintEvent *)
{
    const Theme::Palette &p = Theme::current();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(2, 2, -2, -2);
    QPainterPath path;
    path.addRoundedRect(box, 22, 22);

    QColor fill = m_emphasised ? p.accent : p.surface;
    if (isDown())
        fill = m_emphasised ? p.text : p.mutedText;
    painter.fillPath(path, fill);
    const bool focused = hasFocus() && FocusRingPolicy::isKeyboardNavigation(this);
    QPen pen(focused ? p.focus : (m_emphasised ? p.accent : p.border), focused ? 6 : 3);
    painter.setPen(pen);
    painter.drawPath(path);
}
