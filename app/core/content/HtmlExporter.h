#pragma once

#include <QString>
#include <QStringList>

class ArticleLibrary;

// Writes the library as a static website, the same rendering the kiosk
// shows: <dir>/index.html, <dir>/article.css, <dir>/images/, and
// <dir>/<language>/<id>.html for every article in every language (the
// paths TakeHomeLink puts in the kiosk's QR codes), with an index.html in
// each language folder.
class HtmlExporter final
{
public:
    // Returns the files written; on failure an empty list and `error` set.
    static QStringList exportLibrary(const ArticleLibrary &library, const QString &directory, QString *error);
};
