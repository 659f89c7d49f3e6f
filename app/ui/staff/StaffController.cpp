#include "StaffController.h"

#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "staff/PinPadOverlay.h"
#include "staff/StaffGesture.h"
#include "staff/StaffPanel.h"
#include "system/KioskLogging.h"

#include <QWidget>
#include <QtConcurrent>

StaffController::StaffController(QWidget *window, const KioskConfig &config)
    : QObject(window)
    , m_window(window)
    , m_vault(config.sourcePath())
    , m_lockout(config.staffStateFile())
    , m_audit(config.auditLogFile())
    , m_gesture(new StaffGesture(window))
    , m_pad(new PinPadOverlay(window))
    , m_panel(new StaffPanel(window))
    , m_idleTimeoutSeconds(int(config.idleTimeoutSeconds()))
{
    connect(m_gesture, &StaffGesture::triggered, this, &StaffController::openPinPad);
    connect(m_pad, &PinPadOverlay::pinEntered, this, &StaffController::checkPin);
    connect(m_pad, &PinPadOverlay::cancelled, this, [this] { emit staffActiveChanged(false); });
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &StaffController::onPinChecked);

    m_panelAutoLock.setSingleShot(true);
    m_panelAutoLock.setInterval(PanelAutoLockMs);
    connect(&m_panelAutoLock, &QTimer::timeout, this, [this] {
        m_audit.record(QStringLiteral("staff panel locked itself after 60 s without input"));
        closeStaffUi();
    });
    connect(m_panel, &StaffPanel::resumeRequested, this, [this] {
        m_audit.record(QStringLiteral("staff resumed the kiosk"));
        closeStaffUi();
        lockKiosk();
    });
    connect(m_panel, &StaffPanel::leaveRequested, this, [this] {
        m_audit.record(QStringLiteral("staff left kiosk mode"));
        m_locked = false;
        emit kioskLockChanged(false);
        emit leaveRequested();
    });
    connect(m_panel, &StaffPanel::reloadContentRequested, this, [this] {
        m_audit.record(QStringLiteral("staff reloaded the content"));
        emit reloadContentRequested();
    });
    connect(m_panel, &StaffPanel::idleTimeoutChanged, this, [this](int seconds) {
        m_idleTimeoutSeconds = seconds;
        m_audit.record(QStringLiteral("staff set the idle timeout"), QStringLiteral("%1 s").arg(seconds));
        emit idleTimeoutChanged(seconds);
    });

    m_lockoutCountdown.setInterval(1000);
    connect(&m_lockoutCountdown, &QTimer::timeout, this, &StaffController::showLockout);
}

bool StaffController::isStaffActive() const
{
    return m_pad->isVisible() || m_panel->isVisible();
}

bool StaffController::lockKiosk()
{
    if (!m_vault.hasPin()) {
        qCWarning(lcStaff) << "kiosk mode not locked: no staff PIN is set (patient-kiosk --set-pin)";
        return false;
    }
    if (!m_locked) {
        m_locked = true;
        m_audit.record(QStringLiteral("kiosk mode locked"));
        emit kioskLockChanged(true);
    }
    return true;
}

void StaffController::openPinPad()
{
    if (isStaffActive())
        return;
    qCInfo(lcStaff) << "staff gesture: PIN pad opened";
    m_pad->open();
    emit staffActiveChanged(true);
    if (!m_vault.hasPin())
        m_pad->showMessage(tr("No staff PIN is set. Ask IT to run: patient-kiosk --set-pin"));
    showLockout();
}

void StaffController::showLockout()
{
    const int seconds = m_lockout.secondsLeft();
    m_pad->setLockedOut(seconds);
    if (seconds > 0) {
        if (!m_lockoutCountdown.isActive())
            m_lockoutCountdown.start();
    } else if (m_lockoutCountdown.isActive()) {
        m_lockoutCountdown.stop();
        m_pad->showMessage(QString());
    }
}

void StaffController::checkPin(const QString &pin)
{
    if (m_lockout.isLockedOut() || m_check.isRunning())
        return;
    m_pad->setBusy(true);
    // ~0.3 s of PBKDF2: off the UI thread so the screen stays responsive.
    const PinVault vault = m_vault;
    m_check.setFuture(QtConcurrent::run([vault, pin] { return vault.verify(pin); }));
}

void StaffController::onPinChecked()
{
    m_pad->setBusy(false);
    if (m_check.result()) {
        m_lockout.recordSuccess();
        m_audit.record(QStringLiteral("staff unlock: correct PIN"));
        m_pad->hide();
        m_panel->open(m_contentReport, m_idleTimeoutSeconds);
        m_panelAutoLock.start();
        return;
    }
    const int lockoutSeconds = m_lockout.recordFailure();
    m_audit.record(QStringLiteral("staff unlock: wrong PIN"));
    if (lockoutSeconds > 0) {
        m_audit.record(QStringLiteral("staff PIN pad locked out"), QStringLiteral("%1 s").arg(lockoutSeconds));
        showLockout();
    } else {
        m_pad->showMessage(tr("Wrong PIN. %n tries left before a pause.", nullptr, m_lockout.triesLeft()));
    }
}

void StaffController::noteActivity()
{
    if (m_panel->isVisible())
        m_panelAutoLock.start();
}

void StaffController::setLibrary(const ArticleLibrary *library)
{
    QString report = tr("%1 articles in %2 languages. %3 errors, %4 warnings.")
                         .arg(library->allArticles(QStringLiteral("en")).size())
                         .arg(library->languages().size())
                         .arg(library->errorCount())
                         .arg(library->problems().size() - library->errorCount());
    // Two strings, not %n: English is the source language and has no plural forms file.
    const int due = library->articlesDueForReview();
    report += QLatin1Char(' ')
              + (due == 1 ? tr("1 article due for a clinician's review (for the clinic's content editor).")
                          : tr("%1 articles due for a clinician's review (for the clinic's content editor).").arg(due));
    for (const ContentProblem &problem : library->problems())
        report += QLatin1Char('\n') + problem.toString();
    m_contentReport = report;
    m_panel->setContentReport(report);
}

void StaffController::closeStaffUi()
{
    m_panelAutoLock.stop();
    m_panel->hide();
    m_pad->hide();
    emit staffActiveChanged(false);
}
