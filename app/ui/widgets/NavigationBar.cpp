#include "NavigationBar.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_home(new QPushButton(this))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("navigationBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_home->setObjectName(QStringLiteral("homeButton"));
    m_title->setObjectName(QStringLiteral("barTitle"));
    m_title->setProperty("role", QStringLiteral("barTitle"));
    m_title->setTextFormat(Qt::PlainText); // a topic's or article's title, from the content folder
    m_title->setWordWrap(true);
    m_title->setMinimumWidth(100);
    // Its width is what the buttons leave, never what its words would like.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_title->installEventFilter(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(24);
    layout->addWidget(m_back);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_home);

    connect(m_back, &QPushButton::clicked, this, &NavigationBar::backRequested);
    connect(m_home, &QPushButton::clicked, this, &NavigationBar::homeRequested);
    retranslateUi();
}

void NavigationBar::setTitle(const QString &title)
{
    m_fullTitle = title;
    m_title->setAccessibleName(title);
    fitTitle();
}

void NavigationBar::fitTitle()
{
    const QFontMetrics metrics(m_title->font());
    const int room = TitleLines * metrics.lineSpacing();
    if (m_title->height() != room)
        m_title->setFixedHeight(room);
    const int width = m_title->contentsRect().width();
    const auto fits = [&](const QString &text) {
        return metrics.boundingRect(QRect(0, 0, width, room * 4), Qt::TextWordWrap, text).height() <= room;
    };
    QString shown = m_fullTitle;
    if (width > 0 && !fits(shown)) {
        QStringList words = m_fullTitle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString ellipsis(QChar(0x2026));
        while (words.size() > 1 && !fits(words.join(QLatin1Char(' ')) + ellipsis))
            words.removeLast();
        shown = words.join(QLatin1Char(' ')) + ellipsis;
        // At a large text size the room may not hold one word: a clipped
        // word reads worse than none, and the page's heading has the title.
        if (words.size() == 1 && metrics.horizontalAdvance(shown) > width)
            shown.clear();
    }
    if (m_title->text() != shown)
        m_title->setText(shown);
}

bool NavigationBar::eventFilter(QObject *watched, QEvent *event)
{
    // The style sheet sets the title's font (text size): the room follows it.
    if (watched == m_title
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange
            || event->type() == QEvent::StyleChange))
        fitTitle();
    return QWidget::eventFilter(watched, event);
}

void NavigationBar::setTools(QWidget *tools)
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    if (m_tools)
        row->removeWidget(m_tools);
    m_tools = tools;
    if (m_tools)
        row->insertWidget(row->indexOf(m_trailing ? m_trailing : m_home), m_tools, 1);
    m_title->setVisible(!m_tools);
}

void NavigationBar::addTrailingButton(QWidget *button)
{
    auto *row = static_cast<QHBoxLayout *>(layout());
    m_trailing = button;
    row->insertWidget(row->indexOf(m_home), button);
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NavigationBar::retranslateUi()
{
    //: Button that returns to the previous screen. Keep it short.
    m_back->setText(tr("‹  Back"));
    m_back->setAccessibleName(tr("Back"));
    //: Button that returns to the home screen with the topics.
    m_home->setText(tr("Home"));
    m_home->setAccessibleName(tr("Home"));
}
