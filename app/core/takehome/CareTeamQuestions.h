#pragma once

#include <QList>
#include <QObject>
#include <QString>

// The questions one patient has collected for the care team ("My
// questions"). It lives in memory only and is cleared at the reset
// (PatientVisit): nothing is written anywhere, and the only copy that
// leaves the kiosk is the QR code the patient scans into their own phone.
class CareTeamQuestions final : public QObject
{
    Q_OBJECT

public:
    struct Question
    {
        QString text;
        QString language; // the article's, which the question is written in
    };

    explicit CareTeamQuestions(QObject *parent = nullptr);

    const QList<Question> &questions() const { return m_questions; }
    int count() const { return int(m_questions.size()); }
    bool isEmpty() const { return m_questions.isEmpty(); }
    bool contains(const QString &text) const;

    // False (and nothing changes) for an empty or repeated question, or when
    // the note would no longer fit one QR code a phone reads easily.
    bool add(const QString &text, const QString &language);
    void remove(int index);
    void clear();

    // What the QR code carries: a heading in `language` (the patient's),
    // then one numbered question per line. Plain UTF-8 text, so a phone
    // offers to keep it as a note, and staff can read it off the card.
    QString noteText(const QString &language) const;

signals:
    void changed();

private:
    QString noteTextWith(const QList<Question> &questions, const QString &language) const;

    QList<Question> m_questions;
};
