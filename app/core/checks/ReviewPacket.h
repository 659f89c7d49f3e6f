#pragma once

#include <QString>
#include <QStringList>

class ArticleLibrary;

// `patient-kiosk --review-packet DIR`: what a medical director reads and
// signs, one printable HTML file per language (review-packet-en.html, ...):
// every article as the patient sees it (boxes drawn, the clinic's own phone
// and hours filled in), its sources, its readability figures, the claims its
// writers flagged for checking, its review status, and a sign-off block.
// Self-contained (the stylesheet is inlined, images are copied beside it), so
// it opens in any browser and prints one article per page.
class ReviewPacket final
{
public:
    // Returns the files written; empty with `error` set when DIR cannot be written.
    static QStringList write(const ArticleLibrary &library, const QString &directory, QString *error);

    // One language's packet (for tests and for write()).
    static QString html(const ArticleLibrary &library, const QString &language);
};
