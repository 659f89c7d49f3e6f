#include "Backlight.h"

#include "system/KioskLogging.h"

void Backlight::reportFailure(const QString &reason)
{
    // Once: a kiosk without a working backlight control sleeps twice a day,
    // and the same line every night tells IT nothing new.
    if (!m_failureLogged) {
        m_failureLogged = true;
        qCWarning(lcDisplay).noquote() << "display: the backlight cannot be switched:" << reason
                                       << "(the screen is black while asleep, but stays lit; see docs/IT.md, "
                                          "\"Clinic hours and the screen at night\"; not logged again)";
    } else {
        qCDebug(lcDisplay).noquote() << "display: the backlight cannot be switched:" << reason;
    }
    emit failed(reason);
}
