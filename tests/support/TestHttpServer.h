#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace wa::test {

// A small HTTP/1.1 server on 127.0.0.1 for the sending tests: it records every request exactly as it
// arrived and answers as told, including the ways real servers fail (slow, cut off mid-answer, huge,
// not JSON). Built on QTcpServer rather than Qt HttpServer because those failures need the raw socket.
class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
        int count(const QByteArray& name) const;
    };

    struct Response
    {
        enum class Ending {
            Complete,           // the whole answer
            CloseWithoutAnswer, // read the request, then hang up
            CutMidAnswer,       // send the status line and part of the body, then hang up
            NotHttp,            // read the request, answer bytes that are no HTTP at all, hang up
        };
        int status = 201;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body = R"({"request_id":"req-1","message_id":"msg-1","channel_message_id":"wamid.1"})";
        int delayMs = 0;
        Ending ending = Ending::Complete;
        // The Content-Length announced: unset, the body's size. More than the body is a server that announces
        // a huge answer (the connection then stays open); NoLength sends none and closes after the body.
        std::optional<qint64> contentLength;
        static constexpr qint64 NoLength = -1;
    };

    // What the media tests serve: a picture's bytes (200, with its type), and a plain 404 page.
    static Response picture(const QByteArray& bytes, const QByteArray& type = "image/png");
    static Response notFound();

    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    bool listen(); // on 127.0.0.1, a free port
    QUrl baseUrl() const;

    // Answers in order; once they run out, the default answer.
    void enqueue(const Response& response) { m_queue.append(response); }
    void setDefaultResponse(const Response& response) { m_default = response; }
    // Every request for target ("/missing.png", path and query) gets this answer, before the queue's.
    void setResponseFor(const QByteArray& target, const Response& response)
    {
        m_byTarget.insert(target, response);
    }

    const QList<Request>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    // Connections accepted, whether or not a request was read from them: an https client's handshake with
    // this plain server is one, though it never makes a request.
    int connections() const { return m_connections; }

signals:
    void requestReceived();

private:
    void readFrom(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Response& response);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Response> m_queue;
    Response m_default;
    QHash<QByteArray, Response> m_byTarget;
    QList<Request> m_requests;
    int m_connections = 0;
};

} // namespace wa::test
