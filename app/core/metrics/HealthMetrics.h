#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The kiosk's health as Prometheus metrics, and their text exposition format
// (what node-exporter's textfile collector reads). Every name starts with
// patient_kiosk_ (Prefix), added here so no caller can forget it.
//
// Values only: no timer, no file, no window. The wiring (ui) sets what it
// sees; MetricsTextfileWriter asks for the text. generation() moves on with
// every change that matters, so the writer can skip writing a file that
// would say the same; a clock-like gauge (the last frame painted) changes on
// every paint and is therefore declared Freshness::WithEveryWrite: it is
// written with whatever else goes out, and with the minute's refresh.
//
// Families are declared at run time (defineCounter, defineGauge,
// defineStateSet), so a later part (reading counts per article) adds its own
// families without changing this class.
class HealthMetrics final
{
public:
    static constexpr auto Prefix = "patient_kiosk_";

    enum class Type {
        Gauge,
        Counter
    };

    enum class Freshness {
        OnChange,      // a new value is a change worth a write
        WithEveryWrite // written when something else is, or at the refresh
    };

    // The five patient screens, then the staff PIN pad or panel over them.
    static const QStringList &screenStates();
    // Reset reasons as a small fixed set of label values (the log keeps the
    // full sentence): idle_timeout, patient_finished, left_disclaimer,
    // renderer_crash_loop, staff_reload, screenshot_tour, other.
    static const QStringList &resetReasons();
    static QString resetReasonLabel(const QString &reason);

    HealthMetrics(); // the kiosk's families, all at their starting values

    // --- Generic: families and samples ------------------------------------------
    // `name` without the prefix. False (and nothing changes) for a name or
    // label that Prometheus would refuse, or a name already defined.
    bool defineGauge(const QString &name, const QString &help, const QStringList &labelNames = {},
                     Freshness freshness = Freshness::OnChange);
    bool defineCounter(const QString &name, const QString &help, const QStringList &labelNames = {});
    // A gauge per state, 1 for the current state and 0 for the others: a
    // fixed, small label set whatever happens.
    bool defineStateSet(const QString &name, const QString &help, const QString &labelName, const QStringList &states);
    bool hasFamily(const QString &name) const { return m_families.contains(name); }

    // Gauges only. `labelValues` in the order of the family's label names.
    void set(const QString &name, double value, const QStringList &labelValues = {});
    // Counters only, never backwards (a negative `by` is ignored): within a
    // run a counter only grows, which is what rate() and increase() expect.
    void add(const QString &name, const QStringList &labelValues = {}, double by = 1.0);
    // A counter to a total kept elsewhere since the start (never backwards);
    // a series not written yet counts from 0.
    void raiseTo(const QString &name, const QStringList &labelValues, double total);
    void setState(const QString &name, const QString &state);
    // Drops every sample of a gauge family (languages that are gone).
    void clear(const QString &name);
    double value(const QString &name, const QStringList &labelValues = {}) const;
    bool hasSample(const QString &name, const QStringList &labelValues = {}) const;

    quint64 generation() const { return m_generation; }

    // The text exposition format 0.0.4: # HELP and # TYPE lines, then the
    // samples, label values escaped; families in name order.
    QByteArray toText() const;
    static QString escapeLabelValue(const QString &value);
    static QString escapeHelp(const QString &help);

    // --- The kiosk's own metrics ----------------------------------------------------
    void setUp(bool up) { set(QStringLiteral("up"), up ? 1 : 0); }
    void setInfo(const QString &version, const QString &contentRevision);
    void setStartTime(double unixSeconds) { set(QStringLiteral("start_time_seconds"), unixSeconds); }
    // Replaces every language's count (a content update can drop one).
    void setArticleCounts(const QMap<QString, int> &articlesPerLanguage);
    void setContentErrors(int errors) { set(QStringLiteral("content_errors"), errors); }
    void setContentUpdated(double unixSeconds)
    {
        set(QStringLiteral("content_updated_timestamp_seconds"), unixSeconds);
    }
    void countSession() { add(QStringLiteral("sessions_total")); }
    void countRefusedUpdate() { add(QStringLiteral("content_updates_refused_total")); }
    void countReset(const QString &reason) { add(QStringLiteral("resets_total"), {resetReasonLabel(reason)}); }
    void countRendererCrash() { add(QStringLiteral("renderer_crashes_total")); }
    void countStaffUnlock() { add(QStringLiteral("staff_unlocks_total")); }
    void countWrongPin() { add(QStringLiteral("staff_wrong_pins_total")); }
    void setStaffLockoutActive(bool active) { set(QStringLiteral("staff_lockout_active"), active ? 1 : 0); }
    void setLastFrame(double unixSeconds) { set(QStringLiteral("last_frame_timestamp_seconds"), unixSeconds); }
    void setScreen(const QString &screen) { setState(QStringLiteral("screen"), screen); }
    // 1 while the screen should be lit and painting. Always 1 until the
    // clinic-hours part puts the kiosk to sleep; the "not painted" alert
    // fires only while it is 1.
    void setDisplayAwake(bool awake) { set(QStringLiteral("display_awake"), awake ? 1 : 0); }
    // The screen may stay lit at night: the hardware or `[display] backlight` is wrong.
    void countBacklightFailure() { add(QStringLiteral("backlight_failures_total")); }
    // The statistics file cannot be written: the counts wait in memory.
    void countStatisticsSaveFailure() { add(QStringLiteral("statistics_save_failures_total")); }

private:
    struct Family
    {
        Type type = Type::Gauge;
        QString help;
        QStringList labelNames;
        Freshness freshness = Freshness::OnChange;
        QStringList states; // a state set's allowed values, else empty
        QMap<QStringList, double> samples;
    };

    bool define(const QString &name, const Family &family);
    Family *family(const QString &name, Type type, const QStringList &labelValues);
    void store(Family *family, const QStringList &labelValues, double value);

    QMap<QString, Family> m_families; // by name without the prefix
    quint64 m_generation = 0;
};
