#include "StaffPanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StaffPanel::StaffPanel(QWidget *parent)
    : QWidget(parent)
    , m_version(new QLabel)
    , m_idle(new QLabel)
    , m_problems(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("staffPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#staffPanel { background: #fdfcfa; }"));
    hide();

    auto *title = new QLabel(tr("Staff"));
    title->setProperty("role", QStringLiteral("screenTitle"));
    m_version->setObjectName(QStringLiteral("staffVersion"));
    m_version->setText(tr("Patient kiosk %1").arg(QStringLiteral(KIOSK_VERSION)));

    auto button = [](const char *name, const QString &text) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    QPushButton *resume = button("staffResume", tr("Resume kiosk (lock)"));
    resume->setProperty("kind", QStringLiteral("primary"));
    QPushButton *leave = button("staffLeave", tr("Leave kiosk mode"));
    QPushButton *reload = button("staffReload", tr("Reload content"));
    QPushButton *shorter = button("staffIdleShorter", tr("− 30 s"));
    QPushButton *longer = button("staffIdleLonger", tr("+ 30 s"));
    m_idle->setObjectName(QStringLiteral("staffIdleTimeout"));

    m_problems->setObjectName(QStringLiteral("staffContentReport"));
    m_problems->setReadOnly(true);
    m_problems->setStyleSheet(QStringLiteral("font-size: 20px;"));

    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idle, 1);
    idleRow->addWidget(shorter);
    idleRow->addWidget(longer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(56, 56, 56, 56);
    layout->setSpacing(24);
    layout->addWidget(title);
    layout->addWidget(m_version);
    layout->addWidget(resume);
    layout->addWidget(reload);
    layout->addLayout(idleRow);
    layout->addWidget(new QLabel(tr("Content check")));
    layout->addWidget(m_problems, 1);
    layout->addWidget(leave);
    // Translations and the build's version string are shown as typed, never
    // interpreted as HTML (the content report is a QPlainTextEdit already).
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);

    connect(resume, &QPushButton::clicked, this, &StaffPanel::resumeRequested);
    connect(leave, &QPushButton::clicked, this, &StaffPanel::leaveRequested);
    connect(reload, &QPushButton::clicked, this, &StaffPanel::reloadContentRequested);
    connect(shorter, &QPushButton::clicked, this, [this] {
        m_idleSeconds = std::max(30, m_idleSeconds - 30);
        showIdle();
        emit idleTimeoutChanged(m_idleSeconds);
    });
    connect(longer, &QPushButton::clicked, this, [this] {
        m_idleSeconds = std::min(900, m_idleSeconds + 30);
        showIdle();
        emit idleTimeoutChanged(m_idleSeconds);
    });
    parent->installEventFilter(this);
}

void StaffPanel::open(const QString &contentReport, int idleTimeoutSeconds)
{
    m_idleSeconds = idleTimeoutSeconds;
    showIdle();
    setContentReport(contentReport);
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void StaffPanel::setContentReport(const QString &report)
{
    m_problems->setPlainText(report);
}

void StaffPanel::showIdle()
{
    m_idle->setText(tr("Idle timeout: %1 s (until restart)").arg(m_idleSeconds));
}

bool StaffPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
