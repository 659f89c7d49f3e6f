#pragma once

#include "content/ContentProblem.h"

#include <QList>
#include <QString>

// Whether the account the kiosk runs as (packaging/system/sysusers.conf:
// "kiosk") can read a clinic's content folder, judged from owners and modes.
// IT runs `--check-content` as root or as the editor, who can read
// everything they copied; the kiosk cannot read a folder copied with the
// editor's umask 077, and would silently show only the bundled articles.
class KioskUserAccess final
{
public:
    // `account` is looked up in the system's user database; when it does not
    // exist (a developer's machine, CI) there is nothing to judge, and
    // problems() finds nothing.
    explicit KioskUserAccess(const QString &account);

    // One error per folder the account cannot list or enter, and per file
    // it cannot read, under `folder` (the folder itself included), each
    // naming the fix. Nothing below an unreadable folder is looked at: the
    // one fix (chmod -R) covers it.
    QList<ContentProblem> problems(const QString &folder) const;

private:
    bool canRead(const QString &path, bool isFolder) const;

    QString m_account;
    bool m_valid = false;
    unsigned m_uid = 0;
    QList<unsigned> m_groups; // all of the account's groups, its primary one too
};
