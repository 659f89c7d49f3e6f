#include "LanguageManager.h"

#include "system/KioskLogging.h"

#include <QCoreApplication>
#include <QLocale>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

bool LanguageManager::apply(const QString &language)
{
    if (language == m_current)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    bool ok = true;
    if (language != QLatin1String("en")) {
        ok = m_translator.load(QStringLiteral(":/i18n/patient-kiosk_%1.qm").arg(language));
        if (ok)
            m_installed = QCoreApplication::installTranslator(&m_translator);
        else
            qCWarning(lcSession) << "no interface translation for" << language << "; the interface stays in English";
    }
    // installTranslator/removeTranslator post QEvent::LanguageChange to
    // every window; widgets retranslate in changeEvent().
    QLocale::setDefault(QLocale(language));
    m_current = language;
    return ok;
}
