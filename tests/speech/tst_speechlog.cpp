// The speech service the kiosk starts for "Listen" must not fill the kiosk
// user's disk: speech-dispatcher at its default log level writes over a
// megabyte of voice lists per start, never rotated, so a kiosk restarting
// in a loop (or just restarting nightly for years) fills its disk. This
// starts the real service the way the kiosk does, in a scratch home, and
// measures what it leaves behind.

#include "ScopedEnvironment.h"
#include "speech/SpeechWorker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

namespace {

// Far above what a quiet start writes (a few hundred bytes of module
// notes), far below one verbose start (over 1 MB).
constexpr qint64 LogBudgetBytes = 64 * 1024;

qint64 bytesUnder(const QString &folder)
{
    qint64 total = 0;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        total += files.fileInfo().size();
    }
    return total;
}

QString largestFiles(const QString &folder)
{
    QStringList lines;
    QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        lines.append(QStringLiteral("%1 %2").arg(files.fileInfo().size()).arg(files.filePath()));
    }
    return lines.join(QLatin1Char('\n'));
}

// The daemon this test started (its pid file), ended so none outlives the test.
void stopDaemon(const QString &speechFolder)
{
    QFile pidFile(speechFolder + QStringLiteral("/pid/speech-dispatcher.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const int pid = pidFile.readAll().trimmed().toInt();
    if (pid > 1)
        ::kill(pid, SIGKILL);
}

} // namespace

class TestSpeechLog final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_root.isValid());
        m_home = m_root.path() + QStringLiteral("/home");
        m_runtime = m_root.path() + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(m_home));
        QVERIFY(QDir().mkpath(m_runtime));
        QFile::setPermissions(m_runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_environment.set("HOME", QFile::encodeName(m_home));
        m_environment.set("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime));
        m_environment.unset("XDG_CACHE_HOME");
        m_environment.unset("SPEECHD_ADDRESS");
    }

    void cleanup() { stopDaemon(m_runtime + QStringLiteral("/speech-dispatcher")); }

    void commandIsQuietAndUsesTheClientsSocket()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/kiosk"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/run/user/990"));
        const QStringList command = SpeechWorker::daemonCommand(environment);
        QVERIFY(!command.isEmpty());
        QVERIFY(command.contains(QStringLiteral("--spawn")));
        QCOMPARE(command.at(command.indexOf(QStringLiteral("--log-level")) + 1), QStringLiteral("0"));
        // libspeechd's default address: the client finds this daemon
        // instead of autospawning a verbose one.
        QCOMPARE(command.at(command.indexOf(QStringLiteral("--socket-path")) + 1),
                 QStringLiteral("/run/user/990/speech-dispatcher/speechd.sock"));
        QCOMPARE(SpeechWorker::daemonLogFolder(environment), QStringLiteral("/run/user/990/speech-dispatcher/log"));

        // Without a runtime folder (a session without pam_systemd), both
        // sides fall back to the cache folder, where the issue saw the log.
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        QCOMPARE(SpeechWorker::daemonLogFolder(environment),
                 QStringLiteral("/home/kiosk/.cache/speech-dispatcher/log"));

        // A speech server IT set up itself is left alone.
        environment.insert(QStringLiteral("SPEECHD_ADDRESS"), QStringLiteral("inet_socket:127.0.0.1:6560"));
        QVERIFY(SpeechWorker::daemonCommand(environment).isEmpty());
    }

    void startingTheRealServiceLogsAlmostNothing()
    {
        const QString speechFolder = m_runtime + QStringLiteral("/speech-dispatcher");
        // What an older kiosk version left behind is cut back too.
        const QString logs = speechFolder + QStringLiteral("/log");
        QVERIFY(QDir().mkpath(logs));
        QFile old(logs + QStringLiteral("/speech-dispatcher.log"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(2 * 1024 * 1024, 'x'));
        old.close();

        for (int start = 0; start < 3; ++start) {
            {
                SpeechWorker worker;
                QSignalSpy done(&worker, &SpeechWorker::done);
                QSignalSpy failed(&worker, &SpeechWorker::failed);
                worker.say(1, QStringLiteral("Wash your hands often."), QLocale(QLocale::English));
                // Spoken or not (CI has no sound card), the call returned.
                QCOMPARE(done.count() + failed.count(), 1);
            }
            // The kiosk's own daemon answered, at the socket the client uses.
            QVERIFY2(QFile::exists(speechFolder + QStringLiteral("/speechd.sock")),
                     qPrintable(largestFiles(m_root.path())));
            stopDaemon(speechFolder);
            QTest::qWait(200);
        }
        const qint64 written = bytesUnder(m_root.path());
        QVERIFY2(written < LogBudgetBytes,
                 qPrintable(
                     QStringLiteral("%1 bytes after three starts:\n%2").arg(written).arg(largestFiles(m_root.path()))));
    }

private:
    QTemporaryDir m_root;
    QString m_home;
    QString m_runtime;
    ScopedEnvironment m_environment;
};

int main(int argc, char *argv[])
{
    if (QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")).isEmpty()) {
        std::puts("skipped: speech-dispatcher is not installed (apt-get install speech-dispatcher)");
        return 77;
    }
    QCoreApplication app(argc, argv);
    TestSpeechLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_speechlog.moc"
