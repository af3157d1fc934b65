#pragma once

#include <QObject>
#include <QString>

#include <chrono>

namespace wa {

// Whether a server listens at a host and port, or at a Unix socket, found without blocking: the event loop
// carries the connection attempt, so that a server dropping packets never freezes a window for the length of
// a timeout. Answers once, then closes what it opened.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    // host: a name or address, or a folder holding the socket (as libpq takes it: it starts with '/'), whose
    // socket is named after the port the way PostgreSQL names it (.s.PGSQL.5432).
    ServerProbe(const QString& host, int port, std::chrono::milliseconds timeout, QObject* parent = nullptr);

    void start();

signals:
    void answered(bool listening);

private:
    void answer(bool listening);

    QString m_host;
    int m_port;
    std::chrono::milliseconds m_timeout;
    QObject* m_socket = nullptr;
    bool m_answered = false;
};

} // namespace wa
