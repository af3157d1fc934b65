#include "sending/OctopodsClient.h"
#include "support/TestHttpServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace wa;
using test::TestHttpServer;
using Outcome = StatusResult::Outcome;

// OctopodsClient::fetchStatus against a real HTTP server on 127.0.0.1: the exact GET, every kind of answer
// (a status, a refusal, garbage), the ways a server fails to answer, and the key kept out of every text.
class TestStatusCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void asksWithAGetAndTheKey();
    void theIdIsOneEncodedSegment();
    void refusesUnsafeBaseUrlsAndEmptyIds_data();
    void refusesUnsafeBaseUrlsAndEmptyIds();
    void mapsEveryAnswer_data();
    void mapsEveryAnswer();
    void readsTheTime_data();
    void readsTheTime();
    void aSilentServerTimesOut();
    void aRefusedConnectionIsUnreachable();
    void theKeyIsInNoText_data();
    void theKeyIsInNoText();
    void statesAndWords_data();
    void statesAndWords();

private:
    StatusResult fetchAndWait(const QString& messageId, int timeoutMs = 5000);

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OctopodsClient> m_client;
};

namespace {
const QString Key = QStringLiteral("status-key-8e21b7");

TestHttpServer::Response answer(int status, const QByteArray& body)
{
    TestHttpServer::Response response;
    response.status = status;
    response.body = body;
    return response;
}
} // namespace

void TestStatusCheck::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OctopodsClient>(m_network.get());
    OctopodsClient::Config config;
    config.baseUrl = m_server->baseUrl();
    config.timeout = std::chrono::seconds(5);
    m_client->setConfig(config);
    m_server->setDefaultResponse(answer(200, R"({"status":"DELIVERED","channel_message_id":"wamid.1"})"));
}

void TestStatusCheck::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

StatusResult TestStatusCheck::fetchAndWait(const QString& messageId, int timeoutMs)
{
    StatusCheck* check = m_client->fetchStatus(messageId, Key);
    QSignalSpy finished(check, &StatusCheck::finished);
    if (!finished.wait(timeoutMs))
        return {};
    QCoreApplication::processEvents(); // exactly one finished(), even if the event loop runs on
    if (finished.size() != 1)
        qWarning("finished() emitted %d times", int(finished.size()));
    return finished.size() == 1 ? finished.first().first().value<StatusResult>() : StatusResult{};
}

void TestStatusCheck::asksWithAGetAndTheKey()
{
    const StatusResult result = fetchAndWait(QStringLiteral("msg-1"));
    QCOMPARE(result.outcome, Outcome::Known);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.status.name, QStringLiteral("DELIVERED"));
    QCOMPARE(result.status.channelMessageId, QStringLiteral("wamid.1"));
    QCOMPARE(m_server->requests().size(), 1);
    const TestHttpServer::Request& asked = m_server->requests().first();
    QCOMPARE(asked.method, QByteArray("GET"));
    QCOMPARE(asked.target, QByteArray("/api/v1/whatsapp/messages/msg-1"));
    QCOMPARE(asked.header("X-Octopods-Auth"), Key.toUtf8());
    QCOMPARE(asked.count("X-Octopods-Auth"), 1);
    QCOMPARE(asked.header("Authorization"), QByteArray());
    QCOMPARE(asked.header("Accept"), QByteArray("application/json"));
    QVERIFY(asked.body.isEmpty());
}

void TestStatusCheck::theIdIsOneEncodedSegment()
{
    OctopodsClient::Config config = m_client->config();
    QUrl base = m_server->baseUrl();
    base.setPath(QStringLiteral("/proxy/"));
    config.baseUrl = base;
    m_client->setConfig(config);
    QCOMPARE(fetchAndWait(QStringLiteral(" a/b?c#d é ")).outcome, Outcome::Known);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().target,
             QByteArray("/proxy/api/v1/whatsapp/messages/a%2Fb%3Fc%23d%20%C3%A9"));
}

void TestStatusCheck::refusesUnsafeBaseUrlsAndEmptyIds_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("problemHas");
    QTest::newRow("http elsewhere") << QStringLiteral("http://app.octopods.io") << QStringLiteral("msg-1")
                                    << QStringLiteral("https");
    QTest::newRow("ftp") << QStringLiteral("ftp://app.octopods.io") << QStringLiteral("msg-1")
                         << QStringLiteral("https");
    QTest::newRow("not a URL") << QStringLiteral("app octopods") << QStringLiteral("msg-1")
                               << QStringLiteral("not a URL");
    QTest::newRow("no id") << QString() << QString() << QStringLiteral("no message id");
    QTest::newRow("an id of spaces") << QString() << QStringLiteral("   ") << QStringLiteral("no message id");
}

void TestStatusCheck::refusesUnsafeBaseUrlsAndEmptyIds()
{
    QFETCH(QString, base);
    QFETCH(QString, messageId);
    QFETCH(QString, problemHas);
    if (!base.isEmpty()) {
        OctopodsClient::Config config = m_client->config();
        config.baseUrl = QUrl(base);
        m_client->setConfig(config);
    }
    const StatusResult result = fetchAndWait(messageId);
    QCOMPARE(result.outcome, Outcome::NotAsked);
    QVERIFY(!result.isRefused());
    QVERIFY2(result.problem.contains(problemHas), qPrintable(result.problem));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestStatusCheck::mapsEveryAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("summaryHas");

    QTest::newRow("sent") << 200 << QByteArray(R"({"status":"SENT"})") << Outcome::Known << false << "SENT"
                          << "Sent";
    QTest::newRow("delivered, every field")
        << 200
        << QByteArray(R"({"status":"DELIVERED","channel_message_id":"wamid.HBgL","intercom_conversation_id":)"
                      R"(12345,"last_updated":"2024-03-05T10:42:00Z"})")
        << Outcome::Known << false << "DELIVERED"
        << "Delivered (as of 2024-03-05T10:42:00Z)";
    QTest::newRow("read") << 200 << QByteArray(R"({"status":"READ"})") << Outcome::Known << false << "READ"
                          << "Read";
    QTest::newRow("failed") << 200 << QByteArray(R"({"status":"FAILED"})") << Outcome::Known << false
                            << "FAILED"
                            << "Failed";
    QTest::newRow("deleted") << 200 << QByteArray(R"({"status":"DELETED"})") << Outcome::Known << false
                             << "DELETED"
                             << "Deleted";
    QTest::newRow("a name Octopods does not document, raw")
        << 200 << QByteArray(R"({"status":"QUEUED_AT_META"})") << Outcome::Known << false << "QUEUED_AT_META"
        << "QUEUED_AT_META";
    QTest::newRow("201 counts as an answer")
        << 201 << QByteArray(R"({"status":"sent"})") << Outcome::Known << false << "sent"
        << "Sent";
    QTest::newRow("404") << 404 << QByteArray(R"({"error":"Not found"})") << Outcome::NotFound << true << ""
                         << "does not know this message (HTTP 404)";
    QTest::newRow("401") << 401 << QByteArray() << Outcome::Unauthorized << true << ""
                         << "did not accept the API key (HTTP 401)";
    QTest::newRow("403") << 403 << QByteArray() << Outcome::Forbidden << true << ""
                         << "refused to show this message's status (HTTP 403)";
    QTest::newRow("400") << 400 << QByteArray(R"({"error_code":"ARGUMENT_MISSING"})") << Outcome::Rejected
                         << true << ""
                         << "HTTP 400";
    QTest::newRow("301") << 301 << QByteArray() << Outcome::Redirected << true << ""
                         << "redirect";
    QTest::newRow("429") << 429 << QByteArray() << Outcome::RateLimited << false << ""
                         << "HTTP 429";
    QTest::newRow("500") << 500 << QByteArray("<html>boom</html>") << Outcome::ServerError << false << ""
                         << "HTTP 500";
    QTest::newRow("not JSON") << 200 << QByteArray("<html>status: READ</html>") << Outcome::Unreadable
                              << false << ""
                              << "not JSON";
    QTest::newRow("empty") << 200 << QByteArray() << Outcome::Unreadable << false << ""
                           << "the answer was empty";
    QTest::newRow("a JSON list") << 200 << QByteArray(R"([{"status":"READ"}])") << Outcome::Unreadable
                                 << false << ""
                                 << "not a JSON object";
    QTest::newRow("JSON without status")
        << 200 << QByteArray(R"({"message_id":"msg-1","channel_message_id":"wamid.1"})")
        << Outcome::Unreadable << false << ""
        << "has no status";
    QTest::newRow("status null") << 200 << QByteArray(R"({"status":null})") << Outcome::Unreadable << false
                                 << ""
                                 << "has no status";
    QTest::newRow("status a number") << 200 << QByteArray(R"({"status":3})") << Outcome::Unreadable << false
                                     << ""
                                     << "status is not text";
    QTest::newRow("status an object")
        << 200 << QByteArray(R"({"status":{"name":"READ"}})") << Outcome::Unreadable << false << ""
        << "status is not text";
    QTest::newRow("status empty") << 200 << QByteArray(R"({"status":"  "})") << Outcome::Unreadable << false
                                  << ""
                                  << "status is empty";
}

void TestStatusCheck::mapsEveryAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(bool, refused);
    QFETCH(QString, name);
    QFETCH(QString, summaryHas);
    m_server->enqueue(answer(status, body));
    const StatusResult result = fetchAndWait(QStringLiteral("msg-1"));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.isRefused(), refused);
    QCOMPARE(result.status.name, name);
    QCOMPARE(result.body, body);
    QVERIFY2(result.summary().contains(summaryHas), qPrintable(result.summary()));
    QCOMPARE(result.isKnown(), outcome == Outcome::Known);
    if (!result.isKnown())
        QVERIFY(!result.problem.isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestStatusCheck::readsTheTime_data()
{
    QTest::addColumn<QByteArray>("value"); // last_updated's JSON
    QTest::addColumn<QDateTime>("time");   // invalid: none
    const QDateTime at(QDate(2024, 3, 5), QTime(10, 42), QTimeZone::utc());
    QTest::newRow("ISO 8601, UTC") << QByteArray(R"("2024-03-05T10:42:00Z")") << at;
    QTest::newRow("ISO 8601, milliseconds")
        << QByteArray(R"("2024-03-05T10:42:00.250Z")") << at.addMSecs(250);
    QTest::newRow("ISO 8601, an offset") << QByteArray(R"("2024-03-05T12:42:00+02:00")") << at;
    QTest::newRow("ISO 8601 without an offset is UTC") << QByteArray(R"("2024-03-05T10:42:00")") << at;
    QTest::newRow("seconds since 1970") << QByteArray::number(at.toSecsSinceEpoch()) << at;
    QTest::newRow("seconds, fractional")
        << QByteArray::number(at.toSecsSinceEpoch()) + ".5" << at.addMSecs(500);
    QTest::newRow("seconds as digits") << '"' + QByteArray::number(at.toSecsSinceEpoch()) + '"' << at;
    QTest::newRow("milliseconds are no seconds")
        << QByteArray::number(at.toMSecsSinceEpoch() * 1000) << QDateTime();
    QTest::newRow("negative") << QByteArray("-5") << QDateTime();
    QTest::newRow("words") << QByteArray(R"("yesterday")") << QDateTime();
    QTest::newRow("an impossible date") << QByteArray(R"("2024-02-30T10:00:00Z")") << QDateTime();
    QTest::newRow("empty") << QByteArray(R"("")") << QDateTime();
    QTest::newRow("a boolean") << QByteArray("true") << QDateTime();
    QTest::newRow("null") << QByteArray("null") << QDateTime();
    QTest::newRow("an object") << QByteArray(R"({"seconds":1})") << QDateTime();
}

void TestStatusCheck::readsTheTime()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, time);
    m_server->enqueue(answer(200, R"({"status":"READ","last_updated":)" + value + "}"));
    const StatusResult result = fetchAndWait(QStringLiteral("msg-1"));
    QCOMPARE(result.outcome, Outcome::Known); // a time that cannot be read is no reason to drop the status
    QCOMPARE(result.status.lastUpdated.isValid(), time.isValid());
    if (time.isValid()) {
        QCOMPARE(result.status.lastUpdated, time);
        QCOMPARE(result.status.lastUpdated.timeSpec(), Qt::UTC);
    }
}

void TestStatusCheck::aSilentServerTimesOut()
{
    OctopodsClient::Config config = m_client->config();
    config.timeout = std::chrono::milliseconds(300);
    m_client->setConfig(config);
    TestHttpServer::Response silent = answer(200, R"({"status":"READ"})");
    silent.delayMs = 3000;
    m_server->setDefaultResponse(silent);
    QElapsedTimer clock;
    clock.start();
    const StatusResult result = fetchAndWait(QStringLiteral("msg-1"));
    QCOMPARE(result.outcome, Outcome::Timeout);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(!result.isRefused());
    QVERIFY2(result.summary().contains(QStringLiteral("did not answer in time")),
             qPrintable(result.summary()));
}

void TestStatusCheck::aRefusedConnectionIsUnreachable()
{
    QTcpServer probe; // a port that was free a moment ago and has nobody listening now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    OctopodsClient::Config config = m_client->config();
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_client->setConfig(config);
    const StatusResult result = fetchAndWait(QStringLiteral("msg-1"));
    QCOMPARE(result.outcome, Outcome::NetworkError);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.isRefused());
    QVERIFY2(result.summary().contains(QStringLiteral("refused the connection")),
             qPrintable(result.summary()));
}

void TestStatusCheck::theKeyIsInNoText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("garbage that echoes the key") << 200 << Outcome::Unreadable;
    QTest::newRow("401 that echoes the key") << 401 << Outcome::Unauthorized;
    QTest::newRow("404 that echoes the key") << 404 << Outcome::NotFound;
    QTest::newRow("500 that echoes the key") << 500 << Outcome::ServerError;
}

// A server or a proxy that echoes the request: the key is in what came back, and in nothing the lookup
// keeps or says.
void TestStatusCheck::theKeyIsInNoText()
{
    QFETCH(int, status);
    QFETCH(Outcome, outcome);
    const QByteArray key = Key.toUtf8();
    m_server->enqueue(answer(status, "you sent X-Octopods-Auth: " + key + " and " + key + " {\"status\":"));
    const StatusResult result = fetchAndWait(QStringLiteral("msg-1"));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(m_server->requests().first().header("X-Octopods-Auth"), key); // it was sent, of course
    for (const QString& text : {result.summary(), result.problem, QString::fromUtf8(result.body)})
        QVERIFY2(!text.contains(Key), qPrintable(text));
    QVERIFY(result.body.contains("[redacted]"));
}

void TestStatusCheck::statesAndWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<DeliveryStatus::State>("state");
    QTest::addColumn<bool>("final");
    QTest::addColumn<QString>("words");
    QTest::newRow("SENT") << "SENT" << DeliveryStatus::State::Sent << false << "Sent";
    QTest::newRow("DELIVERED") << "DELIVERED" << DeliveryStatus::State::Delivered << false << "Delivered";
    QTest::newRow("delivered, lower case")
        << "delivered" << DeliveryStatus::State::Delivered << false << "Delivered";
    QTest::newRow("READ") << "READ" << DeliveryStatus::State::Read << true << "Read";
    QTest::newRow("FAILED") << "FAILED" << DeliveryStatus::State::Failed << true << "Failed";
    QTest::newRow("DELETED") << "DELETED" << DeliveryStatus::State::Deleted << true << "Deleted";
    QTest::newRow("undocumented") << "PENDING" << DeliveryStatus::State::Other << false << "PENDING";
    QTest::newRow("none") << "" << DeliveryStatus::State::Other << false << "";
}

void TestStatusCheck::statesAndWords()
{
    QFETCH(QString, name);
    QFETCH(DeliveryStatus::State, state);
    QFETCH(bool, final);
    QFETCH(QString, words);
    QCOMPARE(DeliveryStatus::stateOf(name), state);
    QCOMPARE(DeliveryStatus::isFinal(name), final);
    QCOMPARE(DeliveryStatus::words(name), words);
    // Today's status shows its time only; an older one its date too; none, nothing.
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(10, 42)).toUTC();
    if (name.isEmpty()) {
        QCOMPARE(DeliveryStatus::shortText(name, today), QString());
        return;
    }
    QCOMPARE(DeliveryStatus::shortText(name, today),
             words + QStringLiteral(" · ") + QLocale().toString(QTime(10, 42), QLocale::ShortFormat));
    const QDateTime older = QDateTime(QDate(2024, 3, 5), QTime(10, 42)).toUTC();
    QCOMPARE(DeliveryStatus::shortText(name, older),
             words + QStringLiteral(" · ") + QLocale().toString(older.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(DeliveryStatus::shortText(name, QDateTime()), words);
}

QTEST_MAIN(TestStatusCheck)
#include "tst_statuscheck.moc"
