#include "PinPadOverlay.h"

#include "staff/PinVault.h"
#include "widgets/OverlayPlacement.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The pad's own look, whatever palette the patient chose: dark words on
// white keys (17:1), white on the deep teal OK key (8.2:1), and a disabled
// key that is plainly off (grey fill, dashed frame) rather than a live
// colour with grey words on it. The rules are the pad's, so they win over
// the window's theme for its keys.
const char *const PadStyle = R"(
QWidget#pinPad { background: rgba(0, 0, 0, 0.8); }
QFrame#pinCard { background: #ffffff; border-radius: 28px; }
QFrame#pinCard QLabel { color: #1a1a1a; background: transparent; }
QLabel#pinInstruction { font-size: 30px; }
QLabel#pinLockedMessage { font-size: 40px; font-weight: bold; color: #8f2a00; }
QFrame#pinCard QPushButton {
    background: #ffffff; color: #1a1a1a; border: 3px solid #1a1a1a; border-radius: 18px;
    font-size: 32px; font-weight: bold; min-width: 150px; min-height: 104px; padding: 0 24px;
}
QFrame#pinCard QPushButton:pressed { background: #1a1a1a; color: #ffffff; }
QFrame#pinCard QPushButton[kind="digit"] { font-size: 44px; }
QFrame#pinCard QPushButton#pinOk { background: #00565c; color: #ffffff; border-color: #00565c; }
QFrame#pinCard QPushButton#pinOk:pressed { background: #1a1a1a; border-color: #1a1a1a; }
QFrame#pinCard QPushButton:disabled, QFrame#pinCard QPushButton#pinOk:disabled {
    background: #e8e8e8; color: #595959; border: 3px dashed #8a8a8a;
}
)";

} // namespace

PinPadOverlay::PinPadOverlay(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_instruction(new QLabel)
    , m_dots(new QLabel)
    , m_lockedMessage(new QLabel)
    , m_message(new QLabel)
    , m_erase(new QPushButton)
    , m_ok(new QPushButton)
    , m_cancel(new QPushButton)
{
    setObjectName(QStringLiteral("pinPad"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QLatin1String(PadStyle));
    hide();

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("pinCard"));
    auto *cardLayout = new QVBoxLayout(card);
    // Sized so the pad, with its lockout line, fits the landscape reference
    // screen (1920x1080); keys of 104 px are still twice the touch minimum.
    cardLayout->setContentsMargins(48, 32, 48, 32);
    cardLayout->setSpacing(20);
    m_title->setObjectName(QStringLiteral("pinTitle"));
    m_title->setProperty("role", QStringLiteral("screenTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_instruction->setObjectName(QStringLiteral("pinInstruction"));
    m_instruction->setAlignment(Qt::AlignCenter);
    m_instruction->setWordWrap(true);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setStyleSheet(QStringLiteral("font-size: 48px; letter-spacing: 12px; min-height: 64px;"));
    m_lockedMessage->setObjectName(QStringLiteral("pinLockedMessage"));
    m_lockedMessage->setAlignment(Qt::AlignCenter);
    m_lockedMessage->hide();
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    for (QLabel *label : {m_title, m_instruction, m_dots, m_lockedMessage, m_message})
        label->setTextFormat(Qt::PlainText);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_instruction);
    cardLayout->addWidget(m_dots);
    cardLayout->addWidget(m_lockedMessage);
    cardLayout->addWidget(m_message);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    const QStringList digits{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                             QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                             QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    auto addKey = [&](const QString &digit, int row, int column) {
        auto *key = new QPushButton(digit);
        key->setObjectName(QStringLiteral("pinKey_%1").arg(digit));
        key->setAccessibleName(digit);
        key->setProperty("kind", QStringLiteral("digit"));
        connect(key, &QPushButton::clicked, this, [this, digit] { press(digit); });
        grid->addWidget(key, row, column);
        m_keys.append(key);
    };
    for (int i = 0; i < digits.size(); ++i)
        addKey(digits.at(i), i / 3, i % 3);
    m_erase->setObjectName(QStringLiteral("pinErase"));
    connect(m_erase, &QPushButton::clicked, this, [this] {
        m_idleClose.start();
        m_pin.chop(1);
        updateDots();
    });
    grid->addWidget(m_erase, 3, 0);
    addKey(QStringLiteral("0"), 3, 1);
    m_ok->setObjectName(QStringLiteral("pinOk"));
    connect(m_ok, &QPushButton::clicked, this, [this] {
        // Too few digits: nothing to check, and nothing lost either; the
        // digits stay for the rest to be added (they used to vanish without
        // a word, and staff thought the pad had ignored them).
        if (m_pin.size() < PinVault::MinimumLength) {
            m_notice = Notice::TooShort;
            showNotice();
            return;
        }
        emit pinEntered(m_pin);
        m_pin.clear();
        updateDots();
    });
    grid->addWidget(m_ok, 3, 2);
    m_keys.append(m_erase);
    m_keys.append(m_ok);
    cardLayout->addLayout(grid);

    // Cancel is never disabled: staff can always put the pad away, even
    // during a lockout.
    m_cancel->setObjectName(QStringLiteral("pinCancel"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    cardLayout->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignCenter);
    layout->addStretch(1);

    m_idleClose.setSingleShot(true);
    m_idleClose.setInterval(IdleCloseMs);
    connect(&m_idleClose, &QTimer::timeout, this, [this] {
        // A lockout (or a PIN being checked) holds the pad open; its end
        // starts the timer again.
        if (!isVisible() || isLockedOut() || m_busy)
            return;
        hide();
        emit cancelled();
    });
    retranslateUi();
    OverlayPlacement::coverParent(this);
}

QString PinPadOverlay::clockText(int seconds)
{
    const int clamped = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(clamped / 60).arg(clamped % 60, 2, 10, QLatin1Char('0'));
}

void PinPadOverlay::open()
{
    m_pin.clear();
    updateDots();
    m_notice = Notice::None;
    m_busy = false;
    m_serviceNeeded = false; // the owner checks again right after opening
    m_lockSeconds = 0;       // the owner says right after opening whether a lockout runs
    m_lockedMessage->hide();
    showNotice();
    updateKeys();
    raise();
    show();
    m_idleClose.start();
}

void PinPadOverlay::press(const QString &digit)
{
    m_idleClose.start();
    if (m_pin.size() < PinVault::MaximumLength)
        m_pin += digit;
    updateDots();
    if (m_notice == Notice::TooShort) {
        m_notice = Notice::None;
        showNotice();
    }
}

void PinPadOverlay::updateDots()
{
    m_dots->setText(QString(m_pin.size(), QChar(0x25CF)));
}

void PinPadOverlay::updateKeys()
{
    const bool enabled = !m_busy && !isLockedOut() && !m_serviceNeeded;
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(enabled);
}

void PinPadOverlay::showNoPinSet()
{
    m_notice = Notice::NoPinSet;
    showNotice();
    m_idleClose.start();
}

void PinPadOverlay::showServiceNeeded()
{
    m_serviceNeeded = true;
    m_notice = Notice::ServiceNeeded;
    m_pin.clear();
    updateDots();
    showNotice();
    updateKeys();
    m_idleClose.start(); // closes by itself like any unused pad
}

void PinPadOverlay::showWrongPin(int triesLeft)
{
    m_notice = Notice::WrongPin;
    m_triesLeft = triesLeft;
    showNotice();
    m_idleClose.start();
}

void PinPadOverlay::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_notice = Notice::Checking;
        m_idleClose.stop();
    } else {
        if (m_notice == Notice::Checking)
            m_notice = Notice::None;
        if (isVisible() && !isLockedOut())
            m_idleClose.start();
    }
    showNotice();
    updateKeys();
}

void PinPadOverlay::setLockedOut(int seconds)
{
    const bool wasLocked = isLockedOut();
    m_lockSeconds = std::max(0, seconds);
    if (isLockedOut()) {
        m_idleClose.stop();
        if (m_notice != Notice::NoPinSet)
            m_notice = Notice::None; // the lockout line says it all
        m_lockedMessage->setText(tr("Locked. Try again in %1").arg(clockText(m_lockSeconds)));
        m_lockedMessage->show();
    } else {
        m_lockedMessage->hide();
        if (wasLocked) {
            m_pin.clear();
            updateDots();
            if (isVisible())
                m_idleClose.start();
        }
    }
    showNotice();
    updateKeys();
}

void PinPadOverlay::showNotice()
{
    switch (m_notice) {
    case Notice::None:
        m_message->setText(isLockedOut() ? tr("Too many wrong PINs.") : QString());
        break;
    case Notice::NoPinSet:
        m_message->setText(tr("No staff PIN is set. Ask IT to run: patient-kiosk --set-pin"));
        break;
    case Notice::Checking:
        m_message->setText(tr("Checking…"));
        break;
    case Notice::WrongPin:
        // Two strings, not %n: English is the source language and has no plural forms file.
        m_message->setText(m_triesLeft == 1 ? tr("Wrong PIN. 1 try left before a pause.")
                                            : tr("Wrong PIN. %1 tries left before a pause.").arg(m_triesLeft));
        break;
    case Notice::TooShort:
        m_message->setText(tr("Too short: the staff PIN has %1 to %2 digits.")
                               .arg(PinVault::MinimumLength)
                               .arg(PinVault::MaximumLength));
        break;
    case Notice::ServiceNeeded:
        m_message->setText(tr("Service needed: the kiosk cannot save staff sign-ins. Please call IT."));
        break;
    }
}

void PinPadOverlay::retranslateUi()
{
    m_title->setText(tr("Staff PIN"));
    // The rule comes from the vault, so the line never disagrees with what it accepts.
    m_instruction->setText(
        tr("Enter the staff PIN (%1 to %2 digits)").arg(PinVault::MinimumLength).arg(PinVault::MaximumLength));
    m_erase->setText(tr("Delete"));
    m_erase->setAccessibleName(tr("Delete the last digit"));
    m_ok->setText(tr("OK"));
    m_ok->setAccessibleName(tr("OK: check the PIN"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    if (isLockedOut())
        m_lockedMessage->setText(tr("Locked. Try again in %1").arg(clockText(m_lockSeconds)));
    showNotice();
}

void PinPadOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PinPadOverlay::hideEvent(QHideEvent *event)
{
    m_idleClose.stop();
    QWidget::hideEvent(event);
}
