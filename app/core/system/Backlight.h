#pragma once

#include <QObject>
#include <QString>

// The screen's backlight, switched off while the display sleeps (where the
// hardware allows: `[display] backlight`). Asking never waits: the work runs
// off the GUI thread or in another process, and the answer comes as a
// signal. Only the last request counts; requests made while one is running
// are merged into one. A failure is logged once per run and never disturbs
// a patient: the black sleep screen is shown either way.
class Backlight : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void setPowered(bool on) = 0;
    // What the last finished request achieved (true before any).
    bool isPowered() const { return m_powered; }

signals:
    void applied(bool on);
    void failed(const QString &reason);

protected:
    // For subclasses: report the end of a request.
    void reportApplied(bool on)
    {
        m_powered = on;
        emit applied(on);
    }
    void reportFailure(const QString &reason);

private:
    bool m_powered = true;
    bool m_failureLogged = false;
};
