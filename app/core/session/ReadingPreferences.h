#pragma once

#include <QList>
#include <QObject>

// One patient's reading aids: text size and high contrast. They follow the
// patient from article to article and are forgotten at the reset.
class ReadingPreferences final : public QObject
{
    Q_OBJECT

public:
    explicit ReadingPreferences(QObject *parent = nullptr);

    static const QList<double> &textScales(); // 1.0, 1.25, 1.5, 1.75, 2.0
    double textScale() const { return textScales().at(m_scaleIndex); }
    bool canEnlarge() const { return m_scaleIndex + 1 < textScales().size(); }
    bool canShrink() const { return m_scaleIndex > 0; }
    bool highContrast() const { return m_highContrast; }

public slots:
    void enlarge();
    void shrink();
    void setHighContrast(bool on);
    void reset();

signals:
    void textScaleChanged(double scale);
    void highContrastChanged(bool on);

private:
    int m_scaleIndex = 0;
    bool m_highContrast = false;
};
