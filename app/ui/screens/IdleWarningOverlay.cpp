#include "IdleWarningOverlay.h"

#include "input/FocusReturn.h"
#include "widgets/OverlayPlacement.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

IdleWarningOverlay::IdleWarningOverlay(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_countdown(new QLabel)
    , m_stillHere(new QPushButton)
{
    setObjectName(QStringLiteral("idleWarningOverlay"));
    new FocusReturn(this); // the article keeps its place when this goes
    setAttribute(Qt::WA_StyledBackground);
    hide();

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("idleWarningCard"));
    card->setMaximumWidth(900);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(56, 56, 56, 56);
    cardLayout->setSpacing(32);
    m_title->setProperty("role", QStringLiteral("screenTitle"));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_countdown->setObjectName(QStringLiteral("idleCountdown"));
    m_countdown->setProperty("role", QStringLiteral("lead"));
    m_countdown->setWordWrap(true);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_stillHere->setObjectName(QStringLiteral("stillHereButton"));
    m_stillHere->setProperty("kind", QStringLiteral("primary"));
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_countdown);
    cardLayout->addWidget(m_stillHere);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignCenter);
    layout->addStretch(1);

    connect(m_stillHere, &QPushButton::clicked, this, &IdleWarningOverlay::stillHere);
    // Always the size of the window it covers.
    OverlayPlacement::coverParent(this);
    retranslateUi();
}

void IdleWarningOverlay::showCountdown(int secondsLeft)
{
    updateCountdown(secondsLeft);
    raise();
    // Installed after the activity filter, so it sees a press first (qApp
    // calls the newest filter first) and dismiss() knows a finger is down.
    if (!isVisible())
        qApp->installEventFilter(this);
    m_hidePending = false;
    show();
    m_stillHere->setFocus(Qt::OtherFocusReason);
}

void IdleWarningOverlay::updateCountdown(int secondsLeft)
{
    m_secondsLeft = secondsLeft;
    m_countdown->setText(secondsLeft == 1
                             ? tr("To protect your privacy, this screen will clear in 1 second.")
                             : tr("To protect your privacy, this screen will clear in %1 seconds.").arg(secondsLeft));
}

QString IdleWarningOverlay::countdownText() const
{
    return m_countdown->text();
}

bool IdleWarningOverlay::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::MouseButtonPress:
        m_fingerDown = true;
        break;
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::MouseButtonRelease:
        m_fingerDown = false;
        // After the release has reached the overlay (and its button).
        if (m_hidePending)
            QTimer::singleShot(0, this, [this] {
                if (m_hidePending)
                    hide();
            });
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void IdleWarningOverlay::dismiss()
{
    if (m_fingerDown && isVisible()) {
        m_hidePending = true;
        // Never kept up by a release that does not come (a cancelled touch).
        QTimer::singleShot(1500, this, [this] {
            if (m_hidePending)
                hide();
        });
        return;
    }
    hide();
}

void IdleWarningOverlay::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    m_fingerDown = false;
    m_hidePending = false;
    QWidget::hideEvent(event);
}

void IdleWarningOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    // A tap on the dimmed area is as good as the button: someone is there.
    if (event->button() == Qt::LeftButton)
        emit stillHere();
    QWidget::mouseReleaseEvent(event);
}

void IdleWarningOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IdleWarningOverlay::retranslateUi()
{
    m_title->setText(tr("Are you still reading?"));
    //: Large button on the idle warning; keeps the patient's session going.
    m_stillHere->setText(tr("I'm still here"));
    m_stillHere->setAccessibleName(tr("I'm still here"));
    updateCountdown(m_secondsLeft);
}
