// kiosk_bench: drives the real kiosk window with touch events and prints what
// patients and clinics feel: tap to native screen, tap to article painted
// (every article), reset, cold start, process-tree memory and its growth
// over many article opens, and idle CPU; with --chromium, Debian's Chromium
// on the exported articles in the same run. Figures, not assertions: the
// machine is shared and noisy; compare within one run.
//
//   build/dev/bench/kiosk_bench [--opens N] [--reset-every N] [--idle-seconds S] [--json FILE]
//                               [--kiosk PATH] [--chromium PATH] [--smoke] [--memory-only]

#include "KioskWindow.h"
#include "ProcessTree.h"
#include "VisibleWidgets.h"
#include "config/KioskConfig.h"
#include "content/ArticleLibrary.h"
#include "content/ContentStore.h"
#include "content/ContentUrl.h"
#include "content/HtmlExporter.h"
#include "hours/DisplaySchedule.h"
#include "screens/ReaderScreen.h"
#include "theme/GraphicsBackend.h"
#include "visit/DisplaySleep.h"
#include "web/WebEngineSetup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointingDevice>
#include <QProcess>
#include <QQuickWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// Runs the event loop as the app's own loop (app.exec()) does until `done`
// says so or `timeoutMs` passed, and returns `done()`. Two things matter for
// honest figures:
// - it sleeps until the next event, as the app does. A loop that polls
//   (processEvents() with a time limit returns at once when nothing is
//   pending) spins a core, which on a 2-core machine is taken from the
//   Chromium processes doing the real work, and counts as the kiosk's CPU;
// - it runs deferred deletes. WebEngine deletes each old page's drawing
//   surface (about 15 MB) with deleteLater(); without them the bench "leaks"
//   memory the real kiosk never does.
template<typename Done>
bool runEventLoopUntil(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    QTimer wake; // ends the last sleep at the deadline
    wake.setSingleShot(true);
    wake.setTimerType(Qt::PreciseTimer); // a coarse timer may fire before the deadline
    while (!done() && !deadline.hasExpired()) {
        if (!wake.isActive())
            wake.start(std::max<int>(1, int(deadline.remainingTime())));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return done();
}

void runEventLoopFor(int ms)
{
    runEventLoopUntil([] { return false; }, ms);
}

// Runs the event loop until the reader shows the article asked for (loaded,
// or put into the open page); true if it is shown.
bool runEventLoopUntilShown(ReaderScreen *reader, int timeoutMs = 10000)
{
    std::optional<bool> loaded;
    const auto connection = QObject::connect(reader, &ReaderScreen::articleShown, [&](bool ok) { loaded = ok; });
    runEventLoopUntil([&] { return loaded.has_value(); }, timeoutMs);
    QObject::disconnect(connection);
    return loaded.value_or(false);
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

struct Samples
{
    QString name;
    QList<double> ms;

    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index = std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5));
        return sorted.at(index);
    }
};

// Notes when `widget` paints from now on.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    ~PaintWatcher() override { m_widget->removeEventFilter(this); }
    bool hasNew() const { return m_latest.isValid(); }
    // Runs the event loop until a paint not yet taken, or `timeoutMs` passed.
    bool wait(int timeoutMs)
    {
        return runEventLoopUntil([this] { return hasNew(); }, timeoutMs);
    }
    // The latest paint since the last call, in nanoseconds on `clock`.
    qint64 takeLatest(const QElapsedTimer &clock)
    {
        const qint64 at = clock.nsecsElapsed() - m_latest.nsecsElapsed();
        m_latest.invalidate();
        return at;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint)
            m_latest.start();
        return false;
    }

private:
    QWidget *m_widget;
    QElapsedTimer m_latest; // started at the latest paint not yet taken
};

// Tells two frames apart: a hash of every pixel.
size_t fingerprint(const QImage &frame)
{
    return qHashBits(frame.constBits(), size_t(frame.sizeInBytes()),
                     size_t(frame.width()) << 16 | size_t(frame.height()));
}

class Bench
{
public:
    Bench(KioskWindow *window, QPointingDevice *touch)
        : m_window(window)
        , m_touch(touch)
    {
    }

    // Touch down, then time from the finger lifting (actions fire on
    // release) until the result is on screen: `done` waits for that and
    // returns the time on `clock` it happened, or -1.
    template<typename Done>
    double tap(const QString &name, Done done)
    {
        QWidget *target = visibleWidget(m_window, name);
        if (!target)
            return -1;
        const QPoint at = target->mapTo(m_window, target->rect().center());
        QTest::touchEvent(m_window, m_touch).press(0, at, m_window);
        QCoreApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        QTest::touchEvent(m_window, m_touch).release(0, at, m_window);
        return done(clock);
    }

    double tapToScreen(const QString &name, const QString &screen)
    {
        QWidget *target = m_window->findChild<QWidget *>(screen);
        if (!target)
            return -1;
        // Watch the target screen before the finger lifts: it switches and
        // paints inside the same event-loop turns.
        PaintWatcher painted(target);
        return tap(name, [&](const QElapsedTimer &clock) {
            return painted.wait(5000) && m_window->currentScreen() == target ? double(clock.nsecsElapsed()) / 1e6
                                                                             : -1.0;
        });
    }

    // The article is painted when the reader's drawing surface shows what
    // the article looks like once settled (recordReference): a paint of the
    // surface that the reader becomes visible with, or of an earlier
    // article, does not count. Every paint is grabbed and compared; the
    // grab (about 4 ms) runs after the paint's time is taken, and can only
    // delay later frames, so the figure errs on the slow side.
    double tapToArticle(const QString &name, const QUrl &article)
    {
        ReaderScreen *reader = m_window->readerScreen();
        const auto expected = m_references.constFind(article);
        auto *surface = qobject_cast<QQuickWidget *>(reader->view()->focusProxy());
        if (expected == m_references.cend() || !surface) {
            std::fprintf(stderr, "no reference image for %s\n", qPrintable(article.toString()));
            return -1;
        }
        // An article already in the page before the tap only counts once the
        // reader has shown it again.
        const bool alreadyThere = reader->view()->page()->url() == article;
        bool shown = false;
        const auto connection = QObject::connect(reader, &ReaderScreen::articleShown, [&] { shown = true; });
        PaintWatcher paints(surface);
        const double result = tap(name, [&](const QElapsedTimer &clock) {
            double matched = -1;
            runEventLoopUntil(
                [&] {
                    if (!paints.hasNew())
                        return false;
                    const qint64 paintedAt = paints.takeLatest(clock);
                    if ((alreadyThere && !shown) || fingerprint(surface->grabFramebuffer()) != *expected)
                        return false;
                    matched = double(paintedAt) / 1e6;
                    return true;
                },
                5000);
            return matched;
        });
        QObject::disconnect(connection);
        return result;
    }

    // What `article` looks like, at its top, once nothing changes any more.
    void recordReference(const QString &language, const QString &id)
    {
        ReaderScreen *reader = m_window->readerScreen();
        m_window->session()->setLanguage(language);
        m_window->session()->openArticle(id);
        runEventLoopUntilShown(reader);
        runEventLoopFor(500);
        if (auto *surface = qobject_cast<QQuickWidget *>(reader->view()->focusProxy()))
            m_references.insert(ContentUrl::article(language, id), fingerprint(surface->grabFramebuffer()));
    }

    void toHome()
    {
        SessionController *s = m_window->session();
        if (s->screen() == SessionController::Screen::Attract)
            s->beginSession();
        if (s->screen() == SessionController::Screen::Disclaimer)
            s->acknowledgeDisclaimer();
        s->goHome();
        runEventLoopFor(20);
    }

private:
    KioskWindow *m_window;
    QPointingDevice *m_touch;
    // Fingerprints, not images: 52 full-screen images would add about
    // 380 MB to the process whose memory the benchmark measures.
    QHash<QUrl, size_t> m_references;
};

double coldStart(const QString &kiosk)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KIOSK_REPORT_FIRST_FRAME"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(kiosk, {QStringLiteral("--windowed"), QStringLiteral("--size"), QStringLiteral("1080x1920"),
                          QStringLiteral("--config"), QStringLiteral("/nonexistent/bench.conf")});
    QByteArray seen;
    double result = -1;
    while (clock.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        seen += process.readAll();
        if (seen.contains("first-frame\n")) {
            result = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    process.kill();
    process.waitForFinished(5000);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareWebEngine();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption opensOption(QStringLiteral("opens"), QStringLiteral("Article opens for the memory run."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("Seconds per idle-CPU measurement."), QStringLiteral("S"),
                                        QStringLiteral("60"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QStringLiteral("patient-kiosk binary for the cold-start figure."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption resetEveryOption(
        QStringLiteral("reset-every"), QStringLiteral("Reset (new web profile) every N opens in the memory run."),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption chromiumOption(
        QStringLiteral("chromium"),
        QStringLiteral(
            "Also measure Debian's Chromium showing the exported articles (needs node and playwright-core in .tools)."),
        QStringLiteral("PATH"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("A few iterations only (the test suite's run)."));
    const QCommandLineOption memoryOnlyOption(
        QStringLiteral("memory-only"),
        QStringLiteral("Only the memory run, printing the tree's memory as it goes (for finding growth)."));
    const QCommandLineOption takeHomeOption(
        QStringLiteral("takehome"),
        QStringLiteral("Every article with its \"Read this on your phone\" QR code (takehome/base_url set), to "
                       "compare against a run without it."));
    parser.addOptions({opensOption, idleOption, jsonOption, kioskOption, resetEveryOption, chromiumOption, smokeOption,
                       memoryOnlyOption});
    parser.addOption(takeHomeOption);
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int opens = smoke ? 20 : parser.value(opensOption).toInt();
    const int idleSeconds = smoke ? 2 : parser.value(idleOption).toInt();
    const int resetEvery = std::max(1, parser.value(resetEveryOption).toInt());

    ArticleLibrary::Options libraryOptions;
    if (parser.isSet(takeHomeOption))
        libraryOptions.takeHome = TakeHomeLink(QUrl(QStringLiteral("https://clinic.example/learn/")));
    ContentStore content({QStringLiteral(":/content")}, libraryOptions);
    KioskConfig config;
    config.setValue(KioskConfig::Key::IdleTimeoutSeconds, 3600.0); // the bench is not a patient
    applyGraphicsBackend(config.graphics());                       // as the app does
    KioskWindow window(&content, config);
    window.resize(1080, 1920);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    Bench bench(&window, QTest::createTouchDevice());
    const ArticleLibrary &library = content.library();
    SessionController *session = window.session();
    const qint64 self = qint64(getpid());

    Samples native{QStringLiteral("tap to native screen shown"), {}};
    Samples article{QStringLiteral("tap to article painted"), {}};
    Samples reset{QStringLiteral("reset to attract (new web profile and page)"), {}};
    Samples firstArticle{QStringLiteral("tap to first article of a new patient"), {}};

    // Warm-up: one full journey, as the first patient of the day would.
    bench.tapToScreen(QStringLiteral("beginButton_en"), QStringLiteral("disclaimerScreen"));
    bench.tapToScreen(QStringLiteral("acknowledgeButton"), QStringLiteral("homeScreen"));
    // Also the warm-up of the reader: every article once, recorded as it
    // looks when painted completely (the reference tapToArticle waits for).
    const bool memoryOnly = parser.isSet(memoryOnlyOption);
    for (const QString &language : library.languages()) {
        for (const Article *a : library.allArticles(language)) {
            if (!memoryOnly)
                bench.recordReference(language, a->id);
        }
    }
    session->setLanguage(config.defaultLanguage());
    const QString featuredId = library.manifest().featuredArticleId();

    const int rounds = memoryOnly ? 0 : smoke ? 1 : 3;
    for (int round = 0; round < rounds; ++round) {
        // Every article, in each language the patient can choose.
        for (const QString &language : library.languages()) {
            bench.toHome();
            session->setLanguage(language);
            for (const Topic &topic : library.manifest().topics()) {
                for (const Article *a : library.articlesInTopic(topic.id, language)) {
                    bench.toHome();
                    if (topic.featured)
                        native.ms.append(
                            bench.tapToScreen(QStringLiteral("featuredTopicButton"), QStringLiteral("topicScreen")));
                    else
                        native.ms.append(
                            bench.tapToScreen(QStringLiteral("topicTile_") + topic.id, QStringLiteral("topicScreen")));
                    article.ms.append(bench.tapToArticle(QStringLiteral("articleTile_") + a->id,
                                                         ContentUrl::article(language, a->id)));
                    native.ms.append(bench.tapToScreen(QStringLiteral("backButton"), QStringLiteral("topicScreen")));
                }
            }
        }
        for (int i = 0; i < (smoke ? 2 : 10); ++i) {
            bench.toHome();
            QElapsedTimer clock;
            clock.start();
            session->resetToAttract(QStringLiteral("benchmark"));
            PaintWatcher painted(window.currentScreen());
            painted.wait(2000);
            reset.ms.append(double(clock.nsecsElapsed()) / 1e6);
            native.ms.append(bench.tapToScreen(QStringLiteral("beginButton_en"), QStringLiteral("disclaimerScreen")));
            native.ms.append(bench.tapToScreen(QStringLiteral("acknowledgeButton"), QStringLiteral("homeScreen")));
            runEventLoopFor(300); // a patient reads the home screen for a moment
            firstArticle.ms.append(bench.tapToArticle(QStringLiteral("featuredArticleTile"),
                                                      ContentUrl::article(session->language(), featuredId)));
        }
    }

    // Memory. The workload: patients who each open `resetEvery` articles,
    // with the kiosk resting on the attract screen between them (as it
    // does for minutes in a real waiting room; here a short pause, long
    // enough for the work the kiosk does between patients). Measured after
    // a warm-up of five such patients, and again after `opens` more opens:
    // both with an article open and between patients.
    QStringList ids;
    for (const Article *a : library.allArticles(QStringLiteral("en")))
        ids.append(a->id);
    auto openArticle = [&](const QString &id) {
        session->openArticle(id);
        runEventLoopUntilShown(window.readerScreen());
    };
    // Ends the patient, rests on the attract screen, starts the next one;
    // returns the tree's memory while resting.
    auto nextPatient = [&] {
        session->resetToAttract(QStringLiteral("benchmark"));
        runEventLoopFor(smoke ? 1100 : 1500);
        const qint64 resting = ProcessTree::residentBytes(self);
        session->beginSession();
        session->acknowledgeDisclaimer();
        return resting;
    };
    int opened = 0;
    auto openMany = [&](int count, bool trace) {
        for (int i = 0; i < count; ++i, ++opened) {
            if (opened % resetEvery == 0)
                nextPatient();
            openArticle(ids.at(opened % ids.size()));
            if (trace && (i + 1) % 50 == 0)
                std::printf(
                    "after %5d opens: %d web surface(s), main process %7.1f MiB, tree %7.1f MiB, %d processes\n", i + 1,
                    int(window.findChildren<QQuickWidget *>().size()), mib(ProcessTree::residentBytes(self, false)),
                    mib(ProcessTree::residentBytes(self)), ProcessTree::processCount(self));
        }
    };
    auto measureBetweenPatients = [&] {
        opened = 0; // the next open starts a patient's reading
        return nextPatient();
    };
    auto measureReading = [&] {
        runEventLoopFor(1000);
        return ProcessTree::residentBytes(self);
    };

    openMany(smoke ? resetEvery : 5 * resetEvery, false);
    const qint64 betweenWarm = measureBetweenPatients();
    openArticle(ids.first());
    ++opened;
    const qint64 memoryWarm = measureReading();
    const int processesWarm = ProcessTree::processCount(self);
    if (memoryOnly)
        std::printf("after warm-up: tree %7.1f MiB with an article open, %7.1f MiB between patients\n", mib(memoryWarm),
                    mib(betweenWarm));
    openMany(opens, memoryOnly);
    const qint64 memoryAfter = measureReading();
    const int processesAfter = ProcessTree::processCount(self);
    const qint64 betweenAfter = measureBetweenPatients();

    if (memoryOnly) {
        std::printf("memory with an article open: warm %.1f MiB, after %d opens %.1f MiB\n", mib(memoryWarm), opens,
                    mib(memoryAfter));
        std::printf("memory between patients: warm %.1f MiB, after %d opens %.1f MiB\n", mib(betweenWarm), opens,
                    mib(betweenAfter));
        return 0;
    }

    // Idle CPU: nobody touches the screen.
    auto idleCpu = [&](int seconds) {
        // From 3 s after the screen appears: the work a reset starts (the old
        // renderer's exit, returning memory at 1 s) is the reset's cost, not
        // what an idle screen costs all day.
        runEventLoopFor(smoke ? 1000 : 3000);
        const qint64 before = ProcessTree::cpuMilliseconds(self);
        runEventLoopFor(seconds * 1000);
        return double(ProcessTree::cpuMilliseconds(self) - before) / (seconds * 10.0); // % of one core
    };
    session->resetToAttract(QStringLiteral("benchmark"));
    const double idleAttract = idleCpu(idleSeconds);
    session->beginSession();
    session->acknowledgeDisclaimer();
    session->openArticle(ids.first());
    const double idleArticle = idleCpu(idleSeconds);

    // Clinic hours: the attract screen awake, then asleep behind the black
    // sleep screen at 20:00 on a fake clock, in this run. The kiosk process
    // alone (getrusage: its own threads) and the whole tree (with Chromium).
    QDateTime hoursClock(QDate(2024, 6, 7), QTime(12, 0)); // a Friday noon: open
    KioskConfig hoursConfig = config;
    hoursConfig.setValue(KioskConfig::Key::DisplayHours, QStringLiteral("Mon-Fri 07:30-18:00"));
    DisplaySleep displaySleep(&window, hoursConfig, [&hoursClock] { return hoursClock; });
    auto ownCpuMilliseconds = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
               + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    };
    struct IdleCpu
    {
        double process = 0; // % of one core
        double tree = 0;
    };
    auto idleCpuOfBoth = [&](int seconds) {
        runEventLoopFor(smoke ? 1000 : 3000);
        const double ownBefore = ownCpuMilliseconds();
        const qint64 treeBefore = ProcessTree::cpuMilliseconds(self);
        runEventLoopFor(seconds * 1000);
        return IdleCpu{(ownCpuMilliseconds() - ownBefore) / (seconds * 10.0),
                       double(ProcessTree::cpuMilliseconds(self) - treeBefore) / (seconds * 10.0)};
    };
    session->resetToAttract(QStringLiteral("benchmark"));
    const IdleCpu awakeCpu = idleCpuOfBoth(idleSeconds);
    hoursClock = QDateTime(QDate(2024, 6, 7), QTime(20, 0)); // closed
    displaySleep.schedule()->checkTime();
    const IdleCpu asleepCpu = idleCpuOfBoth(idleSeconds);
    const bool wasAsleep = displaySleep.isAsleep();
    hoursClock = QDateTime(QDate(2024, 6, 10), QTime(8, 0)); // Monday morning: awake again
    displaySleep.schedule()->checkTime();

    Samples cold{QStringLiteral("cold start to first screen"), {}};
    if (parser.isSet(kioskOption)) {
        for (int i = 0; i < (smoke ? 1 : 5); ++i)
            cold.ms.append(coldStart(parser.value(kioskOption)));
    }

    // The comparison: Chromium showing the same articles as static pages.
    QJsonObject chromium;
    if (parser.isSet(chromiumOption)) {
        QTemporaryDir exported;
        QString error;
        HtmlExporter::exportLibrary(library, exported.path(), &error);
        QProcess node;
        node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                   {QStringLiteral(KIOSK_BENCH_DIR "/chromium_side.mjs"), QStringLiteral("--html"), exported.path(),
                    QStringLiteral("--chromium"), parser.value(chromiumOption), QStringLiteral("--rounds"),
                    QString::number(smoke ? 1 : 3)});
        node.waitForFinished(300000);
        chromium = QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
        if (chromium.isEmpty())
            std::printf("Chromium side failed: %s\n", node.readAllStandardError().constData());
    }

    const double growth = memoryWarm > 0 ? 100.0 * double(memoryAfter - memoryWarm) / double(memoryWarm) : 0;
    const double betweenGrowth = betweenWarm > 0 ? 100.0 * double(betweenAfter - betweenWarm) / double(betweenWarm) : 0;

    std::printf("\n%-46s %9s %9s %9s %7s   %s\n", "measure (ms)", "p50", "p95", "max", "n", "budget");
    auto row = [](const Samples &s, const char *budget) {
        std::printf("%-46s %9.1f %9.1f %9.1f %7lld   %s\n", qPrintable(s.name), s.percentile(0.5), s.percentile(0.95),
                    s.percentile(1.0), qlonglong(s.ms.size()), budget);
    };
    row(native, "p95 <= 16");
    row(article, "p95 <= 50");
    row(firstArticle, "p95 <= 50");
    row(reset, "<= 300");
    if (!cold.ms.isEmpty())
        row(cold, "<= 1000");
    std::printf("%-46s %9.1f MiB\n", "tree memory, article open, after warm-up", mib(memoryWarm));
    std::printf("%-46s %9.1f MiB (%+.1f %%, budget <= 5 %%)\n",
                qPrintable(QStringLiteral("... after %1 more opens, reset every %2").arg(opens).arg(resetEvery)),
                mib(memoryAfter), growth);
    std::printf("%-46s %9.1f MiB\n", "tree memory between patients, after warm-up", mib(betweenWarm));
    std::printf("%-46s %9.1f MiB (%+.1f %%, budget <= 5 %%)\n",
                qPrintable(QStringLiteral("... after %1 more opens").arg(opens)), mib(betweenAfter), betweenGrowth);
    std::printf("%-46s %9d -> %d\n", "processes in the tree (warm -> after opens)", processesWarm, processesAfter);
    std::printf("%-46s %9.2f %% of a core (budget <= 1 %%)\n", "idle CPU, attract screen", idleAttract);
    std::printf("%-46s %9.2f %% of a core (budget <= 1 %%)\n", "idle CPU, open article", idleArticle);
    auto ratio = [](double asleep, double awake) { return awake > 0 ? asleep / awake : 0.0; };
    std::printf("%-46s %9.3f %% of a core, process tree %.3f %%\n", "idle CPU, attract awake: kiosk process",
                awakeCpu.process, awakeCpu.tree);
    std::printf("%-46s %9.3f %% of a core, process tree %.3f %% (asleep/awake %.2f, tree %.2f)%s\n",
                "idle CPU, asleep (clinic hours): kiosk process", asleepCpu.process, asleepCpu.tree,
                ratio(asleepCpu.process, awakeCpu.process), ratio(asleepCpu.tree, awakeCpu.tree),
                wasAsleep ? "" : " NOT ASLEEP");

    if (parser.isSet(jsonOption)) {
        auto json = [](const Samples &s) {
            return QJsonObject{{QStringLiteral("p50_ms"), s.percentile(0.5)},
                               {QStringLiteral("p95_ms"), s.percentile(0.95)},
                               {QStringLiteral("max_ms"), s.percentile(1.0)},
                               {QStringLiteral("samples"), int(s.ms.size())}};
        };
        const QJsonObject root{
            {QStringLiteral("platform"), QGuiApplication::platformName()},
            {QStringLiteral("tap_to_native_screen"), json(native)},
            {QStringLiteral("tap_to_article_painted"), json(article)},
            {QStringLiteral("reset"), json(reset)},
            {QStringLiteral("tap_to_first_article_of_a_patient"), json(firstArticle)},
            {QStringLiteral("cold_start"), json(cold)},
            {QStringLiteral("memory_warm_mib"), mib(memoryWarm)},
            {QStringLiteral("memory_after_opens_mib"), mib(memoryAfter)},
            {QStringLiteral("opens"), opens},
            {QStringLiteral("memory_growth_percent"), growth},
            {QStringLiteral("memory_between_patients_warm_mib"), mib(betweenWarm)},
            {QStringLiteral("memory_between_patients_after_opens_mib"), mib(betweenAfter)},
            {QStringLiteral("memory_between_patients_growth_percent"), betweenGrowth},
            {QStringLiteral("processes_warm"), processesWarm},
            {QStringLiteral("processes_after_opens"), processesAfter},
            {QStringLiteral("idle_cpu_attract_percent"), idleAttract},
            {QStringLiteral("idle_cpu_article_percent"), idleArticle},
            {QStringLiteral("idle_cpu_attract_awake_process_percent"), awakeCpu.process},
            {QStringLiteral("idle_cpu_attract_awake_tree_percent"), awakeCpu.tree},
            {QStringLiteral("idle_cpu_asleep_process_percent"), asleepCpu.process},
            {QStringLiteral("idle_cpu_asleep_tree_percent"), asleepCpu.tree},
            {QStringLiteral("chromium"), chromium},
        };
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(root).toJson());
    }
    const bool allMeasured =
        !native.ms.contains(-1) && !article.ms.contains(-1) && !cold.ms.contains(-1) && !firstArticle.ms.contains(-1);
    if (!chromium.isEmpty()) {
        const QJsonObject nav = chromium.value(QStringLiteral("navigation")).toObject();
        const QJsonObject start = chromium.value(QStringLiteral("cold_start")).toObject();
        const double chromiumMemory = chromium.value(QStringLiteral("memory_mib")).toDouble();
        std::printf("\nDebian Chromium (%s) on the exported articles, same run:\n",
                    chromium.value(QStringLiteral("headed")).toBool() ? "headed --kiosk" : "headless");
        std::printf("%-46s %9.1f %9.1f   ours/Chromium p95 %.2f (budget <= 0.5)\n",
                    "page-to-page navigation to painted (ms)", nav.value(QStringLiteral("p50_ms")).toDouble(),
                    nav.value(QStringLiteral("p95_ms")).toDouble(),
                    article.percentile(0.95) / nav.value(QStringLiteral("p95_ms")).toDouble());
        if (!cold.ms.isEmpty())
            std::printf("%-46s %9.1f             ours/Chromium %.2f (budget < 1)\n", "cold start to first article (ms)",
                        start.value(QStringLiteral("p50_ms")).toDouble(),
                        cold.percentile(0.5) / start.value(QStringLiteral("p50_ms")).toDouble());
        std::printf("%-46s %9.1f MiB     ours/Chromium %.2f (budget < 1)\n", "process tree memory", chromiumMemory,
                    mib(memoryWarm) / chromiumMemory);
    }
    std::printf("\n%s\n", allMeasured ? "every measurement completed" : "some measurements timed out (-1)");
    return allMeasured ? 0 : 1;
}
