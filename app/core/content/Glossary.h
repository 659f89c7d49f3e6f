#pragma once

#include "content/ContentProblem.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// Hard words and their plain explanations, read from `glossary.yaml` in the
// content folder (clinicians own the words). The first time an article uses
// one of a term's words, the kiosk's page marks it as a link the patient
// can tap for the explanation (KioskWebPage reports the tap; the reader
// shows the card). An entry with a problem is left out with an error naming
// its line; the rest of the glossary still works.
class Glossary final
{
public:
    struct Term
    {
        QString id;
        QString language;
        QStringList words; // as written in the articles; the first is the headword
        QString explanation;
    };

    struct Result; // defined below: it holds a Glossary

    static Result parse(const QByteArray &yaml, const QString &path);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const Term *term(const QString &language, const QString &id) const;
    QList<Term> terms(const QString &language) const { return m_terms.value(language); }

    // `bodyHtml` (md4c's output: every '<' starts a tag) with the first use
    // of each term linked to ContentUrl::glossaryTerm(). Words inside links,
    // headings and code are left alone: a link in a link cannot be tapped.
    QString markTerms(const QString &bodyHtml, const QString &language) const;

    static constexpr int MaximumExplanationWords = 40;
    static constexpr qsizetype MaximumFileBytes = 512 * 1024; // bounded start, whatever the file
    static constexpr int MaximumTerms = 400;

private:
    void index(const QString &language);

    QHash<QString, QList<Term>> m_terms;                  // language -> terms, in file order
    QHash<QString, QRegularExpression> m_patterns;        // language -> every word, longest first
    QHash<QString, QHash<QString, QString>> m_wordToTerm; // language -> lower-case word -> id
};

struct Glossary::Result
{
    Glossary glossary;
    QList<ContentProblem> problems;
};
