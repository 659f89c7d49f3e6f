#pragma once

#include "content/ArticleLibrary.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

// Owns the article library the kiosk shows and keeps it current without
// ever disturbing a reading patient: it notices when the clinic's content
// folder changes, and only when asked between patients (at a reset) loads
// it again, switching to the new library only if it has no errors. A bad
// update leaves the last good library in place.
class ContentStore final : public QObject
{
    Q_OBJECT

public:
    // Loads now. Files with errors are skipped; if the result is unusable the
    // bundled root alone (the first root) is used.
    // `options.today` is taken afresh at every load (review dates age).
    explicit ContentStore(const QStringList &roots, const ArticleLibrary::Options &options = {},
                          QObject *parent = nullptr);
    ~ContentStore() override;

    const ArticleLibrary &library() const { return *m_library; }
    QStringList roots() const { return m_roots; }
    bool hasPendingChange() const { return m_pending; }

    // Between patients: if the folder changed, reload and switch when valid.
    // Returns true when the library was replaced.
    bool applyPendingChange();
    // Staff asked for it: reload now, with the same rule (only if valid).
    bool reload();

    // Milliseconds of quiet after the last file change before it counts (a
    // copy of many files arrives as many events).
    void setSettleTime(int milliseconds) { m_settle.setInterval(milliseconds); }

signals:
    void changeDetected();
    void updateRefused(int errorCount);

private:
    void watch();
    ArticleLibrary loadLibrary(const QStringList &roots) const;

    QStringList m_roots;
    ArticleLibrary::Options m_options;
    std::unique_ptr<ArticleLibrary> m_library;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    bool m_pending = false;
};
