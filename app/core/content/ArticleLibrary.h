#pragma once

#include "checks/EditorialRules.h"
#include "content/Article.h"
#include "content/ClinicFacts.h"
#include "content/ContentProblem.h"
#include "content/Glossary.h"
#include "content/TopicManifest.h"
#include "takehome/TakeHomeLink.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Every article the kiosk can show, in every language, with the topics they
// belong to and their rendered pages. Built once per load and read-only after
// that, so screens and the web scheme handler can share it freely.
//
// Content comes from one or more roots (the bundled ":/content" first, a
// clinic's folder after it). Each root may hold `topics.yaml` and
// `articles/<language>/<id>.md`; a later root's article replaces an earlier
// one with the same id and language. A file with errors is skipped and its
// problems kept; nothing a file holds can stop the rest from loading.
class QCryptographicHash;

class ArticleLibrary final
{
public:
    static constexpr auto DefaultLanguage = "en";

    // What loading needs besides the files: the day the review-age check
    // counts from (tests pass a fixed day), the clinic's facts the pages
    // name, and how long a clinician's review stays valid.
    struct Options
    {
        QDate today = QDate::currentDate();
        ClinicFacts clinic;
        int reviewMonths = EditorialRules::DefaultReviewMonths;
        // Where the export is published (takehome/base_url): when enabled,
        // each page carries a QR code to its own exported copy.
        TakeHomeLink takeHome;

        static Options onDay(const QDate &day)
        {
            Options options;
            options.today = day;
            return options;
        }
    };

    static ArticleLibrary load(const QStringList &contentRoots, const Options &options);
    static ArticleLibrary load(const QStringList &contentRoots, const QDate &today = QDate::currentDate());

    const ClinicFacts &clinicFacts() const { return m_options.clinic; }
    const Options &options() const { return m_options; }
    // Articles whose clinician review is missing or past due, in any language.
    int articlesDueForReview() const;

    // A library with a manifest and at least one article can run the kiosk.
    bool isUsable() const;

    const TopicManifest &manifest() const { return m_manifest; }
    // Hard words and their explanations (glossary.yaml); empty without one.
    const Glossary &glossary() const { return m_glossary; }
    const QList<ContentProblem> &problems() const { return m_problems; }
    int errorCount() const;
    // Which content this is: 12 hex digits of a SHA-256 over every file read
    // (names relative to their root, and bytes), the same for the same
    // files wherever they lie. `--check-content ./new` and the live kiosk
    // (its log and staff panel) print it, so IT can see what is live.
    QString revision() const { return m_revision; }
    QStringList languages() const; // languages that have articles, English first

    // Exactly this language, or nullptr.
    const Article *article(const QString &id, const QString &language) const;
    // This language if it exists, else English: what the reader shows.
    const Article *articleForReading(const QString &id, const QString &language) const;

    // The topic's articles in reading order (the manifest's `articles:` order
    // first, then by title), each in `language` or else in English.
    QList<const Article *> articlesInTopic(const QString &topicId, const QString &language) const;
    // The article to offer after this one: the next in its topic, else the
    // first of the following topic, so the reader never ends in a dead end.
    const Article *nextArticle(const QString &id, const QString &language) const;

    // The finished HTML page, rendered at load time so a tap shows it at once.
    QString pageHtml(const QString &id, const QString &language) const;

    // Images articles use, by file name (from `images/` in a content root).
    QString imagePath(const QString &fileName) const { return m_images.value(fileName); }
    const QHash<QString, QString> &images() const { return m_images; }
    // The bytes the check accepted: what the kiosk serves and the export
    // and packet copy, never the file as it may be now (a file swapped
    // after the check is not published).
    QByteArray imageData(const QString &fileName) const { return m_imageData.value(fileName); }

    // All articles of one language, in topic order (for export and listings).
    QList<const Article *> allArticles(const QString &language) const;

    static constexpr qint64 MaximumImageBytes = 2 * 1024 * 1024;
    static constexpr int MaximumImageSide = 4096;

private:
    void loadRoot(const QString &root, QCryptographicHash *revision, QList<Article> *rejected);
    void loadImages(const QDir &root, QCryptographicHash *revision);
    void checkLinks(const Article &article); // its related ids, links and images
    void checkReferences(const QList<Article> &rejected);
    void checkTranslations();
    void orderTopics();
    void renderPages();

    Options m_options;
    TopicManifest m_manifest;
    bool m_hasManifest = false;
    Glossary m_glossary;
    QHash<QString, QHash<QString, Article>> m_articles; // language -> id -> article
    QHash<QString, QStringList> m_topicOrder;           // topic -> ids in reading order (all languages)
    QHash<QString, QString> m_pages;                    // "language/id" -> rendered HTML
    QHash<QString, QString> m_images;                   // file name -> absolute path
    QHash<QString, QByteArray> m_imageData;             // file name -> the bytes checked
    QList<ContentProblem> m_problems;
    QString m_revision;
};
