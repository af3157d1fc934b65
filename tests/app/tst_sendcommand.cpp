#include "AppServices.h"
#include "cli/SendCommand.h"
#include "sending/SendHistory.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestHttpServer.h"
#include <QDir>
#include <QTemporaryDir>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace wa;
using test::TestHttpServer;

// `wa-composer send` against a real HTTP server on 127.0.0.1: what goes on the wire, the exit status for
// every kind of answer, and the key kept out of everything it prints.
class TestSendCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendsTheArticleExample();
    void theInteractiveEndpointTakesTheSameBody();
    void anUndocumentedTypeIsWarnedOf_data();
    void anUndocumentedTypeIsWarnedOf();
    void historyKeepsTheMessageAsWrittenAndTheValues();
    void exitStatusSaysWhatHappened_data();
    void exitStatusSaysWhatHappened();
    void octopodsErrorNamesAreSaidInWords();
    void nothingLeavesWithoutAValidMessageAndKey_data();
    void nothingLeavesWithoutAValidMessageAndKey();
    void aRefusedConnectionIsNotSent();
    void anEchoedKeyReachesNeitherDiskNorTerminal_data();
    void anEchoedKeyReachesNeitherDiskNorTerminal();

private:
    QStringList sendArguments(const QStringList& extra = {}) const;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;
};

namespace {
const QByteArray Key = "octo-key-2f9a71c4";
const QString ListExample = QStringLiteral(WA_TEST_DATA "/octopods_list.json");
} // namespace

void TestSendCommand::initTestCase()
{
    // The send history goes to the test location, and the keychain entry is this test's, never the app's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wa-composer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sendcommand"));
}

void TestSendCommand::init()
{
    // A data folder of each test's own: the send history starts empty, whatever ran before (another
    // build's tests included, whose schema may be newer).
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    qputenv(AppServices::DataDirVariable, QFile::encodeName(m_data->path()));
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    qputenv(cli::SendCommand::KeyVariable, Key);
}

void TestSendCommand::cleanup()
{
    m_server.reset();
    qunsetenv(AppServices::DataDirVariable);
    m_data.reset();
    qunsetenv(cli::SendCommand::KeyVariable);
}

// Nobody listening: nothing left this computer, and the exit status says so (3), not "it may have been
// sent" (4).
void TestSendCommand::aRefusedConnectionIsNotSent()
{
    const QUrl base = m_server->baseUrl();
    m_server.reset(); // the port is closed now
    const test::CliRun run =
        test::runCli({QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+353838000000"),
                      QStringLiteral("--base"), base.toString(), ListExample});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("refused the connection")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("nothing left this computer")), qPrintable(run.err));
    m_server = std::make_unique<TestHttpServer>();
}

void TestSendCommand::anEchoedKeyReachesNeitherDiskNorTerminal_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("refused, the request echoed") << 422;
    QTest::newRow("server error, the request echoed") << 502;
    QTest::newRow("accepted, the request echoed") << 201;
}

// A server or proxy that echoes the request (headers and all) in its answer: the key is in what came back,
// and must be in none of what is printed or kept (the send history, in the database file itself).
void TestSendCommand::anEchoedKeyReachesNeitherDiskNorTerminal()
{
    QFETCH(int, status);
    TestHttpServer::Response echo;
    echo.status = status;
    echo.body =
        QByteArray(R"({"message_id":"msg-9","error_code":"ECHO","error":"you sent X-Octopods-Auth: )") + Key +
        QByteArray(R"(","headers":{"X-Octopods-Auth":")") + Key + QByteArray(R"("},"raw":")") + Key +
        QByteArray(R"("})");
    m_server->setDefaultResponse(echo);
    QTemporaryDir data;
    QVERIFY(data.isValid());
    {
        AppServices services(data.path());
        const test::CliRun run = test::runCli(sendArguments(), {}, &services);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().header("X-Octopods-Auth"), Key); // it was sent, of course
        const QString output = run.out + run.err;
        QVERIFY2(!output.contains(QString::fromLatin1(Key)), qPrintable(output));
        if (status != 201)
            QVERIFY2(output.contains(QStringLiteral("[redacted]")), qPrintable(output));
        const QList<SendAttempt> attempts = services.history().recent(1);
        QCOMPARE(attempts.size(), 1);
        QVERIFY(!attempts.first().responseExcerpt.contains(QString::fromLatin1(Key)));
        QVERIFY(attempts.first().responseExcerpt.contains(QStringLiteral("[redacted]")));
    }
    for (const QString& file : QDir(data.path()).entryList(QDir::Files)) {
        QFile stored(QDir(data.path()).filePath(file));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY2(!stored.readAll().contains(Key), qPrintable(file));
    }
}

QStringList TestSendCommand::sendArguments(const QStringList& extra) const
{
    return QStringList{QStringLiteral("send"),     QStringLiteral("--to"),   QStringLiteral("083 800 0000"),
                       QStringLiteral("--region"), QStringLiteral("IE"),     QStringLiteral("--teammate"),
                       QStringLiteral("5173352"),  QStringLiteral("--base"), m_server->baseUrl().toString()} +
           extra + QStringList{ListExample};
}

void TestSendCommand::sendsTheArticleExample()
{
    const test::CliRun run = test::runCli(sendArguments());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("msg-1")), qPrintable(run.out));
    QCOMPARE(m_server->requests().size(), 1);
    const TestHttpServer::Request& sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.target, QByteArray("/api/v1/sms/messages"));
    QCOMPARE(sent.header("X-Octopods-Auth"), Key);
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QStringLiteral("destination_phone")).toString(), QStringLiteral("+353838000000"));
    QCOMPARE(body.value(QStringLiteral("intercom_teammate_id")).toString(), QStringLiteral("5173352"));
    // The same body `request --compact` prints.
    const test::CliRun request =
        test::runCli({QStringLiteral("request"), QStringLiteral("--to"), QStringLiteral("083 800 0000"),
                      QStringLiteral("--region"), QStringLiteral("IE"), QStringLiteral("--teammate"),
                      QStringLiteral("5173352"), QStringLiteral("--compact"), ListExample});
    QCOMPARE(sent.body, request.out.trimmed().toUtf8());
    QVERIFY(!run.out.contains(QString::fromLatin1(Key)) && !run.err.contains(QString::fromLatin1(Key)));

    // Kept in the send history the window shows.
    Database database(AppServices(AppServices::defaultDataFolder()).databasePath());
    const QList<SendAttempt> attempts = SendHistory(database).recent(1);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().destinationPhone, QStringLiteral("+353838000000"));
    QCOMPARE(attempts.first().teammateId, QStringLiteral("5173352"));
    QCOMPARE(attempts.first().outcome, SendResult::Outcome::Accepted);
    QCOMPARE(attempts.first().messageId, QStringLiteral("msg-1"));
    QVERIFY(qAbs(attempts.first().sentAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

// --endpoint interactive: the same body to Octopods' newer call, which alone takes
// open_intercom_conversation.
void TestSendCommand::theInteractiveEndpointTakesTheSameBody()
{
    QStringList arguments = sendArguments();
    arguments.removeLast();
    const test::CliRun plain = test::runCli(sendArguments());
    QCOMPARE(plain.exitCode, 0);
    const test::CliRun run = test::runCli(
        arguments + QStringList{QStringLiteral("--endpoint"), QStringLiteral("interactive"), ListExample});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString()); // a list is one of the types it documents: no warning
    const test::CliRun opening =
        test::runCli(arguments + QStringList{QStringLiteral("--endpoint"), QStringLiteral("interactive"),
                                             QStringLiteral("--open-conversation"), ListExample});
    QCOMPARE(opening.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 3);
    const TestHttpServer::Request& first = m_server->requests().at(0);
    const TestHttpServer::Request& second = m_server->requests().at(1);
    QCOMPARE(first.target, QByteArray("/api/v1/sms/messages"));
    QCOMPARE(second.target, QByteArray("/api/v1/whatsapp/interactive"));
    QCOMPARE(second.method, QByteArray("POST"));
    QCOMPARE(second.header("X-Octopods-Auth"), Key);
    QCOMPARE(second.body, first.body);
    QJsonObject expected = QJsonDocument::fromJson(first.body).object();
    QVERIFY(!expected.contains(QStringLiteral("open_intercom_conversation")));
    expected.insert(QStringLiteral("open_intercom_conversation"), true);
    QCOMPARE(QJsonDocument::fromJson(m_server->requests().at(2).body).object(), expected);

    // The history keeps where each went.
    Database database(AppServices(AppServices::defaultDataFolder()).databasePath());
    const QList<SendAttempt> attempts = SendHistory(database).recent(3);
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(1).requestPath, QStringLiteral("/api/v1/whatsapp/interactive"));
    QCOMPARE(attempts.at(2).requestPath, QStringLiteral("/api/v1/sms/messages"));
}

// A type the interactive endpoint does not document is sent, with a warning naming the endpoint and the type.
void TestSendCommand::anUndocumentedTypeIsWarnedOf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::newRow("cta_url") << QStringLiteral(WA_TEST_DATA "/messages/cta_url.json")
                             << QStringLiteral("cta_url");
    QTest::newRow("location request")
        << QStringLiteral(WA_TEST_DATA "/messages/location_request_message.json")
        << QStringLiteral("location_request_message");
}

void TestSendCommand::anUndocumentedTypeIsWarnedOf()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QStringList arguments = sendArguments();
    arguments.removeLast();
    const test::CliRun run = test::runCli(
        arguments + QStringList{QStringLiteral("--endpoint"), QStringLiteral("interactive"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.startsWith(QStringLiteral("warning: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("/api/v1/whatsapp/interactive")), qPrintable(run.err));
    QVERIFY2(run.err.contains(type + QStringLiteral(" messages")), qPrintable(run.err));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().target, QByteArray("/api/v1/whatsapp/interactive"));
    // The messages endpoint takes every type without a word.
    const test::CliRun plain = test::runCli(arguments + QStringList{file});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.err, QString());
}

void TestSendCommand::historyKeepsTheMessageAsWrittenAndTheValues()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("order.json"));
    const QByteArray written = R"({"type":"button","body":{"text":"Hi {{name}}, order {{order|pending}}"},)"
                               R"("action":{"buttons":[{"type":"reply","reply":{"id":"ok","title":"OK"}}]}})";
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(written);
    }
    const test::CliRun run = test::runCli(
        {QStringLiteral("send"), QStringLiteral("--to"), QStringLiteral("+353838000000"),
         QStringLiteral("--base"), m_server->baseUrl().toString(), QStringLiteral("--var"),
         QStringLiteral("name=Maria"), QStringLiteral("--var"), QStringLiteral("unused=x"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 1);
    const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(sent.value(
                 QStringLiteral("waba_interactive_message"))[QStringLiteral("body")][QStringLiteral("text")],
             QStringLiteral("Hi Maria, order pending"));

    Database database(AppServices(AppServices::defaultDataFolder()).databasePath());
    const QList<SendAttempt> attempts = SendHistory(database).recent(1);
    QCOMPARE(attempts.size(), 1);
    QVERIFY2(attempts.first().payload.contains("Hi Maria, order pending"),
             attempts.first().payload.constData());
    QCOMPARE(attempts.first().written.payload, written); // compact, as the file has it
    // Only the values of the message's variables; the fallback that applied is in the message as written.
    QCOMPARE(attempts.first().written.values,
             (QMap<QString, QString>{{QStringLiteral("name"), QStringLiteral("Maria")}}));

    // A message without variables keeps no template.
    QCOMPARE(test::runCli(sendArguments()).exitCode, 0);
    QVERIFY(SendHistory(database).recent(1).first().written.isEmpty());
}

void TestSendCommand::exitStatusSaysWhatHappened_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("ending"); // TestHttpServer::Response::Ending
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    const int complete = int(TestHttpServer::Response::Ending::Complete);
    QTest::newRow("201") << 201 << complete << 0 << 0 << "accepted";
    QTest::newRow("400") << 400 << complete << 0 << 3 << "rejected";
    QTest::newRow("401") << 401 << complete << 0 << 3 << "API key";
    QTest::newRow("403") << 403 << complete << 0 << 3 << "not opted in";
    QTest::newRow("429") << 429 << complete << 0 << 3 << "too many";
    QTest::newRow("500") << 500 << complete << 0 << 4 << "may or may not";
    QTest::newRow("hang-up") << 0 << int(TestHttpServer::Response::Ending::CloseWithoutAnswer) << 0 << 4
                             << "may have been delivered";
    QTest::newRow("timeout") << 201 << complete << 3000 << 4 << "in time";
    QTest::newRow("301: never followed, not sent") << 301 << complete << 0 << 3 << "redirect";
    QTest::newRow("307: never followed, not sent") << 307 << complete << 0 << 3 << "redirect";
    QTest::newRow("not HTTP") << 0 << int(TestHttpServer::Response::Ending::NotHttp) << 0 << 4
                              << "without sending an HTTP answer";
}

void TestSendCommand::exitStatusSaysWhatHappened()
{
    QFETCH(int, status);
    QFETCH(int, ending);
    QFETCH(int, delayMs);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    TestHttpServer::Response response;
    response.status = status;
    response.ending = TestHttpServer::Response::Ending(ending);
    response.delayMs = delayMs;
    response.body = status == 201 ? response.body : QByteArray(R"({"error_code":"X","error":"no"})");
    m_server->setDefaultResponse(response);
    const test::CliRun run =
        test::runCli(sendArguments({QStringLiteral("--timeout"), QStringLiteral("0.5")}));
    QCOMPARE(run.exitCode, exitCode);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(said), qPrintable(output));
    QVERIFY(!output.contains(QString::fromLatin1(Key)));
    QCoreApplication::processEvents(); // the verb has finished its send: a request on its way is read now
    QCOMPARE(m_server->requests().size(), 1); // one send, whatever happened
}

void TestSendCommand::octopodsErrorNamesAreSaidInWords()
{
    TestHttpServer::Response response;
    response.status = 400;
    response.body =
        QByteArray(R"({"request_id":"r","error_code":"PHONE_INVALID","error":"Phone is invalid"})");
    m_server->setDefaultResponse(response);
    const test::CliRun run = test::runCli(sendArguments({}));
    QCOMPARE(run.exitCode, 3);
    const QString output = run.out + run.err;
    QVERIFY2(output.contains(QStringLiteral("did not accept the customer's phone number")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PHONE_INVALID")), qPrintable(output)); // the name too, for tools
}

void TestSendCommand::nothingLeavesWithoutAValidMessageAndKey_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    const QString bad = QStringLiteral(WA_TEST_DATA "/messages/list.json");
    QTest::newRow("no key") << QStringList{} << false << 2 << "WA_COMPOSER_API_KEY";
    QTest::newRow("no phone") << QStringList{QStringLiteral("--to"), QStringLiteral("")} << true << 2
                              << "--to";
    QTest::newRow("bad phone") << QStringList{QStringLiteral("--to"), QStringLiteral("12")} << true << 1
                               << "--to";
    QTest::newRow("plain http elsewhere")
        << QStringList{QStringLiteral("--base"), QStringLiteral("http://app.octopods.io")} << true << 2
        << "https";
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0")} << true << 2
                                 << "--timeout";
    QTest::newRow("unknown endpoint")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("sms")} << true << 2 << "--endpoint";
    QTest::newRow("open conversation on the messages endpoint")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("messages"),
                       QStringLiteral("--open-conversation")}
        << true << 2 << "--open-conversation";
}

void TestSendCommand::nothingLeavesWithoutAValidMessageAndKey()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKey);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    if (!withKey)
        qunsetenv(cli::SendCommand::KeyVariable);
    // Later options win, so the row's options override the defaults in sendArguments().
    QStringList all = sendArguments();
    all.removeLast();
    all += arguments;
    all.append(ListExample);
    const test::CliRun run = test::runCli(all);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_MAIN(TestSendCommand)
#include "tst_sendcommand.moc"
