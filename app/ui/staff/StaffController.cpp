#include "StaffController.h"

#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "staff/PinPadOverlay.h"
#include "staff/StaffGesture.h"
#include "staff/StaffPanel.h"
#include "system/KioskLogging.h"

#include <QSet>
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
    connect(m_pad, &PinPadOverlay::cancelled, this, [this] {
        m_lockoutCountdown.stop(); // openPinPad() starts it again while a lockout runs
        emit staffActiveChanged(false);
    });
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

    m_panel->setUsualIdleTimeout(m_idleTimeoutSeconds);

    m_lockoutCountdown.setInterval(LockoutTickMs);
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
    m_lockout.reload(); // a pause IT ended from the command line is over here too
    m_pad->open();
    emit staffActiveChanged(true);
    if (!m_vault.hasPin())
        m_pad->showNoPinSet();
    showLockout();
    refuseIfStateCannotBeSaved();
}

bool StaffController::refuseIfStateCannotBeSaved()
{
    // Fail closed: tries that cannot be counted are not offered.
    if (m_lockout.canSave())
        return false;
    m_pad->showServiceNeeded();
    return true;
}

void StaffController::showLockout()
{
    // The pad stays open for the whole pause (it does not close itself while
    // locked) and counts down; at zero its keys come back.
    const int seconds = m_lockout.secondsLeft();
    m_pad->setLockedOut(seconds);
    if (seconds > 0) {
        if (!m_lockoutCountdown.isActive())
            m_lockoutCountdown.start();
    } else {
        m_lockoutCountdown.stop();
    }
}

void StaffController::checkPin(const QString &pin)
{
    if (m_lockout.isLockedOut() || m_check.isRunning() || refuseIfStateCannotBeSaved())
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
        // No unlock without its record (the journal has the critical line).
        if (!m_audit.record(QStringLiteral("staff unlock: correct PIN")) || m_lockout.lastSaveFailed()) {
            m_pad->showServiceNeeded();
            return;
        }
        m_pad->hide();
        m_panel->open(m_idleTimeoutSeconds);
        m_panelAutoLock.start();
        emit pinAccepted();
        return;
    }
    const int lockoutSeconds = m_lockout.recordFailure();
    emit pinRejected(lockoutSeconds);
    const bool recorded = m_audit.record(QStringLiteral("staff unlock: wrong PIN"));
    if (!recorded || m_lockout.lastSaveFailed()) {
        m_pad->showServiceNeeded();
        return;
    }
    if (lockoutSeconds > 0) {
        m_audit.record(QStringLiteral("staff PIN pad locked out"), QStringLiteral("%1 s").arg(lockoutSeconds));
        showLockout();
    } else {
        m_pad->showWrongPin(m_lockout.triesLeft());
    }
}

void StaffController::noteActivity()
{
    if (m_panel->isVisible())
        m_panelAutoLock.start();
}

void StaffController::setLibrary(const ArticleLibrary *library)
{
    StaffPanel::ContentStatus status;
    status.articles = int(library->allArticles(QStringLiteral("en")).size());
    status.languages = int(library->languages().size());
    status.errors = library->errorCount();
    status.warnings = int(library->problems().size()) - status.errors;
    status.dueForReview = library->articlesDueForReview();
    status.revision = library->revision();
    // Staff read how many files are broken, not how many lines the check
    // wrote: one article can have several errors.
    QSet<QString> articlesWithErrors;
    QSet<QString> otherFilesWithErrors;
    for (const ContentProblem &problem : library->problems()) {
        status.problems.append(problem.toString());
        if (!problem.isError())
            continue;
        if (problem.file.endsWith(QLatin1String(".md")))
            articlesWithErrors.insert(problem.file);
        else
            otherFilesWithErrors.insert(problem.file);
    }
    status.articlesWithErrors = int(articlesWithErrors.size());
    status.otherFilesWithErrors = int(otherFilesWithErrors.size());
    m_panel->setContentStatus(status);
}

QString StaffController::contentReport() const
{
    return m_panel->contentDetails();
}

void StaffController::closeStaffUi()
{
    m_panelAutoLock.stop();
    m_panel->hide();
    m_pad->hide();
    emit staffActiveChanged(false);
}
