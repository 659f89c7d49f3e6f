// systemd's watchdog restarts a hung kiosk, so the kiosk must say READY=1,
// then WATCHDOG=1 at twice the WATCHDOG_USEC rate, and fall silent while
// its main loop hangs. Checked on the notifier in this process, and on the
// real patient-kiosk (hung through a test-only hook).

#include "NotifySocket.h"
#include "ScopedEnvironment.h"
#include "system/SystemdNotifier.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>
#include <unistd.h>

namespace {
const char *const NotifyVariables[] = {"NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"};

std::optional<QByteArray> variable(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    return qgetenv(name);
}
} // namespace

class TestWatchdog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<std::optional<QByteArray>> m_environmentAtStart;

private slots:
    void initTestCase()
    {
        for (const char *name : NotifyVariables)
            m_environmentAtStart.append(variable(name));
    }

    // Whatever a test did, passed or failed, the notify variables are as they
    // were: a stale NOTIFY_SOCKET would send the next test's messages nowhere.
    void cleanup()
    {
        for (qsizetype i = 0; i < m_environmentAtStart.size(); ++i)
            QVERIFY2(variable(NotifyVariables[i]) == m_environmentAtStart.at(i), NotifyVariables[i]);
    }

    void notifierPingsOnlyWhileTheLoopRuns()
    {
        const QByteArray socketPath = m_dir.filePath(QStringLiteral("notify.sock")).toLocal8Bit();
        NotifySocket systemd(socketPath);
        QVERIFY(systemd.isBound());

        ScopedEnvironment environment; // before the notifier, so it outlives it
        environment.set("NOTIFY_SOCKET", socketPath);
        environment.set("WATCHDOG_USEC", "200000"); // 0.2 s: a ping every 0.1 s
        environment.set("WATCHDOG_PID", QByteArray::number(qint64(getpid())));
        SystemdNotifier notifier;
        QVERIFY(notifier.isWatchdogEnabled());
        QCOMPARE(notifier.pingIntervalMs(), 100);
        notifier.notifyReady();
        QTest::qWait(1000);
        const QList<QByteArray> running = systemd.drain();
        QVERIFY(!running.isEmpty());
        QCOMPARE(running.first(), QByteArray("READY=1"));
        const qsizetype pings = running.count("WATCHDOG=1");
        QVERIFY2(pings >= 5 && pings <= 14, qPrintable(QString::number(pings)));

        // A hung main loop: no pings, so systemd's watchdog would restart the kiosk.
        QThread::msleep(1000);
        QCOMPARE(systemd.drain().size(), 0);
        QTest::qWait(500);
        QVERIFY(systemd.drain().count("WATCHDOG=1") >= 2); // and it pings again once the loop runs
    }

    // Outside systemd, or under a unit without WatchdogSec=, nothing pings;
    // under systemd the kiosk still says it is ready.
    void noPingsWithoutAWatchdog_data()
    {
        QTest::addColumn<bool>("underSystemd");
        QTest::addColumn<QByteArray>("watchdogUsec");
        QTest::newRow("no watchdog period") << true << QByteArray();
        QTest::newRow("zero period") << true << QByteArray("0");
        QTest::newRow("unreadable period") << true << QByteArray("soon");
        QTest::newRow("no notify socket") << false << QByteArray("200000");
    }

    void noPingsWithoutAWatchdog()
    {
        QFETCH(bool, underSystemd);
        QFETCH(QByteArray, watchdogUsec);
        const QByteArray socketPath = m_dir.filePath(QStringLiteral("quiet.sock")).toLocal8Bit();
        QFile::remove(QString::fromLocal8Bit(socketPath));
        NotifySocket systemd(socketPath);
        QVERIFY(systemd.isBound());

        ScopedEnvironment environment;
        if (underSystemd)
            environment.set("NOTIFY_SOCKET", socketPath);
        else
            environment.unset("NOTIFY_SOCKET");
        if (watchdogUsec.isNull())
            environment.unset("WATCHDOG_USEC");
        else
            environment.set("WATCHDOG_USEC", watchdogUsec);
        SystemdNotifier notifier;
        QVERIFY(!notifier.isWatchdogEnabled());
        notifier.notifyReady();
        QTest::qWait(300);
        const QList<QByteArray> expected = underSystemd ? QList<QByteArray>{"READY=1"} : QList<QByteArray>{};
        QCOMPARE(systemd.drain(), expected);
    }

    void pingsUntilTheLoopHangs()
    {
        QTemporaryDir dir;
        const QByteArray socketPath = dir.filePath(QStringLiteral("notify")).toLocal8Bit();
        NotifySocket systemd(socketPath);
        QVERIFY(systemd.isBound());

        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(socketPath));
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("200000")); // ping every 100 ms
        env.insert(QStringLiteral("KIOSK_TEST_BLOCK_MAIN_LOOP_MS"), QStringLiteral("1500:1500"));
        kiosk.setProcessEnvironment(env);
        kiosk.start(QStringLiteral(KIOSK_BINARY), {QStringLiteral("--windowed"), QStringLiteral("--config"),
                                                   dir.filePath(QStringLiteral("absent.conf"))});
        QVERIFY(kiosk.waitForStarted());

        struct Message
        {
            qint64 at;
            QByteArray text;
        };
        QList<Message> messages;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 8000) {
            const QByteArray message = systemd.receive();
            if (!message.isEmpty())
                messages.append({clock.elapsed(), message});
            else
                QThread::msleep(5);
        }
        kiosk.kill();
        kiosk.waitForFinished();

        QVERIFY(!messages.isEmpty());
        QCOMPARE(messages.first().text, QByteArray("READY=1"));
        QList<qint64> pings;
        for (const Message &m : std::as_const(messages)) {
            if (m.text == "WATCHDOG=1")
                pings.append(m.at);
        }
        QVERIFY2(pings.size() >= 20, qPrintable(QString::number(pings.size())));
        qint64 longestGap = 0;
        for (qsizetype i = 1; i < pings.size(); ++i)
            longestGap = std::max(longestGap, pings.at(i) - pings.at(i - 1));
        // About 100 ms apart, except for one silence while the loop hung.
        QVERIFY2(longestGap >= 1300, qPrintable(QString::number(longestGap)));
        int regular = 0;
        for (qsizetype i = 1; i < pings.size(); ++i)
            regular += (pings.at(i) - pings.at(i - 1)) < 250 ? 1 : 0;
        QVERIFY2(regular >= pings.size() * 3 / 4, qPrintable(QString::number(regular)));
        QVERIFY2(pings.last() > pings.first() + 3000, "pings resumed after the hang");
    }
};

QTEST_GUILESS_MAIN(TestWatchdog)
#include "tst_watchdog.moc"
