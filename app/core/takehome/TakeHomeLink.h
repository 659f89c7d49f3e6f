#pragma once

#include <QString>
#include <QUrl>

// The public address of an article's exported page, for the "Read this on
// your phone" QR code: the clinic's `takehome/base_url` (where IT publishes
// --export-html) followed by exportPath(), for example
// https://clinic.example/learn/es/session-day.html. It names the article and
// its language and nothing else: no query, no fragment, no session, no time,
// so the address a phone opens says nothing about the patient who scanned it.
class TakeHomeLink final
{
public:
    TakeHomeLink() = default; // no base: no QR codes
    explicit TakeHomeLink(const QUrl &base);

    // A usable base: an absolute http or https address with a host and no
    // query or fragment (anything after the path would go into every code).
    // On failure `why` says what is wrong, in words for clinic IT.
    static bool isValidBase(const QUrl &base, QString *why = nullptr);

    bool isEnabled() const { return m_base.isValid(); }
    QUrl base() const { return m_base; }

    // "<language>/<id>.html": where HtmlExporter writes the article, relative
    // to the export's top folder. The one definition both sides use.
    static QString exportPath(const QString &language, const QString &articleId);
    static QString languageIndexPath(const QString &language); // "<language>/index.html"

    // The article's public address, or an empty URL when not enabled.
    QUrl articleUrl(const QString &language, const QString &articleId) const;

private:
    QUrl m_base; // always ends in '/', so relative paths go below it
};
