#pragma once

#include <QList>
#include <QWidget>

class ArticleLibrary;
class LanguageSwitch;
class QGridLayout;
class QLabel;
class KineticScrollArea;
class QPushButton;
class TextSizeControl;
class TileButton;

// Home: the featured article on the dissociative state as a large card, a
// "more on this topic" tile that names its topic, and one tile per topic
// (the featured one too). Topics and their words come from the manifest.
// The tiles scroll: at 200 % text they no longer fit one screen.
class HomeScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(QWidget *parent = nullptr);

    void setClinicName(const QString &name); // empty: "Patient Education", translated
    void populate(const ArticleLibrary *library, const QString &language);
    LanguageSwitch *languageSwitch() const { return m_languageSwitch; }
    void setHighContrast(bool on);
    void setTextScale(double scale, bool canShrink, bool canEnlarge);
    // "My questions (n)": hidden until the patient has collected one.
    void setQuestionCount(int count);

signals:
    void enlargeRequested();
    void shrinkRequested();
    void highContrastToggled(bool on);
    void articleRequested(const QString &articleId);
    void topicRequested(const QString &topicId);
    void finishRequested();
    void myQuestionsRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void arrange();

    const ArticleLibrary *m_library = nullptr;
    QString m_language;
    QString m_clinicNameSetting; // empty: the kiosk's own name, translated
    QLabel *m_clinicName;
    QLabel *m_question;
    QPushButton *m_finish;
    QPushButton *m_contrast;
    QPushButton *m_myQuestions = nullptr;
    int m_questionCount = 0;
    TextSizeControl *m_textSize;
    LanguageSwitch *m_languageSwitch;
    TileButton *m_featured;
    TileButton *m_moreFeatured;
    QList<TileButton *> m_topicTiles;
    KineticScrollArea *m_scroll;
    QGridLayout *m_grid;
    bool m_landscape = false;
};
