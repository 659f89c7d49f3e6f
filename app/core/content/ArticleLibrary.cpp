#include "ArticleLibrary.h"

#include "checks/EditorialRules.h"
#include "content/ArticleHtmlPage.h"
#include "content/ArticleParser.h"
#include "content/MarkdownRenderer.h"
#include "system/KioskLogging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {

// A file whose real place (after its links) is outside the content folder:
// the kiosk and the export would show whatever the link points at.
bool leavesFolder(const QFileInfo &file, const QDir &root)
{
    const QString folder = root.canonicalPath();
    const QString real = file.canonicalFilePath();
    return real.isEmpty() || folder.isEmpty() || !real.startsWith(folder + QLatin1Char('/'));
}

ContentProblem linkOutside(const QString &path)
{
    return ContentProblem::error(path, 0,
                                 QStringLiteral("is a link to a file outside the content folder; copy the file into "
                                                "the folder instead"));
}

// One file of the content in its revision: its name in its folder, and
// its bytes, each ended so that no two files run together.
void addToRevision(QCryptographicHash *revision, const QDir &root, const QString &path, const QByteArray &bytes)
{
    revision->addData(root.relativeFilePath(path).toUtf8());
    revision->addData(QByteArrayView("\0", 1));
    revision->addData(QByteArray::number(bytes.size()));
    revision->addData(QByteArrayView("\0", 1));
    revision->addData(bytes);
}

ContentProblem unknownTopic(const Article &article)
{
    return ContentProblem::error(
        article.sourcePath, 0,
        QStringLiteral("topic '%1' is not in topics.yaml; use one of its topic ids").arg(article.topic));
}

ContentProblem unreadableFile(const QString &path)
{
    return ContentProblem::error(
        path, 0, QStringLiteral("cannot be read, so it is not shown; make it readable: sudo chmod a+r '%1'").arg(path));
}

// A folder the kiosk cannot list or enter looks empty to QDir: say so,
// rather than show only the bundled articles without a word (a copy that
// kept an editor's umask 077 does this). Resources (":/") are always open.
bool reportUnopenableFolder(const QString &path, QList<ContentProblem> *problems)
{
    const QFileInfo info(path);
    if (path.startsWith(QLatin1Char(':')) || !info.exists() || (info.isReadable() && info.isExecutable()))
        return false;
    problems->append(ContentProblem::error(
        path, 0,
        QStringLiteral("folder cannot be opened, so nothing in it is shown; make it readable: sudo chmod -R a+rX '%1'")
            .arg(info.absoluteFilePath())));
    return true;
}

// A file of the content folder (topics.yaml, glossary.yaml, an article) for
// its parser: nothing when it is not there; nothing and a problem when it leads out of
// the folder or cannot be read; else one byte past `limit`, so the parser
// can say the file is too big.
std::optional<QByteArray> readFolderFile(const QString &path, const QDir &root, qsizetype limit,
                                         QList<ContentProblem> *problems)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (leavesFolder(QFileInfo(path), root)) {
        problems->append(linkOutside(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(unreadableFile(path));
        return std::nullopt;
    }
    return file.read(limit + 1);
}

// SVG is a document that can run script where it is opened (the clinic's
// website, for an export). The kiosk takes drawings only.
QString svgActiveContent(const QByteArray &svg)
{
    static const QRegularExpression active(
        QStringLiteral("<\\s*(script|foreignObject|iframe|embed|object)\\b|\\son[a-z]+\\s*=|javascript:|"
                       "(?:xlink:)?href\\s*=\\s*[\"'](?!#)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = active.match(QString::fromUtf8(svg));
    return m.hasMatch() ? m.captured(0).trimmed() : QString();
}

QString pageKey(const QString &language, const QString &id)
{
    return language + QLatin1Char('/') + id;
}

// Internal links in a Markdown body: [text](target) where target has no scheme.
QStringList linkTargets(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
    QStringList targets;
    for (auto it = link.globalMatch(markdown); it.hasNext();)
        targets.append(it.next().captured(1));
    return targets;
}

int lineOfOffset(const QString &text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n')));
}

} // namespace

ArticleLibrary ArticleLibrary::load(const QStringList &contentRoots, const QDate &today)
{
    Options options;
    options.today = today;
    return load(contentRoots, options);
}

ArticleLibrary ArticleLibrary::load(const QStringList &contentRoots, const Options &options)
{
    ArticleLibrary library;
    library.m_options = options;
    QCryptographicHash revision(QCryptographicHash::Sha256);
    QList<Article> rejected; // read, but with errors: checked, never shown
    for (const QString &root : contentRoots)
        library.loadRoot(root, &revision, &rejected);
    library.m_revision = QString::fromLatin1(revision.result().toHex().left(12));
    if (!library.m_hasManifest) {
        library.m_problems.append(
            ContentProblem::error(contentRoots.value(0), 0,
                                  QStringLiteral("no topics.yaml found; the content folder needs a topic manifest")));
    }
    library.checkReferences(rejected);
    library.checkTranslations();
    library.orderTopics();
    library.renderPages();

    for (const ContentProblem &problem : std::as_const(library.m_problems)) {
        if (problem.isError())
            qCWarning(lcContent).noquote() << problem.toString();
        else
            qCInfo(lcContent).noquote() << problem.toString();
    }
    int total = 0;
    for (const auto &byId : std::as_const(library.m_articles))
        total += int(byId.size());
    qCInfo(lcContent).noquote() << QStringLiteral(
                                       "loaded %1 articles in %2 languages from %3 (%4 errors), content revision %5")
                                       .arg(total)
                                       .arg(library.m_articles.size())
                                       .arg(contentRoots.join(QLatin1String(", ")))
                                       .arg(library.errorCount())
                                       .arg(library.m_revision);
    return library;
}

void ArticleLibrary::loadRoot(const QString &root, QCryptographicHash *revision, QList<Article> *rejected)
{
    const QDir dir(root);
    if (!dir.exists()) {
        m_problems.append(ContentProblem::error(root, 0, QStringLiteral("content folder does not exist")));
        return;
    }
    if (reportUnopenableFolder(root, &m_problems))
        return;

    const QString manifestPath = dir.filePath(QStringLiteral("topics.yaml"));
    if (const auto yaml = readFolderFile(manifestPath, dir, TopicManifest::MaximumFileBytes, &m_problems)) {
        addToRevision(revision, dir, manifestPath, *yaml);
        TopicManifest::Result parsed = TopicManifest::parse(*yaml, manifestPath);
        m_problems.append(parsed.problems);
        // A broken manifest in a later root keeps the earlier good one.
        if (parsed.manifest) {
            m_manifest = std::move(*parsed.manifest);
            m_hasManifest = true;
        }
    }

    // The glossary is optional; a broken one in a later root keeps the earlier.
    const QString glossaryPath = dir.filePath(QStringLiteral("glossary.yaml"));
    if (const auto yaml = readFolderFile(glossaryPath, dir, Glossary::MaximumFileBytes, &m_problems)) {
        addToRevision(revision, dir, glossaryPath, *yaml);
        Glossary::Result parsed = Glossary::parse(*yaml, glossaryPath);
        m_problems.append(parsed.problems);
        if (!parsed.glossary.isEmpty())
            m_glossary = std::move(parsed.glossary);
    }

    loadImages(dir, revision);

    const QDir articlesDir(dir.filePath(QStringLiteral("articles")));
    if (reportUnopenableFolder(articlesDir.path(), &m_problems))
        return;
    // An article anywhere else under articles/ is never shown: say so,
    // rather than leave a writer wondering where it went.
    for (QDirIterator it(articlesDir.absolutePath(), {QStringLiteral("*.md")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        if (QFileInfo(path).absoluteDir().absolutePath() == articlesDir.absolutePath()
            || QFileInfo(path).absoluteDir().absolutePath().count(QLatin1Char('/'))
                   > articlesDir.absolutePath().count(QLatin1Char('/')) + 1) {
            m_problems.append(ContentProblem::error(
                path, 0,
                QStringLiteral("is outside articles/<language>/, so it is not shown; move it into articles/en/, "
                               "articles/es/ or another language folder")));
        }
    }
    const QStringList languages = articlesDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &language : languages) {
        const QDir languageDir(articlesDir.filePath(language));
        if (reportUnopenableFolder(languageDir.path(), &m_problems))
            continue;
        const QStringList files = languageDir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QSet<QString> idsInThisRoot;
        for (const QString &fileName : files) {
            const QString path = languageDir.filePath(fileName);
            const std::optional<QByteArray> bytes =
                readFolderFile(path, dir, ArticleParser::MaximumFileSize, &m_problems);
            if (!bytes)
                continue;
            addToRevision(revision, dir, path, *bytes);
            ArticleParser::Result parsed = ArticleParser::parse(*bytes, path);
            m_problems.append(parsed.problems);
            // A file with errors in its front matter is never shown, but the
            // rest of it is checked now, so the writer fixes it in one round.
            const bool parsedWell = parsed.article.has_value();
            if (!parsedWell && !parsed.draft)
                continue;
            Article &article = parsedWell ? *parsed.article : *parsed.draft;
            // From here every check runs, even after an error: a writer
            // fixes a file in one round. An article with any error is kept
            // aside (`rejected`, for the reference checks), never shown.
            bool usable = parsedWell;
            if (parsedWell && article.language != language) {
                m_problems.append(ContentProblem::error(
                    path, 0,
                    QStringLiteral("says language '%1' but is in the '%2' folder; move it or fix the field")
                        .arg(article.language, language)));
                usable = false;
            }
            if (parsedWell && idsInThisRoot.contains(article.id)) {
                m_problems.append(ContentProblem::error(
                    path, 0,
                    QStringLiteral("id '%1' is already used by another %2 article; give this one a new id")
                        .arg(article.id, language)));
                usable = false;
            }
            if (parsedWell && QFileInfo(fileName).completeBaseName() != article.id) {
                m_problems.append(ContentProblem::warning(
                    path, 0, QStringLiteral("file name differs from its id '%1'; name it %1.md").arg(article.id)));
            }
            // Editorial rules: an article that breaks them is not shown.
            const QList<ContentProblem> editorial =
                EditorialRules::checkArticle(article, m_options.today, m_options.reviewMonths);
            m_problems.append(editorial);
            if (std::any_of(editorial.cbegin(), editorial.cend(), [](const ContentProblem &p) { return p.isError(); }))
                usable = false;
            if (!usable) {
                rejected->append(article);
                continue;
            }
            article.contentRoot = dir.absolutePath();
            idsInThisRoot.insert(article.id);
            m_articles[language].insert(article.id, article); // QHash 6.4 copies (implicitly shared) either way
        }
    }
}

void ArticleLibrary::checkReferences(const QList<Article> &rejected)
{
    for (auto languageIt = m_articles.begin(); languageIt != m_articles.end(); ++languageIt) {
        QHash<QString, Article> &byId = languageIt.value();
        for (auto it = byId.begin(); it != byId.end();) {
            const Article &article = it.value();
            if (m_hasManifest && !m_manifest.hasTopic(article.topic)) {
                m_problems.append(unknownTopic(article));
                it = byId.erase(it);
                continue;
            }
            ++it;
        }
    }
    // Links are checked after unusable articles are gone, so a link to a
    // skipped article is reported too. The linking article stays readable:
    // its broken link opens a calm "not available" page.
    for (const auto &byId : std::as_const(m_articles)) {
        for (const Article &article : byId)
            checkLinks(article);
    }
    // Rejected articles are never shown, but their topic and links are
    // checked now, so the writer does not meet these errors only after
    // fixing the others.
    for (const Article &article : rejected) {
        if (m_hasManifest && !article.topic.isEmpty() && !m_manifest.hasTopic(article.topic))
            m_problems.append(unknownTopic(article));
        checkLinks(article);
    }
}

void ArticleLibrary::checkLinks(const Article &article)
{
    for (const QString &related : article.related) {
        if (!articleForReading(related, article.language)) {
            m_problems.append(ContentProblem::error(
                article.sourcePath, 0,
                QStringLiteral("related article '%1' does not exist; fix the id or remove it").arg(related)));
        }
    }
    const QStringList targets = linkTargets(article.markdownBody);
    for (const QString &target : targets) {
        if (!MarkdownRenderer::isInternalLink(target))
            continue;
        if (target.startsWith(QLatin1String("images/"))) {
            if (!m_images.contains(target.mid(7))) {
                const qsizetype offset = article.markdownBody.indexOf(QStringLiteral("](") + target);
                m_problems.append(ContentProblem::error(
                    article.sourcePath, article.bodyFirstLine + lineOfOffset(article.markdownBody, offset),
                    QStringLiteral("image '%1' is not in the images/ folder (or is not a usable image); "
                                   "add it or fix the name")
                        .arg(target)));
            }
            continue;
        }
        if (!articleForReading(target, article.language)) {
            const qsizetype offset = article.markdownBody.indexOf(QStringLiteral("](") + target);
            m_problems.append(ContentProblem::error(
                article.sourcePath, article.bodyFirstLine + lineOfOffset(article.markdownBody, offset),
                QStringLiteral("link to '%1' leads nowhere; link to an article by its id, like (side-effects)")
                    .arg(target)));
        }
    }
}

void ArticleLibrary::loadImages(const QDir &root, QCryptographicHash *revision)
{
    const QDir imagesDir(root.filePath(QStringLiteral("images")));
    if (!imagesDir.exists() || reportUnopenableFolder(imagesDir.path(), &m_problems))
        return;
    const QFileInfoList files = imagesDir.entryInfoList(QDir::Files, QDir::Name);
    static const QStringList knownFormats{QStringLiteral("png"), QStringLiteral("jpeg"), QStringLiteral("gif"),
                                          QStringLiteral("webp"), QStringLiteral("svg")};
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        if (leavesFolder(file, root)) {
            m_problems.append(linkOutside(path));
            continue;
        }
        if (file.size() > MaximumImageBytes) {
            m_problems.append(ContentProblem::error(
                path, 0,
                QStringLiteral("image is %1 KiB, larger than the %2 KiB limit; resize or compress it")
                    .arg(file.size() / 1024)
                    .arg(MaximumImageBytes / 1024)));
            continue;
        }
        QFile imageFile(path);
        if (!imageFile.open(QIODevice::ReadOnly)) {
            m_problems.append(unreadableFile(path));
            continue;
        }
        // Checked and kept as these bytes: what is served is what was checked.
        const QByteArray bytes = imageFile.read(MaximumImageBytes + 1);
        addToRevision(revision, root, path, bytes);
        if (bytes.size() > MaximumImageBytes) {
            m_problems.append(
                ContentProblem::error(path, 0, QStringLiteral("image grew past the size limit while it was read")));
            continue;
        }
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        QString format = QString::fromLatin1(reader.format());
        if (format.isEmpty() && file.suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
            // SVG is known by its name and its root element (Qt's SVG image
            // plugin, which would sniff it, need not be installed).
            if (bytes.contains("<svg"))
                format = QStringLiteral("svg");
        }
        if (!knownFormats.contains(format)) {
            m_problems.append(ContentProblem::error(
                path, 0, QStringLiteral("is not a PNG, JPEG, GIF, WebP or SVG image; convert it or remove it")));
            continue;
        }
        const QSize size = reader.size();
        if (format != QLatin1String("svg")
            && (!size.isValid() || size.width() > MaximumImageSide || size.height() > MaximumImageSide)) {
            m_problems.append(
                ContentProblem::error(path, 0,
                                      QStringLiteral("image is %1x%2 pixels; the limit is %3 on each side")
                                          .arg(size.width())
                                          .arg(size.height())
                                          .arg(MaximumImageSide)));
            continue;
        }
        if (format == QLatin1String("svg")) {
            if (const QString found = svgActiveContent(bytes); !found.isEmpty()) {
                m_problems.append(ContentProblem::error(
                    path, 0,
                    QStringLiteral("SVG image holds script or a link (%1); save it as PNG, or as SVG without script")
                        .arg(found.left(40))));
                continue;
            }
        }
        m_images.insert(file.fileName(), path);
        m_imageData.insert(file.fileName(), bytes);
    }
}

void ArticleLibrary::checkTranslations()
{
    // Every language should have the same ids. A missing translation is a
    // warning: the reader shows the English article with a note instead.
    const QStringList allLanguages = languages();
    for (const QString &language : allLanguages) {
        for (const Article &article : std::as_const(m_articles[language])) {
            for (const QString &other : allLanguages) {
                if (other != language && !article.id.isEmpty() && !this->article(article.id, other)) {
                    m_problems.append(ContentProblem::warning(
                        article.sourcePath, 0,
                        QStringLiteral("has no '%1' version; add articles/%1/%2.md so every language has it")
                            .arg(other, article.id)));
                }
            }
        }
    }
}

QList<const Article *> ArticleLibrary::allArticles(const QString &language) const
{
    QList<const Article *> result;
    for (const Topic &topic : m_manifest.topics()) {
        const QList<const Article *> inTopic = articlesInTopic(topic.id, language);
        for (const Article *a : inTopic) {
            if (a->language == language)
                result.append(a);
        }
    }
    return result;
}

void ArticleLibrary::orderTopics()
{
    // Reading order per topic: the order of the English library (the
    // reference language) by title, with other languages' extra ids after.
    QHash<QString, QList<const Article *>> byTopic;
    QSet<QString> seen;
    const QStringList languageOrder = languages();
    for (const QString &language : languageOrder) {
        for (const Article &article : std::as_const(m_articles[language])) {
            if (seen.contains(article.id))
                continue;
            seen.insert(article.id);
            byTopic[article.topic].append(&article);
        }
    }
    const QString featured = m_manifest.featuredArticleId();
    for (auto it = byTopic.begin(); it != byTopic.end(); ++it) {
        QList<const Article *> &list = it.value();
        const Topic *topic = m_manifest.topic(it.key());
        const QStringList clinicOrder = topic ? topic->articleOrder : QStringList();
        auto rank = [&](const Article *a) {
            // The clinic's listed order first, then the featured article,
            // then everything else by title.
            const qsizetype listed = clinicOrder.indexOf(a->id);
            if (listed >= 0)
                return listed;
            return clinicOrder.size() + (a->id == featured ? 0 : 1);
        };
        std::stable_sort(list.begin(), list.end(), [&](const Article *a, const Article *b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            // Ties by id: the hash the articles came from has no stable order.
            if (const int byTitle = a->title.localeAwareCompare(b->title); byTitle != 0)
                return byTitle < 0;
            return a->id < b->id;
        });
        QStringList ids;
        for (const Article *article : std::as_const(list))
            ids.append(article->id);
        m_topicOrder.insert(it.key(), ids);
    }
}

void ArticleLibrary::renderPages()
{
    for (auto languageIt = m_articles.cbegin(); languageIt != m_articles.cend(); ++languageIt) {
        for (const Article &article : languageIt.value())
            m_pages.insert(pageKey(languageIt.key(), article.id),
                           ArticleHtmlPage::render(article, nextArticle(article.id, languageIt.key()), m_options.clinic,
                                                   ArticleHtmlPage::Target::Kiosk, &m_glossary, m_options.takeHome));
    }
}

bool ArticleLibrary::isUsable() const
{
    return m_hasManifest && !m_articles.isEmpty();
}

int ArticleLibrary::errorCount() const
{
    return int(
        std::count_if(m_problems.cbegin(), m_problems.cend(), [](const ContentProblem &p) { return p.isError(); }));
}

QStringList ArticleLibrary::languages() const
{
    QStringList result = m_articles.keys();
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        const QLatin1String english(DefaultLanguage);
        if ((a == english) != (b == english))
            return a == english;
        return a < b;
    });
    return result;
}

const Article *ArticleLibrary::article(const QString &id, const QString &language) const
{
    const auto languageIt = m_articles.constFind(language);
    if (languageIt == m_articles.cend())
        return nullptr;
    const auto it = languageIt->constFind(id);
    return it == languageIt->cend() ? nullptr : &*it;
}

const Article *ArticleLibrary::articleForReading(const QString &id, const QString &language) const
{
    if (const Article *exact = article(id, language))
        return exact;
    return article(id, QLatin1String(DefaultLanguage));
}

QList<const Article *> ArticleLibrary::articlesInTopic(const QString &topicId, const QString &language) const
{
    QList<const Article *> result;
    const QStringList ids = m_topicOrder.value(topicId);
    for (const QString &id : ids) {
        if (const Article *a = articleForReading(id, language))
            result.append(a);
    }
    return result;
}

const Article *ArticleLibrary::nextArticle(const QString &id, const QString &language) const
{
    const Article *current = articleForReading(id, language);
    if (!current)
        return nullptr;
    const QList<const Article *> inTopic = articlesInTopic(current->topic, language);
    for (qsizetype i = 0; i + 1 < inTopic.size(); ++i) {
        if (inTopic.at(i)->id == id)
            return inTopic.at(i + 1);
    }
    // Last in its topic: continue with the first article of the following
    // topic in the manifest, wrapping around.
    const QList<Topic> &topics = m_manifest.topics();
    const auto here =
        std::find_if(topics.cbegin(), topics.cend(), [&](const Topic &t) { return t.id == current->topic; });
    if (here == topics.cend())
        return nullptr;
    const qsizetype start = here - topics.cbegin();
    for (qsizetype step = 1; step <= topics.size(); ++step) {
        const Topic &candidate = topics.at((start + step) % topics.size());
        const QList<const Article *> articles = articlesInTopic(candidate.id, language);
        if (!articles.isEmpty() && articles.first()->id != id)
            return articles.first();
    }
    return nullptr;
}

QString ArticleLibrary::pageHtml(const QString &id, const QString &language) const
{
    const auto exact = m_pages.constFind(pageKey(language, id));
    if (exact != m_pages.cend())
        return *exact;
    const auto fallback = m_pages.constFind(pageKey(QLatin1String(DefaultLanguage), id));
    if (fallback != m_pages.cend())
        return ArticleHtmlPage::withFallbackNote(*fallback, language);
    return ArticleHtmlPage::notFound(language);
}

int ArticleLibrary::articlesDueForReview() const
{
    int due = 0;
    for (const auto &byId : m_articles) {
        for (const Article &article : byId) {
            if (EditorialRules::reviewIsDue(article, m_options.today, m_options.reviewMonths))
                ++due;
        }
    }
    return due;
}
