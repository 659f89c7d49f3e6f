#pragma once

#include <QStringList>
#include <QWidget>

class KineticScrollArea;
class LanguageSwitch;
class QLabel;
class QPushButton;

// The required disclaimer. Nothing else is reachable until "I understand" is
// tapped, and every new patient sees it again (the SessionController rule;
// this screen only shows it).
class DisclaimerScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit DisclaimerScreen(QWidget *parent = nullptr);

    // The clinic's own text replaces the built-in one (paragraphs).
    void setCustomText(const QStringList &paragraphs);
    // The clinic's disclaimer file: UTF-8 text, paragraphs separated by blank
    // lines. Unreadable or empty means the built-in text (an empty list),
    // never an empty disclaimer.
    static QStringList paragraphsFromFile(const QString &path);
    QString text() const;
    LanguageSwitch *languageSwitch() const { return m_languageSwitch; }
    void setListenAvailable(bool available);
    QString plainText() const;
    void scrollToTop();

    static QStringList builtInParagraphs();

signals:
    void acknowledged();
    void backRequested();
    void listenRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_body;
    KineticScrollArea *m_scroll;
    QPushButton *m_back;
    QPushButton *m_acknowledge;
    QPushButton *m_listen;
    LanguageSwitch *m_languageSwitch;
    QStringList m_customParagraphs;
};
