#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QVector>

// A QR code for some text, encoded by libqrencode (never by hand), as the
// square grid of dark and light modules a phone reads. It draws itself
// black on white with the four-module quiet zone the standard asks for, so
// a camera finds its edges whatever the page or theme behind it (high
// contrast is white on black: a QR code must not follow it).
class QrCode final
{
public:
    // Up to this many bytes of UTF-8: beyond it the code gets too dense for
    // a phone at arm's length on a kiosk screen (version 20 at level M is
    // about 97 modules), so the caller must say less.
    static constexpr int MaximumBytes = 600;
    static constexpr int QuietZoneModules = 4;

    // Byte mode, UTF-8 (declared by an ECI header), error correction level M (15 %: a fingerprint or a
    // glare on the glass still reads). Invalid (isNull()) when `text` is
    // empty, too long, or libqrencode fails.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    // Modules per side with the quiet zone on every edge.
    int sizeWithQuietZone() const { return m_size + 2 * QuietZoneModules; }
    bool isDark(int x, int y) const;

    // One SVG element (quiet zone included) that scales to any size and
    // stays crisp: one white square and one path of dark modules. `title`
    // is its accessible name; it carries no script and fetches nothing, so
    // the articles' Content-Security-Policy is kept.
    QString toSvg(const QString &title) const;
    // A black-on-white image, `pixelsPerModule` pixels for each module,
    // quiet zone included (for widgets, and for the tests' decoder).
    QImage toImage(int pixelsPerModule) const;

private:
    int m_size = 0;
    QVector<bool> m_dark; // row by row, m_size * m_size
};
