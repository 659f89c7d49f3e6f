#pragma once

#include <QList>
#include <QWidget>

class ArticleLibrary;
class LanguageSwitch;
class QGridLayout;
class QLabel;
class QPushButton;
class TileButton;

// Home: the featured article on the dissociative state as a large card, and
// one tile per topic. Topics and their words come from the manifest.
class HomeScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(QWidget *parent = nullptr);

    void setClinicName(const QString &name);
    void populate(const ArticleLibrary *library, const QString &language);
    LanguageSwitch *languageSwitch() const { return m_languageSwitch; }
    void setHighContrast(bool on);

signals:
    void highContrastToggled(bool on);
    void articleRequested(const QString &articleId);
    void topicRequested(const QString &topicId);
    void finishRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void arrange();

    const ArticleLibrary *m_library = nullptr;
    QString m_language;
    QLabel *m_clinicName;
    QLabel *m_question;
    QPushButton *m_finish;
    QPushButton *m_contrast;
    LanguageSwitch *m_languageSwitch;
    TileButton *m_featured;
    QPushButton *m_moreFeatured;
    QList<TileButton *> m_topicTiles;
    QGridLayout *m_grid;
    bool m_landscape = false;
};
