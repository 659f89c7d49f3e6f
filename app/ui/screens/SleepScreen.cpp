#include "SleepScreen.h"

#include "widgets/OverlayPlacement.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>

SleepScreen::SleepScreen(QWidget *window)
    : QAbstractButton(window)
{
    setObjectName(QStringLiteral("sleepScreen"));
    // Painted black by paintEvent alone: no style sheet, no theme, nothing
    // that could draw a focus ring or a border on a sleeping screen.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_NoSystemBackground);
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    // The release wakes: the press and its release both land here, so no
    // half of the touch reaches the attract screen below.
    connect(this, &QAbstractButton::released, this, &SleepScreen::wakeRequested);
    OverlayPlacement::coverParent(this);
    window->installEventFilter(this);
    retranslateUi();
    hide();
}

void SleepScreen::fall()
{
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void SleepScreen::lift()
{
    hide();
}

bool SleepScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Anything the window adds later (an overlay) stays under the black.
    if (watched == parentWidget() && event->type() == QEvent::ChildAdded && isVisible())
        raise();
    return QAbstractButton::eventFilter(watched, event);
}

bool SleepScreen::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QAbstractButton::event(event);
}

void SleepScreen::keyPressEvent(QKeyEvent *event)
{
    // Any key, not only Space: a keyboard at the desk wakes it too.
    event->accept();
    emit wakeRequested();
}

void SleepScreen::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
}

void SleepScreen::retranslateUi()
{
    //: Read by a screen reader on the black screen shown outside clinic hours.
    setAccessibleName(tr("Screen asleep; touch to wake"));
}
