#pragma once

#include <QImage>
#include <QString>

#include <optional>

// A real QR decoder for the tests: zbarimg (Debian zbar-tools) on a PNG of
// what is shown, so a code the kiosk draws is proven readable by software
// that knows nothing of how it was made. The binary's path comes from
// configure time (KIOSK_ZBARIMG).
class QrDecoder final
{
public:
    // The text of the one code in `image`, exactly (UTF-8, line breaks and
    // all); nullopt when zbarimg finds no code.
    static std::optional<QString> decode(const QImage &image);
    // How many codes zbarimg finds in `image`.
    static int count(const QImage &image);
};
