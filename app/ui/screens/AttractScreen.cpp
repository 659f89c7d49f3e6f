#include "AttractScreen.h"

#include "content/ArticleLibrary.h"
#include "i18n/TextInLanguage.h"
#include "theme/Theme.h"
#include "theme/TopicIcon.h"
#include "widgets/LanguageSwitch.h"

#include <QBoxLayout>
#include <QFrame>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimeLine>

#include <array>
#include <cmath>

namespace {

// Marked for Qt Linguist here, translated per language by TextInLanguage:
// the welcome shows every language at once, not the one installed.
const char *const Context = "AttractScreen";
const char *const Invitation = QT_TRANSLATE_NOOP("AttractScreen", "Learn about your ketamine treatment");
//: The small heading of the card with article highlights on the welcome screen.
const char *const InThisKiosk = QT_TRANSLATE_NOOP("AttractScreen", "IN THIS KIOSK");
//: Under the invitation on the welcome screen: what there is to read, in plain words.
const char *const WhatToRead =
    QT_TRANSLATE_NOOP("AttractScreen", "Short, clear answers: what to expect, how it works, and staying safe.");
//: The main button on the idle screen, one per language. Large, friendly, short.
const char *const TouchToBegin = QT_TRANSLATE_NOOP("AttractScreen", "Touch to begin");
//: The kiosk's name when the clinic has not set its own.
const char *const DefaultName = QT_TRANSLATE_NOOP("AttractScreen", "Patient Education");

QLabel *plainLabel(const QString &role, QWidget *parent)
{
    // Clinic names and article titles are shown as typed, never as HTML.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setProperty("role", role);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

AttractScreen::AttractScreen(QWidget *parent)
    : QWidget(parent)
    , m_clinicName(plainLabel(QStringLiteral("clinicName"), this))
    , m_invitations(new QWidget(this))
    , m_highlightLabel(plainLabel(QString(), nullptr))
    , m_highlightIcon(new QLabel)
    , m_highlightWords(new QWidget)
    , m_fade(new QGraphicsOpacityEffect(m_highlightWords))
    , m_fadeIn(new QTimeLine(FadeMs, this))
    , m_highlightTitles(new QWidget)
    , m_beginButtons(new QWidget(this))
    , m_beginLayout(new QBoxLayout(QBoxLayout::TopToBottom, m_beginButtons))
{
    setObjectName(QStringLiteral("attractScreen"));
    setProperty("screen", true);
    setAttribute(Qt::WA_StyledBackground);
    m_clinicName->setObjectName(QStringLiteral("clinicName"));

    auto *invitations = new QVBoxLayout(m_invitations);
    invitations->setContentsMargins(0, 0, 0, 0);
    invitations->setSpacing(20);
    m_invitations->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("highlightCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 32, 40, 32);
    cardLayout->setSpacing(16);
    m_highlightLabel->setObjectName(QStringLiteral("highlightLabel"));
    m_highlightLabel->setAlignment(Qt::AlignLeft);
    cardLayout->addWidget(m_highlightLabel);
    // The highlighted topic's drawing beside its titles; both fade in
    // together when the highlight changes.
    auto *iconAndTitles = new QHBoxLayout(m_highlightWords);
    iconAndTitles->setContentsMargins(0, 0, 0, 0);
    iconAndTitles->setSpacing(32);
    m_highlightIcon->setObjectName(QStringLiteral("highlightIcon"));
    iconAndTitles->addWidget(m_highlightIcon, 0, Qt::AlignVCenter);
    iconAndTitles->addWidget(m_highlightTitles, 1);
    auto *titles = new QVBoxLayout(m_highlightTitles);
    titles->setContentsMargins(0, 0, 0, 0);
    titles->setSpacing(12);
    cardLayout->addWidget(m_highlightWords);
    card->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_fade->setOpacity(1.0);
    m_highlightWords->setGraphicsEffect(m_fade);
    // A dozen steps, not an animation at 60 frames a second: the welcome
    // screen shows all day, and each frame repaints the card (the fade at
    // full rate took the idle CPU from 0.05 % to 1.3 % of a core).
    m_fadeIn->setUpdateInterval(FadeMs / FadeSteps);
    m_fadeIn->setEasingCurve(QEasingCurve::InOutSine);
    connect(m_fadeIn, &QTimeLine::valueChanged, m_fade, &QGraphicsOpacityEffect::setOpacity);
    connect(m_fadeIn, &QTimeLine::finished, m_fade, [this] { m_fade->setOpacity(1.0); });

    m_beginLayout->setContentsMargins(0, 0, 0, 0);
    m_beginLayout->setSpacing(32);

    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(72, 72, 72, 72);
    layout->setSpacing(40);
    layout->addWidget(m_clinicName);
    layout->addStretch(2);
    layout->addWidget(m_invitations);
    layout->addStretch(1);
    layout->addWidget(card);
    layout->addStretch(2);
    layout->addWidget(m_beginButtons);
    layout->addStretch(1);

    // The timer runs only while the screen shows (see show/hideEvent), so a
    // hidden attract screen never wakes the CPU.
    m_rotation.setInterval(HighlightIntervalMs);
    m_rotation.setTimerType(Qt::CoarseTimer);
    connect(&m_rotation, &QTimer::timeout, this, &AttractScreen::rotate);
    buildForLanguages();
}

void AttractScreen::setClinicName(const QString &name)
{
    m_clinicNameSetting = name;
    buildForLanguages();
}

void AttractScreen::setLibrary(const ArticleLibrary *library)
{
    m_library = library;
    // An update that keeps the languages keeps the buttons (one may be
    // under a finger): only the highlights change.
    if (library->languages() == m_languages && !m_titleLabels.isEmpty()) {
        showHighlight(m_highlightIndex);
        return;
    }
    m_languages = library->languages();
    buildForLanguages();
}

void AttractScreen::setLanguage(const QString &language)
{
    m_language = language;
}

QString AttractScreen::highlightTitle() const
{
    return m_titleLabels.isEmpty() ? QString() : m_titleLabels.first()->text();
}

void AttractScreen::buildForLanguages()
{
    const QStringList languages = m_languages.isEmpty() ? QStringList{m_language} : m_languages;
    QStringList names;
    QStringList eyebrows;
    for (const QString &language : languages) {
        names.append(TextInLanguage::translate(language, Context, DefaultName));
        eyebrows.append(TextInLanguage::translate(language, Context, InThisKiosk));
    }
    names.removeDuplicates();
    m_clinicName->setText(m_clinicNameSetting.isEmpty() ? names.join(QStringLiteral(" · ")) : m_clinicNameSetting);
    m_highlightLabel->setText(eyebrows.join(QStringLiteral(" · ")));

    clearLayout(m_invitations->layout());
    clearLayout(m_highlightTitles->layout());
    clearLayout(m_beginLayout);
    m_titleLabels.clear();
    for (const QString &language : languages) {
        QLabel *invitation = plainLabel(QStringLiteral("invitation"), m_invitations);
        invitation->setObjectName(QStringLiteral("invitation_%1").arg(language));
        invitation->setText(TextInLanguage::translate(language, Context, Invitation));
        m_invitations->layout()->addWidget(invitation);
        QLabel *whatToRead = plainLabel(QStringLiteral("invitationDetail"), m_invitations);
        whatToRead->setObjectName(QStringLiteral("invitationDetail_%1").arg(language));
        whatToRead->setText(TextInLanguage::translate(language, Context, WhatToRead));
        m_invitations->layout()->addWidget(whatToRead);

        QLabel *title = plainLabel(QStringLiteral("highlightTitle"), m_highlightTitles);
        title->setObjectName(m_titleLabels.isEmpty() ? QStringLiteral("highlightTitle")
                                                     : QStringLiteral("highlightTitle_%1").arg(language));
        title->setAlignment(Qt::AlignLeft);
        m_highlightTitles->layout()->addWidget(title);
        m_titleLabels.append(title);

        // Equal buttons, each in its own language: the choice of language
        // and the start are one tap.
        auto *begin = new QPushButton(m_beginButtons);
        begin->setObjectName(QStringLiteral("beginButton_%1").arg(language));
        begin->setProperty("kind", QStringLiteral("primary"));
        begin->setProperty("language", language);
        begin->setText(TextInLanguage::translate(language, Context, TouchToBegin));
        begin->setAccessibleName(QStringLiteral("%1: %2").arg(LanguageSwitch::nativeName(language), begin->text()));
        begin->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(begin, &QPushButton::clicked, this, [this, language] { emit beginRequested(language); });
        m_beginLayout->addWidget(begin, 1);
    }
    showHighlight(m_highlightIndex);
}

void AttractScreen::showHighlight(int index)
{
    if (!m_library || m_titleLabels.isEmpty())
        return;
    // One highlight per topic, in manifest order: each topic's first article.
    const QList<Topic> topics = m_library->manifest().topics();
    QList<QString> topicIds;
    for (const Topic &topic : topics) {
        if (!m_library->articlesInTopic(topic.id, m_languages.value(0, m_language)).isEmpty())
            topicIds.append(topic.id);
    }
    if (topicIds.isEmpty())
        return;
    m_highlightIndex = index % int(topicIds.size());
    const QString &topic = topicIds.at(m_highlightIndex);
    for (int i = 0; i < m_titleLabels.size(); ++i) {
        const QString language = m_languages.value(i, m_language);
        const QList<const Article *> articles = m_library->articlesInTopic(topic, language);
        m_titleLabels.at(i)->setText(articles.isEmpty() ? QString() : articles.first()->title);
        m_titleLabels.at(i)->setVisible(!articles.isEmpty());
    }
    // On the accent background, in the words' colour.
    const QPixmap icon = TopicIcon::render(topic, 120, Theme::current().onAccent, devicePixelRatioF());
    m_highlightIcon->setPixmap(icon);
    m_highlightIcon->setVisible(!icon.isNull());
}

void AttractScreen::rotate()
{
    ++m_driftStep;
    applyDrift();
    showHighlight(m_highlightIndex + 1);
    m_fadeIn->stop();
    m_fade->setOpacity(0.0);
    m_fadeIn->start();
}

void AttractScreen::applyDrift()
{
    // Twelve steps around a circle: 96 s for a round, at one step per highlight.
    constexpr int Steps = 12;
    const double angle = 2.0 * M_PI * (m_driftStep % Steps) / Steps;
    m_drift = QPoint(int(std::lround(DriftPixels * std::cos(angle))), int(std::lround(DriftPixels * std::sin(angle))));
    constexpr int Margin = 72; // more than DriftPixels: nothing drifts off the screen
    m_layout->setContentsMargins(Margin + m_drift.x(), Margin + m_drift.y(), Margin - m_drift.x(),
                                 Margin - m_drift.y());
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *event)
{
    // Anywhere on the screen begins; the buttons handle their own taps.
    if (event->button() == Qt::LeftButton)
        emit beginRequested(m_language);
    QWidget::mouseReleaseEvent(event);
}

void AttractScreen::resizeEvent(QResizeEvent *event)
{
    // Side by side where the screen is wide, one above the other where it
    // is narrow: each button wide enough for its words in one line.
    const bool landscape = event->size().width() > event->size().height();
    m_beginLayout->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void AttractScreen::pauseRotation()
{
    m_rotationPaused = true;
    m_rotation.stop();
    m_fadeIn->stop(); // asleep: not one frame more
    m_fade->setOpacity(1.0);
}

void AttractScreen::resumeRotation()
{
    m_rotationPaused = false;
    if (isVisible())
        m_rotation.start();
}

void AttractScreen::showEvent(QShowEvent *event)
{
    if (!m_rotationPaused)
        m_rotation.start();
    QWidget::showEvent(event);
}

void AttractScreen::hideEvent(QHideEvent *event)
{
    m_rotation.stop();
    m_fadeIn->stop();
    m_fade->setOpacity(1.0);
    QWidget::hideEvent(event);
}
