#pragma once

#include <QList>
#include <QPoint>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class ArticleLibrary;
class QBoxLayout;
class QGraphicsOpacityEffect;
class QTimeLine;
class QLabel;
class QPushButton;

// The welcome (idle) screen, in every language at once, as hospital check-in
// kiosks open: the clinic's name, the invitation in each language, a slow
// rotation of article highlights (each title in each language), and one
// large, equal "Touch to begin" per language, each in its own words. That
// button chooses the language and begins; a tap anywhere else begins in the
// kiosk's default language.
class AttractScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit AttractScreen(QWidget *parent = nullptr);

    // Empty: the kiosk's own name, translated ("Patient Education").
    void setClinicName(const QString &name);
    void setLibrary(const ArticleLibrary *library);
    // The language a tap outside the buttons begins in (the kiosk's default).
    void setLanguage(const QString &language);
    QString highlightTitle() const; // in the first language shown
    // While the display sleeps (DisplaySleep): no highlight rotation, even
    // though the screen is still "shown" under the black sleep screen.
    void pauseRotation();
    void resumeRotation();
    bool isRotating() const { return m_rotation.isActive(); }

    // Highlights change at most every 8 s: calm, no flashing (WCAG 2.3.1).
    static constexpr int HighlightIntervalMs = 8000;
    // The new highlight fades in over this long: motion, never a flash.
    static constexpr int FadeMs = 900;
    static constexpr int FadeSteps = 12;
    // With each highlight the whole screen drifts a few pixels along a
    // small circle, so no pixel shows the same thing all day (burn-in on
    // a screen left on for years). Small enough that a finger on its way
    // to a 200 px button still lands on it.
    static constexpr int DriftPixels = 14;
    QPoint drift() const { return m_drift; }

signals:
    void beginRequested(const QString &language);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildForLanguages();
    void showHighlight(int index);
    // The timer's step: the next highlight, faded in, and the next drift.
    void rotate();
    void applyDrift();

    const ArticleLibrary *m_library = nullptr;
    QString m_language = QStringLiteral("en");
    QString m_clinicNameSetting;
    QStringList m_languages;
    QLabel *m_clinicName;
    QWidget *m_invitations;
    QLabel *m_highlightLabel;
    QLabel *m_highlightIcon;
    QWidget *m_highlightWords;
    QGraphicsOpacityEffect *m_fade;
    QTimeLine *m_fadeIn;
    QBoxLayout *m_layout;
    QPoint m_drift;
    int m_driftStep = 0;
    QWidget *m_highlightTitles;
    QWidget *m_beginButtons;
    QBoxLayout *m_beginLayout;
    QList<QLabel *> m_titleLabels;
    QTimer m_rotation;
    int m_highlightIndex = 0;
    bool m_rotationPaused = false;
};
