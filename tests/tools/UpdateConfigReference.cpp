// update_config_reference SOURCE_DIR: writes the generated part of each
// document that lists the config keys (ConfigReference::documents()) from
// KioskConfig::keys(), leaving the rest of each file as it is. Run it
// through the build: cmake --build --preset dev --target update-config-reference

#include "config/ConfigReference.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (QCoreApplication::arguments().size() != 2) {
        err << "usage: update_config_reference SOURCE_DIR\n";
        return 2;
    }
    const QDir source(QCoreApplication::arguments().at(1));
    int failures = 0;
    for (const ConfigReference::Document &document : ConfigReference::documents()) {
        const QString path = source.filePath(QString::fromLatin1(document.path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << path << ": cannot read: " << file.errorString() << "\n";
            ++failures;
            continue;
        }
        const QString before = QString::fromUtf8(file.readAll());
        file.close();
        const QString after = ConfigReference::updated(before, document);
        if (after.isNull()) {
            err << path << ": the markers are missing; put these two lines where the keys go:\n  "
                << ConfigReference::beginMarker(document.format) << "\n  "
                << ConfigReference::endMarker(document.format) << "\n";
            ++failures;
            continue;
        }
        if (after == before)
            continue;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(after.toUtf8()) < 0) {
            err << path << ": cannot write: " << file.errorString() << "\n";
            ++failures;
            continue;
        }
        QTextStream(stdout) << "updated " << document.path << "\n";
    }
    return failures == 0 ? 0 : 1;
}
