#pragma once

#include <QTimer>
#include <QWidget>

class ArticleLibrary;
class LanguageSwitch;
class QLabel;
class QPushButton;

// The idle screen: the clinic's name, a large "Touch to begin", a slow
// rotation of article highlights, and the language choice. A tap anywhere
// outside the language buttons begins.
class AttractScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit AttractScreen(QWidget *parent = nullptr);

    void setClinicName(const QString &name);
    void setLibrary(const ArticleLibrary *library);
    void setLanguage(const QString &language);
    LanguageSwitch *languageSwitch() const { return m_languageSwitch; }
    QString highlightTitle() const;

    // Highlights change at most every 8 s: calm, no flashing (WCAG 2.3.1).
    static constexpr int HighlightIntervalMs = 8000;

signals:
    void beginRequested();
    void languageChosen(const QString &language);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showHighlight(int index);

    const ArticleLibrary *m_library = nullptr;
    QString m_language = QStringLiteral("en");
    QLabel *m_clinicName;
    QLabel *m_welcome;
    QLabel *m_highlightLabel;
    QLabel *m_highlightTitle;
    QLabel *m_highlightSummary;
    QPushButton *m_begin;
    LanguageSwitch *m_languageSwitch;
    QTimer m_rotation;
    int m_highlightIndex = 0;
};
