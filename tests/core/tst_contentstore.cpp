// Content updates without a rebuild: a changed folder is noticed, applied
// only when asked (between patients), and only when the new library has no
// errors; a bad update keeps the last good library.

#include "content/ContentStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray article(const QByteArray &title, const QByteArray &body = "It has short sentences. It is easy to read.")
{
    return "---\nid: parking\ntitle: \"" + title
           + "\"\ntopic: integration\nsummary: \"Where to park.\"\n"
             "language: en\nupdated: 2026-11-24\nsources:\n  - \"One.\"\n  - \"Two.\"\n---\n"
           + body + "\n";
}

void write(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

} // namespace

class TestContentStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString articlePath() const { return m_dir.filePath(QStringLiteral("articles/en/parking.md")); }

private slots:
    void init() { write(articlePath(), article("Parking at the clinic")); }

    void validChangeAppliesOnlyWhenAsked()
    {
        ContentStore store({QStringLiteral(":/content"), m_dir.path()});
        store.setSettleTime(100);
        QCOMPARE(store.library().article(QStringLiteral("parking"), QStringLiteral("en"))->title,
                 QStringLiteral("Parking at the clinic"));
        QSignalSpy detected(&store, &ContentStore::changeDetected);

        QTest::qWait(1100); // a new mtime second, so the watcher sees a change
        write(articlePath(), article("Parking and public transport"));
        QVERIFY(detected.wait(5000));
        QVERIFY(store.hasPendingChange());
        // Nothing changes under a reading patient...
        QCOMPARE(store.library().article(QStringLiteral("parking"), QStringLiteral("en"))->title,
                 QStringLiteral("Parking at the clinic"));
        // ...until the reset asks.
        QVERIFY(store.applyPendingChange());
        QCOMPARE(store.library().article(QStringLiteral("parking"), QStringLiteral("en"))->title,
                 QStringLiteral("Parking and public transport"));
        QVERIFY(!store.hasPendingChange());
        QVERIFY(!store.applyPendingChange()); // nothing more to apply
    }

    void newArticleIsNoticed()
    {
        ContentStore store({QStringLiteral(":/content"), m_dir.path()});
        store.setSettleTime(100);
        QSignalSpy detected(&store, &ContentStore::changeDetected);
        QByteArray second = article("Childcare");
        second.replace("id: parking", "id: childcare");
        write(m_dir.filePath(QStringLiteral("articles/en/childcare.md")), second);
        QVERIFY(detected.wait(5000));
        QVERIFY(store.applyPendingChange());
        QVERIFY(store.library().article(QStringLiteral("childcare"), QStringLiteral("en")));
    }

    void folderRemovedAndMadeAgainIsStillWatched()
    {
        // The clinic's folder inside a parent of its own, as IT lays it out.
        QTemporaryDir parent;
        const QString folder = parent.filePath(QStringLiteral("content"));
        const QString path = folder + QStringLiteral("/articles/en/parking.md");
        write(path, article("Parking at the clinic"));
        ContentStore store({QStringLiteral(":/content"), folder});
        store.setSettleTime(100);
        QSignalSpy detected(&store, &ContentStore::changeDetected);

        // A sync tool replaces the whole folder: removed, then made again.
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(detected.wait(5000));
        QVERIFY(!store.applyPendingChange()); // an empty folder is not applied
        detected.clear();
        write(path, article("Parking after the move"));
        QVERIFY(detected.wait(5000));
        QVERIFY(store.applyPendingChange());
        QCOMPARE(store.library().article(QStringLiteral("parking"), QStringLiteral("en"))->title,
                 QStringLiteral("Parking after the move"));

        // And the new folder is watched like the old one.
        detected.clear();
        QTest::qWait(1100); // a new mtime second
        write(path, article("Parking, third edition"));
        QVERIFY(detected.wait(5000));
        QVERIFY(store.applyPendingChange());
        QCOMPARE(store.library().article(QStringLiteral("parking"), QStringLiteral("en"))->title,
                 QStringLiteral("Parking, third edition"));
    }

    void invalidChangeKeepsLastGoodLibrary()
    {
        ContentStore store({QStringLiteral(":/content"), m_dir.path()});
        store.setSettleTime(100);
        QSignalSpy detected(&store, &ContentStore::changeDetected);
        QSignalSpy refused(&store, &ContentStore::updateRefused);
        QTest::qWait(1100);
        write(articlePath(), article("Parking", "This miracle parking lot guarantees a space."));
        QVERIFY(detected.wait(5000));
        QVERIFY(!store.applyPendingChange());
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toInt() > 0);
        QCOMPARE(store.library().article(QStringLiteral("parking"), QStringLiteral("en"))->title,
                 QStringLiteral("Parking at the clinic"));
    }

    void unusableFolderFallsBackToBundled()
    {
        // A folder whose topic manifest is broken and has no articles at all.
        QTemporaryDir broken;
        write(broken.filePath(QStringLiteral("topics.yaml")), "topics: [\n");
        ContentStore store({QStringLiteral(":/content"), broken.path()});
        QVERIFY(store.library().isUsable());
        QVERIFY(store.library().article(QStringLiteral("side-effects"), QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
