#include "ReadingPreferences.h"

ReadingPreferences::ReadingPreferences(QObject *parent)
    : QObject(parent)
{
}

const QList<double> &ReadingPreferences::textScales()
{
    static const QList<double> scales{1.0, 1.25, 1.5, 1.75, 2.0};
    return scales;
}

void ReadingPreferences::enlarge()
{
    if (!canEnlarge())
        return;
    ++m_scaleIndex;
    emit textScaleChanged(textScale());
}

void ReadingPreferences::shrink()
{
    if (!canShrink())
        return;
    --m_scaleIndex;
    emit textScaleChanged(textScale());
}

void ReadingPreferences::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    emit highContrastChanged(on);
}

void ReadingPreferences::reset()
{
    if (m_scaleIndex != 0) {
        m_scaleIndex = 0;
        emit textScaleChanged(textScale());
    }
    setHighContrast(false);
}
