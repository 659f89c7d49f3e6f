#include "QrDecoder.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace {

struct Scan
{
    bool found = false;
    QByteArray output;
};

Scan scan(const QImage &image, bool raw)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shown.png"));
    // Grey, uncompressed: a full-screen grab is written in a blink.
    if (!dir.isValid() || !image.convertToFormat(QImage::Format_Grayscale8).save(path, "PNG", 100))
        return {};
    QProcess zbar;
    QStringList arguments{QStringLiteral("-q")};
    if (raw)
        arguments.append(QStringLiteral("--raw"));
    arguments.append(path);
    zbar.start(QStringLiteral(KIOSK_ZBARIMG), arguments);
    if (!zbar.waitForFinished(30000))
        return {};
    // Exit status 4: the image was read and holds no code.
    return {zbar.exitStatus() == QProcess::NormalExit && zbar.exitCode() == 0, zbar.readAllStandardOutput()};
}

} // namespace

std::optional<QString> QrDecoder::decode(const QImage &image)
{
    const Scan result = scan(image, true);
    if (!result.found)
        return std::nullopt;
    QByteArray text = result.output;
    if (text.endsWith('\n'))
        text.chop(1); // zbarimg ends each code's text with a newline of its own
    return QString::fromUtf8(text);
}

int QrDecoder::count(const QImage &image)
{
    const Scan result = scan(image, false);
    return result.found ? int(result.output.count("QR-Code:")) : 0;
}
