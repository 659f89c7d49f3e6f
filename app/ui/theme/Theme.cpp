#include "Theme.h"

#include <QFont>
#include <QFontMetrics>
#include <QRegularExpression>

#include <cmath>

namespace Theme {

const Palette &standard()
{
    static const Palette palette{
        QColor(0xfd, 0xfc, 0xfa), // background: warm white, calmer than pure white
        QColor(0xff, 0xff, 0xff), // surface
        QColor(0x1a, 0x1a, 0x1a), // text: 17:1 on background
        QColor(0x45, 0x45, 0x45), // muted: 9.6:1
        QColor(0x00, 0x56, 0x5c), // accent: deep teal, 8.2:1 with white
        QColor(0xff, 0xff, 0xff), // on accent
        QColor(0x6b, 0x6b, 0x6b), // border: 5.2:1
        QColor(0xb3, 0x4a, 0x00), // focus: dark orange, 5:1, distinct from the teal
        QColor(0x8a, 0x8a, 0x8a), // disabled: grey, plainly dimmer than the teal
    };
    return palette;
}

const Palette &highContrast()
{
    static const Palette palette{
        QColor(0x00, 0x00, 0x00), // background
        QColor(0x00, 0x00, 0x00), // surface
        QColor(0xff, 0xff, 0xff), // text: 21:1
        QColor(0xe6, 0xe6, 0xe6), // muted: 16.8:1
        QColor(0xff, 0xd4, 0x00), // accent: yellow, 14.6:1 on black
        QColor(0x00, 0x00, 0x00), // on accent
        QColor(0xff, 0xff, 0xff), // border
        QColor(0x00, 0xe5, 0xff), // focus: cyan, distinct from the yellow
        QColor(0x80, 0x80, 0x80), // disabled: mid grey, plainly dimmer than white and yellow
    };
    return palette;
}

namespace {
const Palette *g_current = nullptr;
double g_textScale = 1.0;

// Text grows by the patient's whole setting; the words on controls by half
// of it, so that a row of buttons still fits the screen at 200 %.
int scaled(int px, double scale)
{
    return int(std::lround(px * scale));
}

double controlScale(double textScale)
{
    return 1.0 + (textScale - 1.0) / 2.0;
}

QString withTextScale(QString sheet, double textScale)
{
    static const QRegularExpression textSize(QStringLiteral("font-size: (\\d+)px"));
    static const QRegularExpression controlSize(QStringLiteral("font-size: (\\d+)ctl"));
    auto replaceAll = [&sheet](const QRegularExpression &pattern, double scale) {
        QString out;
        qsizetype last = 0;
        for (auto it = pattern.globalMatch(sheet); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(sheet).mid(last, m.capturedStart() - last);
            out += QStringLiteral("font-size: %1px").arg(scaled(m.captured(1).toInt(), scale));
            last = m.capturedEnd();
        }
        out += QStringView(sheet).mid(last);
        sheet = out;
    };
    replaceAll(textSize, textScale);
    replaceAll(controlSize, controlScale(textScale));
    return sheet;
}
} // namespace

const Palette &current()
{
    return g_current ? *g_current : standard();
}

void setCurrent(const Palette &palette, double textScale)
{
    g_current = &palette;
    g_textScale = textScale;
}

int textPixels(int basePixels)
{
    return scaled(basePixels, g_textScale);
}

int readableWidth(int characters)
{
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(textPixels(ListPixelSize));
    return QFontMetrics(body).averageCharWidth() * characters;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString styleSheet(const Palette &p, double textScale)
{
    // %1 background, %2 surface, %3 text, %4 muted, %5 accent, %6 on-accent,
    // %7 border, %8 focus, %9 disabled. Sizes in "px" are text and follow the
    // patient's text size; sizes in "ctl" are the words on controls.
    const QString sheet =
        QStringLiteral(R"(
QWidget#kioskWindow, QWidget[screen="true"] { background: %1; color: %3; }
QWidget { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 28px; color: %3; }
QLabel { background: transparent; }
QLabel[role="screenTitle"] { font-size: 46px; font-weight: bold; }
QLabel[role="clinicName"] { font-size: 34px; font-weight: bold; color: %5; }
QLabel[role="lead"] { font-size: 32px; }
QLabel[role="muted"] { color: %4; }
QLabel[role="barTitle"] { font-size: 32px; font-weight: bold; }
QLabel[role="disclaimerText"] { font-size: 30px; }

QPushButton {
    min-height: 96px; min-width: 120px; padding: 0 36px;
    border: 3px solid %5; border-radius: 18px;
    background: %2; color: %5; font-size: 30ctl; font-weight: bold;
}
QPushButton:pressed { background: %4; color: %1; }
QPushButton[kind="primary"] { background: %5; color: %6; border-color: %5; font-size: 36ctl; min-height: 128px; }
QPushButton[kind="primary"]:pressed { background: %3; color: %1; }
QPushButton[kind="tool"] { min-height: 80px; min-width: 96px; padding: 0 20px; font-size: 28ctl; }
QPushButton[kind="tool"]:checked { background: %5; color: %6; }
QPushButton[kind="language"] { min-height: 80px; min-width: 140px; padding: 0 24px; font-size: 28ctl; }
QPushButton[kind="language"]:checked { background: %5; color: %6; }
QWidget[keyboardNavigation="true"] QPushButton:focus { border: 5px solid %8; }
/* Disabled: grey words in a dashed grey frame, plainly not a live button
   in either palette (never brighter than the working ones). */
QPushButton:disabled, QPushButton[kind="tool"]:disabled { color: %9; border: 3px dashed %9; background: %1; }
QLabel[role="textSize"] { font-size: 26ctl; font-weight: bold; color: %3; }

QWidget#navigationBar { background: %2; border-bottom: 3px solid %7; }

QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; border: none; }
QScrollBar:vertical { width: 16px; background: transparent; }
QScrollBar::handle:vertical { background: %7; border-radius: 8px; min-height: 80px; }
QScrollBar::add-line, QScrollBar::sub-line { height: 0; }

QWidget#attractScreen { background: %5; }
QWidget#attractScreen QLabel { color: %6; }
QWidget#attractScreen QLabel[role="clinicName"] { color: %6; }
QWidget#attractScreen QPushButton[kind="primary"] { background: %6; color: %5; border-color: %6; font-size: 40ctl; min-height: 200px; }
QWidget#attractScreen QPushButton[kind="language"] { background: transparent; color: %6; border-color: %6; }
QWidget#attractScreen QPushButton[kind="language"]:checked { background: %6; color: %5; }
QWidget[keyboardNavigation="true"] QWidget#attractScreen QPushButton:focus { border: 5px solid #ffd27a; }
QFrame#highlightCard { background: transparent; border: 2px solid %6; border-radius: 24px; }
QLabel#highlightLabel { font-size: 24px; font-weight: bold; letter-spacing: 1px; }
QLabel[role="highlightTitle"] { font-size: 36px; font-weight: bold; }
QLabel[role="invitation"] { font-size: 46px; font-weight: bold; }
QLabel[role="invitationSecond"] { font-size: 46px; font-weight: bold; }
QLabel[role="invitationDetail"] { font-size: 30px; }

QWidget#idleWarningOverlay { background: rgba(0, 0, 0, 0.72); }
QFrame#idleWarningCard { background: %2; border-radius: 28px; border: 3px solid %5; }
QWidget#readingTools { background: %2; border-bottom: 2px solid %7; }
QWidget#readingTools[inBar="true"] { border-bottom: none; }
QWidget#readingProgress { background: %1; }
QLabel#readingProgressText { font-size: 24ctl; color: %4; }
QWidget#noticeBanner { background: %3; border-radius: 20px; }
QWidget#goodbyeOverlay { background: %1; }
QWidget#helpLine { background: %2; border-top: 3px solid %7; }
QLabel#helpLineText { font-size: 26ctl; font-weight: bold; }
QPushButton[kind="helpLine"] { min-height: 72px; padding: 0 28px; font-size: 26ctl; }
QWidget#glossaryCard { background: %2; border: 3px solid %5; border-radius: 24px; }
QLabel#glossaryWord { font-size: 34px; font-weight: bold; color: %5; }
QLabel#glossaryExplanation { font-size: 30px; }
QWidget#myQuestionsCard { background: %2; border: 3px solid %5; border-radius: 24px; }
QLabel#myQuestionsTitle { font-size: 40px; font-weight: bold; color: %5; }
QLabel[role="question"] { font-size: 30px; }
QLabel#myQuestionsCaption { font-size: 28px; }
QLabel#myQuestionsCode { background: #ffffff; }
QWidget#noticeBanner QLabel { color: %1; font-size: 30ctl; font-weight: bold; }
)")
            .arg(p.background.name(), p.surface.name(), p.text.name(), p.mutedText.name(), p.accent.name(),
                 p.onAccent.name(), p.border.name(), p.focus.name(), p.disabled.name());
    return withTextScale(sheet, textScale);
}

} // namespace Theme
