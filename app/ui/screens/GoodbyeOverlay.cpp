#include "GoodbyeOverlay.h"

#include "input/FocusReturn.h"
#include "widgets/OverlayPlacement.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

GoodbyeOverlay::GoodbyeOverlay(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(this))
{
    setObjectName(QStringLiteral("goodbyeOverlay"));
    new FocusReturn(this); // the article keeps its place when this goes
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("goodbyeTitle"));
    m_title->setProperty("role", QStringLiteral("screenTitle"));
    m_text->setObjectName(QStringLiteral("goodbyeText"));
    m_text->setProperty("role", QStringLiteral("lead"));
    for (QLabel *label : {m_title, m_text}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_undo->setObjectName(QStringLiteral("goodbyeUndoButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 64, 64, 64);
    layout->setSpacing(40);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_undo, 0, Qt::AlignCenter);
    layout->addStretch(1);

    m_end.setSingleShot(true);
    m_end.setInterval(UndoSeconds * 1000);
    connect(&m_end, &QTimer::timeout, this, [this] {
        hide();
        emit finished();
    });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_end.stop();
        hide();
    });
    OverlayPlacement::coverParent(this);
    hide();
    retranslateUi();
}

void GoodbyeOverlay::start()
{
    raise();
    show();
    m_undo->setFocus(Qt::OtherFocusReason);
    m_end.start();
}

void GoodbyeOverlay::cancel()
{
    m_end.stop();
    hide();
}

void GoodbyeOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GoodbyeOverlay::retranslateUi()
{
    m_title->setText(tr("Thank you."));
    m_text->setText(tr("The screen is cleared for the next person."));
    //: Undoes a mis-tap on "I'm done" within a few seconds.
    m_undo->setText(tr("Oops, keep reading"));
    m_undo->setAccessibleName(tr("Keep reading: I did not mean to finish"));
}
