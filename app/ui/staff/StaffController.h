#pragma once

#include "staff/AuditLog.h"
#include "staff/PinVault.h"
#include "staff/StaffLockout.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <utility>

class ArticleLibrary;
class KioskConfig;
class PinPadOverlay;
class StaffGesture;
class StaffPanel;
class QWidget;

// Everything staff do, in one place: lock kiosk mode, the hidden gesture,
// the PIN check with lockout and audit, and the staff panel that locks
// itself again after 60 s without input. The window only applies the
// locked look (KioskWindow::applyKioskLock); the rules live here.
class StaffController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int PanelAutoLockMs = 60000;

    StaffController(QWidget *window, const KioskConfig &config);

    bool hasPin() const { return m_vault.hasPin(); }
    bool isKioskLocked() const { return m_locked; }
    bool isStaffActive() const; // PIN pad or panel showing

    PinPadOverlay *pinPad() const { return m_pad; }
    StaffPanel *panel() const { return m_panel; }
    StaffGesture *gesture() const { return m_gesture; }
    const StaffLockout &lockout() const { return m_lockout; }
    void setPanelAutoLockMs(int ms) { m_panelAutoLock.setInterval(ms); } // tests
    // Tests: a lockout runs on this clock instead of the wall clock.
    void setLockoutClock(StaffLockout::Clock clock) { m_lockout.setClock(std::move(clock)); }

    // How often the lockout countdown looks at the clock: often enough that
    // "0:25" changes within a quarter second of each real second, and the
    // keys come back right when the pause ends.
    static constexpr int LockoutTickMs = 250;

public slots:
    bool lockKiosk(); // false (and nothing changes) without a PIN
    void openPinPad();
    void noteActivity(); // keeps the panel open while staff use it
    // What the staff panel says about the content: counts, problems, and how
    // many articles a clinician should review (due or never reviewed).
    void setLibrary(const ArticleLibrary *library);
    // The full report behind the panel's "Show details".
    QString contentReport() const;

signals:
    void kioskLockChanged(bool locked);
    void staffActiveChanged(bool active);
    void leaveRequested();
    void reloadContentRequested();
    void idleTimeoutChanged(int seconds);
    // The health metrics count these: a correct PIN that opened the panel,
    // and a wrong one (with the pause it started, or 0).
    void pinAccepted();
    void pinRejected(int lockoutSeconds);

private:
    void checkPin(const QString &pin);
    void onPinChecked();
    void closeStaffUi();
    void showLockout();
    // True (and the pad says "service needed") when the lockout state cannot be saved.
    bool refuseIfStateCannotBeSaved();

    QWidget *m_window;
    PinVault m_vault;
    StaffLockout m_lockout;
    AuditLog m_audit;
    StaffGesture *m_gesture;
    PinPadOverlay *m_pad;
    StaffPanel *m_panel;
    QFutureWatcher<bool> m_check;
    QTimer m_panelAutoLock;
    QTimer m_lockoutCountdown;
    int m_idleTimeoutSeconds;
    bool m_locked = false;
};
