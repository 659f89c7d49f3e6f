#pragma once

#include <QString>
#include <QStringList>

class KioskWindow;

// Walks the real window through every screen and saves each as a PNG, for
// the README, for reviewing the look at both reference sizes, and for staff
// documentation. Uses the session controller like a patient's taps would.
class ScreenshotTour final
{
public:
    // Returns the files written; an empty list and `error` set on failure.
    static QStringList run(KioskWindow *window, const QString &directory, QString *error);
};
