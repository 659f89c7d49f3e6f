#include "FleetHealthReporter.h"

#include "KioskWindow.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "metrics/MetricsTextfileWriter.h"
#include "session/SessionController.h"
#include "staff/StaffController.h"
#include "system/Backlight.h"
#include "usage/UsageCounts.h"
#include "usage/UsageStore.h"
#include "visit/DisplaySleep.h"
#include "visit/PatientVisit.h"
#include "web/PatientWebSession.h"
#include "web/RendererCrashRecovery.h"

#include <QDateTime>
#include <QEvent>
#include <QMap>

namespace {

double nowUnixSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

} // namespace

FleetHealthReporter::FleetHealthReporter(KioskWindow *window, const KioskConfig &config)
    : QObject(window)
    , m_window(window)
{
    if (config.metricsTextfile().isEmpty())
        return; // off: nothing watched, nothing written
    m_writer = new MetricsTextfileWriter(config.metricsTextfile(), &m_metrics, this);
    m_writer->setBeforeWrite([this] {
        if (m_lastFrameMs > 0)
            m_metrics.setLastFrame(double(m_lastFrameMs) / 1000.0);
    });

    const double started = nowUnixSeconds();
    m_metrics.setStartTime(started);
    // "Not painted since the start" until the first paint: a kiosk that never
    // paints is as frozen as one that stopped.
    m_metrics.setLastFrame(started);
    showLibrary(window->visit()->library());
    connect(window->visit(), &PatientVisit::libraryChanged, this, &FleetHealthReporter::showLibrary);
    // A push with errors is refused and the kiosk keeps its content: IT
    // hears of it here (an alert), not from a patient.
    connect(window->visit()->content(), &ContentStore::updateRefused, this, [this] {
        m_metrics.countRefusedUpdate();
        noteChanged();
    });
    connect(window->webSession()->crashRecovery(), &RendererCrashRecovery::crashed, this, [this] {
        m_metrics.countRendererCrash();
        noteChanged();
    });
    connectSession();
    connectStaff();

    // Widgets repaint through the window's backing store: every repaint of
    // any child (the web view too) arrives here as the window's
    // UpdateRequest, and the window's own Paint. Only a time is stored.
    window->installEventFilter(this);
    noteChanged(); // the first file at once: the kiosk is up
}

FleetHealthReporter::~FleetHealthReporter()
{
    if (!m_writer)
        return;
    m_metrics.setUp(false);
    m_writer->finish();
}

void FleetHealthReporter::connectSession()
{
    SessionController *session = m_window->session();
    m_screen = SessionController::screenName(session->screen());
    refreshScreen();
    connect(session, &SessionController::locationChanged, this, [this](const SessionController::Location &location) {
        const QString screen = SessionController::screenName(location.screen);
        // A session is a patient's first touch: welcome -> disclaimer.
        if (m_screen == SessionController::screenName(SessionController::Screen::Attract)
            && location.screen == SessionController::Screen::Disclaimer)
            m_metrics.countSession();
        m_screen = screen;
        refreshScreen();
        noteChanged();
    });
    connect(session, &SessionController::sessionEnding, this, [this](const QString &reason) {
        m_metrics.countReset(reason);
        noteChanged();
    });
}

void FleetHealthReporter::connectStaff()
{
    StaffController *staff = m_window->staff();
    connect(staff, &StaffController::pinAccepted, this, [this] {
        m_metrics.countStaffUnlock();
        refreshLockout();
        noteChanged();
    });
    connect(staff, &StaffController::pinRejected, this, [this] {
        m_metrics.countWrongPin();
        refreshLockout();
        noteChanged();
    });
    connect(staff, &StaffController::staffActiveChanged, this, [this](bool active) {
        m_staffActive = active;
        refreshScreen();
        noteChanged();
    });
    m_lockoutEnds.setSingleShot(true);
    m_lockoutEnds.setTimerType(Qt::CoarseTimer);
    connect(&m_lockoutEnds, &QTimer::timeout, this, [this] {
        refreshLockout();
        noteChanged();
    });
    refreshLockout(); // a pause from before a restart still runs
}

void FleetHealthReporter::refreshLockout()
{
    const int secondsLeft = m_window->staff()->lockout().secondsLeft();
    m_metrics.setStaffLockoutActive(secondsLeft > 0);
    if (secondsLeft > 0)
        m_lockoutEnds.start(secondsLeft * 1000 + 250); // just past its end
    else
        m_lockoutEnds.stop();
}

void FleetHealthReporter::refreshScreen()
{
    m_metrics.setScreen(m_staffActive ? QStringLiteral("staff") : m_screen);
}

void FleetHealthReporter::showLibrary(const ArticleLibrary *library)
{
    if (!library)
        return;
    m_metrics.setInfo(QStringLiteral(KIOSK_VERSION), library->revision());
    QMap<QString, int> articles;
    for (const QString &language : library->languages())
        articles.insert(language, int(library->allArticles(language).size()));
    m_metrics.setArticleCounts(articles);
    m_metrics.setContentErrors(library->errorCount());
    m_metrics.setContentUpdated(nowUnixSeconds());
    noteChanged();
}

void FleetHealthReporter::noteChanged()
{
    if (m_writer)
        m_writer->checkTime();
}

void FleetHealthReporter::followDisplay(const DisplaySleep *sleep)
{
    if (!isEnabled() || !sleep)
        return;
    setDisplayAwake(sleep->schedule()->isAwake());
    connect(sleep->schedule(), &DisplaySchedule::awakeChanged, this, &FleetHealthReporter::setDisplayAwake);
    if (const Backlight *backlight = sleep->backlight()) {
        // The backlight logs the fix itself (once); IT's alert comes from here.
        connect(backlight, &Backlight::failed, this, [this] {
            m_metrics.countBacklightFailure();
            noteChanged();
        });
    }
}

void FleetHealthReporter::setDisplayAwake(bool awake)
{
    m_metrics.setDisplayAwake(awake);
    noteChanged();
}

bool FleetHealthReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest || event->type() == QEvent::Paint)
        m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();
    return QObject::eventFilter(watched, event);
}

namespace {
const QString ArticleOpens = QStringLiteral("article_opens_total");
const QString ArticleReadsToEnd = QStringLiteral("article_reads_to_end_total");
const QString ArticleReadAloud = QStringLiteral("article_read_aloud_total");
const QString ArticleQrShows = QStringLiteral("article_qr_shows_total");
const QString VisitsByLength = QStringLiteral("visits_by_length_total");
} // namespace

void FleetHealthReporter::countReading(const UsageStore *store)
{
    if (!isEnabled() || !store || m_usage)
        return;
    m_usage = store;
    const QStringList article{QStringLiteral("article"), QStringLiteral("language")};
    m_metrics.defineCounter(ArticleOpens, QStringLiteral("Articles opened by patients (once per visit)."), article);
    m_metrics.defineCounter(ArticleReadsToEnd, QStringLiteral("Articles read to the end (once per visit)."), article);
    m_metrics.defineCounter(ArticleReadAloud, QStringLiteral("Articles played aloud (once per visit)."), article);
    m_metrics.defineCounter(ArticleQrShows, QStringLiteral("Take-home QR codes shown for an article."), article);
    m_metrics.defineCounter(VisitsByLength, QStringLiteral("Patient visits, by how long they lasted."),
                            {QStringLiteral("length")});
    for (int bucket = 0; bucket < UsageCounts::SessionLengthCount; ++bucket)
        m_metrics.add(VisitsByLength, {UsageCounts::bucketName(UsageCounts::SessionLength(bucket))}, 0);
    connect(store, &UsageStore::counted, this, &FleetHealthReporter::refreshReading);
    // The store logs the fault and keeps the counts; IT's alert comes from here.
    connect(store, &UsageStore::flushFinished, this, [this](bool ok) {
        if (ok)
            return;
        m_metrics.countStatisticsSaveFailure();
        noteChanged();
    });
    refreshReading();
}

void FleetHealthReporter::refreshReading()
{
    // The store's totals since start are absolute; each counter is raised to its total.
    const UsageCounts &counted = m_usage->countedSinceStart();
    for (const UsageCounts::ArticleTotal &total : counted.articleTotals()) {
        const QStringList labels{total.articleId, total.language};
        m_metrics.raiseTo(ArticleOpens, labels, double(total.counts.opens));
        m_metrics.raiseTo(ArticleReadsToEnd, labels, double(total.counts.readsToEnd));
        m_metrics.raiseTo(ArticleReadAloud, labels, double(total.counts.readAloudPlays));
        m_metrics.raiseTo(ArticleQrShows, labels, double(total.counts.qrShows));
    }
    const UsageCounts::SessionCounts visits = counted.sessionTotals();
    for (int bucket = 0; bucket < UsageCounts::SessionLengthCount; ++bucket)
        m_metrics.raiseTo(VisitsByLength, {UsageCounts::bucketName(UsageCounts::SessionLength(bucket))},
                          double(visits.byLength[std::size_t(bucket)]));
    noteChanged();
}
