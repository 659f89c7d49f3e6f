#include "TextSizeControl.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <cmath>

TextSizeControl::TextSizeControl(QWidget *parent)
    : QWidget(parent)
    , m_shrink(new QPushButton(this))
    , m_size(new QLabel(this))
    , m_enlarge(new QPushButton(this))
{
    setObjectName(QStringLiteral("textSizeControl"));
    m_shrink->setObjectName(QStringLiteral("textSmallerButton"));
    m_enlarge->setObjectName(QStringLiteral("textLargerButton"));
    m_size->setObjectName(QStringLiteral("textSizeLabel"));
    m_size->setProperty("role", QStringLiteral("textSize"));
    m_size->setTextFormat(Qt::PlainText);
    m_size->setAlignment(Qt::AlignCenter);
    // "Text size" above "150 %": narrow enough for a row of tools.
    m_size->setWordWrap(true);
    for (QPushButton *button : {m_shrink, m_enlarge})
        button->setProperty("kind", QStringLiteral("tool"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_shrink);
    layout->addWidget(m_size);
    layout->addWidget(m_enlarge);
    connect(m_shrink, &QPushButton::clicked, this, &TextSizeControl::shrinkRequested);
    connect(m_enlarge, &QPushButton::clicked, this, &TextSizeControl::enlargeRequested);
    retranslateUi();
}

void TextSizeControl::setScale(double scale, bool canShrink, bool canEnlarge)
{
    m_percent = int(std::lround(scale * 100));
    m_shrink->setEnabled(canShrink);
    m_enlarge->setEnabled(canEnlarge);
    retranslateUi();
}

QString TextSizeControl::sizeText() const
{
    return m_size->text();
}

void TextSizeControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::StyleChange)
        fitLabel();
    QWidget::changeEvent(event);
}

void TextSizeControl::fitLabel()
{
    // Two lines: the words, then the number ("Tamaño del texto" / "150 %").
    m_size->ensurePolished();
    const QString text = m_size->text();
    const qsizetype number = text.lastIndexOf(QLatin1Char(' '), text.lastIndexOf(QLatin1Char(' ')) - 1);
    const QFontMetrics metrics = m_size->fontMetrics();
    const int width = number > 0 ? std::max(metrics.horizontalAdvance(text.left(number)),
                                            metrics.horizontalAdvance(text.mid(number + 1)))
                                 : metrics.horizontalAdvance(text);
    m_size->setFixedWidth(width + 8);
}

void TextSizeControl::retranslateUi()
{
    //: Makes the text smaller. "A" is the letter, as on a font button.
    m_shrink->setText(tr("A−"));
    m_shrink->setAccessibleName(tr("Smaller text"));
    m_enlarge->setText(tr("A+"));
    m_enlarge->setAccessibleName(tr("Larger text"));
    //: The patient's current text size, between the A− and A+ buttons. %1 is a number (100 to 200).
    m_size->setText(tr("Text size %1 %").arg(m_percent));
    m_size->setAccessibleName(m_size->text());
    fitLabel();
}
