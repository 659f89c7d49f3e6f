#include "HealthMetrics.h"

#include "session/SessionController.h"
#include "system/KioskLogging.h"

#include <QRegularExpression>

#include <cmath>

namespace {

bool isValidMetricName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-zA-Z_:][a-zA-Z0-9_:]*\\z"));
    return pattern.match(name).hasMatch();
}

bool isValidLabelName(const QString &name)
{
    // Names starting with "__" are Prometheus's own.
    static const QRegularExpression pattern(QStringLiteral("\\A[a-zA-Z_][a-zA-Z0-9_]*\\z"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("__"));
}

// Whole numbers as integers (counters, counts); anything else with enough
// digits for a millisecond timestamp. The exposition format's spellings of
// the special values, though none of the kiosk's metrics should need them.
QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', 3);
}

} // namespace

const QStringList &HealthMetrics::screenStates()
{
    static const QStringList states{
        SessionController::screenName(SessionController::Screen::Attract),
        SessionController::screenName(SessionController::Screen::Disclaimer),
        SessionController::screenName(SessionController::Screen::Home),
        SessionController::screenName(SessionController::Screen::Topic),
        SessionController::screenName(SessionController::Screen::Reader),
        QStringLiteral("staff"),
    };
    return states;
}

const QStringList &HealthMetrics::resetReasons()
{
    static const QStringList reasons{
        QStringLiteral("idle_timeout"),    QStringLiteral("patient_finished"),
        QStringLiteral("left_disclaimer"), QStringLiteral("renderer_crash_loop"),
        QStringLiteral("staff_reload"),    QStringLiteral("screenshot_tour"),
        QStringLiteral("other"),
    };
    return reasons;
}

QString HealthMetrics::resetReasonLabel(const QString &reason)
{
    // The sentences SessionController::resetToAttract is given. Matched by
    // their start: "renderer crashed 4 times in 60 s" carries a number.
    static const QList<std::pair<QLatin1String, QLatin1String>> starts{
        {QLatin1String("idle timeout"), QLatin1String("idle_timeout")},
        {QLatin1String("patient finished"), QLatin1String("patient_finished")},
        {QLatin1String("left the disclaimer"), QLatin1String("left_disclaimer")},
        {QLatin1String("renderer crashed"), QLatin1String("renderer_crash_loop")},
        {QLatin1String("content reloaded by staff"), QLatin1String("staff_reload")},
        {QLatin1String("screenshot tour"), QLatin1String("screenshot_tour")},
    };
    for (const auto &[start, label] : starts) {
        if (reason.startsWith(start))
            return label;
    }
    return QStringLiteral("other");
}

HealthMetrics::HealthMetrics()
{
    defineGauge(QStringLiteral("up"), QStringLiteral("1 while the kiosk program runs; 0 written as it stops."));
    defineGauge(QStringLiteral("info"),
                QStringLiteral("Always 1; the labels say which program version and which content revision run."),
                {QStringLiteral("version"), QStringLiteral("content_revision")});
    defineGauge(QStringLiteral("start_time_seconds"),
                QStringLiteral("When this run of the kiosk program started (Unix time); a change is a restart."));
    defineGauge(QStringLiteral("articles"), QStringLiteral("Articles patients can open, per language."),
                {QStringLiteral("language")});
    defineGauge(QStringLiteral("content_errors"),
                QStringLiteral("Errors in the content in force; each is an article patients do not see."));
    defineGauge(QStringLiteral("content_updated_timestamp_seconds"),
                QStringLiteral("When the content in force was loaded (Unix time)."));
    defineCounter(
        QStringLiteral("content_updates_refused_total"),
        QStringLiteral("Content updates refused for errors, in this run; the kiosk kept the content it had."));
    defineCounter(QStringLiteral("sessions_total"),
                  QStringLiteral("Patient sessions begun (a touch on the welcome screen) in this run."));
    defineCounter(QStringLiteral("resets_total"),
                  QStringLiteral("Returns to the welcome screen that cleared a session, by reason, in this run."),
                  {QStringLiteral("reason")});
    defineCounter(QStringLiteral("renderer_crashes_total"),
                  QStringLiteral("Crashes of the web renderer that shows the articles, in this run."));
    defineCounter(QStringLiteral("staff_unlocks_total"),
                  QStringLiteral("Staff unlocks with the correct PIN, in this run."));
    defineCounter(QStringLiteral("staff_wrong_pins_total"),
                  QStringLiteral("Wrong staff PINs typed on the PIN pad, in this run."));
    defineGauge(QStringLiteral("staff_lockout_active"),
                QStringLiteral("1 while the staff PIN pad is paused after too many wrong PINs."));
    defineGauge(QStringLiteral("last_frame_timestamp_seconds"),
                QStringLiteral("When the kiosk window last painted (Unix time); an old value is a frozen screen."), {},
                Freshness::WithEveryWrite);
    defineStateSet(QStringLiteral("screen"), QStringLiteral("1 for the screen shown now, 0 for the others."),
                   QStringLiteral("screen"), screenStates());
    defineGauge(QStringLiteral("display_awake"),
                QStringLiteral("1 while the screen should be lit and painting (clinic hours)."));
    defineCounter(QStringLiteral("backlight_failures_total"),
                  QStringLiteral("Tries to switch the screen's backlight off or on that failed, in this run."));
    defineCounter(QStringLiteral("statistics_save_failures_total"),
                  QStringLiteral("Tries to save the reading statistics to their file that failed, in this run; "
                                 "the counts wait in memory for the next try."));

    setUp(true);
    setDisplayAwake(true);
    setContentErrors(0);
    setStaffLockoutActive(false);
    setScreen(screenStates().constFirst());
    // Every series exists from the start, so increase() sees the first one.
    for (const QString &name : {QStringLiteral("sessions_total"), QStringLiteral("renderer_crashes_total"),
                                QStringLiteral("content_updates_refused_total"), QStringLiteral("staff_unlocks_total"),
                                QStringLiteral("staff_wrong_pins_total"), QStringLiteral("backlight_failures_total"),
                                QStringLiteral("statistics_save_failures_total")})
        add(name, {}, 0);
    for (const QString &reason : resetReasons())
        add(QStringLiteral("resets_total"), {reason}, 0);
}

bool HealthMetrics::define(const QString &name, const Family &family)
{
    bool valid = isValidMetricName(QLatin1String(Prefix) + name) && !m_families.contains(name);
    for (const QString &label : std::as_const(family.labelNames))
        valid = valid && isValidLabelName(label);
    if (!valid) {
        qCWarning(lcConfig).noquote() << "health metric" << name << "not defined: bad or repeated name or label";
        return false;
    }
    m_families.insert(name, family);
    ++m_generation;
    return true;
}

bool HealthMetrics::defineGauge(const QString &name, const QString &help, const QStringList &labelNames,
                                Freshness freshness)
{
    Family gauge;
    gauge.type = Type::Gauge;
    gauge.help = help;
    gauge.labelNames = labelNames;
    gauge.freshness = freshness;
    return define(name, gauge);
}

bool HealthMetrics::defineCounter(const QString &name, const QString &help, const QStringList &labelNames)
{
    Family counter;
    counter.type = Type::Counter;
    counter.help = help;
    counter.labelNames = labelNames;
    return define(name, counter);
}

bool HealthMetrics::defineStateSet(const QString &name, const QString &help, const QString &labelName,
                                   const QStringList &states)
{
    Family stateSet;
    stateSet.type = Type::Gauge;
    stateSet.help = help;
    stateSet.labelNames = {labelName};
    stateSet.states = states;
    for (const QString &state : states)
        stateSet.samples.insert({state}, 0);
    return define(name, stateSet);
}

HealthMetrics::Family *HealthMetrics::family(const QString &name, Type type, const QStringList &labelValues)
{
    const auto found = m_families.find(name);
    if (found == m_families.end() || found->type != type || found->labelNames.size() != labelValues.size()) {
        // A programming mistake, not a patient's problem: say so, change nothing.
        qCWarning(lcConfig).noquote() << "health metric" << name << "used with the wrong type or labels";
        return nullptr;
    }
    return &*found;
}

void HealthMetrics::store(Family *family, const QStringList &labelValues, double value)
{
    const auto sample = family->samples.constFind(labelValues);
    if (sample != family->samples.cend() && sample.value() == value)
        return;
    family->samples.insert(labelValues, value);
    if (family->freshness == Freshness::OnChange)
        ++m_generation;
}

void HealthMetrics::set(const QString &name, double value, const QStringList &labelValues)
{
    if (Family *gauge = family(name, Type::Gauge, labelValues))
        store(gauge, labelValues, value);
}

void HealthMetrics::add(const QString &name, const QStringList &labelValues, double by)
{
    Family *counter = family(name, Type::Counter, labelValues);
    if (!counter || by < 0 || std::isnan(by))
        return;
    const double current = counter->samples.value(labelValues, 0);
    if (by == 0 && counter->samples.contains(labelValues))
        return;
    counter->samples.insert(labelValues, current + by);
    ++m_generation;
}

void HealthMetrics::raiseTo(const QString &name, const QStringList &labelValues, double total)
{
    // value() is NaN for a series not written yet, and add() drops a NaN step.
    const double current = hasSample(name, labelValues) ? value(name, labelValues) : 0;
    add(name, labelValues, total - current);
}

void HealthMetrics::setState(const QString &name, const QString &state)
{
    Family *stateSet = family(name, Type::Gauge, {state});
    if (!stateSet || !stateSet->states.contains(state))
        return;
    for (const QString &each : std::as_const(stateSet->states))
        store(stateSet, {each}, each == state ? 1 : 0);
}

void HealthMetrics::clear(const QString &name)
{
    const auto found = m_families.find(name);
    if (found == m_families.end() || found->type != Type::Gauge || found->samples.isEmpty())
        return;
    found->samples.clear();
    ++m_generation;
}

double HealthMetrics::value(const QString &name, const QStringList &labelValues) const
{
    const auto found = m_families.constFind(name);
    return found == m_families.cend() ? std::nan("") : found->samples.value(labelValues, std::nan(""));
}

bool HealthMetrics::hasSample(const QString &name, const QStringList &labelValues) const
{
    const auto found = m_families.constFind(name);
    return found != m_families.cend() && found->samples.contains(labelValues);
}

void HealthMetrics::setInfo(const QString &version, const QString &contentRevision)
{
    // One series only: an info metric with an old revision left beside the
    // new one would say two contents are live.
    const QStringList labels{version, contentRevision};
    if (hasSample(QStringLiteral("info"), labels))
        return;
    clear(QStringLiteral("info"));
    set(QStringLiteral("info"), 1, labels);
}

void HealthMetrics::setArticleCounts(const QMap<QString, int> &articlesPerLanguage)
{
    const auto found = m_families.constFind(QStringLiteral("articles"));
    QMap<QStringList, double> wanted;
    for (auto it = articlesPerLanguage.cbegin(); it != articlesPerLanguage.cend(); ++it)
        wanted.insert({it.key()}, it.value());
    if (found != m_families.cend() && found->samples == wanted)
        return;
    clear(QStringLiteral("articles"));
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        set(QStringLiteral("articles"), it.value(), it.key());
}

QString HealthMetrics::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString HealthMetrics::escapeHelp(const QString &help)
{
    QString escaped = help;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return escaped;
}

QByteArray HealthMetrics::toText() const
{
    QString text;
    for (auto it = m_families.cbegin(); it != m_families.cend(); ++it) {
        const QString name = QLatin1String(Prefix) + it.key();
        const Family &metric = it.value();
        text += QStringLiteral("# HELP %1 %2\n").arg(name, escapeHelp(metric.help));
        text += QStringLiteral("# TYPE %1 %2\n")
                    .arg(name, metric.type == Type::Counter ? QStringLiteral("counter") : QStringLiteral("gauge"));
        for (auto sample = metric.samples.cbegin(); sample != metric.samples.cend(); ++sample) {
            text += name;
            if (!metric.labelNames.isEmpty()) {
                QStringList pairs;
                for (qsizetype i = 0; i < metric.labelNames.size(); ++i)
                    pairs.append(
                        QStringLiteral("%1=\"%2\"").arg(metric.labelNames.at(i), escapeLabelValue(sample.key().at(i))));
                text += QLatin1Char('{') + pairs.join(QLatin1Char(',')) + QLatin1Char('}');
            }
            text += QLatin1Char(' ') + formatValue(sample.value()) + QLatin1Char('\n');
        }
    }
    return text.toUtf8();
}
