#include "AppServices.h"
#include "cli/SendCommand.h"
#include "cli/StatusCommand.h"
#include "sending/SendHistory.h"
#include "support/CliRun.h"
#include "support/TestHttpServer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wa;
using test::TestHttpServer;

// `wa-composer status MESSAGE_ID` against a real HTTP server on 127.0.0.1: what it prints, the exit status
// for every kind of answer (0 known, 3 refused, 4 no usable answer, 2 a wrong command line), the key kept
// out of all of it, and the status kept in the send history when the message is there.
class TestStatusCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void printsTheStatusItsTimeAndTheChannelId();
    void exitStatusSaysWhatHappened_data();
    void exitStatusSaysWhatHappened();
    void aRefusedConnectionIsUnreachable();
    void wrongCommandLinesAskNothing_data();
    void wrongCommandLinesAskNothing();
    void theStatusIsKeptInTheHistory();
    void noHistoryIsCreatedForALookup();
    void listedInTheUsage();

private:
    QStringList statusArguments(const QStringList& extra = {}) const;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;
};

namespace {
const QByteArray Key = "status-cli-key-47d1e0";
}

void TestStatusCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wa-composer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_statuscommand"));
}

void TestStatusCommand::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    qputenv(AppServices::DataDirVariable, QFile::encodeName(m_data->filePath(QStringLiteral("data"))));
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    qputenv(cli::SendCommand::KeyVariable, Key);
}

void TestStatusCommand::cleanup()
{
    m_server.reset();
    qunsetenv(AppServices::DataDirVariable);
    m_data.reset();
    qunsetenv(cli::SendCommand::KeyVariable);
}

QStringList TestStatusCommand::statusArguments(const QStringList& extra) const
{
    return QStringList{QStringLiteral("status"), QStringLiteral("--base"), m_server->baseUrl().toString()} +
           extra + QStringList{QStringLiteral("msg-1")};
}

void TestStatusCommand::printsTheStatusItsTimeAndTheChannelId()
{
    TestHttpServer::Response delivered;
    delivered.status = 200;
    delivered.body =
        R"({"status":"DELIVERED","channel_message_id":"wamid.HBgLMzUz","intercom_conversation_id":)"
        R"("215","last_updated":1709635320})";
    m_server->setDefaultResponse(delivered);
    const test::CliRun run = test::runCli(statusArguments());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QStringLiteral("Status: Delivered (DELIVERED)\n"
                                     "Updated: 2024-03-05T10:42:00Z\n"
                                     "Channel message id: wamid.HBgLMzUz\n"
                                     "Intercom conversation id: 215\n"));
    QCOMPARE(m_server->requests().size(), 1);
    const TestHttpServer::Request& asked = m_server->requests().first();
    QCOMPARE(asked.method, QByteArray("GET"));
    QCOMPARE(asked.target, QByteArray("/api/v1/whatsapp/messages/msg-1"));
    QCOMPARE(asked.header("X-Octopods-Auth"), Key);

    // A name Octopods does not document is printed as it came; a missing time and id are said so.
    delivered.body = R"({"status":"QUEUED"})";
    m_server->setDefaultResponse(delivered);
    const test::CliRun raw = test::runCli(statusArguments());
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(raw.out, QStringLiteral("Status: QUEUED\nUpdated: not given\nChannel message id: not given\n"));
}

void TestStatusCommand::exitStatusSaysWhatHappened_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    const QByteArray read = R"({"status":"READ"})";
    QTest::newRow("read") << 200 << read << 0 << 0 << "Status: Read";
    QTest::newRow("404: no such message")
        << 404 << QByteArray(R"({"error":"not found"})") << 0 << 3 << "does not know this message (HTTP 404)";
    QTest::newRow("401: the key") << 401 << QByteArray() << 0 << 3 << "did not accept the API key (HTTP 401)";
    QTest::newRow("403: not allowed")
        << 403 << QByteArray() << 0 << 3 << "refused to show this message's status";
    QTest::newRow("301: never followed") << 301 << QByteArray() << 0 << 3 << "redirect";
    QTest::newRow("not JSON") << 200 << QByteArray("<html>hello</html>") << 0 << 4 << "not JSON";
    QTest::newRow("JSON without status")
        << 200 << QByteArray(R"({"message_id":"msg-1"})") << 0 << 4 << "has no status";
    QTest::newRow("status not a string")
        << 200 << QByteArray(R"({"status":true})") << 0 << 4 << "status is not text";
    QTest::newRow("500") << 500 << QByteArray() << 0 << 4 << "HTTP 500";
    QTest::newRow("429") << 429 << QByteArray() << 0 << 4 << "HTTP 429";
    QTest::newRow("a server that never answers") << 200 << read << 5000 << 4 << "did not answer in time";
}

void TestStatusCommand::exitStatusSaysWhatHappened()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, delayMs);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    TestHttpServer::Response response;
    response.status = status;
    // A refusal that echoes the request; a 200's body stays as it is (tst_statuscheck echoes into those).
    response.body = status == 200 ? body : body + " X-Octopods-Auth: " + Key;
    response.delayMs = delayMs;
    m_server->setDefaultResponse(response);
    const test::CliRun run =
        test::runCli(statusArguments({QStringLiteral("--timeout"), QStringLiteral("0.5")}));
    QCOMPARE(run.exitCode, exitCode);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(said), qPrintable(output));
    QVERIFY2(!output.contains(QString::fromLatin1(Key)), qPrintable(output)); // echoed back, never printed
    QVERIFY2((exitCode == 0 ? run.err : run.out).isEmpty(), qPrintable(output));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestStatusCommand::aRefusedConnectionIsUnreachable()
{
    const QUrl base = m_server->baseUrl();
    m_server.reset(); // the port is closed now
    const test::CliRun run = test::runCli(
        {QStringLiteral("status"), QStringLiteral("--base"), base.toString(), QStringLiteral("msg-1")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("refused the connection")), qPrintable(run.err));
    m_server = std::make_unique<TestHttpServer>();
}

void TestStatusCommand::wrongCommandLinesAskNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "status"; {base} is the test server's
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("said");
    const QString base = QStringLiteral("{base}");
    QTest::newRow("no id") << QStringList{QStringLiteral("--base"), base} << true << "exactly one MESSAGE_ID";
    QTest::newRow("two ids") << QStringList{QStringLiteral("--base"), base, QStringLiteral("a"),
                                            QStringLiteral("b")}
                             << true << "exactly one MESSAGE_ID";
    QTest::newRow("no key") << QStringList{QStringLiteral("--base"), base, QStringLiteral("msg-1")} << false
                            << "No API key";
    QTest::newRow("plain http elsewhere")
        << QStringList{QStringLiteral("--base"), QStringLiteral("http://app.octopods.io"),
                       QStringLiteral("msg-1")}
        << true << "must use https";
    QTest::newRow("a timeout of nothing")
        << QStringList{QStringLiteral("--base"), base, QStringLiteral("--timeout"), QStringLiteral("0"),
                       QStringLiteral("msg-1")}
        << true << "--timeout";
}

void TestStatusCommand::wrongCommandLinesAskNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKey);
    QFETCH(QString, said);
    if (!withKey)
        qunsetenv(cli::SendCommand::KeyVariable);
    arguments.replaceInStrings(QStringLiteral("{base}"), m_server->baseUrl().toString());
    // The keychain of this test's own name holds no key.
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("status")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestStatusCommand::theStatusIsKeptInTheHistory()
{
    SendAttempt attempt;
    attempt.sentAt = QDateTime::currentDateTimeUtc();
    attempt.destinationPhone = QStringLiteral("+353838000000");
    attempt.payload =
        R"({"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}})";
    attempt.requestPath = QStringLiteral("/api/v1/sms/messages");
    attempt.outcome = SendResult::Outcome::Accepted;
    attempt.messageId = QStringLiteral("msg-1");
    {
        AppServices services(AppServices::defaultDataFolder());
        QVERIFY(services.history().record(attempt));
    }
    TestHttpServer::Response read;
    read.status = 200;
    read.body = R"({"status":"READ","last_updated":"2024-03-05T10:42:00Z"})";
    m_server->setDefaultResponse(read);
    QCOMPARE(test::runCli(statusArguments()).exitCode, 0);
    AppServices services(AppServices::defaultDataFolder());
    const QList<SendAttempt> attempts = services.history().recent(1);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().deliveryStatus, QStringLiteral("READ"));
    QCOMPARE(attempts.first().deliveryStatusAt,
             QDateTime(QDate(2024, 3, 5), QTime(10, 42), QTimeZone::utc()));
}

void TestStatusCommand::noHistoryIsCreatedForALookup()
{
    TestHttpServer::Response read;
    read.status = 200;
    read.body = R"({"status":"READ"})";
    m_server->setDefaultResponse(read);
    QCOMPARE(test::runCli(statusArguments()).exitCode, 0);
    QVERIFY(!QFileInfo::exists(AppServices(AppServices::defaultDataFolder()).databasePath()));
}

void TestStatusCommand::listedInTheUsage()
{
    const test::CliRun usage = test::runCli({QStringLiteral("--help")});
    QVERIFY2(usage.out.contains(QStringLiteral("status")), qPrintable(usage.out));
    const test::CliRun help = test::runCli({QStringLiteral("status"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* said : {"--base", "--timeout", "MESSAGE_ID", "WA_COMPOSER_API_KEY", "3 refused"})
        QVERIFY2(help.out.contains(QLatin1StringView(said)), qPrintable(help.out));
}

QTEST_MAIN(TestStatusCommand)
#include "tst_statuscommand.moc"
