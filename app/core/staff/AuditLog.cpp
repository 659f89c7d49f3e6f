#include "AuditLog.h"

#include "system/KioskLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

AuditLog::AuditLog(const QString &path)
    : m_path(path)
{
}

bool AuditLog::record(const QString &event, const QString &detail)
{
    const QString line =
        QStringLiteral("%1 %2%3").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), event,
                                      detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail));
    qCInfo(lcStaff).noquote() << "audit:" << line;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (QFileInfo(m_path).size() >= RotateAtBytes) {
        const QString previous = m_path + QStringLiteral(".1");
        QFile::remove(previous);
        if (!QFile::rename(m_path, previous))
            qCWarning(lcStaff).noquote() << "cannot rotate the audit log" << m_path << "to" << previous;
    }
    QFile file(m_path);
    // A full disk opens fine and fails on the write or the flush: check all.
    const QByteArray bytes = line.toUtf8() + '\n';
    if (!file.open(QIODevice::Append | QIODevice::Text) || file.write(bytes) != bytes.size() || !file.flush()) {
        qCCritical(lcStaff).noquote() << "cannot write the audit log" << m_path << "-" << file.errorString();
        return false;
    }
    return true;
}
