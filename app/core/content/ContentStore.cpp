#include "ContentStore.h"

#include "system/KioskLogging.h"

#include <QDir>
#include <QFileInfo>

ContentStore::ContentStore(const QStringList &roots, const ArticleLibrary::Options &options, QObject *parent)
    : QObject(parent)
    , m_roots(roots)
    , m_options(options)
    , m_library(std::make_unique<ArticleLibrary>(loadLibrary(roots)))
{
    if (!m_library->isUsable() && roots.size() > 1) {
        // The clinic's folder broke something essential: the bundled
        // library, which the test suite proves complete, is shown instead.
        qCCritical(lcContent) << "content is unusable; showing the bundled articles only";
        m_library = std::make_unique<ArticleLibrary>(loadLibrary({roots.first()}));
    }
    m_settle.setSingleShot(true);
    m_settle.setInterval(2000);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_pending = true;
        qCInfo(lcContent) << "content folder changed; the update applies at the next reset";
        watch(); // new sub-folders (a new language) need watching too
        emit changeDetected();
    });
    auto changed = [this] { m_settle.start(); };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    watch();
}

ContentStore::~ContentStore() = default;

ArticleLibrary ContentStore::loadLibrary(const QStringList &roots) const
{
    ArticleLibrary::Options options = m_options;
    options.today = QDate::currentDate();
    return ArticleLibrary::load(roots, options);
}

void ContentStore::watch()
{
    QStringList paths;
    for (const QString &root : std::as_const(m_roots)) {
        if (root.startsWith(QLatin1Char(':')))
            continue; // compiled-in resources never change
        const QDir dir(root);
        // The parent too: a folder removed and made again (a sync tool, an
        // IT script) is a new directory the watcher has never seen, and only
        // the parent says that it came back. Also a folder not there yet.
        paths << QFileInfo(dir.absolutePath()).absolutePath();
        if (!dir.exists())
            continue;
        paths << dir.absolutePath() << dir.filePath(QStringLiteral("topics.yaml"))
              << dir.filePath(QStringLiteral("glossary.yaml"));
        for (const char *sub : {"articles", "images"})
            paths << dir.filePath(QLatin1String(sub));
        const QDir articles(dir.filePath(QStringLiteral("articles")));
        for (const QString &language : articles.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir languageDir(articles.filePath(language));
            paths << languageDir.absolutePath();
            for (const QString &file : languageDir.entryList({QStringLiteral("*.md")}, QDir::Files))
                paths << languageDir.filePath(file);
        }
    }
    QStringList existing;
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo::exists(path) && !m_watcher.files().contains(path) && !m_watcher.directories().contains(path))
            existing.append(path);
    }
    if (!existing.isEmpty())
        m_watcher.addPaths(existing);
}

bool ContentStore::reload()
{
    m_pending = true;
    return applyPendingChange();
}

bool ContentStore::applyPendingChange()
{
    if (!m_pending)
        return false;
    m_pending = false;
    auto candidate = std::make_unique<ArticleLibrary>(loadLibrary(m_roots));
    if (!candidate->isUsable() || candidate->errorCount() > 0) {
        qCWarning(lcContent) << "content update refused:" << candidate->errorCount()
                             << "errors; the kiosk keeps the library it had (fix them and save again)";
        emit updateRefused(candidate->errorCount());
        return false;
    }
    m_library = std::move(candidate);
    qCInfo(lcContent) << "content updated between patients";
    return true;
}
