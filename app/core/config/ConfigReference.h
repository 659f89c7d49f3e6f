#pragma once

#include <QList>
#include <QString>

// Every document that lists the config keys is written from
// KioskConfig::keys(), so a key is described once, in its table row:
//
// - markdown: the rows of the configuration table in docs/IT.md;
// - man: the key list in the man page's FILES section (troff);
// - ini: the body of the example config the package installs, one section
//   after another, each key commented out at its default (or set, where the
//   package sets it).
//
// `patient-kiosk --print-config-reference FORMAT` prints them, and the
// `update-config-reference` build target writes them into the three source
// files between their markers; tst_configreference fails, naming the file
// and the command, when a file and the table disagree. The PIN keys
// (Kind::Secret) are left out: --set-pin writes them, nobody edits them.
class ConfigReference final
{
public:
    enum class Format {
        Markdown,
        Man,
        Ini
    };
    // Installed: the paths this build uses (/var/lib/patient-kiosk/...).
    // Template: the source templates' @KIOSK_STATE_DIR@ in their place, for
    // the man page and example config that CMake configures.
    // Debian: the Debian package's paths whatever this build uses, for
    // docs/IT.md (which documents the package).
    enum class Paths {
        Installed,
        Template,
        Debian
    };

    // A source file with a generated part, relative to the source folder.
    struct Document
    {
        const char *path;
        Format format;
        Paths paths;
    };
    static const QList<Document> &documents();
    // `fileText` with its generated part brought up to date; a null string
    // when its markers are missing.
    static QString updated(const QString &fileText, const Document &document);

    // "markdown", "man" or "ini", each with ".in" for the template paths;
    // false for anything else.
    static bool parseFormat(const QString &name, Format *format, Paths *paths);
    static QString generate(Format format, Paths paths = Paths::Installed);

    // The lines between `begin` and `end` (both whole lines, not included)
    // of `text`; a null string when either marker is missing.
    static QString between(const QString &text, const QString &begin, const QString &end);
    // `text` with the part between the markers replaced by `body`; a null
    // string when either marker is missing.
    static QString replaceBetween(const QString &text, const QString &begin, const QString &end, const QString &body);

    // The marker lines in each file.
    static QString beginMarker(Format format);
    static QString endMarker(Format format);
};
