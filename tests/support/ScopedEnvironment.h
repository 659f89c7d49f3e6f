#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <optional>
#include <utility>

// Environment variables set (or unset) for one scope of a test, and put
// back as they were when the scope ends, also when a QVERIFY fails and
// returns early: a NOTIFY_SOCKET left behind would point the next test's
// notifier at a socket that is gone.
class ScopedEnvironment final
{
public:
    ScopedEnvironment() = default;
    ~ScopedEnvironment()
    {
        // In reverse, so a name changed twice ends as it first was.
        for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
            if (it->second)
                qputenv(it->first.constData(), *it->second);
            else
                qunsetenv(it->first.constData());
        }
    }
    Q_DISABLE_COPY_MOVE(ScopedEnvironment)

    void set(const char *name, const QByteArray &value)
    {
        save(name);
        qputenv(name, value);
    }

    void unset(const char *name)
    {
        save(name);
        qunsetenv(name);
    }

private:
    void save(const char *name)
    {
        std::optional<QByteArray> previous;
        if (qEnvironmentVariableIsSet(name))
            previous = qgetenv(name);
        m_saved.append({QByteArray(name), previous});
    }

    QList<std::pair<QByteArray, std::optional<QByteArray>>> m_saved;
};
