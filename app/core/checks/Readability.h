#pragma once

#include <QString>
#include <QStringList>

// Reading-ease measures computed the way the project's gate measures them:
// the body as a patient reads it (Markdown stripped, every heading and list
// item its own sentence), English by Flesch-Kincaid grade (calibrated to stay
// within one grade of GNU style), Spanish by Fernández-Huerta.
class Readability final
{
public:
    struct Scores
    {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        double averageSentenceWords = 0;
        int longestSentenceWords = 0;
        QString longestSentence;
        QStringList sentencesOver; // sentences above the limit given to measure()
        double fleschKincaidGrade = 0;
        double fernandezHuerta = 0;
    };

    static QString plainText(const QString &markdown);
    static QStringList sentences(const QString &plainText);
    static QStringList words(const QString &text);
    static int englishSyllables(const QString &word);
    static int spanishSyllables(const QString &word);

    // `language` picks the syllable rules; sentences longer than
    // `longSentenceWords` are collected in Scores::sentencesOver.
    static Scores measure(const QString &markdown, const QString &language, int longSentenceWords = 25);
};
