#pragma once

#include <QByteArray>
#include <QList>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// A datagram socket standing in for systemd's NOTIFY_SOCKET: the test binds
// it, points the kiosk at it, and reads what the kiosk reports.
class NotifySocket final
{
public:
    explicit NotifySocket(const QByteArray &path)
        : m_fd(socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0))
    {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
        m_bound = m_fd >= 0 && bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(NotifySocket)

    bool isBound() const { return m_bound; }

    // One message if one is waiting, else an empty array.
    QByteArray receive()
    {
        char buffer[256];
        const ssize_t n = recv(m_fd, buffer, sizeof(buffer), 0);
        return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    }

    QList<QByteArray> drain()
    {
        QList<QByteArray> messages;
        for (QByteArray m = receive(); !m.isEmpty(); m = receive())
            messages.append(m);
        return messages;
    }

private:
    int m_fd;
    bool m_bound = false;
};
