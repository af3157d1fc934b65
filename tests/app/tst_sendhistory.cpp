#include "message/MessageJson.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"
#include "storage/Database.h"
#include "support/TestHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;
using Outcome = SendResult::Outcome;

namespace {

const QString RequestPath = QStringLiteral("/api/v1/sms/messages");

InteractiveMessage replyButtons(const QString& body = QStringLiteral("Did your order arrive today?"))
{
    InteractiveMessage message;
    message.body = body;
    message.action = ReplyButtonsAction{
        {{QStringLiteral("yes"), QStringLiteral("Yes")}, {QStringLiteral("no"), QStringLiteral("No")}}};
    return message;
}

QDateTime at(int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute, second, ms), Qt::UTC);
}

SendAttempt attemptAt(const QDateTime& when, const QString& messageId = {})
{
    SendAttempt attempt;
    attempt.sentAt = when;
    attempt.destinationPhone = QStringLiteral("+353838000000");
    attempt.payload = MessageJson::toJson(replyButtons(), JsonWriter::Format::Compact);
    attempt.requestPath = RequestPath;
    attempt.outcome = Outcome::Accepted;
    attempt.httpStatus = 201;
    attempt.messageId = messageId;
    return attempt;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray utf16(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

QList<qint64> idsOf(const QList<SendAttempt>& attempts)
{
    QList<qint64> ids;
    for (const SendAttempt& attempt : attempts)
        ids.append(attempt.id);
    return ids;
}

} // namespace

// The send history over a real SQLite file: every field of every outcome round-trips, newest first,
// excerpts capped, any text stored exactly, and the API key never stored anywhere.
class TestSendHistory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void outcomeNamesAreStable_data();
    void outcomeNamesAreStable();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void storesTimesAsUtcTextAndAbsentValuesAsNull();
    void recentIsNewestFirstAndHonoursTheLimit();
    void recentRecipientsAreDistinctAndMostRecentFirst();
    void fromResultBuildsTheRow();
    void excerptIsCapped_data();
    void excerptIsCapped();
    void nonUtf8BodyIsStored();
    void nonAsciiRoundTripsExactly_data();
    void nonAsciiRoundTripsExactly();
    void rowsOutliveTheDatabaseObject();
    void twoInstancesShareTheHistory();
    void unreadableRowIsReported();
    void unreadableValuesKeepTheRow();
    void attemptWithoutTimeIsRefused();
    void apiKeyIsNeverStored();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("drafts.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SendHistory> m_history;
};

void TestSendHistory::init()
{
    // Any Qt warning fails the test, among them QSqlDatabase's "connection ... is still in use".
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(path());
    m_history = std::make_unique<SendHistory>(*m_database);
}

void TestSendHistory::cleanup()
{
    m_history.reset();
    m_database.reset();
    m_dir.reset();
}

void TestSendHistory::outcomeNamesAreStable_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("name");
    QTest::newRow("accepted") << Outcome::Accepted << "accepted";
    QTest::newRow("rejected") << Outcome::Rejected << "rejected";
    QTest::newRow("unauthorized") << Outcome::Unauthorized << "unauthorized";
    QTest::newRow("not enabled") << Outcome::NotEnabled << "not_enabled";
    QTest::newRow("rate limited") << Outcome::RateLimited << "rate_limited";
    QTest::newRow("server error") << Outcome::ServerError << "server_error";
    QTest::newRow("network error") << Outcome::NetworkError << "network_error";
    QTest::newRow("timeout") << Outcome::Timeout << "timeout";
    QTest::newRow("cancelled") << Outcome::Cancelled << "cancelled";
    QTest::newRow("not sent") << Outcome::NotSent << "not_sent";
}

void TestSendHistory::outcomeNamesAreStable()
{
    QFETCH(Outcome, outcome);
    QFETCH(QString, name);
    QCOMPARE(SendHistory::outcomeName(outcome), name);
    QCOMPARE(SendHistory::outcomeFromName(name), std::optional<Outcome>(outcome));
    QCOMPARE(SendHistory::outcomeFromName(name.toUpper()), std::nullopt);
    QCOMPARE(SendHistory::outcomeFromName(name + QLatin1Char(' ')), std::nullopt);
    QCOMPARE(SendHistory::outcomeFromName(QString()), std::nullopt);
}

void TestSendHistory::roundTripsEveryField_data()
{
    QTest::addColumn<SendAttempt>("attempt");
    const QByteArray payload = MessageJson::toJson(replyButtons(), JsonWriter::Format::Compact);
    const QDateTime when = at(5, 14, 7, 9, 123);
    const auto row = [&](Outcome outcome, const QString& phone, const QString& teammate, int status,
                         const QString& excerpt, const QString& messageId, const QString& errorCode,
                         bool mayHave, const SendTemplate& written = {}) {
        return SendAttempt{0,      when,    phone,     teammate,  payload, RequestPath, outcome,
                           status, excerpt, messageId, errorCode, mayHave, written};
    };
    const QString phone = QStringLiteral("+353838000000");
    QTest::newRow("accepted") << row(Outcome::Accepted, phone, QStringLiteral("5173352"), 201,
                                     QStringLiteral(R"({"request_id":"req-1","message_id":"msg-1"})"),
                                     QStringLiteral("msg-1"), {}, false);
    QTest::newRow("rejected") << row(
        Outcome::Rejected, phone, {}, 422,
        QStringLiteral(R"({"error_code":"PHONE_INVALID","error":"Invalid phone"})"), {},
        QStringLiteral("PHONE_INVALID"), false);
    QTest::newRow("unauthorized") << row(Outcome::Unauthorized, phone, {}, 401,
                                         QStringLiteral("Unauthorized"), {}, {}, false);
    QTest::newRow("not enabled") << row(Outcome::NotEnabled, phone, QStringLiteral("42"), 403,
                                        QStringLiteral(R"({"error_code":"NOT_ENABLED"})"), {},
                                        QStringLiteral("NOT_ENABLED"), false);
    QTest::newRow("rate limited") << row(Outcome::RateLimited, phone, {}, 429, {}, {}, {}, false);
    QTest::newRow("server error") << row(Outcome::ServerError, phone, {}, 502,
                                         QStringLiteral("<html>Bad gateway</html>"), {}, {}, true);
    QTest::newRow("network error, after sending")
        << row(Outcome::NetworkError, phone, {}, 0, {}, {}, {}, true);
    QTest::newRow("timeout") << row(Outcome::Timeout, phone, QStringLiteral("5173352"), 0, {}, {}, {}, true);
    QTest::newRow("cancelled") << row(Outcome::Cancelled, phone, {}, 0, {}, {}, {}, false);
    QTest::newRow("not sent, no phone") << row(Outcome::NotSent, {}, {}, 0, {}, {}, {}, false);
    const SendTemplate written{R"({"type":"button","body":{"text":"Hi {{name}}, order {{order|pending}}"}})",
                               {{QStringLiteral("name"), QStringLiteral("Mária \"M\" 😀")}}};
    QTest::newRow("with variables") << row(Outcome::Accepted, phone, {}, 201, {}, QStringLiteral("msg-2"), {},
                                           false, written);
    QTest::newRow("with variables, every one left to its fallback")
        << row(Outcome::Accepted, phone, {}, 201, {}, {}, {}, false, SendTemplate{written.payload, {}});
    SendAttempt delivered = row(Outcome::Accepted, phone, {}, 201, {}, QStringLiteral("msg-3"), {}, false);
    delivered.deliveryStatus = QStringLiteral("DELIVERED");
    delivered.deliveryStatusAt = at(5, 14, 9, 0, 250);
    QTest::newRow("with a delivery status") << delivered;
    SendAttempt undocumented = delivered;
    undocumented.deliveryStatus = QStringLiteral("Queued-At-Meta ✓");
    undocumented.deliveryStatusAt = QDateTime();
    QTest::newRow("with an undocumented status and no time") << undocumented;
}

void TestSendHistory::roundTripsEveryField()
{
    QFETCH(SendAttempt, attempt);
    // Something before it, so that the id is not trivially 1.
    QVERIFY(m_history->record(attemptAt(at(1, 0, 0, 0, 0))));

    QString error;
    const std::optional<qint64> id = m_history->record(attempt, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(*id, 2);
    SendAttempt expected = attempt;
    expected.id = *id;

    const std::optional<SendAttempt> found = m_history->find(*id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->sentAt, expected.sentAt);
    QCOMPARE(found->destinationPhone, expected.destinationPhone);
    QCOMPARE(found->teammateId, expected.teammateId);
    QCOMPARE(found->payload, expected.payload);
    QCOMPARE(found->requestPath, expected.requestPath);
    QCOMPARE(found->outcome, expected.outcome);
    QCOMPARE(found->httpStatus, expected.httpStatus);
    QCOMPARE(found->responseExcerpt, expected.responseExcerpt);
    QCOMPARE(found->messageId, expected.messageId);
    QCOMPARE(found->errorCode, expected.errorCode);
    QCOMPARE(found->mayHaveBeenDelivered, expected.mayHaveBeenDelivered);
    QCOMPARE(found->written.payload, expected.written.payload);
    QCOMPARE(found->written.values, expected.written.values);
    QCOMPARE(found->deliveryStatus, expected.deliveryStatus);
    QCOMPARE(found->deliveryStatusAt, expected.deliveryStatusAt);
    QVERIFY(*found == expected);

    const QList<SendAttempt> recent = m_history->recent(10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(recent.size(), 2);
    QVERIFY(recent.first() == expected);

    QVERIFY(!m_history->find(*id + 1, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // not there is not an error
}

void TestSendHistory::storesTimesAsUtcTextAndAbsentValuesAsNull()
{
    SendAttempt attempt =
        attemptAt(QDateTime(QDate(2024, 3, 5), QTime(17, 7, 9, 5), Qt::OffsetFromUTC, 3 * 3600));
    attempt.httpStatus = 0;
    const std::optional<qint64> id = m_history->record(attempt);
    QVERIFY(id);
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT sent_at, teammate_id, http_status, response_excerpt, message_id, "
            "error_code, template, variable_values, may_have_been_delivered FROM send_attempts")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2024-03-05T14:07:09.005Z"));
        for (int column = 1; column <= 7; ++column)
            QVERIFY2(query.isNull(column), qPrintable(query.record().fieldName(column)));
        QCOMPARE(query.value(8).toInt(), 0);
    }
    const std::optional<SendAttempt> found = m_history->find(*id);
    QVERIFY(found);
    QCOMPARE(found->sentAt, attempt.sentAt); // the same instant
    QCOMPARE(found->sentAt.timeSpec(), Qt::UTC);
    QCOMPARE(found->sentAt.time(), QTime(14, 7, 9, 5));
}

void TestSendHistory::recentIsNewestFirstAndHonoursTheLimit()
{
    // Recorded out of order; two in the same millisecond (the later id counts as newer).
    const QList<QDateTime> times = {at(3, 9, 0, 0, 0),      at(1, 9, 0, 0, 0), at(3, 9, 0, 0, 1),
                                    at(2, 23, 59, 59, 999), at(3, 9, 0, 0, 1), at(10, 0, 0, 0, 0)};
    for (const QDateTime& when : times)
        QVERIFY(m_history->record(attemptAt(when)));
    QString error;
    QCOMPARE(idsOf(m_history->recent(100, &error)), (QList<qint64>{6, 5, 3, 1, 4, 2}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(idsOf(m_history->recent(6)), (QList<qint64>{6, 5, 3, 1, 4, 2}));
    QCOMPARE(idsOf(m_history->recent(3)), (QList<qint64>{6, 5, 3}));
    QCOMPARE(idsOf(m_history->recent(1)), (QList<qint64>{6}));
    QCOMPARE(idsOf(m_history->recent(0)), QList<qint64>());
    QCOMPARE(idsOf(m_history->recent(-1)), QList<qint64>());
    const QList<SendAttempt> all = m_history->recent(100);
    QCOMPARE(all.first().sentAt, at(10, 0, 0, 0, 0));
    QCOMPARE(all.last().sentAt, at(1, 9, 0, 0, 0));
}

void TestSendHistory::recentRecipientsAreDistinctAndMostRecentFirst()
{
    QCOMPARE(m_history->recentRecipients(10), QStringList());
    const QList<std::pair<QString, QDateTime>> sends = {
        {QStringLiteral("+353838000000"), at(1, 9, 0, 0, 0)},
        {QStringLiteral("+16502530000"), at(2, 9, 0, 0, 0)},
        {QStringLiteral("+353838000000"), at(5, 9, 0, 0, 0)},
        {QStringLiteral("+447700900123"), at(3, 9, 0, 0, 0)},
        {QStringLiteral("+16502530000"), at(4, 9, 0, 0, 0)},
    };
    for (const auto& [phone, when] : sends) {
        SendAttempt attempt = attemptAt(when);
        attempt.destinationPhone = phone;
        QVERIFY(m_history->record(attempt));
    }
    QString error;
    QCOMPARE(m_history->recentRecipients(10, &error),
             (QStringList{QStringLiteral("+353838000000"), QStringLiteral("+16502530000"),
                          QStringLiteral("+447700900123")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_history->recentRecipients(2),
             (QStringList{QStringLiteral("+353838000000"), QStringLiteral("+16502530000")}));
    QCOMPARE(m_history->recentRecipients(0), QStringList());
}

void TestSendHistory::fromResultBuildsTheRow()
{
    const OctopodsRequest request{QStringLiteral("+353838000000"), replyButtons(), QStringLiteral("5173352"),
                                  true};
    SendResult result;
    result.outcome = Outcome::Rejected;
    result.httpStatus = 422;
    result.body = R"({"error_code":"PHONE_INVALID","error":"The phone is not on WhatsApp"})";
    result.readBody();
    result.mayHaveBeenDelivered = false;
    const QDateTime when = at(5, 14, 7, 9, 123);

    const SendAttempt attempt =
        SendHistory::fromResult(request, QStringLiteral("/api/v1/whatsapp/interactive"), result, when);
    QCOMPARE(attempt.id, 0);
    QCOMPARE(attempt.sentAt, when);
    QCOMPARE(attempt.destinationPhone, QStringLiteral("+353838000000"));
    QCOMPARE(attempt.teammateId, QStringLiteral("5173352"));
    QCOMPARE(
        attempt.payload,
        QByteArray(R"({"type":"button","body":{"text":"Did your order arrive today?"},"action":{"buttons":[)"
                   R"({"type":"reply","reply":{"id":"yes","title":"Yes"}},)"
                   R"({"type":"reply","reply":{"id":"no","title":"No"}}]}})"));
    // Exactly what went out inside the request body.
    QVERIFY(request.toJson(JsonWriter::Format::Compact).contains(attempt.payload));
    QCOMPARE(attempt.requestPath, QStringLiteral("/api/v1/whatsapp/interactive"));
    QCOMPARE(attempt.outcome, Outcome::Rejected);
    QCOMPARE(attempt.httpStatus, 422);
    QCOMPARE(attempt.responseExcerpt, QString::fromUtf8(result.body));
    QCOMPARE(attempt.messageId, QString());
    QCOMPARE(attempt.errorCode, QStringLiteral("PHONE_INVALID"));
    QCOMPARE(attempt.mayHaveBeenDelivered, false);

    SendResult timedOut;
    timedOut.outcome = Outcome::Timeout;
    timedOut.mayHaveBeenDelivered = true;
    const SendAttempt late = SendHistory::fromResult(request, RequestPath, timedOut, when);
    QCOMPARE(late.outcome, Outcome::Timeout);
    QCOMPARE(late.httpStatus, 0);
    QCOMPARE(late.responseExcerpt, QString());
    QCOMPARE(late.mayHaveBeenDelivered, true);
}

void TestSendHistory::excerptIsCapped_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QString emoji = QStringLiteral("\U0001F600"); // two UTF-16 units
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("4096 ASCII, kept") << QByteArray(4096, 'a') << QString(4096, QLatin1Char('a'));
    QTest::newRow("4097 ASCII, cut") << QByteArray(4096, 'a') + 'b' << QString(4096, QLatin1Char('a'));
    QTest::newRow("1 MiB, cut") << QByteArray(1024 * 1024, 'x') << QString(4096, QLatin1Char('x'));
    QTest::newRow("emoji count once") << emoji.repeated(5000).toUtf8() << emoji.repeated(4096);
    QTest::newRow("a pair at the edge is kept whole")
        << (QString(4095, QLatin1Char('a')) + emoji + emoji).toUtf8()
        << QString(4095, QLatin1Char('a')) + emoji;
    QTest::newRow("Arabic") << QStringLiteral("\u0634\u0643\u0631\u0627").repeated(2000).toUtf8()
                            << QStringLiteral("\u0634\u0643\u0631\u0627").repeated(1024);
}

void TestSendHistory::excerptIsCapped()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(SendHistory::excerpt(body), expected);

    SendResult result;
    result.outcome = Outcome::ServerError;
    result.httpStatus = 500;
    result.body = body;
    const SendAttempt attempt = SendHistory::fromResult(
        {QStringLiteral("+353838000000"), replyButtons(), {}, {}}, RequestPath, result, at(5, 14, 7, 9, 123));
    QCOMPARE(attempt.responseExcerpt, expected);
    const std::optional<qint64> id = m_history->record(attempt);
    QVERIFY(id);
    QCOMPARE(m_history->find(*id)->responseExcerpt, expected);
}

void TestSendHistory::nonUtf8BodyIsStored()
{
    SendResult result;
    result.outcome = Outcome::ServerError;
    result.httpStatus = 500;
    // Latin-1 bytes, a lone continuation byte, an encoded surrogate, a NUL, then valid UTF-8.
    result.body = QByteArray("caf\xe9 \x80 \xed\xa0\x80 nul\0end \xd8\xb4", 21);
    const SendAttempt attempt = SendHistory::fromResult(
        {QStringLiteral("+353838000000"), replyButtons(), {}, {}}, RequestPath, result, at(5, 14, 7, 9, 123));
    const QString replacement(QChar::ReplacementCharacter);
    QVERIFY(attempt.responseExcerpt.startsWith(QStringLiteral("caf") + replacement + QLatin1Char(' ') +
                                               replacement));
    QVERIFY(
        attempt.responseExcerpt.endsWith(QStringLiteral(" nul") + QChar(0) + QStringLiteral("end \u0634")));
    QString error;
    const std::optional<qint64> id = m_history->record(attempt, &error);
    QVERIFY2(id, qPrintable(error));
    const std::optional<SendAttempt> found = m_history->find(*id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->responseExcerpt, attempt.responseExcerpt);
}

void TestSendHistory::nonAsciiRoundTripsExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("literalInJson"); // written as is, not escaped
    QTest::newRow("Arabic") << QStringLiteral("\u0647\u0644 \u0648\u0635\u0644 \u0637\u0644\u0628\u0643 "
                                              "\u0627\u0644\u064a\u0648\u0645\u061f")
                            << true;
    QTest::newRow("emoji, with a ZWJ sequence and a flag")
        << QStringLiteral("Arrived? \U0001F4E6\u2705 \U0001F469\u200D\U0001F4BB \U0001F1EE\U0001F1EA")
        << true;
    QTest::newRow("CJK and combining marks")
        << QStringLiteral("\u4eca\u65e5\u5c4a\u304d\u307e\u3057\u305f\u304b "
                          "e\u0301 \u1100\u1161")
        << true;
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(say "hi" \ n)") << false;
}

void TestSendHistory::nonAsciiRoundTripsExactly()
{
    QFETCH(QString, text);
    QFETCH(bool, literalInJson);
    const OctopodsRequest request{QStringLiteral("+971501234567"), replyButtons(text), text, {}};
    SendResult result;
    result.outcome = Outcome::Rejected;
    result.httpStatus = 422;
    result.body =
        QJsonDocument(QJsonObject{{QStringLiteral("error_code"), text}}).toJson(QJsonDocument::Compact);
    result.readBody();
    SendAttempt attempt = SendHistory::fromResult(request, RequestPath, result, at(5, 14, 7, 9, 123));
    QCOMPARE(attempt.errorCode, text);
    QCOMPARE(attempt.payload.contains(text.toUtf8()), literalInJson);

    QString error;
    const std::optional<qint64> id = m_history->record(attempt, &error);
    QVERIFY2(id, qPrintable(error));
    const std::optional<SendAttempt> found = m_history->find(*id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->payload, attempt.payload);
    QCOMPARE(found->teammateId, text);
    QCOMPARE(found->errorCode, text);
    QCOMPARE(found->responseExcerpt, QString::fromUtf8(result.body));
    const MessageParseResult parsed = MessageJson::fromJson(found->payload);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed.message, replyButtons(text));
}

void TestSendHistory::rowsOutliveTheDatabaseObject()
{
    SendAttempt attempt = attemptAt(at(5, 14, 7, 9, 123), QStringLiteral("msg-7"));
    const std::optional<qint64> id = m_history->record(attempt);
    QVERIFY(id);
    attempt.id = *id;
    m_history.reset();
    m_database.reset();

    Database reopened(path());
    SendHistory history(reopened);
    QString error;
    const QList<SendAttempt> rows = history.recent(10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first() == attempt);
    QCOMPARE(reopened.connection().isValid(), true);
    QSqlQuery version(reopened.connection());
    QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
    QCOMPARE(version.value(0).toInt(), int(Database::schema().size()));
}

void TestSendHistory::twoInstancesShareTheHistory()
{
    Database other(path());
    SendHistory otherHistory(other);
    const std::optional<qint64> first =
        m_history->record(attemptAt(at(1, 0, 0, 0, 0), QStringLiteral("one")));
    const std::optional<qint64> second =
        otherHistory.record(attemptAt(at(2, 0, 0, 0, 0), QStringLiteral("two")));
    const std::optional<qint64> third =
        m_history->record(attemptAt(at(3, 0, 0, 0, 0), QStringLiteral("three")));
    QCOMPARE(first, std::optional<qint64>(1));
    QCOMPARE(second, std::optional<qint64>(2));
    QCOMPARE(third, std::optional<qint64>(3));
    QCOMPARE(idsOf(otherHistory.recent(10)), (QList<qint64>{3, 2, 1}));
    QCOMPARE(idsOf(m_history->recent(10)), (QList<qint64>{3, 2, 1}));
    QCOMPARE(otherHistory.find(3)->messageId, QStringLiteral("three"));
}

void TestSendHistory::unreadableRowIsReported()
{
    QVERIFY(m_history->record(attemptAt(at(1, 0, 0, 0, 0))));
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO send_attempts (sent_at, destination_phone, payload, request_path, outcome) "
            "VALUES ('2024-03-02T00:00:00.000Z', '', '{}', '/x', 'exploded'), ('yesterday', '', '{}', '/x', "
            "'accepted')")));
    }
    QVERIFY(m_history->record(attemptAt(at(4, 0, 0, 0, 0))));
    QString error;
    QCOMPARE(idsOf(m_history->recent(10, &error)), (QList<qint64>{4, 1}));
    QCOMPARE(error, QStringLiteral("Send 3 in the history has an unreadable time \"yesterday\".\n"
                                   "Send 2 in the history has an unknown outcome \"exploded\"."));
    QVERIFY(!m_history->find(2, &error));
    QCOMPARE(error, QStringLiteral("Send 2 in the history has an unknown outcome \"exploded\"."));
}

void TestSendHistory::unreadableValuesKeepTheRow()
{
    SendAttempt attempt = attemptAt(at(1, 0, 0, 0, 0));
    attempt.written = {R"({"type":"button","body":{"text":"Hi {{name}}"}})", {{QStringLiteral("name"), {}}}};
    const std::optional<qint64> id = m_history->record(attempt);
    QVERIFY(id);
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE send_attempts SET variable_values = '[\"Maria\", 3'")));
    }
    QString error;
    const std::optional<SendAttempt> found = m_history->find(*id, &error);
    QVERIFY2(found, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(found->written.payload, attempt.written.payload); // the message as written is still there
    QVERIFY(found->written.values.isEmpty());
}

void TestSendHistory::attemptWithoutTimeIsRefused()
{
    QString error;
    QVERIFY(!m_history->record(attemptAt(QDateTime()), &error));
    QCOMPARE(error, QStringLiteral("The send was not recorded in the history: it has no time."));
    QVERIFY(m_history->recent(10, &error).isEmpty());
}

void TestSendHistory::apiKeyIsNeverStored()
{
    const QString key = QStringLiteral("sk-live-7Q2xVb9LmZ-do-not-store");
    const QString phone = QStringLiteral("+353838000417");

    // A real send, so that the key travels in the request headers next to everything that is stored.
    test::TestHttpServer server;
    QVERIFY(server.listen());
    test::TestHttpServer::Response refused;
    refused.status = 401;
    refused.body = R"({"error_code":"UNAUTHORIZED","error":"Invalid X-Octopods-Auth header"})";
    server.enqueue({}); // the default: 201 with message ids
    server.enqueue(refused);
    QNetworkAccessManager network;
    OctopodsClient client(&network);
    OctopodsClient::Config config;
    config.baseUrl = server.baseUrl();
    config.timeout = std::chrono::seconds(5);
    client.setConfig(config);
    const OctopodsRequest request{phone, replyButtons(), QStringLiteral("5173352"), {}};

    QList<Outcome> outcomes;
    for (int i = 0; i < 2; ++i) {
        SendOperation* operation = client.send(request, key);
        QSignalSpy finished(operation, &SendOperation::finished);
        QVERIFY(finished.wait(5000));
        const SendResult result = operation->result();
        outcomes.append(result.outcome);
        QString error;
        QVERIFY2(m_history->record(
                     SendHistory::fromResult(request, config.path(), result, QDateTime::currentDateTimeUtc()),
                     &error),
                 qPrintable(error));
    }
    QCOMPARE(outcomes, (QList<Outcome>{Outcome::Accepted, Outcome::Unauthorized}));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().first().header("X-Octopods-Auth"), key.toUtf8());

    // No value in any table holds it.
    {
        const QSqlDatabase db = m_database->connection();
        for (const QString& table : db.tables()) {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            int rows = 0;
            while (query.next()) {
                ++rows;
                for (int column = 0; column < query.record().count(); ++column)
                    QVERIFY2(!query.value(column).toString().contains(key),
                             qPrintable(table + QLatin1Char('.') + query.record().fieldName(column)));
            }
            if (table == QLatin1StringView("send_attempts"))
                QCOMPARE(rows, 2);
        }
    }

    // Nor any byte of the files, while open (the rows are in the WAL) and after closing (checkpointed).
    const QStringList files = {path(), path() + QStringLiteral("-wal"), path() + QStringLiteral("-shm")};
    const auto scan = [&](const char* when) {
        QByteArray all;
        for (const QString& file : files)
            all += bytesOf(file);
        // The scan sees what is stored: the phone is there.
        QVERIFY2(all.contains(phone.toUtf8()), when);
        QVERIFY2(!all.contains(key.toUtf8()), when);
        QVERIFY2(!all.contains(utf16(key)), when);
        QVERIFY2(!all.contains(key.toUtf8().toBase64()), when);
    };
    QVERIFY(bytesOf(path() + QStringLiteral("-wal")).contains(phone.toUtf8()));
    scan("while open");
    m_history.reset();
    m_database.reset();
    QVERIFY(!QFileInfo::exists(path() + QStringLiteral("-wal")));
    QVERIFY(bytesOf(path()).contains(phone.toUtf8()));
    scan("after closing");
}

QTEST_GUILESS_MAIN(TestSendHistory)
#include "tst_sendhistory.moc"
