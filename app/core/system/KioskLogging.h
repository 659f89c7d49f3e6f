#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QString>

// One category per area, so a clinic's IT can turn up exactly the part it is
// debugging (QT_LOGGING_RULES="kiosk.web.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcContent)
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
Q_DECLARE_LOGGING_CATEGORY(lcDisplay)
Q_DECLARE_LOGGING_CATEGORY(lcUsage)

// Where log lines go. Under systemd (the service's stderr is a journal
// stream) each line becomes a native journal entry with PRIORITY=, so that
// `journalctl -p warning` selects the kiosk's warnings, and KIOSK_CATEGORY=,
// so that `journalctl KIOSK_CATEGORY=kiosk.content` selects one area; the
// journal stamps the time itself. Anywhere else (a terminal, CI, the
// command-line tools under Ansible) lines go to stderr as Qt writes them.
class KioskLogging final
{
public:
    KioskLogging() = delete;

    // syslog(3) levels, as journald's PRIORITY= field takes them.
    static int journalPriority(QtMsgType type);

    // The journal entry's fields, "NAME=value" each. CODE_FILE, CODE_LINE
    // and CODE_FUNC only when the build records them (Qt drops them in
    // release builds unless QT_MESSAGELOGCONTEXT is defined).
    static QList<QByteArray> journalFields(QtMsgType type, const QMessageLogContext &context, const QString &message);

    // systemd.exec(5): JOURNAL_STREAM holds "device:inode" of the journal
    // stream the service's stderr was connected to. Only when `fd` still is
    // that stream does journal logging apply (a child whose stderr was
    // redirected, or a shell started from the service, keeps the variable).
    static bool isJournalStream(const QByteArray &journalStream, int fd);

    // Installs the handler (once; every later call does nothing). Decides
    // journal or stderr from the environment at that moment.
    static void install();
};
