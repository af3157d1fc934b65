#include "cli/SendCommand.h"
#include "sending/OctopodsClient.h"
#include "support/CliRun.h"
#include "support/TestHttpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace wa;

namespace {

// Resident memory in KiB, from the kernel's own count.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double median(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds.isEmpty() ? 0 : nanoseconds[nanoseconds.size() / 2] / 1e6;
}

} // namespace

// 1,000 sequential sends to a local server on 127.0.0.1 (issue 5: the overhead of a send beyond the server's
// own time under 1 ms median, and no memory growth over the run). The server runs in this process and
// answers at once, so its time is part of each figure: the figures are an upper bound of the overhead.
class BenchSend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serverRoundTrip();
    void sendCommand();
    void clientReused();

private:
    test::TestHttpServer m_server;
    std::unique_ptr<AppServices> m_services; // as main() makes them: once per process
    double m_serverMedianMs = 0;             // the server's own time, as the barest client sees it
};

void BenchSend::initTestCase()
{
    QVERIFY(m_server.listen());
    QStandardPaths::setTestModeEnabled(
        true); // the verb records each send: in the test location, not the user's
    QCoreApplication::setApplicationName(QStringLiteral("bench_send"));
    qputenv(cli::SendCommand::KeyVariable, "bench-key");
    m_services = std::make_unique<AppServices>(AppServices::defaultDataFolder());
}

// The server's own time: the same request's bytes written by hand on one kept-open socket, and the answer
// read up to its last byte. What the send path takes beyond this is its overhead.
void BenchSend::serverRoundTrip()
{
    QFile file(QStringLiteral(WA_TEST_DATA "/octopods_list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    const QByteArray request =
        "POST /api/v1/sms/messages HTTP/1.1\r\nHost: " + m_server.baseUrl().authority().toLatin1() +
        "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
        "X-Octopods-Auth: bench-key\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray answerBody = test::TestHttpServer::Response().body;
    QList<qint64> times;
    QElapsedTimer clock;
    for (int i = 0; i < 1020; ++i) {
        clock.start();
        socket.write(request);
        QByteArray answer;
        // Everything of the answer, in this thread's event loop as the server's (no blocking waits, which
        // would stop the server in the same thread from answering).
        while (!answer.endsWith(answerBody)) {
            QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 5000);
            answer += socket.readAll();
        }
        if (i >= 20) // the first ones warm up
            times.append(clock.nsecsElapsed());
        QVERIFY(answer.startsWith("HTTP/1.1 201"));
        m_server.clearRequests();
    }
    m_serverMedianMs = median(times);
    qInfo("server round trip (hand-written request, kept socket): median %.3f ms", m_serverMedianMs);
}

// The whole `wa-composer send` verb, in-process: options, file, phone, validation, a new connection, the
// answer, the printed outcome.
void BenchSend::sendCommand()
{
    const QStringList arguments{
        QStringLiteral("send"),          QStringLiteral("--to"),
        QStringLiteral("+353838000000"), QStringLiteral("--base"),
        m_server.baseUrl().toString(),   QStringLiteral(WA_TEST_DATA "/octopods_list.json")};
    for (int i = 0; i < 20; ++i) // warm-up: libphonenumber's metadata, the first connection
        QCOMPARE(test::runCli(arguments, {}, m_services.get()).exitCode, 0);
    const qint64 before = residentKiB();
    QList<qint64> times;
    QElapsedTimer clock;
    const int sends = qEnvironmentVariableIntValue("WA_BENCH_SENDS") > 0
                          ? qEnvironmentVariableIntValue("WA_BENCH_SENDS")
                          : 1000;
    for (int i = 0; i < sends; ++i) {
        clock.start();
        const int code = test::runCli(arguments, {}, m_services.get()).exitCode;
        times.append(clock.nsecsElapsed());
        QCOMPARE(code, 0);
        m_server.clearRequests(); // the server's record of each request is not the sender's memory
    }
    const qint64 after = residentKiB();
    qInfo(
        "send verb: median %.3f ms (%.3f ms beyond the server's own time), p90 %.3f ms, resident memory %lld "
        "KiB before, %lld KiB after %d sends",
        median(times), median(times) - m_serverMedianMs,
        [&] {
            auto t = times;
            std::sort(t.begin(), t.end());
            return t[t.size() * 9 / 10] / 1e6;
        }(),
        before, after, sends);
    // SQLite keeps up to 2,000 KiB of the file's pages in memory (its default cache_size), filled as the
    // history grows; beyond that, nothing may grow with the number of sends (8,000 sends: +2,008 KiB).
    QVERIFY(after - before < 2000 + 1024);
    m_server.clearRequests();
}

// The client the window keeps: one network manager, connections kept alive.
void BenchSend::clientReused()
{
    QNetworkAccessManager network;
    OctopodsClient client(&network);
    OctopodsClient::Config config;
    config.baseUrl = m_server.baseUrl();
    client.setConfig(config);
    OctopodsRequest request;
    request.destinationPhone = QStringLiteral("+353838000000");
    request.message.body = QStringLiteral("Hello");
    request.message.action = ReplyButtonsAction{{{QStringLiteral("a"), QStringLiteral("A")}}};
    QList<qint64> times;
    QElapsedTimer clock;
    const qint64 before = residentKiB();
    for (int i = 0; i < 1000; ++i) {
        clock.start();
        SendOperation* operation = client.send(request, QStringLiteral("bench-key"));
        QSignalSpy finished(operation, &SendOperation::finished);
        QVERIFY(finished.wait(5000));
        times.append(clock.nsecsElapsed());
        QVERIFY(operation->result().isAccepted());
        operation->deleteLater();
        m_server.clearRequests();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 after = residentKiB();
    qInfo("client reused: median %.3f ms (%.3f ms beyond the server's own time), resident memory %lld KiB "
          "before, %lld KiB after 1000 sends",
          median(times), median(times) - m_serverMedianMs, before, after);
    QVERIFY(after - before < 2048);
    m_server.clearRequests();
}

int main(int argc, char** argv)
{
    // As wa-composer's main() runs a verb: without the GLib event dispatcher.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    BenchSend bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_send.moc"
