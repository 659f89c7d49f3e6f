#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

// A large on-screen number pad for the staff PIN. It shows dots, never
// digits; it closes itself after 30 s without a press so it is never left
// open on an unattended kiosk. During a wrong-PIN lockout it stays open with
// every key disabled and a countdown, so the wait never ends with the pad
// gone and the next digits landing on the patient's screen; its 30 s start
// again when the pause is over.
class PinPadOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit PinPadOverlay(QWidget *parent);

    void open();
    void setBusy(bool busy);        // while the PIN is being checked
    void setLockedOut(int seconds); // 0 re-enables the keys
    void showNoPinSet();
    // The lockout or the audit log cannot be saved: no PIN entry at all
    // (fail closed), and a message that sends staff to IT. Until reopened.
    void showServiceNeeded();
    bool isServiceNeeded() const { return m_serviceNeeded; }
    void showWrongPin(int triesLeft);
    bool isLockedOut() const { return m_lockSeconds > 0; }
    int enteredLength() const { return int(m_pin.size()); }
    void setIdleCloseMs(int ms) { m_idleClose.setInterval(ms); } // tests

    static constexpr int IdleCloseMs = 30000;

    // "0:25", "15:00": the wait as staff read it on a clock.
    static QString clockText(int seconds);

signals:
    void pinEntered(const QString &pin);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // What the message line says, kept as a kind rather than as text so a
    // language change rewrites it too.
    enum class Notice {
        None,
        NoPinSet,
        Checking,
        WrongPin,
        TooShort,
        ServiceNeeded,
    };

    void press(const QString &digit);
    void updateDots();
    void updateKeys();
    void showNotice();
    void retranslateUi();

    QString m_pin;
    QLabel *m_title;
    QLabel *m_instruction;
    QLabel *m_dots;
    QLabel *m_lockedMessage;
    QLabel *m_message;
    QList<QPushButton *> m_keys;
    QPushButton *m_erase;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QTimer m_idleClose;
    Notice m_notice = Notice::None;
    int m_triesLeft = 0;
    int m_lockSeconds = 0;
    bool m_busy = false;
    bool m_serviceNeeded = false;
};
