#include "ReadingProgress.h"

#include "theme/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
constexpr int TrackHeight = 10;
constexpr int SideMargin = 24;
// The last few pixels count as the end: a fling rarely lands exactly there.
constexpr double EndSlack = 24.0;
} // namespace

ReadingProgress::ReadingProgress(QWidget *parent)
    : QWidget(parent)
    , m_words(new QLabel(this))
{
    setObjectName(QStringLiteral("readingProgress"));
    setAttribute(Qt::WA_StyledBackground);
    m_words->setObjectName(QStringLiteral("readingProgressText"));
    m_words->setTextFormat(Qt::PlainText);
    m_words->setProperty("role", QStringLiteral("progress"));
    auto *layout = new QHBoxLayout(this);
    // The bar is painted on the left; the words sit at its right end.
    layout->setContentsMargins(SideMargin, 4, SideMargin, 4);
    layout->addStretch(1);
    layout->addWidget(m_words);
    setAccessibleName(tr("Reading progress"));
    // Hidden, the bar keeps its room: the web view under it never changes
    // size, since Chromium lays out and paints a resized page again. A new
    // page reports no height until its first frame, so without this the
    // bar hid and showed again on every new patient's first article (tap
    // to that article about 1.4x slower in kiosk_bench).
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    retranslateUi();
}

void ReadingProgress::startArticle(int readingMinutes)
{
    m_minutes = std::max(0, readingMinutes);
    show();
    m_fraction = 0.0;
    retranslateUi();
    update();
}

void ReadingProgress::setPosition(double scrolled, double scrollable)
{
    // A page that fits the screen needs no bar; its room stays (see the
    // constructor), so nothing under it moves.
    if (scrollable <= EndSlack) {
        hide();
        return;
    }
    show();
    double fraction = 1.0;
    if (scrolled + EndSlack < scrollable)
        fraction = std::clamp(scrolled / scrollable, 0.0, 1.0);
    // Whole percents: a scroll of one pixel should not repaint the bar. But
    // 99.6 % and the end round alike, and only the end says "the end".
    if (std::lround(fraction * 100) == std::lround(m_fraction * 100) && (fraction >= 1.0) == (m_fraction >= 1.0))
        return;
    m_fraction = fraction;
    retranslateUi();
    update();
}

QString ReadingProgress::text() const
{
    return m_words->text();
}

QSize ReadingProgress::sizeHint() const
{
    return {400, std::max(m_words->sizeHint().height() + 8, TrackHeight + 8)};
}

void ReadingProgress::retranslateUi()
{
    // Minutes left from the article's reading time, rounded up: "less than
    // a minute" rather than "0 min".
    QString words;
    if (m_fraction >= 1.0) {
        //: Under an article: the patient has scrolled to its end.
        words = tr("You reached the end");
    } else {
        const int left = int(std::ceil(m_minutes * (1.0 - m_fraction)));
        if (left <= 1)
            //: Under an article: less than a minute of reading is left.
            words = tr("Less than a minute left");
        else
            //: Under an article: how much reading is left, %n minutes.
            words = tr("About %n min left", nullptr, left);
    }
    m_words->setText(words);
    setAccessibleDescription(words);
}

void ReadingProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Reading progress"));
        retranslateUi();
    } else if (event->type() == QEvent::StyleChange) {
        update(); // the theme's colours
    }
    QWidget::changeEvent(event);
}

void ReadingProgress::paintEvent(QPaintEvent *)
{
    const Theme::Palette &p = Theme::current();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int right = m_words->geometry().left() - SideMargin;
    const QRectF bar(SideMargin, (height() - TrackHeight) / 2.0, std::max(0, right - SideMargin), TrackHeight);
    QPainterPath whole;
    whole.addRoundedRect(bar, TrackHeight / 2.0, TrackHeight / 2.0);
    // A pale track, so the empty bar never reads as a full one.
    QColor track = p.border;
    track.setAlphaF(0.3);
    painter.fillPath(whole, track);
    if (m_fraction > 0) {
        QPainterPath done;
        QRectF filled = bar;
        filled.setWidth(std::max(double(TrackHeight), bar.width() * m_fraction));
        done.addRoundedRect(filled, TrackHeight / 2.0, TrackHeight / 2.0);
        painter.fillPath(done, p.accent);
    }
}
