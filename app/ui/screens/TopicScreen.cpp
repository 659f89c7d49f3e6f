#include "TopicScreen.h"

#include "content/ArticleLibrary.h"
#include "theme/Theme.h"
#include "theme/TopicIcon.h"
#include "widgets/KineticScrollArea.h"
#include "widgets/NavigationBar.h"
#include "widgets/TileButton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

TopicScreen::TopicScreen(QWidget *parent)
    : QWidget(parent)
    , m_bar(new NavigationBar(this))
    , m_icon(new QLabel(this))
    , m_description(new QLabel(this))
    , m_scroll(new KineticScrollArea(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
{
    setObjectName(QStringLiteral("topicScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    m_description->setTextFormat(Qt::PlainText); // the topic's description, from the content folder
    m_description->setProperty("role", QStringLiteral("lead"));
    m_description->setWordWrap(true);
    m_listLayout->setContentsMargins(56, 16, 56, 56);
    m_listLayout->setSpacing(24);
    m_listLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("articleList"));
    m_scroll->setWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    m_descriptionRow = new QVBoxLayout;
    m_descriptionRow->setContentsMargins(56, 32, 56, 8);
    // A picture, not a control: it says nothing the description does not.
    m_icon->setObjectName(QStringLiteral("topicIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    auto *iconAndWords = new QHBoxLayout;
    iconAndWords->setSpacing(28);
    iconAndWords->addWidget(m_icon, 0, Qt::AlignTop);
    iconAndWords->addWidget(m_description, 1);
    m_descriptionRow->addLayout(iconAndWords);
    layout->addLayout(m_descriptionRow);
    layout->addWidget(m_scroll, 1);

    connect(m_bar, &NavigationBar::backRequested, this, &TopicScreen::backRequested);
    connect(m_bar, &NavigationBar::homeRequested, this, &TopicScreen::homeRequested);
}

void TopicScreen::showTopic(const ArticleLibrary *library, const QString &topicId, const QString &language)
{
    const bool sameTopic = topicId == m_topicId;
    m_topicId = topicId;
    const Topic *topic = library->manifest().topic(topicId);
    m_bar->setTitle(topic ? topic->title(language) : QString());
    m_description->setText(topic ? topic->description(language) : QString());
    showTopicIcon();

    qDeleteAll(m_tiles);
    m_tiles.clear();
    const QList<const Article *> articles = library->articlesInTopic(topicId, language);
    for (const Article *article : articles) {
        auto *tile = new TileButton(m_list);
        tile->setObjectName(QStringLiteral("articleTile_%1").arg(article->id));
        tile->setTexts(article->title, article->summary, tr("%n min read", nullptr, article->readingMinutes()));
        const QString id = article->id;
        connect(tile, &TileButton::clicked, this, [this, id] { emit articleRequested(id); });
        m_listLayout->insertWidget(m_listLayout->count() - 1, tile);
        m_tiles.append(tile);
    }
    // Coming back to the same topic keeps the place in the list; a new topic starts at the top.
    if (!sameTopic)
        scrollToTop();
}

void TopicScreen::scrollToTop()
{
    m_scroll->scrollToTop();
}

void TopicScreen::keepLinesReadable()
{
    // Tiles have 32 px of padding on each side of their words.
    const int column = Theme::readableWidth() + 64;
    const int side = std::max(56, (width() - column) / 2);
    m_listLayout->setContentsMargins(side, 16, side, 56);
    m_descriptionRow->setContentsMargins(side, 32, side, 8);
}

void TopicScreen::showTopicIcon()
{
    const QPixmap icon = TopicIcon::render(m_topicId, std::min(Theme::textPixels(96), 144), Theme::current().accent,
                                           devicePixelRatioF());
    m_icon->setPixmap(icon);
    m_icon->setVisible(!icon.isNull());
}

void TopicScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepLinesReadable();
}

void TopicScreen::changeEvent(QEvent *event)
{
    // A new text size reaches every screen as a new style sheet.
    if (event->type() == QEvent::StyleChange) {
        keepLinesReadable();
        showTopicIcon(); // the theme's colour, the text size's scale
    }
    QWidget::changeEvent(event);
}
