#pragma once

#include "metrics/HealthMetrics.h"

#include <QObject>
#include <QTimer>

class ArticleLibrary;
class DisplaySleep;
class KioskConfig;
class KioskWindow;
class MetricsTextfileWriter;
class UsageStore;

// Connects the running kiosk to its health metrics ([metrics] textfile, for
// node-exporter and Prometheus): sessions and resets from the session state
// machine, renderer crashes, staff unlocks, wrong PINs and the lockout, the
// content in force, the screen shown, and the window's last real paint.
// Nothing here is on the touch path beyond a counter or a stored time; the
// file is written by MetricsTextfileWriter off the GUI thread. With the key
// empty (the default) it does nothing at all: no filter, no connection.
//
// main() makes one, as a child of the window; a test makes one over the
// fixture's window the same way.
class FleetHealthReporter final : public QObject
{
    Q_OBJECT

public:
    FleetHealthReporter(KioskWindow *window, const KioskConfig &config);
    ~FleetHealthReporter() override; // writes "up 0" (bounded wait)
    Q_DISABLE_COPY_MOVE(FleetHealthReporter)

    bool isEnabled() const { return m_writer != nullptr; }
    // For more families (reading counts): define and change them here, then
    // call noteChanged().
    HealthMetrics *metrics() { return &m_metrics; }
    const HealthMetrics &metrics() const { return m_metrics; }
    // Tests move its clock (MetricsTextfileWriter::setClock); null when off.
    MetricsTextfileWriter *writer() const { return m_writer; }

    // The reading statistics as counters too (opens, reads to the end,
    // read-aloud and QR shows per article and language, visits by length),
    // so Prometheus sums a fleet's reading instead of this kiosk. Since the
    // kiosk started, like every counter: Prometheus handles the restarts.
    // Also counts each try to save the statistics that failed.
    void countReading(const UsageStore *store);
    // Clinic hours: display_awake follows the schedule (a kiosk asleep on
    // purpose is not frozen), and a backlight that cannot be switched is
    // counted (the screen stays lit at night).
    void followDisplay(const DisplaySleep *sleep);

public slots:
    void noteChanged(); // something in metrics() changed: write when allowed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectSession();
    void connectStaff();
    void showLibrary(const ArticleLibrary *library);
    void refreshLockout();
    void refreshScreen();
    void refreshReading();
    void setDisplayAwake(bool awake);

    KioskWindow *m_window;
    const UsageStore *m_usage = nullptr;
    HealthMetrics m_metrics;
    MetricsTextfileWriter *m_writer = nullptr;
    QTimer m_lockoutEnds;
    // Only a time is stored per frame; it reaches the metrics just before a write.
    qint64 m_lastFrameMs = 0;
    QString m_screen;
    bool m_staffActive = false;
};
