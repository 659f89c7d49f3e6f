#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

// The calm line drawing of a topic (resources/icons/topics/<id>.svg) in a
// colour of the current theme. The drawings use one colour, #000000, which
// is replaced before Qt SVG draws them, so one file serves the standard and
// the high-contrast theme. A topic a clinic adds without a drawing has
// none: its tile shows only words, never a broken picture.
namespace TopicIcon {

bool exists(const QString &topicId);
// A null pixmap when the topic has no drawing.
QPixmap render(const QString &topicId, int pixels, const QColor &colour, qreal devicePixelRatio = 1.0);

} // namespace TopicIcon
