#include "YamlSource.h"

std::optional<YAML::Node> YamlSource::load(const QByteArray &yaml, const QString &path, qsizetype maximumBytes,
                                           const QString &what, const QString &consequence,
                                           QList<ContentProblem> *problems)
{
    const QString then = consequence.isEmpty() ? QString() : QStringLiteral("; ") + consequence;
    // Only one byte past the limit is read: the file's real size is not
    // known here, so the message gives the limit alone.
    if (yaml.size() > maximumBytes) {
        problems->append(ContentProblem::error(
            path, 0,
            QStringLiteral("%1 is more than the %2 KiB limit%3").arg(what).arg(maximumBytes / 1024).arg(then)));
        return std::nullopt;
    }
    try {
        return YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        problems->append(ContentProblem::error(
            path, lineOf(e), QStringLiteral("%1 is not valid YAML (%2)%3").arg(what, toQString(e.msg), then)));
        return std::nullopt;
    }
}

QString YamlSource::toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int YamlSource::lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

int YamlSource::lineOf(const YAML::Exception &error)
{
    return error.mark.is_null() ? 0 : error.mark.line + 1;
}

bool YamlSource::isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}
