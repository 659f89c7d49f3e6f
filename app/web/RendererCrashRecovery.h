#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

class KioskWebPage;

// When a page's renderer process crashes or is killed, reloads it after the
// current event (never a dialog, never a blank screen for long). More than
// three crashes within 60 s means something is wrong with the content or
// the machine: it asks for a reset to the attract screen instead.
class RendererCrashRecovery final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCrashes = 3;
    static constexpr int WindowSeconds = 60;

    explicit RendererCrashRecovery(QObject *parent = nullptr);

    void watch(KioskWebPage *page);
    int recentCrashes() const { return int(m_crashes.size()); }

signals:
    void crashed(); // every crash, before the reload or the reset
    void tooManyCrashes(int crashes);

private:
    QList<QDateTime> m_crashes;
};
