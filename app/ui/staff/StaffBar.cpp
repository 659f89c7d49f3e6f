#include "StaffBar.h"

#include "staff/StaffController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

StaffBar::StaffBar(StaffController *staff, QWidget *parent)
    : QWidget(parent)
    , m_staff(staff)
    , m_lockButton(new QPushButton(this))
    , m_lockReason(new QLabel(this))
{
    setObjectName(QStringLiteral("staffBar"));
    m_lockButton->setObjectName(QStringLiteral("lockKioskButton"));
    m_lockButton->setText(tr("Lock kiosk mode"));
    m_lockReason->setObjectName(QStringLiteral("lockReason"));
    m_lockReason->setTextFormat(Qt::PlainText);
    m_lockReason->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(64, 8, 24, 8);
    layout->addWidget(m_lockReason, 1);
    layout->addWidget(m_lockButton);
    connect(m_lockButton, &QPushButton::clicked, m_staff, &StaffController::lockKiosk);
    connect(m_staff, &StaffController::kioskLockChanged, this, &StaffBar::update);
    hide();
}

void StaffBar::setWanted(bool wanted)
{
    m_wanted = wanted;
    update();
}

void StaffBar::update()
{
    const bool hasPin = m_staff->hasPin();
    m_lockButton->setEnabled(hasPin);
    m_lockReason->setText(hasPin ? tr("Staff: lock kiosk mode before patients use this screen.")
                                 : tr("Kiosk mode cannot be locked until a staff PIN is set. "
                                      "Ask IT to run: patient-kiosk --set-pin"));
    setVisible(m_wanted && !m_staff->isKioskLocked());
}
