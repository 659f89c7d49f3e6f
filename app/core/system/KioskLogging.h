#pragma once

#include <QLoggingCategory>

// One category per area, so a clinic's IT can turn up exactly the part it is
// debugging (QT_LOGGING_RULES="kiosk.web.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
