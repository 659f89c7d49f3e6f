#pragma once

#include "usage/UsageStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

class KioskConfig;
class KioskWindow;

// Connects the kiosk's own events to the anonymous reading statistics
// (UsageStore): a patient session from the first touch to the reset, an
// article opened, read to the end, read aloud. Each counts once per
// session, so a count means "patients who did it" and Back or a language
// switch does not count twice. What one patient did is held only until
// the reset, in memory. The staff panel's "most read" list comes from here
// too. A child of the window; main() makes one, and so can a test.
class UsageRecorder final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TopArticleCount = 5;

    UsageRecorder(KioskWindow *window, const KioskConfig &config, UsageStore::Options options = {});
    UsageRecorder(KioskWindow *window, UsageStore::Options options);

    UsageStore *store() const { return m_store; }

private:
    void onLocationChanged();
    void onSessionEnding();
    void recordOpen(const QString &articleId);
    // The article's language as shown (a missing translation is read in English).
    QString shownLanguage(const QString &articleId, const QString &language) const;
    bool firstThisSession(const QString &event, const QString &articleId, const QString &language);
    void showTopArticles(quint64 request, const UsageCounts &counts);

    KioskWindow *m_window;
    UsageStore *m_store;
    QElapsedTimer m_session; // running from the first touch to the reset
    qint64 m_lastTouchMs = 0;
    QSet<QString> m_counted; // this session's "event/article/language", forgotten at the reset
    quint64 m_topRequest = 0;
};
