#include "TopicIcon.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace {

// The drawings as read from the resource, by topic id (an empty entry: no
// drawing). Read once: the home screen redraws its tiles at every text size
// and theme change.
QByteArray drawing(const QString &topicId)
{
    static QHash<QString, QByteArray> cache;
    const auto found = cache.constFind(topicId);
    if (found != cache.cend())
        return *found;
    QByteArray svg;
    QFile file(QStringLiteral(":/icons/topics/%1.svg").arg(topicId));
    if (!topicId.contains(QLatin1Char('/')) && file.open(QIODevice::ReadOnly))
        svg = file.readAll();
    cache.insert(topicId, svg);
    return svg;
}

} // namespace

bool TopicIcon::exists(const QString &topicId)
{
    return !drawing(topicId).isEmpty();
}

QPixmap TopicIcon::render(const QString &topicId, int pixels, const QColor &colour, qreal devicePixelRatio)
{
    QByteArray svg = drawing(topicId);
    if (svg.isEmpty() || pixels <= 0)
        return {};
    svg.replace("#000000", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    const int side = qRound(pixels * devicePixelRatio);
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, side, side));
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}
