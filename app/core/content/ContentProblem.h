#pragma once

#include <QString>

// One thing wrong with a content or config file, precise enough for a clinic's
// IT person to fix it: which file, which line, what is wrong and what to do.
struct ContentProblem
{
    enum class Severity {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 1-based; 0 when the problem is about the whole file
    QString message;

    bool isError() const { return severity == Severity::Error; }

    // "FILE:LINE: error: MESSAGE", the format compilers use, so editors can jump to it.
    QString toString() const
    {
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
        const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
        return QStringLiteral("%1: %2: %3").arg(where, kind, message);
    }

    static ContentProblem error(const QString &file, int line, const QString &message)
    {
        return {Severity::Error, file, line, message};
    }
    static ContentProblem warning(const QString &file, int line, const QString &message)
    {
        return {Severity::Warning, file, line, message};
    }
};
