#include "TextInLanguage.h"

#include <QHash>
#include <QTranslator>

#include <memory>

QString TextInLanguage::translate(const QString &language, const char *context, const char *sourceText)
{
    if (language == QLatin1String("en"))
        return QString::fromUtf8(sourceText); // English is the source language
    // One translator per language, loaded once from the same embedded .qm
    // files LanguageManager installs; none of them is installed globally.
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    std::shared_ptr<QTranslator> &translator = translators[language];
    if (!translator) {
        translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/patient-kiosk_%1.qm").arg(language)))
            translator = std::make_shared<QTranslator>(); // empty: every lookup falls back to English
    }
    QString translated = translator->translate(context, sourceText);
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}
