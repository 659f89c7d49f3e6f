#include "ContentUrl.h"

#include "content/ArticleHtmlPage.h"
#include "content/ArticleParser.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// kiosk://content<path>: every address the kiosk serves.
QUrl onContentHost(const QString &path)
{
    QUrl url;
    url.setScheme(QLatin1String(ContentUrl::Scheme));
    url.setHost(QLatin1String(ContentUrl::Host));
    url.setPath(path);
    return url;
}

} // namespace

QUrl ContentUrl::article(const QString &language, const QString &id)
{
    return onContentHost(QStringLiteral("/article/%1/%2").arg(language, id));
}

QUrl ContentUrl::stylesheet()
{
    return onContentHost(ArticleHtmlPage::stylesheetPath());
}

QUrl ContentUrl::glossaryTerm(const QString &language, const QString &id)
{
    return onContentHost(QStringLiteral("/glossary/%1/%2").arg(language, id));
}

std::optional<ContentUrl::ArticleRef> ContentUrl::parseGlossaryTerm(const QUrl &url)
{
    if (!isContentUrl(url))
        return std::nullopt;
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 3 || parts.at(0) != QLatin1String("glossary") || parts.at(1).isEmpty() || parts.at(2).isEmpty())
        return std::nullopt;
    return ArticleRef{parts.at(1), parts.at(2)};
}

QUrl ContentUrl::question(const QString &language, const QString &articleId, int index)
{
    return onContentHost(QStringLiteral("/question/%1/%2/%3").arg(language, articleId).arg(index));
}

std::optional<ContentUrl::QuestionRef> ContentUrl::parseQuestion(const QUrl &url)
{
    if (!isContentUrl(url))
        return std::nullopt;
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 4 || parts.at(0) != QLatin1String("question") || parts.at(1).size() != 2
        || !ArticleParser::isValidId(parts.at(2)))
        return std::nullopt;
    bool ok = false;
    const int index = parts.at(3).toInt(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return QuestionRef{parts.at(1), parts.at(2), index};
}

QUrl ContentUrl::standby()
{
    return onContentHost(QStringLiteral("/standby"));
}

bool ContentUrl::isContentUrl(const QUrl &url)
{
    return url.scheme() == QLatin1String(Scheme) && url.host() == QLatin1String(Host);
}

std::optional<ContentUrl::ArticleRef> ContentUrl::parseArticle(const QUrl &url)
{
    if (!isContentUrl(url))
        return std::nullopt;
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 3 || parts.at(0) != QLatin1String("article"))
        return std::nullopt;
    if (parts.at(1).size() != 2 || !ArticleParser::isValidId(parts.at(2)))
        return std::nullopt;
    return ArticleRef{parts.at(1), parts.at(2)};
}

std::optional<QString> ContentUrl::parseImage(const QUrl &url)
{
    if (!isContentUrl(url))
        return std::nullopt;
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 4 || parts.at(0) != QLatin1String("article") || parts.at(2) != QLatin1String("images"))
        return std::nullopt;
    // A plain file name only: no way to climb out of the images folder.
    static const QRegularExpression fileName(QStringLiteral("\\A[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)?\\z"));
    if (!fileName.match(parts.at(3)).hasMatch())
        return std::nullopt;
    return parts.at(3);
}
