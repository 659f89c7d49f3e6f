#include "HomeScreen.h"

#include "content/ArticleLibrary.h"
#include "widgets/FlowLayout.h"
#include "widgets/KineticScrollArea.h"
#include "widgets/LanguageSwitch.h"
#include "widgets/TextSizeControl.h"
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
    , m_textSize(new TextSizeControl(this))
    , m_languageSwitch(new LanguageSwitch(this))
    , m_featured(new TileButton)
    , m_moreFeatured(new TileButton)
    , m_scroll(new KineticScrollArea(this))
    , m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("homeScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    // The clinic's name comes from the config: shown as typed, never as HTML.
    m_clinicName->setTextFormat(Qt::PlainText);
    m_question->setTextFormat(Qt::PlainText);
    m_clinicName->setObjectName(QStringLiteral("clinicName"));
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
    top->addWidget(m_finish);
    // The reading aids come first, before any tile: a patient who cannot
    // read the tiles finds the text size without reading them.
    auto *toolRow = new QWidget(this);
    toolRow->setObjectName(QStringLiteral("homeTools"));
    auto *tools = new FlowLayout(toolRow, 24); // wraps at 200 % rather than clip
    tools->addWidget(m_textSize);
    tools->addWidget(m_contrast);
    tools->addWidget(m_languageSwitch);
    m_myQuestions = new QPushButton(toolRow);
    m_myQuestions->setObjectName(QStringLiteral("myQuestionsButton"));
    m_myQuestions->setProperty("kind", QStringLiteral("tool"));
    m_myQuestions->hide(); // until the patient has added a question
    tools->addWidget(m_myQuestions);
    connect(m_myQuestions, &QPushButton::clicked, this, &HomeScreen::myQuestionsRequested);

    auto *tiles = new QWidget;
    tiles->setObjectName(QStringLiteral("homeTiles"));
    auto *tilesLayout = new QVBoxLayout(tiles);
    tilesLayout->setContentsMargins(56, 8, 56, 24);
    tilesLayout->addLayout(m_grid);
    tilesLayout->addStretch(1); // tiles as tall as their words, never stretched hollow
    m_grid->setSpacing(24);
    m_featured->setParent(tiles);
    m_moreFeatured->setParent(tiles);
    m_scroll->setObjectName(QStringLiteral("homeScroll"));
    m_scroll->setWidget(tiles);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 32, 0, 0);
    layout->setSpacing(20);
    auto *head = new QVBoxLayout;
    head->setContentsMargins(56, 0, 56, 0);
    head->setSpacing(20);
    head->addLayout(top);
    head->addWidget(m_question);
    head->addWidget(toolRow);
    layout->addLayout(head);
    layout->addWidget(m_scroll, 1);

    connect(m_featured, &TileButton::clicked, this, [this] {
        if (m_library)
            emit articleRequested(m_library->manifest().featuredArticleId());
    });
    connect(m_moreFeatured, &TileButton::clicked, this,
            [this] { emit topicRequested(m_moreFeatured->property("topic").toString()); });
    connect(m_finish, &QPushButton::clicked, this, &HomeScreen::finishRequested);
    connect(m_textSize, &TextSizeControl::shrinkRequested, this, &HomeScreen::shrinkRequested);
    connect(m_textSize, &TextSizeControl::enlargeRequested, this, &HomeScreen::enlargeRequested);
    retranslateUi();
}

void HomeScreen::setClinicName(const QString &name)
{
    m_clinicNameSetting = name;
    retranslateUi();
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

    // Next to the featured card, the way to the rest of its topic, by name.
    const Topic *featuredTopic = featured ? manifest.topic(featured->topic) : nullptr;
    const qsizetype inFeaturedTopic = featuredTopic ? library->articlesInTopic(featuredTopic->id, language).size() : 0;
    m_moreFeatured->setVisible(inFeaturedTopic > 1);
    if (featuredTopic) {
        m_moreFeatured->setProperty("topic", featuredTopic->id);
        m_moreFeatured->setTexts(tr("More on this topic"), featuredTopic->title(language),
                                 inFeaturedTopic == 1 ? tr("1 article") : tr("%1 articles").arg(inFeaturedTopic));
        m_moreFeatured->setAccessibleName(tr("More on this topic: %1").arg(featuredTopic->title(language)));
    }

    // Every topic the same kind of tile, the featured one included.
    qDeleteAll(m_topicTiles);
    m_topicTiles.clear();
    for (const Topic &topic : manifest.topics()) {
        if (library->articlesInTopic(topic.id, language).isEmpty())
            continue; // never a tile that leads to an empty list
        auto *tile = new TileButton(m_featured->parentWidget());
        tile->setObjectName(QStringLiteral("topicTile_%1").arg(topic.id));
        tile->setTopicIcon(topic.id);
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
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, 0);

    if (m_landscape) {
        // The featured card and its "more" tile on the left, the topics in
        // two columns on the right: three columns of about 40 characters.
        m_grid->addWidget(m_featured, 0, 0, 2, 1);
        m_grid->addWidget(m_moreFeatured, 2, 0);
        for (int i = 0; i < m_topicTiles.size(); ++i)
            m_grid->addWidget(m_topicTiles.at(i), i / 2, 1 + i % 2);
        for (int c = 0; c < 3; ++c)
            m_grid->setColumnStretch(c, 1);
    } else {
        m_grid->addWidget(m_featured, 0, 0, 1, 2);
        m_grid->addWidget(m_moreFeatured, 1, 0, 1, 2);
        for (int i = 0; i < m_topicTiles.size(); ++i)
            m_grid->addWidget(m_topicTiles.at(i), 2 + i / 2, i % 2);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 1);
    }
}

void HomeScreen::setTextScale(double scale, bool canShrink, bool canEnlarge)
{
    m_textSize->setScale(scale, canShrink, canEnlarge);
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
    //: The kiosk's name when the clinic has not set its own.
    m_clinicName->setText(m_clinicNameSetting.isEmpty() ? tr("Patient Education") : m_clinicNameSetting);
    m_contrast->setText(tr("Contrast"));
    m_contrast->setAccessibleName(tr("High contrast"));
    m_question->setText(tr("What would you like to read about?"));
    m_featured->setEyebrow(tr("Start here"));
    //: Ends the patient's visit and clears the screen for the next person.
    m_finish->setText(tr("I'm done"));
    m_finish->setAccessibleName(tr("I'm done: clear the screen for the next person"));
    //: A button that opens the patient's list of questions for the care team; %n is how many.
    m_myQuestions->setText(tr("My questions (%n)", nullptr, m_questionCount));
    m_myQuestions->setAccessibleName(tr("My questions for the care team: %n question(s)", nullptr, m_questionCount));
}

void HomeScreen::setQuestionCount(int count)
{
    m_questionCount = count;
    m_myQuestions->setVisible(count > 0);
    retranslateUi();
}
