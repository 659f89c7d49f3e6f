#include "KioskLogging.h"

// Info and above by default: the journal of a kiosk that runs all day should
// hold screen changes and resets, not debug chatter.
Q_LOGGING_CATEGORY(lcSession, "kiosk.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContent, "kiosk.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "kiosk.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "kiosk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff", QtInfoMsg)
