#include "TakeHomeLink.h"

TakeHomeLink::TakeHomeLink(const QUrl &base)
{
    if (!isValidBase(base))
        return;
    m_base = base;
    // "https://clinic.example/learn" means the folder learn/, not a page
    // called learn next to which the articles would go.
    if (!m_base.path().endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
}

bool TakeHomeLink::isValidBase(const QUrl &base, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!base.isValid() || base.isRelative())
        return fail(QStringLiteral("it is not a complete web address"));
    if (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http"))
        return fail(QStringLiteral("it must start with https:// (or http://)"));
    if (base.host().isEmpty())
        return fail(QStringLiteral("it has no host name"));
    if (!base.userInfo().isEmpty())
        return fail(QStringLiteral("it must not hold a user name or password"));
    if (base.hasQuery() || base.hasFragment())
        return fail(QStringLiteral("it must not have a ?query or #fragment, which every patient's code would carry"));
    return true;
}

QString TakeHomeLink::exportPath(const QString &language, const QString &articleId)
{
    return QStringLiteral("%1/%2.html").arg(language, articleId);
}

QString TakeHomeLink::languageIndexPath(const QString &language)
{
    return QStringLiteral("%1/index.html").arg(language);
}

QUrl TakeHomeLink::articleUrl(const QString &language, const QString &articleId) const
{
    if (!isEnabled())
        return {};
    return m_base.resolved(QUrl(exportPath(language, articleId)));
}
