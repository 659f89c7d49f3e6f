#pragma once

#include <QColor>
#include <QString>

// The kiosk's look in one place: colours chosen for contrast (body text
// 17:1, never below 7:1 for any text), sizes chosen for touch (targets of
// 96 px and more, far above the 48 px minimum) and for reading at arm's
// length. Widgets use object names and dynamic properties; this file holds
// the style sheet that turns them into the kiosk's screens.
namespace Theme {

struct Palette
{
    QColor background; // screens
    QColor surface;    // cards and tiles
    QColor text;       // body text
    QColor mutedText;  // secondary lines
    QColor accent;     // primary buttons, headings
    QColor onAccent;   // text on accent
    QColor border;     // control outlines (3:1 or more against background)
    QColor focus;      // keyboard focus ring
};

const Palette &standard();
const Palette &highContrast(); // white and yellow on black: every text 7:1 or more
// The palette the screens use now (custom-painted widgets read it).
const Palette &current();
void setCurrent(const Palette &palette);

// WCAG 2.x relative-luminance contrast ratio, 1.0 to 21.0.
double contrastRatio(const QColor &a, const QColor &b);

QString styleSheet(const Palette &palette);

constexpr int MinimumTouchTarget = 48; // px, WCAG 2.5.5 / platform guidelines
constexpr int ButtonHeight = 96;
constexpr int BodyPixelSize = 28;

} // namespace Theme
