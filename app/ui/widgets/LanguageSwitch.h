#pragma once

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;

// A row of language buttons, each labelled in its own language ("English",
// "Español") so a patient recognises theirs whatever is showing. It offers
// only the languages the library has.
class LanguageSwitch final : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSwitch(QWidget *parent = nullptr);

    void setLanguages(const QStringList &languages);
    void setCurrentLanguage(const QString &language);

    static QString nativeName(const QString &language);

signals:
    void languageChosen(const QString &language);

private:
    QHBoxLayout *m_layout;
    QButtonGroup *m_group;
};
