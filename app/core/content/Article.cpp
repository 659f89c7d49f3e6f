#include "Article.h"

#include <QRegularExpression>

int Article::wordCount() const
{
    static const QRegularExpression word(QStringLiteral("[\\w'’-]+"), QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = word.globalMatch(markdownBody); it.hasNext(); it.next())
        ++count;
    return count;
}

int Article::readingMinutes() const
{
    constexpr int wordsPerMinute = 180;
    return qMax(1, (wordCount() + wordsPerMinute - 1) / wordsPerMinute);
}
