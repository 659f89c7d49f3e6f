#pragma once

#include <QObject>
#include <QTranslator>

// Switches the whole interface between languages at once: installs the Qt
// Linguist translation for the chosen language (embedded under :/i18n) and
// sets the default locale, so every widget gets QEvent::LanguageChange and
// retranslates itself. English is the source language: no translator.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    bool apply(const QString &language);
    QString current() const { return m_current; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    QString m_current = QStringLiteral("en");
};
