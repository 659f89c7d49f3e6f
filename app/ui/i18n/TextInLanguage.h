#pragma once

#include <QString>

// The interface's words in one named language, whatever language the
// interface shows now: the welcome screen invites in every language at
// once, before anyone has chosen. Strings are marked for Qt Linguist with
// QT_TRANSLATE_NOOP(context, text) where they are written.
class TextInLanguage final
{
public:
    static QString translate(const QString &language, const char *context, const char *sourceText);
};
