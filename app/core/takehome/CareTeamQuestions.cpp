#include "CareTeamQuestions.h"

#include "content/ArticleBoxes.h"
#include "takehome/QrCode.h"

CareTeamQuestions::CareTeamQuestions(QObject *parent)
    : QObject(parent)
{
}

bool CareTeamQuestions::contains(const QString &text) const
{
    for (const Question &question : m_questions) {
        if (question.text == text)
            return true;
    }
    return false;
}

bool CareTeamQuestions::add(const QString &text, const QString &language)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || contains(trimmed))
        return false;
    QList<Question> longer = m_questions;
    longer.append({trimmed, language});
    // Both languages' headings: the patient may switch language later.
    for (const QString &heading : {QStringLiteral("en"), QStringLiteral("es"), language}) {
        if (noteTextWith(longer, heading).toUtf8().size() > QrCode::MaximumBytes)
            return false;
    }
    m_questions = longer;
    emit changed();
    return true;
}

void CareTeamQuestions::remove(int index)
{
    if (index < 0 || index >= m_questions.size())
        return;
    m_questions.removeAt(index);
    emit changed();
}

void CareTeamQuestions::clear()
{
    if (m_questions.isEmpty())
        return;
    m_questions.clear();
    emit changed();
}

QString CareTeamQuestions::noteText(const QString &language) const
{
    return noteTextWith(m_questions, language);
}

QString CareTeamQuestions::noteTextWith(const QList<Question> &questions, const QString &language) const
{
    if (questions.isEmpty())
        return {};
    QString note = ArticleBoxes::heading(ArticleBoxes::Kind::Questions, language) + QLatin1Char('\n');
    for (int i = 0; i < questions.size(); ++i)
        note += QStringLiteral("\n%1. %2").arg(i + 1).arg(questions.at(i).text);
    return note;
}
