#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace {

constexpr unsigned int Utf8Eci = 26; // ISO/IEC 18004 Extended Channel Interpretation: UTF-8

} // namespace

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty() || bytes.size() > MaximumBytes)
        return code;
    // Version 0: the smallest that holds the bytes. 8-bit mode keeps the
    // text exactly as written (accents, line breaks), and the ECI header
    // says it is UTF-8: without it, decoders guess the byte mode's charset,
    // and zbar read "atención" as Shift JIS.
    const std::unique_ptr<QRinput, decltype(&QRinput_free)> input(QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    if (!input || QRinput_appendECIheader(input.get(), Utf8Eci) != 0
        || QRinput_append(input.get(), QR_MODE_8, int(bytes.size()),
                          reinterpret_cast<const unsigned char *>(bytes.constData()))
               != 0)
        return code;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(QRcode_encodeInput(input.get()), &QRcode_free);
    if (!encoded || encoded->width <= 0)
        return code;
    code.m_size = encoded->width;
    code.m_dark.resize(code.m_size * code.m_size);
    for (int i = 0; i < code.m_dark.size(); ++i)
        code.m_dark[i] = (encoded->data[i] & 1) != 0; // bit 0: dark module; the others are encoder notes
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(y * m_size + x);
}

QString QrCode::toSvg(const QString &title) const
{
    if (isNull())
        return {};
    // One horizontal run per stretch of dark modules: a few hundred bytes
    // of path instead of a rectangle per module, so the page stays small.
    QString path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (isDark(x + run, y))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + QuietZoneModules).arg(y + QuietZoneModules).arg(run);
            x += run;
        }
    }
    const int side = sizeWithQuietZone();
    return QStringLiteral("<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" "
                          "role=\"img\" aria-label=\"%2\" shape-rendering=\"crispEdges\">"
                          "<rect width=\"%1\" height=\"%1\" fill=\"#fff\"/><path fill=\"#000\" d=\"%3\"/></svg>")
        .arg(side)
        .arg(title.toHtmlEscaped(), path);
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    if (isNull() || pixelsPerModule < 1)
        return {};
    const int side = sizeWithQuietZone() * pixelsPerModule;
    // Written pixel by pixel, without QPainter: exact module edges, and it
    // works in a command-line tool that has no GUI application.
    QImage image(side, side, QImage::Format_RGB32);
    for (int row = 0; row < side; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const int y = row / pixelsPerModule - QuietZoneModules;
        for (int column = 0; column < side; ++column)
            line[column] = isDark(column / pixelsPerModule - QuietZoneModules, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
    }
    return image;
}
