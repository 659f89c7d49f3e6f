// The real patient-kiosk under a systemd-like notify socket: READY=1, then
// WATCHDOG=1 at twice the WATCHDOG_USEC rate, and no ping while its main
// loop hangs (through a test-only hook), which is what makes systemd
// restart a hung kiosk.

#include "NotifySocket.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestWatchdog final : public QObject
{
    Q_OBJECT

private slots:
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
