#pragma once

#include "content/ContentProblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <yaml-cpp/yaml.h>

// The content folder's YAML files (topics.yaml, glossary.yaml) as yaml-cpp
// reads them, with the same bounds and the same file:line problems for
// every file, and the small conversions their parsers share.
class YamlSource final
{
public:
    // The document, or nothing and one problem: the file is larger than
    // `maximumBytes` (checked before yaml-cpp sees it: a 10 MB file took
    // 12 s and 1.3 GB), or it is not YAML. `what` names the file for
    // people ("topic manifest"), `consequence` says what the kiosk does
    // then ("the articles are shown without its explanations"; may be empty).
    static std::optional<YAML::Node> load(const QByteArray &yaml, const QString &path, qsizetype maximumBytes,
                                          const QString &what, const QString &consequence,
                                          QList<ContentProblem> *problems);

    static QString toQString(const std::string &text);
    // 1-based; 0 when yaml-cpp knows no place.
    static int lineOf(const YAML::Node &node);
    static int lineOf(const YAML::Exception &error);
    // A missing key on a const node is an "invalid" node whose type queries
    // throw; this asks IsDefined() first.
    static bool isScalar(const YAML::Node &node);
};
