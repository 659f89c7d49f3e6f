#include "LanguageSwitch.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QPushButton>

LanguageSwitch::LanguageSwitch(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("languageSwitch"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(16);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton *button) { emit languageChosen(button->property("language").toString()); });
}

QString LanguageSwitch::nativeName(const QString &language)
{
    // QLocale would say "American English" / "español de España": a patient
    // looks for the plain name of their language.
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    if (const auto it = names.constFind(language); it != names.cend())
        return *it;
    QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name.at(0).toUpper();
    return name;
}

void LanguageSwitch::setLanguages(const QStringList &languages)
{
    const QList<QAbstractButton *> old = m_group->buttons();
    for (QAbstractButton *button : old) {
        m_group->removeButton(button);
        delete button;
    }
    for (const QString &language : languages) {
        auto *button = new QPushButton(nativeName(language), this);
        button->setObjectName(QStringLiteral("language_%1").arg(language));
        button->setProperty("kind", QStringLiteral("language"));
        button->setProperty("language", language);
        button->setCheckable(true);
        button->setAccessibleName(nativeName(language));
        m_group->addButton(button);
        m_layout->addWidget(button);
    }
    // One language is no choice: show the control only when there is one to make.
    setVisible(languages.size() > 1);
}

void LanguageSwitch::setCurrentLanguage(const QString &language)
{
    const QList<QAbstractButton *> buttons = m_group->buttons();
    for (QAbstractButton *button : buttons)
        button->setChecked(button->property("language").toString() == language);
}
