#include "DisplaySleep.h"

#include "KioskWindow.h"
#include "config/KioskConfig.h"
#include "hours/ClinicHours.h"
#include "screens/AttractScreen.h"
#include "screens/SleepScreen.h"
#include "session/SessionController.h"
#include "staff/StaffController.h"
#include "system/DdcutilBacklight.h"
#include "system/KioskLogging.h"
#include "system/SysfsBacklight.h"
#include "web/KioskWebPage.h"
#include "web/PatientWebSession.h"

DisplaySleep::DisplaySleep(KioskWindow *window, const KioskConfig &config, DisplaySchedule::Clock clock,
                           Backlight *backlight)
    : QObject(window)
    , m_window(window)
    , m_attract(window->findChild<AttractScreen *>(QStringLiteral("attractScreen")))
    , m_sleepScreen(new SleepScreen(window))
    , m_schedule(new DisplaySchedule(this))
    , m_backlight(backlight ? backlight : createBacklight(config, this))
{
    if (m_backlight) {
        m_backlight->setParent(this);
        // That the lamp really went off (or on) is what IT checks in the log
        // the first nights; a failure is logged by the backlight itself.
        connect(m_backlight, &Backlight::applied, this,
                [](bool on) { qCInfo(lcDisplay) << (on ? "display: backlight on" : "display: backlight off"); });
    }
    // KioskConfig::load has already refused (and logged) bad hours, keeping
    // the default: always awake.
    m_schedule->setHours(ClinicHours::parse(config.displayHours()).value_or(ClinicHours()));
    m_schedule->setWakeDuration(std::chrono::minutes(config.wakeMinutes()));
    if (clock)
        m_schedule->setClock(std::move(clock));

    connect(m_schedule, &DisplaySchedule::awakeChanged, this, &DisplaySleep::onAwakeChanged);
    connect(m_sleepScreen, &SleepScreen::wakeRequested, m_schedule, &DisplaySchedule::wakeByTouch);
    connect(window->session(), &SessionController::locationChanged, this, &DisplaySleep::updateInUse);
    connect(window->staff(), &StaffController::staffActiveChanged, this, [this](bool active) {
        m_staffActive = active;
        updateInUse();
    });
    updateInUse();
    if (!m_schedule->hours().isAlwaysOpen()) {
        qCInfo(lcDisplay).noquote() << "display: awake" << m_schedule->hours().describe() << "and"
                                    << m_schedule->wakeDuration().count() << "min after a touch; backlight"
                                    << config.backlight();
    }
    m_schedule->start();
}

Backlight *DisplaySleep::createBacklight(const KioskConfig &config, QObject *parent)
{
    if (config.backlight() == QLatin1String("sysfs"))
        return new SysfsBacklight(config.backlightDevice(), QLatin1String(SysfsBacklight::DefaultRoot), parent);
    if (config.backlight() == QLatin1String("ddcutil"))
        return new DdcutilBacklight(config.backlightDevice(), parent);
    return nullptr;
}

void DisplaySleep::updateInUse()
{
    const bool visiting = m_window->session()->location().screen != SessionController::Screen::Attract;
    m_schedule->setInUse(visiting || m_staffActive);
}

void DisplaySleep::onAwakeChanged(bool awake)
{
    KioskWebPage *page = m_window->webSession()->page();
    if (awake) {
        // Light first, then the picture, so the first thing seen is the welcome.
        if (m_backlight)
            m_backlight->setPowered(true);
        if (page->lifecycleState() != QWebEnginePage::LifecycleState::Active)
            page->setLifecycleState(QWebEnginePage::LifecycleState::Active);
        if (m_attract)
            m_attract->resumeRotation();
        m_sleepScreen->lift();
        return;
    }
    m_sleepScreen->fall();
    if (m_attract)
        m_attract->pauseRotation();
    // The page waiting for the next patient is hidden (asleep means the
    // attract screen); frozen, its renderer runs no timers at all.
    if (!page->isVisible())
        page->setLifecycleState(QWebEnginePage::LifecycleState::Frozen);
    if (m_backlight)
        m_backlight->setPowered(false);
}
