#pragma once

#include <QString>

// CommonMark to HTML through md4c (a small, fast, well-tested C parser that
// Debian ships), with the kiosk's safety rules applied to the output.
class MarkdownRenderer final
{
public:
    // Raw HTML in the Markdown is escaped, never passed through: an article
    // cannot inject scripts, forms or iframes. Links that leave the kiosk's own
    // content (anything with a scheme, or protocol-relative) become plain text,
    // so a patient can read an address but never follow it.
    static QString toHtml(const QString &markdown);

    // True for a link target that stays inside the kiosk: a bare article id
    // or another relative path without a scheme.
    static bool isInternalLink(const QString &href);
};
