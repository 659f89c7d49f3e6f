#include "KioskUserAccess.h"

#include <QDir>
#include <QFileInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

KioskUserAccess::KioskUserAccess(const QString &account)
    : m_account(account)
{
    const QByteArray name = account.toLocal8Bit();
    if (name.isEmpty())
        return;
    const passwd *user = getpwnam(name.constData());
    if (!user)
        return;
    m_uid = user->pw_uid;
    const gid_t primary = user->pw_gid; // getpwnam's buffer is shared: copied now
    int count = 32;
    std::vector<gid_t> groups(static_cast<std::size_t>(count));
    if (getgrouplist(name.constData(), primary, groups.data(), &count) < 0) {
        groups.resize(std::size_t(count));
        getgrouplist(name.constData(), primary, groups.data(), &count);
    }
    // getgrouplist() lists the primary group (pw_gid) with the others.
    for (int i = 0; i < count; ++i)
        m_groups.append(groups[std::size_t(i)]);
    m_valid = true;
}

bool KioskUserAccess::canRead(const QString &path, bool isFolder) const
{
    struct stat info
    {
    };
    if (lstat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    if (m_uid == 0)
        return true;
    // A folder must be listed (r) and entered (x); a file read (r). The
    // owner's bits apply to the owner alone, then the group's, then others'.
    const mode_t wanted = isFolder ? (S_IROTH | S_IXOTH) : S_IROTH;
    mode_t granted = info.st_mode & (S_IROTH | S_IXOTH);
    if (info.st_uid == m_uid)
        granted = (info.st_mode >> 6) & (S_IROTH | S_IXOTH);
    else if (m_groups.contains(info.st_gid))
        granted = (info.st_mode >> 3) & (S_IROTH | S_IXOTH);
    return (granted & wanted) == wanted;
}

QList<ContentProblem> KioskUserAccess::problems(const QString &folder) const
{
    QList<ContentProblem> found;
    if (!m_valid)
        return found;
    const QString fix = QStringLiteral("run: sudo chmod -R a+rX '%1' (or publish it with patient-kiosk-publish, "
                                       "which sets the modes)")
                            .arg(QDir(folder).absolutePath());
    QList<QString> pending{QDir(folder).absolutePath()};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeFirst();
        if (!canRead(dir, true)) {
            found.append(ContentProblem::error(dir, 0,
                                               QStringLiteral("folder cannot be opened by the kiosk's user '%1', so "
                                                              "nothing in it is shown; %2")
                                                   .arg(m_account, fix)));
            continue;
        }
        const QFileInfoList entries =
            QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.isDir()) {
                pending.append(entry.absoluteFilePath());
            } else if (!canRead(entry.absoluteFilePath(), false)) {
                found.append(ContentProblem::error(
                    entry.absoluteFilePath(), 0,
                    QStringLiteral("cannot be read by the kiosk's user '%1', so it is not shown; %2")
                        .arg(m_account, fix)));
            }
        }
    }
    return found;
}
