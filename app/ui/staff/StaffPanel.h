#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// What staff see after a correct PIN: resume (lock again), leave kiosk mode,
// reload content, the content problems and the app version, and the idle
// timeout. The owner closes it after 60 s without input.
class StaffPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit StaffPanel(QWidget *parent);

    void open(const QString &contentReport, int idleTimeoutSeconds);
    void setContentReport(const QString &report);
    int idleTimeoutSeconds() const { return m_idleSeconds; }

signals:
    void resumeRequested();
    void leaveRequested();
    void reloadContentRequested();
    void idleTimeoutChanged(int seconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showIdle();

    QLabel *m_version;
    QLabel *m_idle;
    QPlainTextEdit *m_problems;
    int m_idleSeconds = 120;
};
