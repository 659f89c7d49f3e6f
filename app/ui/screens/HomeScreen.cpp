#include "HomeScreen.h"

#include "content/ArticleLibrary.h"
#include "widgets/LanguageSwitch.h"
#include "widgets/TileButton.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QSignalBlocker>
#include <QVBoxLayout>

HomeScreen::HomeScreen(QWidget *parent)
    : QWidget(parent)
    , m_clinicName(new QLabel(this))
    , m_question(new QLabel(this))
    , m_finish(new QPushButton(this))
    , m_contrast(new QPushButton(this))
    , m_languageSwitch(new LanguageSwitch(this))
    , m_featured(new TileButton(this))
    , m_moreFeatured(new QPushButton(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("homeScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    // The clinic's name comes from the config: shown as typed, never as HTML.
    m_clinicName->setTextFormat(Qt::PlainText);
    m_question->setTextFormat(Qt::PlainText);
    m_clinicName->setProperty("role", QStringLiteral("clinicName"));
    m_clinicName->setWordWrap(true);
    m_question->setProperty("role", QStringLiteral("screenTitle"));
    m_question->setWordWrap(true);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_contrast->setObjectName(QStringLiteral("homeContrastButton"));
    m_contrast->setProperty("kind", QStringLiteral("tool"));
    m_contrast->setCheckable(true);
    connect(m_contrast, &QPushButton::toggled, this, &HomeScreen::highContrastToggled);
    m_featured->setObjectName(QStringLiteral("featuredArticleTile"));
    m_featured->setEmphasis(true);
    m_moreFeatured->setObjectName(QStringLiteral("featuredTopicButton"));

    auto *top = new QHBoxLayout;
    top->setSpacing(24);
    top->addWidget(m_clinicName, 1);
    top->addWidget(m_contrast);
    top->addWidget(m_finish);
    auto *questionRow = new QHBoxLayout;
    questionRow->setSpacing(24);
    questionRow->addWidget(m_question, 1);
    questionRow->addWidget(m_languageSwitch, 0, Qt::AlignBottom);

    m_grid->setSpacing(28);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(56, 40, 56, 48);
    layout->setSpacing(32);
    layout->addLayout(top);
    layout->addLayout(questionRow);
    layout->addLayout(m_grid, 1);

    connect(m_featured, &TileButton::clicked, this, [this] {
        if (m_library)
            emit articleRequested(m_library->manifest().featuredArticleId());
    });
    connect(m_moreFeatured, &QPushButton::clicked, this,
            [this] { emit topicRequested(m_moreFeatured->property("topic").toString()); });
    connect(m_finish, &QPushButton::clicked, this, &HomeScreen::finishRequested);
    retranslateUi();
}

void HomeScreen::setClinicName(const QString &name)
{
    m_clinicName->setText(name);
}

void HomeScreen::populate(const ArticleLibrary *library, const QString &language)
{
    m_library = library;
    m_language = language;
    m_languageSwitch->setLanguages(library->languages());
    m_languageSwitch->setCurrentLanguage(language);

    const TopicManifest &manifest = library->manifest();
    const Article *featured = library->articleForReading(manifest.featuredArticleId(), language);
    m_featured->setVisible(featured != nullptr);
    if (featured)
        m_featured->setTexts(featured->title, featured->summary,
                             tr("%n min read", nullptr, featured->readingMinutes()));

    // The featured article's topic gets a "more" button instead of a tile.
    const Topic *featuredTopic = featured ? manifest.topic(featured->topic) : nullptr;
    const bool showMore = featuredTopic && library->articlesInTopic(featuredTopic->id, language).size() > 1;
    m_moreFeatured->setVisible(showMore);
    if (featuredTopic) {
        m_moreFeatured->setProperty("topic", featuredTopic->id);
        m_moreFeatured->setText(tr("More on this topic"));
        m_moreFeatured->setAccessibleName(tr("More on this topic: %1").arg(featuredTopic->title(language)));
    }

    qDeleteAll(m_topicTiles);
    m_topicTiles.clear();
    for (const Topic &topic : manifest.tileTopics()) {
        if (library->articlesInTopic(topic.id, language).isEmpty())
            continue; // never a tile that leads to an empty list
        auto *tile = new TileButton(this);
        tile->setObjectName(QStringLiteral("topicTile_%1").arg(topic.id));
        tile->setTexts(topic.title(language), topic.description(language));
        const QString id = topic.id;
        connect(tile, &TileButton::clicked, this, [this, id] { emit topicRequested(id); });
        m_topicTiles.append(tile);
    }
    retranslateUi();
    arrange();
}

void HomeScreen::arrange()
{
    while (m_grid->count() > 0)
        m_grid->takeAt(0);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, 0);
    for (int r = 0; r < 6; ++r)
        m_grid->setRowStretch(r, 0);

    if (m_landscape) {
        // Featured card on the left, topic tiles in a 2-column grid on the right.
        m_grid->addWidget(m_featured, 0, 0, 2, 1);
        m_grid->addWidget(m_moreFeatured, 2, 0);
        for (int i = 0; i < m_topicTiles.size(); ++i)
            m_grid->addWidget(m_topicTiles.at(i), i / 2, 1 + i % 2);
        m_grid->setColumnStretch(0, 10);
        m_grid->setColumnStretch(1, 9);
        m_grid->setColumnStretch(2, 9);
        m_grid->setRowStretch(0, 1);
        m_grid->setRowStretch(1, 1);
    } else {
        m_grid->addWidget(m_featured, 0, 0, 1, 2);
        m_grid->addWidget(m_moreFeatured, 1, 0, 1, 2);
        for (int i = 0; i < m_topicTiles.size(); ++i)
            m_grid->addWidget(m_topicTiles.at(i), 2 + i / 2, i % 2);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 1);
        m_grid->setRowStretch(0, 3);
        const int tileRows = int(m_topicTiles.size() + 1) / 2;
        for (int r = 0; r < tileRows; ++r)
            m_grid->setRowStretch(2 + r, 2);
    }
}

void HomeScreen::resizeEvent(QResizeEvent *event)
{
    const bool landscape = event->size().width() > event->size().height();
    if (landscape != m_landscape) {
        m_landscape = landscape;
        arrange();
    }
    QWidget::resizeEvent(event);
}

void HomeScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomeScreen::setHighContrast(bool on)
{
    const QSignalBlocker blocker(m_contrast);
    m_contrast->setChecked(on);
}

void HomeScreen::retranslateUi()
{
    m_contrast->setText(tr("Contrast"));
    m_contrast->setAccessibleName(tr("High contrast"));
    m_question->setText(tr("What would you like to read about?"));
    m_featured->setEyebrow(tr("Start here"));
    //: Ends the patient's visit and clears the screen for the next person.
    m_finish->setText(tr("I'm done"));
    m_finish->setAccessibleName(tr("I'm done: clear the screen for the next person"));
}
