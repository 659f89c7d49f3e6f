#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class StaffController;

// The strip above the screens in a windowed (unlocked) run: "Lock kiosk
// mode" for front-desk staff, or, without a PIN, what IT must do first.
// Hidden once kiosk mode is locked.
class StaffBar final : public QWidget
{
    Q_OBJECT

public:
    StaffBar(StaffController *staff, QWidget *parent);

    void setWanted(bool wanted);
    void update();

private:
    StaffController *m_staff;
    QPushButton *m_lockButton;
    QLabel *m_lockReason;
    bool m_wanted = false;
};
