#include "GlossaryCard.h"

#include "input/FocusReturn.h"
#include "widgets/HelpLine.h"
#include "widgets/OverlayPlacement.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

GlossaryCard::GlossaryCard(QWidget *window)
    : QWidget(window)
    , m_word(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("glossaryCard"));
    setAttribute(Qt::WA_StyledBackground);
    // The glossary's words come from the content folder: shown as typed.
    for (QLabel *label : {m_word, m_explanation}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_word->setObjectName(QStringLiteral("glossaryWord"));
    m_explanation->setObjectName(QStringLiteral("glossaryExplanation"));
    m_close->setObjectName(QStringLiteral("glossaryCloseButton"));
    m_close->setProperty("kind", QStringLiteral("tool"));

    auto *words = new QVBoxLayout;
    words->setSpacing(8);
    words->addWidget(m_word);
    words->addWidget(m_explanation);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 24, 24);
    layout->setSpacing(24);
    layout->addLayout(words, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    new FocusReturn(this);
    OverlayPlacement::follow(this, [this] { place(); });
    retranslateUi();
    hide();
}

void GlossaryCard::showTerm(const QString &word, const QString &explanation)
{
    m_word->setText(word);
    m_explanation->setText(explanation);
    setAccessibleName(tr("What “%1” means").arg(word));
    setAccessibleDescription(explanation);
    place();
    show();
    raise();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString GlossaryCard::word() const
{
    return isVisible() ? m_word->text() : QString();
}

QString GlossaryCard::explanation() const
{
    return isVisible() ? m_explanation->text() : QString();
}

void GlossaryCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    // A new text size: the card grows with its words.
    if (event->type() == QEvent::StyleChange && isVisible())
        place();
    QWidget::changeEvent(event);
}

void GlossaryCard::place()
{
    // Along the bottom of the article, above the help line, lines near 70
    // characters: the patient's eyes need not travel far from the word.
    const QWidget *window = parentWidget();
    const int width = qMin(window->width() - 48, 1100);
    setFixedWidth(width);
    // The words' own fonts (style sheet, text size) before measuring them.
    m_word->ensurePolished();
    m_explanation->ensurePolished();
    layout()->activate();
    setFixedHeight(layout()->totalHeightForWidth(width));
    const HelpLine *helpLine = window->findChild<HelpLine *>();
    const int bottom = helpLine ? helpLine->geometry().top() : window->height();
    move((window->width() - width) / 2, std::max(0, bottom - height() - 24));
}

void GlossaryCard::retranslateUi()
{
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the explanation"));
}
