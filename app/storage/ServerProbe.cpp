#include "ServerProbe.h"

#include <QLocalSocket>
#include <QTcpSocket>
#include <QTimer>

namespace wa {

ServerProbe::ServerProbe(const QString& host, int port, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_host(host), m_port(port), m_timeout(timeout)
{
}

void ServerProbe::start()
{
    QTimer::singleShot(m_timeout, this, [this] { answer(false); });
    if (m_host.startsWith(u'/')) {
        auto* socket = new QLocalSocket(this);
        m_socket = socket;
        connect(socket, &QLocalSocket::connected, this, [this] { answer(true); });
        connect(socket, &QLocalSocket::errorOccurred, this, [this] { answer(false); });
        socket->connectToServer(QStringLiteral("%1/.s.PGSQL.%2").arg(m_host).arg(m_port));
        return;
    }
    auto* socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this] { answer(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this] { answer(false); });
    socket->connectToHost(m_host, quint16(m_port));
}

void ServerProbe::answer(bool listening)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_socket)
        m_socket->deleteLater(); // not from inside its own signal
    m_socket = nullptr;
    // Never from inside start(): a local socket may connect at once.
    QMetaObject::invokeMethod(
        this, [this, listening] { emit answered(listening); }, Qt::QueuedConnection);
}

} // namespace wa
