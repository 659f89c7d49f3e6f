#pragma once

#include <QObject>

// Installed on the application object, it sees every input event before any
// widget does, including input for the web view's internal child widget that
// is replaced after every renderer restart. It only reports; it never eats.
class UserActivityFilter final : public QObject
{
    Q_OBJECT

public:
    explicit UserActivityFilter(QObject *parent = nullptr);

    static bool isUserActivity(const class QEvent *event);

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
