#include "AttractScreen.h"

#include "content/ArticleLibrary.h"
#include "widgets/LanguageSwitch.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

AttractScreen::AttractScreen(QWidget *parent)
    : QWidget(parent)
    , m_clinicName(new QLabel(this))
    , m_welcome(new QLabel(this))
    , m_highlightLabel(new QLabel)
    , m_highlightTitle(new QLabel)
    , m_highlightSummary(new QLabel)
    , m_begin(new QPushButton(this))
    , m_languageSwitch(new LanguageSwitch(this))
{
    setObjectName(QStringLiteral("attractScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);

    // The clinic's name (config) and article titles and summaries (content)
    // are shown as typed, never interpreted as HTML.
    for (QLabel *label : {m_clinicName, m_welcome, m_highlightLabel, m_highlightTitle, m_highlightSummary})
        label->setTextFormat(Qt::PlainText);
    m_clinicName->setProperty("role", QStringLiteral("clinicName"));
    m_clinicName->setObjectName(QStringLiteral("clinicName"));
    m_welcome->setProperty("role", QStringLiteral("screenTitle"));
    m_welcome->setWordWrap(true);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_clinicName->setAlignment(Qt::AlignCenter);
    m_clinicName->setWordWrap(true);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("highlightCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 32, 40, 32);
    cardLayout->setSpacing(12);
    m_highlightLabel->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold; letter-spacing: 1px;"));
    m_highlightTitle->setObjectName(QStringLiteral("highlightTitle"));
    m_highlightTitle->setStyleSheet(QStringLiteral("font-size: 36px; font-weight: bold;"));
    m_highlightSummary->setStyleSheet(QStringLiteral("font-size: 28px;"));
    for (QLabel *label : {m_highlightLabel, m_highlightTitle, m_highlightSummary}) {
        label->setWordWrap(true);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        cardLayout->addWidget(label);
    }
    card->setAttribute(Qt::WA_TransparentForMouseEvents);
    card->setMinimumHeight(260);

    m_begin->setObjectName(QStringLiteral("beginButton"));
    m_begin->setProperty("kind", QStringLiteral("primary"));
    m_begin->setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(72, 72, 72, 64);
    layout->setSpacing(40);
    layout->addWidget(m_clinicName);
    layout->addStretch(2);
    layout->addWidget(m_welcome);
    layout->addStretch(1);
    layout->addWidget(card);
    layout->addStretch(2);
    layout->addWidget(m_begin, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    layout->addWidget(m_languageSwitch, 0, Qt::AlignHCenter);

    connect(m_begin, &QPushButton::clicked, this, &AttractScreen::beginRequested);
    connect(m_languageSwitch, &LanguageSwitch::languageChosen, this, &AttractScreen::languageChosen);

    // The timer runs only while the screen shows (see show/hideEvent), so a
    // hidden attract screen never wakes the CPU.
    m_rotation.setInterval(HighlightIntervalMs);
    m_rotation.setTimerType(Qt::CoarseTimer);
    connect(&m_rotation, &QTimer::timeout, this, [this] { showHighlight(m_highlightIndex + 1); });
    retranslateUi();
}

void AttractScreen::setClinicName(const QString &name)
{
    m_clinicName->setText(name);
}

void AttractScreen::setLibrary(const ArticleLibrary *library)
{
    m_library = library;
    m_languageSwitch->setLanguages(library->languages());
    m_languageSwitch->setCurrentLanguage(m_language);
    showHighlight(0);
}

void AttractScreen::setLanguage(const QString &language)
{
    m_language = language;
    m_languageSwitch->setCurrentLanguage(language);
    showHighlight(m_highlightIndex);
}

QString AttractScreen::highlightTitle() const
{
    return m_highlightTitle->text();
}

void AttractScreen::showHighlight(int index)
{
    if (!m_library)
        return;
    // One highlight per topic, in manifest order: each topic's first article.
    QList<const Article *> highlights;
    for (const Topic &topic : m_library->manifest().topics()) {
        const QList<const Article *> articles = m_library->articlesInTopic(topic.id, m_language);
        if (!articles.isEmpty())
            highlights.append(articles.first());
    }
    if (highlights.isEmpty())
        return;
    m_highlightIndex = index % int(highlights.size());
    const Article *article = highlights.at(m_highlightIndex);
    m_highlightTitle->setText(article->title);
    m_highlightSummary->setText(article->summary);
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *event)
{
    // Anywhere on the screen begins; the buttons handle their own taps.
    if (event->button() == Qt::LeftButton)
        emit beginRequested();
    QWidget::mouseReleaseEvent(event);
}

void AttractScreen::showEvent(QShowEvent *event)
{
    m_rotation.start();
    QWidget::showEvent(event);
}

void AttractScreen::hideEvent(QHideEvent *event)
{
    m_rotation.stop();
    QWidget::hideEvent(event);
}

void AttractScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AttractScreen::retranslateUi()
{
    m_welcome->setText(tr("Learn about your ketamine treatment"));
    m_highlightLabel->setText(tr("IN THIS KIOSK"));
    //: The main button on the idle screen. Large, friendly, short.
    m_begin->setText(tr("Touch to begin"));
    m_begin->setAccessibleName(tr("Touch to begin"));
}
