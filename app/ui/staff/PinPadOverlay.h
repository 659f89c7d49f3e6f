#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

// A large on-screen number pad for the staff PIN. It shows dots, never
// digits; it closes itself after 30 s without a press so it is never left
// open on an unattended kiosk.
class PinPadOverlay final : public QWidget
{
    Q_OBJECT

public:
    explicit PinPadOverlay(QWidget *parent);

    void open();
    void showMessage(const QString &message);
    void setBusy(bool busy);        // while the PIN is being checked
    void setLockedOut(int seconds); // 0 re-enables the keys
    int enteredLength() const { return int(m_pin.size()); }

    static constexpr int IdleCloseMs = 30000;

signals:
    void pinEntered(const QString &pin);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void press(const QString &digit);
    void updateDots();

    QString m_pin;
    QLabel *m_title;
    QLabel *m_dots;
    QLabel *m_message;
    QList<QPushButton *> m_keys;
    QPushButton *m_ok;
    QTimer m_idleClose;
};
