#include "message/PayloadInput.h"
#include "sending/OctopodsClient.h"
#include "support/TestHttpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace wa;
using test::TestHttpServer;
using Outcome = SendResult::Outcome;

Q_DECLARE_METATYPE(wa::SendEndpoint)

// OctopodsClient against a real HTTP server on 127.0.0.1 that this test starts: the exact request on the
// wire, every documented answer, and the failures that must never turn into a second send.
class TestOctopodsClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sendsTheExactRequest_data();
    void sendsTheExactRequest();
    void endpointAndBaseAreSettings_data();
    void endpointAndBaseAreSettings();
    void refusesUnsafeBaseUrls_data();
    void refusesUnsafeBaseUrls();
    void mapsEveryAnswer_data();
    void mapsEveryAnswer();
    void timeoutIsAmbiguousAndNotRetried();
    void hangUpAfterTheBodyIsAmbiguousAndNotResent();
    void answerCutOffIsAmbiguous();
    void refusedConnectionIsSafeToRetry();
    void retryAfterAsAnHttpDate();
    void whatBrokeIsNamed_data();
    void whatBrokeIsNamed();
    void hugeAnswerIsCapped();
    void cancelAfterSendingSaysItMayHaveArrived();
    void eventLoopRunsDuringASlowAnswer();

private:
    SendResult sendAndWait(const OctopodsRequest& request, int timeoutMs = 5000);
    static OctopodsRequest articleRequest(const char* file);

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OctopodsClient> m_client;
};

namespace {
const QString Key = QStringLiteral("test-key-6f1d2c");
}

void TestOctopodsClient::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OctopodsClient>(m_network.get());
    OctopodsClient::Config config;
    config.baseUrl = m_server->baseUrl();
    config.timeout = std::chrono::seconds(5);
    m_client->setConfig(config);
}

OctopodsRequest TestOctopodsClient::articleRequest(const char* file)
{
    QFile json(QStringLiteral(WA_TEST_DATA "/") + QLatin1StringView(file));
    if (!json.open(QIODevice::ReadOnly))
        return {};
    const Payload payload = PayloadInput::parse(json.readAll());
    OctopodsRequest request;
    request.message = payload.message;
    request.destinationPhone = QStringLiteral("+353838000000");
    request.intercomTeammateId = QStringLiteral("5173352");
    return request;
}

void TestOctopodsClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

SendResult TestOctopodsClient::sendAndWait(const OctopodsRequest& request, int timeoutMs)
{
    SendOperation* operation = m_client->send(request, Key);
    QSignalSpy finished(operation, &SendOperation::finished);
    if (!finished.wait(timeoutMs))
        return {};
    // Exactly one finished(), even if the event loop runs on.
    QCoreApplication::processEvents();
    if (finished.size() != 1)
        qWarning("finished() emitted %d times", int(finished.size()));
    return finished.size() == 1 ? finished.first().first().value<SendResult>() : SendResult{};
}

void TestOctopodsClient::sendsTheExactRequest_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("list example") << QByteArray("octopods_list.json");
    QTest::newRow("reply buttons example") << QByteArray("octopods_reply_buttons.json");
}

void TestOctopodsClient::sendsTheExactRequest()
{
    QFETCH(QByteArray, file);
    const OctopodsRequest request = articleRequest(file.constData());
    const SendResult result = sendAndWait(request);
    QCOMPARE(result.outcome, Outcome::Accepted);
    QCOMPARE(result.httpStatus, 201);
    QCOMPARE(result.messageId, QStringLiteral("msg-1"));

    QCOMPARE(m_server->requests().size(), 1);
    const TestHttpServer::Request& sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.target, QByteArray("/api/v1/sms/messages"));
    QCOMPARE(sent.header("X-Octopods-Auth"), Key.toUtf8());
    QCOMPARE(sent.count("X-Octopods-Auth"), 1);
    QCOMPARE(sent.header("Authorization"), QByteArray()); // no "Bearer": Octopods reads its own header
    QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
    QCOMPARE(sent.header("User-Agent"), QByteArray("wa-composer/" WA_VERSION));
    QCOMPARE(sent.body, request.toJson(JsonWriter::Format::Compact));
    // And what it says, read back: the article's message under waba_interactive_message, the phone, the
    // teammate.
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QStringLiteral("destination_phone")).toString(), QStringLiteral("+353838000000"));
    QCOMPARE(body.value(QStringLiteral("intercom_teammate_id")).toString(), QStringLiteral("5173352"));
    QFile article(QStringLiteral(WA_TEST_DATA "/") + QString::fromLatin1(file));
    QVERIFY(article.open(QIODevice::ReadOnly));
    QCOMPARE(body.value(QStringLiteral("waba_interactive_message")),
             QJsonDocument::fromJson(article.readAll())
                 .object()
                 .value(QStringLiteral("waba_interactive_message")));
}

void TestOctopodsClient::endpointAndBaseAreSettings_data()
{
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<SendEndpoint>("endpoint");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("default") << QString() << SendEndpoint::Messages << QByteArray("/api/v1/sms/messages");
    QTest::newRow("newer endpoint") << QString() << SendEndpoint::Interactive
                                    << QByteArray("/api/v1/whatsapp/interactive");
    QTest::newRow("base with a prefix")
        << QStringLiteral("/proxy/") << SendEndpoint::Messages << QByteArray("/proxy/api/v1/sms/messages");
    QTest::newRow("prefix without slash") << QStringLiteral("/proxy") << SendEndpoint::Interactive
                                          << QByteArray("/proxy/api/v1/whatsapp/interactive");
}

// Both endpoints take the same body with the same headers.
void TestOctopodsClient::endpointAndBaseAreSettings()
{
    QFETCH(QString, basePath);
    QFETCH(SendEndpoint, endpoint);
    QFETCH(QByteArray, target);
    OctopodsClient::Config config = m_client->config();
    QUrl base = m_server->baseUrl();
    base.setPath(basePath);
    config.baseUrl = base;
    config.endpoint = endpoint;
    m_client->setConfig(config);
    const OctopodsRequest request = articleRequest("octopods_list.json");
    QCOMPARE(sendAndWait(request).outcome, Outcome::Accepted);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().target, target);
    QCOMPARE(m_server->requests().first().method, QByteArray("POST"));
    QCOMPARE(m_server->requests().first().body, request.toJson(JsonWriter::Format::Compact));
}

void TestOctopodsClient::refusesUnsafeBaseUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("usable");
    QTest::newRow("https") << QStringLiteral("https://app.octopods.io") << true;
    QTest::newRow("http on 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http on localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http on ::1") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://app.octopods.io") << false;
    QTest::newRow("http on a private address") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://app.octopods.io") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("not a URL") << QStringLiteral("app octopods") << false;
}

void TestOctopodsClient::refusesUnsafeBaseUrls()
{
    QFETCH(QString, base);
    QFETCH(bool, usable);
    OctopodsClient::Config config;
    config.baseUrl = QUrl(base);
    const OctopodsClient::Endpoint endpoint = OctopodsClient::endpoint(config);
    QCOMPARE(endpoint.problem.isEmpty(), usable);
    QCOMPARE(endpoint.url.isValid(), usable);
    if (usable)
        return;
    // Refused before anything leaves the machine, and said so.
    m_client->setConfig(config);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCOMPARE(result.outcome, Outcome::NotSent);
    QVERIFY(!result.mayHaveBeenDelivered);
    QVERIFY2(result.summary().contains(base.isEmpty() ? QStringLiteral("URL") : QStringLiteral("https")) ||
                 result.summary().contains(QStringLiteral("not a URL")),
             qPrintable(result.summary()));
}

void TestOctopodsClient::mapsEveryAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("mayHaveBeenDelivered");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("retryAfter"); // -1: none
    QTest::addColumn<QString>("summaryHas");

    const QByteArray none;
    QTest::newRow("201 with ids") << 201
                                  << QByteArray(
                                         R"({"request_id":"r1","message_id":"m1","channel_message_id":"c1"})")
                                  << none << Outcome::Accepted << true << "m1"
                                  << "" << -1 << "accepted";
    QTest::newRow("200 older article")
        << 200 << QByteArray(R"({"message_id":77,"phone_number":"+353838000000","request_id":"r"})") << none
        << Outcome::Accepted << true << "77"
        << "" << -1 << "77";
    QTest::newRow("202 empty") << 202 << QByteArray() << none << Outcome::Accepted << true << ""
                               << "" << -1 << "accepted";
    QTest::newRow("201 not JSON") << 201 << QByteArray("<html>ok</html>") << none << Outcome::Accepted << true
                                  << ""
                                  << "" << -1 << "accepted";
    QTest::newRow("400 phone")
        << 400 << QByteArray(R"({"request_id":"r","error_code":"PHONE_INVALID","error":"Phone is invalid"})")
        << none << Outcome::Rejected << false << ""
        << "PHONE_INVALID" << -1 << "Phone is invalid";
    QTest::newRow("400 phone, in words")
        << 400 << QByteArray(R"({"request_id":"r","error_code":"PHONE_INVALID","error":"Phone is invalid"})")
        << none << Outcome::Rejected << false << ""
        << "PHONE_INVALID" << -1 << "did not accept the customer's phone number";
    QTest::newRow("400 argument missing")
        << 400 << QByteArray(R"({"error_code":"ARGUMENT_MISSING","error":"destination_phone is required"})")
        << none << Outcome::Rejected << false << ""
        << "ARGUMENT_MISSING" << -1 << "a field Octopods requires is missing";
    QTest::newRow("400 type mismatch")
        << 400 << QByteArray(R"({"error_code":"TYPE_MISMATCH","error":"expected object"})") << none
        << Outcome::Rejected << false << ""
        << "TYPE_MISMATCH" << -1 << "not of the kind Octopods expects";
    QTest::newRow("400 a name Octopods does not document, raw")
        << 400 << QByteArray(R"({"error_code":"SOMETHING_NEW","error":"New rule"})") << none
        << Outcome::Rejected << false << ""
        << "SOMETHING_NEW" << -1 << "New rule (SOMETHING_NEW)";
    QTest::newRow("400 rotated key") << 400
                                     << QByteArray(
                                            R"({"error_code":"DEPRECATED_API_KEY","error":"Deprecated"})")
                                     << none << Outcome::Rejected << false << ""
                                     << "DEPRECATED_API_KEY" << -1 << "rotated";
    QTest::newRow("400 body is a list")
        << 400 << QByteArray("[1,2]") << none << Outcome::Rejected << false << ""
        << "" << -1 << "HTTP 400";
    QTest::newRow("422") << 422 << QByteArray(R"({"error_code":"TYPE_MISMATCH","error":"x"})") << none
                         << Outcome::Rejected << false << ""
                         << "TYPE_MISMATCH" << -1 << "not of the kind Octopods expects";
    QTest::newRow("401") << 401 << QByteArray() << none << Outcome::Unauthorized << false << ""
                         << "" << -1 << "API key";
    QTest::newRow("403") << 403 << QByteArray() << none << Outcome::NotEnabled << false << ""
                         << "" << -1 << "not opted in to interactive messages";
    QTest::newRow("429 retry after 7")
        << 429 << QByteArray() << QByteArray("7") << Outcome::RateLimited << false << ""
        << "" << 7 << "Try again in 7 second";
    QTest::newRow("429 no retry after") << 429 << QByteArray() << none << Outcome::RateLimited << false << ""
                                        << "" << -1 << "Wait a moment";
    QTest::newRow("301 moved") << 301 << QByteArray("<html>Moved</html>") << none << Outcome::Redirected
                               << false << ""
                               << "" << -1 << "redirect";
    QTest::newRow("307 elsewhere") << 307 << QByteArray() << none << Outcome::Redirected << false << ""
                                   << "" << -1 << "https://eu.octopods.example/api/v1/sms/messages";
    QTest::newRow("308 permanently") << 308 << QByteArray() << none << Outcome::Redirected << false << ""
                                     << "" << -1 << "base URL";
    QTest::newRow("500") << 500 << QByteArray(R"({"error":"boom"})") << none << Outcome::ServerError << true
                         << ""
                         << "" << -1 << "may or may not";
    QTest::newRow("503 html") << 503 << QByteArray("<html><body>Down</body></html>") << none
                              << Outcome::ServerError << true << ""
                              << "" << -1 << "HTTP 503";
}

void TestOctopodsClient::mapsEveryAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(Outcome, outcome);
    QFETCH(bool, mayHaveBeenDelivered);
    QFETCH(QString, messageId);
    QFETCH(QString, errorCode);
    QFETCH(int, retryAfter);
    QFETCH(QString, summaryHas);
    TestHttpServer::Response response;
    response.status = status;
    response.body = body;
    if (!retryAfterHeader.isEmpty())
        response.headers.append({"Retry-After", retryAfterHeader});
    if (status >= 300 && status < 400)
        response.headers.append(
            {QByteArray("Location"), QByteArray("https://eu.octopods.example/api/v1/sms/messages")});
    m_server->enqueue(response);

    const SendResult result = sendAndWait(articleRequest("octopods_reply_buttons.json"));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.body, body);
    QCOMPARE(result.mayHaveBeenDelivered, mayHaveBeenDelivered);
    QCOMPARE(result.messageId, messageId);
    QCOMPARE(result.errorCode, errorCode);
    QCOMPARE(result.retryAfterSeconds.value_or(-1), retryAfter);
    QVERIFY2(result.summary().contains(summaryHas), qPrintable(result.summary()));
    QCOMPARE(m_server->requests().size(), 1); // whatever the answer, never sent again by itself
}

void TestOctopodsClient::timeoutIsAmbiguousAndNotRetried()
{
    OctopodsClient::Config config = m_client->config();
    config.timeout = std::chrono::milliseconds(300);
    m_client->setConfig(config);
    TestHttpServer::Response slow;
    slow.delayMs = 2000;
    m_server->setDefaultResponse(slow);
    QElapsedTimer clock;
    clock.start();
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCOMPARE(result.outcome, Outcome::Timeout);
    QVERIFY(clock.elapsed() < 1500);
    QVERIFY(result.mayHaveBeenDelivered); // the server had the body: only its answer could have said
    QVERIFY2(result.summary().contains(QStringLiteral("check the conversation")),
             qPrintable(result.summary()));
    QCoreApplication::processEvents(); // the reply was aborted: a resend would already be on its way
    QCOMPARE(m_server->requests().size(), 1);
}

// Qt's HTTP stack resends a request on its own when a connection closes before any answer; for a message
// that would be a second send. The server hangs up right after reading the body: one request, no more.
void TestOctopodsClient::hangUpAfterTheBodyIsAmbiguousAndNotResent()
{
    TestHttpServer::Response hangUp;
    hangUp.ending = TestHttpServer::Response::Ending::CloseWithoutAnswer;
    m_server->setDefaultResponse(hangUp);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCoreApplication::processEvents(); // the reply was aborted: a resend would already be on its way
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(result.outcome, Outcome::NetworkError);
    QVERIFY(result.mayHaveBeenDelivered);
}

void TestOctopodsClient::answerCutOffIsAmbiguous()
{
    TestHttpServer::Response cut;
    cut.ending = TestHttpServer::Response::Ending::CutMidAnswer;
    cut.body = QByteArray(4000, 'x');
    m_server->setDefaultResponse(cut);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCOMPARE(result.outcome, Outcome::NetworkError);
    QVERIFY(result.mayHaveBeenDelivered);
    // Qt resends within a reply, before it finishes; this one finished with the error, so none follows.
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOctopodsClient::refusedConnectionIsSafeToRetry()
{
    QTcpServer probe; // a port that was free a moment ago and has nobody listening now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    OctopodsClient::Config config = m_client->config();
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_client->setConfig(config);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCOMPARE(result.outcome, Outcome::NetworkError);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.mayHaveBeenDelivered);
    QVERIFY2(result.summary().startsWith(QStringLiteral("Not sent")), qPrintable(result.summary()));
    QVERIFY2(result.summary().contains(QStringLiteral("refused the connection")),
             qPrintable(result.summary()));
    QVERIFY2(result.summary().contains(QStringLiteral("nothing left this computer")),
             qPrintable(result.summary()));
}

// Retry-After may be a date (RFC 9110's IMF-fixdate) rather than seconds.
void TestOctopodsClient::retryAfterAsAnHttpDate()
{
    TestHttpServer::Response limited;
    limited.status = 429;
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(90);
    limited.headers.append(
        {"Retry-After",
         QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()});
    m_server->enqueue(limited);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCOMPARE(result.outcome, Outcome::RateLimited);
    QVERIFY(result.retryAfterSeconds);
    QVERIFY2(*result.retryAfterSeconds >= 85 && *result.retryAfterSeconds <= 90,
             qPrintable(QString::number(*result.retryAfterSeconds)));
}

void TestOctopodsClient::whatBrokeIsNamed_data()
{
    QTest::addColumn<int>("ending");
    QTest::addColumn<bool>("mayHaveBeenDelivered");
    QTest::addColumn<QString>("summaryHas");
    QTest::newRow("hang-up once the message was read")
        << int(TestHttpServer::Response::Ending::CloseWithoutAnswer) << true
        << "closed the connection without sending an HTTP answer";
    QTest::newRow("an answer that is not HTTP") << int(TestHttpServer::Response::Ending::NotHttp) << true
                                                << "closed the connection without sending an HTTP answer";
}

// Every way the connection can go wrong is said in words, never as Qt's "Unknown error".
void TestOctopodsClient::whatBrokeIsNamed()
{
    QFETCH(int, ending);
    QFETCH(bool, mayHaveBeenDelivered);
    QFETCH(QString, summaryHas);
    TestHttpServer::Response response;
    response.ending = TestHttpServer::Response::Ending(ending);
    m_server->setDefaultResponse(response);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCOMPARE(result.outcome, Outcome::NetworkError);
    QCOMPARE(result.mayHaveBeenDelivered, mayHaveBeenDelivered);
    QVERIFY2(result.summary().contains(summaryHas), qPrintable(result.summary()));
    QVERIFY2(!result.summary().contains(QStringLiteral("Unknown error")), qPrintable(result.summary()));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestOctopodsClient::hugeAnswerIsCapped()
{
    TestHttpServer::Response huge;
    huge.status = 201;
    huge.body = QByteArray(5 * 1024 * 1024, 'a');
    m_server->setDefaultResponse(huge);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"), 10000);
    QCOMPARE(result.outcome, Outcome::Accepted);
    QCOMPARE(result.body.size(), SendResult::MaxBodyBytes);
    QVERIFY(result.bodyTruncated);
}

void TestOctopodsClient::cancelAfterSendingSaysItMayHaveArrived()
{
    TestHttpServer::Response slow;
    slow.delayMs = 3000;
    m_server->setDefaultResponse(slow);
    SendOperation* operation = m_client->send(articleRequest("octopods_list.json"), Key);
    QSignalSpy finished(operation, &SendOperation::finished);
    QSignalSpy received(m_server.get(), &TestHttpServer::requestReceived);
    QVERIFY(received.wait(3000));
    QTRY_VERIFY(operation->requestSent());
    operation->cancel();
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<SendResult>();
    QCOMPARE(result.outcome, Outcome::Cancelled);
    QVERIFY(result.mayHaveBeenDelivered);
    operation->cancel();               // a second cancel changes nothing
    QCoreApplication::processEvents(); // finished() is emitted from the event loop: a second one would be now
    QCOMPARE(finished.size(), 1);
}

void TestOctopodsClient::eventLoopRunsDuringASlowAnswer()
{
    TestHttpServer::Response slow;
    slow.delayMs = 1500;
    m_server->setDefaultResponse(slow);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    const SendResult result = sendAndWait(articleRequest("octopods_list.json"));
    QCOMPARE(result.outcome, Outcome::Accepted);
    // 1.5 s of waiting: a timer every 50 ms kept firing, so a window would have kept painting.
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
}

QTEST_MAIN(TestOctopodsClient)
#include "tst_octopodsclient.moc"
