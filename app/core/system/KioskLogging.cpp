#include "KioskLogging.h"

#include <QCoreApplication>

#include <atomic>
#include <sys/stat.h>
#include <sys/uio.h>
#include <systemd/sd-journal.h>
#include <vector>

// Info and above by default: the journal of a kiosk that runs all day should
// hold screen changes and resets, not debug chatter.
Q_LOGGING_CATEGORY(lcSession, "kiosk.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContent, "kiosk.content", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "kiosk.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "kiosk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDisplay, "kiosk.display", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUsage, "kiosk.usage", QtInfoMsg)

namespace {

QtMessageHandler previousHandler = nullptr;

void toJournal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QList<QByteArray> fields = KioskLogging::journalFields(type, context, message);
    std::vector<iovec> entry;
    entry.reserve(size_t(fields.size()));
    for (const QByteArray &field : fields)
        entry.push_back(iovec{const_cast<char *>(field.constData()), size_t(field.size())});
    // A journal that went away (journald restarting) must not swallow the
    // line: stderr still reaches it, as plain text, once it is back.
    if (sd_journal_sendv(entry.data(), int(entry.size())) < 0 && previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int KioskLogging::journalPriority(QtMsgType type)
{
    // LOG_DEBUG 7, LOG_INFO 6, LOG_WARNING 4, LOG_CRIT 2, LOG_EMERG 0.
    // Critical is "the kiosk cannot do something it must" (a config it
    // cannot read, a PIN it cannot move): above error, below a crash.
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 2;
    case QtFatalMsg:
        return 0;
    }
    return 6;
}

QList<QByteArray> KioskLogging::journalFields(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    // The category stays in the text too: `journalctl -u patient-kiosk`
    // shows only MESSAGE, and a reader wants to know which area spoke.
    const QByteArray text =
        category == "default" ? message.toUtf8() : category + QByteArrayLiteral(": ") + message.toUtf8();
    QList<QByteArray> fields{
        QByteArrayLiteral("MESSAGE=") + text,
        QByteArrayLiteral("PRIORITY=") + QByteArray::number(journalPriority(type)),
        QByteArrayLiteral("KIOSK_CATEGORY=") + category,
        QByteArrayLiteral("SYSLOG_IDENTIFIER=")
            + (QCoreApplication::applicationName().isEmpty() ? QByteArrayLiteral("patient-kiosk")
                                                             : QCoreApplication::applicationName().toUtf8()),
    };
    if (context.file)
        fields.append(QByteArrayLiteral("CODE_FILE=") + context.file);
    if (context.line > 0)
        fields.append(QByteArrayLiteral("CODE_LINE=") + QByteArray::number(context.line));
    if (context.function)
        fields.append(QByteArrayLiteral("CODE_FUNC=") + context.function);
    return fields;
}

bool KioskLogging::isJournalStream(const QByteArray &journalStream, int fd)
{
    const QList<QByteArray> parts = journalStream.split(':');
    if (parts.size() != 2)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = parts.at(0).toULongLong(&deviceOk);
    const qulonglong inode = parts.at(1).toULongLong(&inodeOk);
    struct stat status
    {
    };
    if (!deviceOk || !inodeOk || ::fstat(fd, &status) != 0)
        return false;
    return qulonglong(status.st_dev) == device && qulonglong(status.st_ino) == inode;
}

void KioskLogging::install()
{
    static std::atomic_bool installed{false};
    if (installed.exchange(true))
        return;
    if (isJournalStream(qgetenv("JOURNAL_STREAM"), 2))
        previousHandler = qInstallMessageHandler(toJournal);
}
