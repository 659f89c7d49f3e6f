#include "PinPadOverlay.h"

#include "staff/PinVault.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PinPadOverlay::PinPadOverlay(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_dots(new QLabel)
    , m_message(new QLabel)
    , m_ok(new QPushButton)
{
    setObjectName(QStringLiteral("pinPad"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("QWidget#pinPad { background: rgba(0, 0, 0, 0.8); }"
                       "QFrame#pinCard { background: #ffffff; border-radius: 28px; }"
                       "QPushButton[kind=\"digit\"] { font-size: 44px; min-width: 150px; min-height: 120px; }"));
    hide();

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("pinCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(48, 40, 48, 40);
    cardLayout->setSpacing(20);
    m_title->setProperty("role", QStringLiteral("screenTitle"));
    m_title->setText(tr("Staff PIN"));
    m_title->setAlignment(Qt::AlignCenter);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    m_dots->setAlignment(Qt::AlignCenter);
    m_dots->setStyleSheet(QStringLiteral("font-size: 48px; letter-spacing: 12px; min-height: 64px;"));
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_dots);
    cardLayout->addWidget(m_message);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    const QStringList digits{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                             QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                             QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    auto addKey = [&](const QString &digit, int row, int column) {
        auto *key = new QPushButton(digit);
        key->setObjectName(QStringLiteral("pinKey_%1").arg(digit));
        key->setProperty("kind", QStringLiteral("digit"));
        connect(key, &QPushButton::clicked, this, [this, digit] { press(digit); });
        grid->addWidget(key, row, column);
        m_keys.append(key);
    };
    for (int i = 0; i < digits.size(); ++i)
        addKey(digits.at(i), i / 3, i % 3);
    auto *erase = new QPushButton(tr("Delete"));
    erase->setObjectName(QStringLiteral("pinErase"));
    connect(erase, &QPushButton::clicked, this, [this] {
        m_pin.chop(1);
        updateDots();
    });
    grid->addWidget(erase, 3, 0);
    addKey(QStringLiteral("0"), 3, 1);
    m_ok->setObjectName(QStringLiteral("pinOk"));
    m_ok->setProperty("kind", QStringLiteral("primary"));
    m_ok->setText(tr("OK"));
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (m_pin.size() >= PinVault::MinimumLength)
            emit pinEntered(m_pin);
        m_pin.clear();
        updateDots();
    });
    grid->addWidget(m_ok, 3, 2);
    m_keys.append(erase);
    m_keys.append(m_ok);
    cardLayout->addLayout(grid);

    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("pinCancel"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit cancelled();
    });
    cardLayout->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignCenter);
    layout->addStretch(1);

    m_idleClose.setSingleShot(true);
    m_idleClose.setInterval(IdleCloseMs);
    connect(&m_idleClose, &QTimer::timeout, this, [this] {
        hide();
        emit cancelled();
    });
    parent->installEventFilter(this);
}

void PinPadOverlay::open()
{
    m_pin.clear();
    updateDots();
    m_message->clear();
    setGeometry(parentWidget()->rect());
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
}

void PinPadOverlay::updateDots()
{
    m_dots->setText(QString(m_pin.size(), QChar(0x25CF)));
}

void PinPadOverlay::showMessage(const QString &message)
{
    m_message->setText(message);
    m_idleClose.start();
}

void PinPadOverlay::setBusy(bool busy)
{
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(!busy);
    if (busy)
        m_message->setText(tr("Checking…"));
}

void PinPadOverlay::setLockedOut(int seconds)
{
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(seconds <= 0);
    if (seconds > 0)
        m_message->setText(tr("Too many wrong PINs. Try again in %1 s.").arg(seconds));
}

bool PinPadOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
