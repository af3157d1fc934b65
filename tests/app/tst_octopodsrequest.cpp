#include "message/MessageJson.h"
#include "sending/OctopodsRequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace wa;

namespace {

InteractiveMessage replyButtons()
{
    InteractiveMessage message;
    message.body = QStringLiteral("Did your order arrive today?");
    message.action = ReplyButtonsAction{
        {{QStringLiteral("yes"), QStringLiteral("Yes")}, {QStringLiteral("no"), QStringLiteral("No")}}};
    return message;
}

QJsonObject readObject(const QString& name)
{
    QFile file(QStringLiteral(WA_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const QList<ValidationIssue> issuesAt(const QList<ValidationIssue>& issues, const QString& path)
{
    QList<ValidationIssue> found;
    for (const auto& issue : issues)
        if (issue.path == path)
            found.append(issue);
    return found;
}

} // namespace

class TestOctopodsRequest : public QObject
{
    Q_OBJECT
private slots:
    void bodyHasTheDocumentedShapeAndOrder();
    void teammateIsLeftOutWhenEmpty();
    void validatesThePhone_data();
    void validatesThePhone();
    void prefixesMessageIssues();
    void readsTheArticleExamples_data();
    void readsTheArticleExamples();
    void readsAStringifiedMessage();
    void reportsWrapperProblems_data();
    void reportsWrapperProblems();
};

void TestOctopodsRequest::bodyHasTheDocumentedShapeAndOrder()
{
    OctopodsRequest request{QStringLiteral("+353838000000"), replyButtons(), QStringLiteral("5173352"), {}};
    QCOMPARE(
        request.toJson(JsonWriter::Format::Compact),
        QByteArray(
            R"({"destination_phone":"+353838000000","waba_interactive_message":{"type":"button",)"
            R"("body":{"text":"Did your order arrive today?"},"action":{"buttons":[)"
            R"({"type":"reply","reply":{"id":"yes","title":"Yes"}},)"
            R"({"type":"reply","reply":{"id":"no","title":"No"}}]}},"intercom_teammate_id":"5173352"})"));
    QVERIFY(request.validate().isEmpty());
}

void TestOctopodsRequest::teammateIsLeftOutWhenEmpty()
{
    OctopodsRequest request{QStringLiteral("+353838000000"), replyButtons(), {}, {}};
    const QJsonObject json = request.toJsonObject();
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("destination_phone"), QStringLiteral("waba_interactive_message")}));
    request.openIntercomConversation = true;
    QCOMPARE(request.toJsonObject().value(QStringLiteral("open_intercom_conversation")), QJsonValue(true));
}

void TestOctopodsRequest::validatesThePhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::newRow("E.164") << "+353838000000"
                           << "";
    QTest::newRow("missing") << ""
                             << "required";
    QTest::newRow("spaced, not E.164") << "+353 83 800 0000"
                                       << "not-e164";
    QTest::newRow("national, not E.164") << "0838000000"
                                         << "invalid-phone";
    QTest::newRow("garbage") << "hello"
                             << "invalid-phone";
}

void TestOctopodsRequest::validatesThePhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, code);
    const OctopodsRequest request{phone, replyButtons(), {}, {}};
    const auto issues = issuesAt(request.validate(), QStringLiteral("destination_phone"));
    if (code.isEmpty()) {
        QVERIFY(issues.isEmpty());
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, code);
    QCOMPARE(issues.first().severity, Severity::Error);
    QVERIFY(!issues.first().message.isEmpty());
}

void TestOctopodsRequest::prefixesMessageIssues()
{
    InteractiveMessage message = replyButtons();
    message.actionAs<ReplyButtonsAction>()->buttons[1].id = QStringLiteral("yes");
    const OctopodsRequest request{QStringLiteral("+353838000000"), message, {}, {}};
    const auto issues =
        issuesAt(request.validate(), QStringLiteral("waba_interactive_message.action.buttons[1].reply.id"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, QStringLiteral("duplicate-id"));
}

void TestOctopodsRequest::readsTheArticleExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<MessageType>("type");
    QTest::newRow("reply buttons") << "octopods_reply_buttons.json" << MessageType::Button;
    QTest::newRow("list") << "octopods_list.json" << MessageType::List;
}

void TestOctopodsRequest::readsTheArticleExamples()
{
    QFETCH(QString, file);
    QFETCH(MessageType, type);
    const QJsonObject json = readObject(file);
    QVERIFY(OctopodsRequest::isRequestBody(json));
    const RequestParseResult result = OctopodsRequest::fromJson(json);
    QVERIFY(result.ok());
    QVERIFY(!result.hasDestinationPhone);
    QCOMPARE(result.request.message.type(), type);
    QVERIFY(!Validator::hasErrors(Validator::check(result.request.message)));
    QCOMPARE(result.request.toJsonObject(), json);

    OctopodsRequest addressed = result.request;
    addressed.destinationPhone = QStringLiteral("+353838000000");
    addressed.intercomTeammateId = QStringLiteral("5173352");
    QVERIFY(addressed.validate().isEmpty());
    const RequestParseResult again = OctopodsRequest::fromJson(addressed.toJsonObject());
    QVERIFY(again.ok());
    QCOMPARE(again.request, addressed);
}

void TestOctopodsRequest::readsAStringifiedMessage()
{
    const QJsonObject messageJson = MessageJson::toJsonObject(replyButtons());
    const QJsonObject body{{QStringLiteral("destination_phone"), QStringLiteral("+353838000000")},
                           {QStringLiteral("waba_interactive_message"),
                            QString::fromUtf8(QJsonDocument(messageJson).toJson(QJsonDocument::Compact))}};
    const RequestParseResult result = OctopodsRequest::fromJson(body);
    QVERIFY(result.ok());
    QCOMPARE(result.request.message, replyButtons());
    QCOMPARE(result.request.toJsonObject().value(QStringLiteral("waba_interactive_message")).toObject(),
             messageJson);
}

void TestOctopodsRequest::reportsWrapperProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("unknown key")
        << QByteArray(R"({"waba_interactive_message":{"type":"location_request_message",)"
                      R"("body":{"text":"Where?"},"action":{"name":"send_location"}},"to":"x"})")
        << QStringList{QStringLiteral("to")};
    QTest::newRow("phone is a number")
        << QByteArray(
               R"({"destination_phone":353838000000,"waba_interactive_message":{"type":"location_request_message",)"
               R"("body":{"text":"Where?"},"action":{"name":"send_location"}}})")
        << QStringList{QStringLiteral("destination_phone")};
    QTest::newRow("message inside is broken")
        << QByteArray(
               R"({"waba_interactive_message":{"type":"button","body":{"text":"Hi"},"action":{"buttons":{}}}})")
        << QStringList{QStringLiteral("waba_interactive_message.action.buttons")};
    QTest::newRow("stringified message does not parse")
        << QByteArray(R"({"waba_interactive_message":"{\"type\": "})")
        << QStringList{QStringLiteral("waba_interactive_message")};
    QTest::newRow("message is a number") << QByteArray(R"({"waba_interactive_message":7})")
                                         << QStringList{QStringLiteral("waba_interactive_message")};
    QTest::newRow("open_intercom_conversation not a bool")
        << QByteArray(
               R"({"open_intercom_conversation":"yes","waba_interactive_message":{"type":"location_request_message",)"
               R"("body":{"text":"Where?"},"action":{"name":"send_location"}}})")
        << QStringList{QStringLiteral("open_intercom_conversation")};
}

void TestOctopodsRequest::reportsWrapperProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, paths);
    const RequestParseResult result = OctopodsRequest::fromJson(QJsonDocument::fromJson(json).object());
    QStringList found;
    for (const JsonError& error : result.errors)
        found.append(error.path);
    QCOMPARE(found, paths);
}

QTEST_GUILESS_MAIN(TestOctopodsRequest)
#include "tst_octopodsrequest.moc"
