#include "TestHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace wa::test {

QByteArray TestHttpServer::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int TestHttpServer::Request::count(const QByteArray& name) const
{
    int n = 0;
    for (const auto& header : headers)
        n += header.first.compare(name, Qt::CaseInsensitive) == 0;
    return n;
}

TestHttpServer::TestHttpServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

TestHttpServer::~TestHttpServer()
{
    // The sockets are the QTcpServer's children and die after this object's members: they must not call back.
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
        socket->disconnect(this);
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void TestHttpServer::readFrom(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // One request at a time per connection: headers, then Content-Length bytes of body.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        length = request.header("Content-Length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        const Response response = m_byTarget.contains(request.target) ? m_byTarget.value(request.target)
                                  : m_queue.isEmpty()                 ? m_default
                                                                      : m_queue.takeFirst();
        emit requestReceived();
        QPointer<QTcpSocket> guard(socket);
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    answer(guard, response);
            });
        else
            answer(socket, response);
    }
}

void TestHttpServer::answer(QTcpSocket* socket, const Response& response)
{
    if (response.ending == Response::Ending::CloseWithoutAnswer) {
        socket->abort();
        return;
    }
    if (response.ending == Response::Ending::NotHttp) {
        socket->write("SSH-2.0-OpenSSH_9.2p1\r\n\r\n");
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    const qint64 length = response.contentLength.value_or(response.body.size());
    if (length == Response::NoLength)
        head += "Connection: close\r\n";
    else
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    bool hasType = false;
    for (const auto& [name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        head += "Content-Type: application/json\r\n";
    head += "\r\n";
    socket->write(head);
    if (response.ending == Response::Ending::CutMidAnswer) {
        socket->write(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    }
    socket->write(response.body);
    if (length == Response::NoLength)
        socket->disconnectFromHost(); // after the body is written: its end
}

TestHttpServer::Response TestHttpServer::picture(const QByteArray& bytes, const QByteArray& type)
{
    Response response;
    response.status = 200;
    response.headers = {{"Content-Type", type}};
    response.body = bytes;
    return response;
}

TestHttpServer::Response TestHttpServer::notFound()
{
    Response response;
    response.status = 404;
    response.headers = {{"Content-Type", "text/html"}};
    response.body = "<html>Not Found</html>";
    return response;
}

} // namespace wa::test
