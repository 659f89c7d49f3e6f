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
    QColor disabled;   // words and frame of a control that does nothing now
};

const Palette &standard();
const Palette &highContrast(); // white and yellow on black: every text 7:1 or more
// The palette the screens use now (custom-painted widgets read it).
const Palette &current();
// The patient's text size (1.0 to 2.0) applies to every patient screen.
void setCurrent(const Palette &palette, double textScale = 1.0);
int textPixels(int basePixels); // a text size in px at the current scale
// The width of a line of `characters` average characters of list text
// (a tile's 26 px line) at the current scale: lists and cards keep lines
// near 70 characters, the length people read most easily, however wide
// the screen.
int readableWidth(int characters = 70);

// WCAG 2.x relative-luminance contrast ratio, 1.0 to 21.0.
double contrastRatio(const QColor &a, const QColor &b);

QString styleSheet(const Palette &palette, double textScale = 1.0);

constexpr int MinimumTouchTarget = 48; // px, WCAG 2.5.5 / platform guidelines
constexpr int ButtonHeight = 96;
constexpr int BodyPixelSize = 28;
constexpr int ListPixelSize = 26; // a tile's line of explanation

} // namespace Theme
