#include "DdcutilBacklight.h"

namespace {

// MCCS power mode (VCP D6) values.
constexpr auto PowerOn = "0x01";
constexpr auto PowerOffDpm = "0x04";

} // namespace

DdcutilBacklight::DdcutilBacklight(const QString &display, QObject *parent)
    : Backlight(parent)
    , m_display(display)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(DefaultTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(QStringLiteral("%1 did not finish within %2 s and was stopped; check that the monitor has DDC/CI "
                              "switched on in its own menu (run: ddcutil detect)")
                   .arg(m_program)
                   .arg(double(m_timeout.interval()) / 1000.0));
    });
}

DdcutilBacklight::~DdcutilBacklight()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        // Reaped by QProcess's own handler; killed, it ends at once.
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

QStringList DdcutilBacklight::arguments(bool on) const
{
    QStringList arguments;
    if (!m_display.isEmpty())
        arguments << QStringLiteral("--display") << m_display;
    arguments << QStringLiteral("setvcp") << QStringLiteral("D6") << QLatin1String(on ? PowerOn : PowerOffDpm);
    return arguments;
}

void DdcutilBacklight::setPowered(bool on)
{
    m_wanted = on;
    if (!m_process)
        startNext();
}

void DdcutilBacklight::startNext()
{
    if (!m_wanted)
        return;
    m_runningFor = *m_wanted;
    m_wanted.reset();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && exitCode == 0) {
            finish(QString());
            return;
        }
        const QString said = QString::fromLocal8Bit(m_process->readAll()).simplified().left(300);
        finish(QStringLiteral("%1 %2 failed (exit status %3)%4")
                   .arg(m_program, arguments(m_runningFor).join(QLatin1Char(' ')))
                   .arg(exitCode)
                   .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            finish(QStringLiteral("%1 cannot be started (%2); install it: apt install ddcutil")
                       .arg(m_program, m_process->errorString()));
        }
    });
    m_timeout.start();
    m_process->start(m_program, arguments(m_runningFor));
}

void DdcutilBacklight::finish(const QString &error)
{
    if (!m_process)
        return;
    m_timeout.stop();
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // Stopped by the timeout: killed, and reaped when it ends, without
        // anyone waiting for it here.
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
    } else {
        process->deleteLater();
    }
    if (error.isEmpty())
        reportApplied(m_runningFor);
    else
        reportFailure(error);
    startNext();
}
