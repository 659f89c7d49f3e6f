#pragma once

#include "content/ArticleLibrary.h"
#include "content/ContentProblem.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// `patient-kiosk --check-content DIR`: loads a clinic's folder as the kiosk
// would, on top of the bundled library, and reports the problems of that
// folder's files as text or JSON for whoever edits articles.
class ContentFolderCheck final
{
public:
    struct Report
    {
        QString folder;
        bool unreadable = false;
        int articles = 0;
        QString revision; // ArticleLibrary::revision(), as the kiosk would log it
        QList<ContentProblem> problems;

        int errors() const;
        int warnings() const;
        int exitCode() const; // 0 clean (warnings allowed), 1 errors, 2 folder unreadable
    };

    // `configPath` names the file to set clinic/phone in, for the warning
    // given once when articles use {{clinic.phone}} and the clinic set none.
    // `kioskAccount` is the user the kiosk runs as: what it could not read is
    // an error even when whoever runs the check can read it.
    static Report run(const QString &folder, const QString &bundledRoot, const ArticleLibrary::Options &options,
                      const QString &configPath = {}, const QString &kioskAccount = QStringLiteral(KIOSK_SERVICE_USER));

    static QString toText(const Report &report);
    static QByteArray toJson(const Report &report);
};
