#pragma once

#include "hours/DisplaySchedule.h"

#include <QObject>

class AttractScreen;
class Backlight;
class KioskConfig;
class KioskWindow;
class SleepScreen;

// The kiosk's screen at night: follows a DisplaySchedule over the window.
// Asleep, it shows the black SleepScreen over everything, stops the attract
// screen's highlight rotation, freezes the (hidden) web page and switches
// the backlight off when `[display] backlight` says how; a touch on the
// black screen wakes it to the attract screen. A visit in progress keeps the
// kiosk awake (the schedule waits for the reset), and so do staff in their
// PIN pad or panel. main() creates one over the window; tests pass a clock
// and a backlight of their own.
class DisplaySleep final : public QObject
{
    Q_OBJECT

public:
    // `backlight` (owned by this when given) replaces the one the config chooses.
    DisplaySleep(KioskWindow *window, const KioskConfig &config, DisplaySchedule::Clock clock = {},
                 Backlight *backlight = nullptr);

    DisplaySchedule *schedule() const { return m_schedule; }
    SleepScreen *sleepScreen() const { return m_sleepScreen; }
    Backlight *backlight() const { return m_backlight; } // null for "none"
    bool isAsleep() const { return !m_schedule->isAwake(); }

    // The backlight for `[display] backlight`: null for none.
    static Backlight *createBacklight(const KioskConfig &config, QObject *parent);

private:
    void onAwakeChanged(bool awake);
    void updateInUse();

    KioskWindow *m_window;
    AttractScreen *m_attract;
    SleepScreen *m_sleepScreen;
    DisplaySchedule *m_schedule;
    Backlight *m_backlight;
    bool m_staffActive = false;
};
