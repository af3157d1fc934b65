#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"
#include "sending/StatusWatcher.h"
#include "storage/Database.h"
#include "support/TestHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wa;
using test::TestHttpServer;
using namespace std::chrono_literals;
using Stop = StatusWatcher::Stop;

// StatusWatcher against a real HTTP server on 127.0.0.1, with its delays shortened and its clock in the
// test's hands: it looks on a growing schedule, keeps what changes in the send history, stops at READ, at a
// refusal or at the cut-off a day after the send, and goes on through garbage and silence.
class TestStatusWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scheduleGrowsToItsCeilingAndEndsAtTheCutOff_data();
    void scheduleGrowsToItsCeilingAndEndsAtTheCutOff();
    void anUnchangingStatusIsWatchedUntilTheCutOff();
    void sentThenDeliveredThenReadStopsAtRead();
    void aRefusalStops_data();
    void aMessageNotYetKnownIsAskedAgain();
    void aRefusalStops();
    void garbageAndSilenceAreLookedPast_data();
    void garbageAndSilenceAreLookedPast();
    void aSendOlderThanADayIsNotAsked();
    void noKeyAsksNothing();
    void watchRecentTakesTheLastDaysOpenSends();
    void unwatchStopsAtOnce();

private:
    SendAttempt accepted(const QString& messageId, const QDateTime& sentAt, const QString& status = {});
    std::unique_ptr<StatusWatcher> makeWatcher(const QString& key = QStringLiteral("watch-key-1c9f02"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OctopodsClient> m_client;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SendHistory> m_history;
    QDateTime m_now; // the watcher's clock
};

namespace {

TestHttpServer::Response status(const QByteArray& name)
{
    TestHttpServer::Response response;
    response.status = 200;
    response.body = R"({"status":")" + name + R"(","channel_message_id":"wamid.1"})";
    return response;
}

// Short enough for a test, in the watcher's proportions: 20 ms, 40 ms, then 80 ms at most.
StatusWatcher::Schedule fast()
{
    StatusWatcher::Schedule schedule;
    schedule.firstLook = 20ms;
    schedule.longest = 80ms;
    schedule.notFoundGrace = 0ms; // a 404 is believed at once, unless a test says otherwise
    return schedule;              // the cut-off stays a day: the clock is moved to it
}

QStringList namesOf(const QSignalSpy& changes)
{
    QStringList names;
    for (const QList<QVariant>& change : changes)
        names.append(change.at(1).value<DeliveryStatus>().name);
    return names;
}

} // namespace

void TestStatusWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setDefaultResponse(status("SENT"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OctopodsClient>(m_network.get());
    OctopodsClient::Config config;
    config.baseUrl = m_server->baseUrl();
    config.timeout = 5s;
    m_client->setConfig(config);
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("drafts.sqlite")));
    m_history = std::make_unique<SendHistory>(*m_database);
    m_now = QDateTime::currentDateTimeUtc();
}

void TestStatusWatcher::cleanup()
{
    m_history.reset();
    m_database.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
    m_dir.reset();
}

SendAttempt TestStatusWatcher::accepted(const QString& messageId, const QDateTime& sentAt,
                                        const QString& status)
{
    SendAttempt attempt;
    attempt.sentAt = sentAt;
    attempt.destinationPhone = QStringLiteral("+353838000000");
    attempt.payload =
        MessageJson::toJson(StarterMessages::starter(MessageType::Button), JsonWriter::Format::Compact);
    attempt.requestPath = QStringLiteral("/api/v1/sms/messages");
    attempt.outcome = SendResult::Outcome::Accepted;
    attempt.httpStatus = 201;
    attempt.messageId = messageId;
    attempt.deliveryStatus = status;
    attempt.deliveryStatusAt = status.isEmpty() ? QDateTime() : sentAt;
    return attempt;
}

std::unique_ptr<StatusWatcher> TestStatusWatcher::makeWatcher(const QString& key)
{
    auto watcher = std::make_unique<StatusWatcher>(*m_client, m_history.get(), [key] { return key; });
    watcher->setSchedule(fast());
    watcher->setClock([this] { return m_now; });
    return watcher;
}

void TestStatusWatcher::scheduleGrowsToItsCeilingAndEndsAtTheCutOff_data()
{
    QTest::addColumn<int>("look");
    QTest::addColumn<qint64>("secondsSinceSend");
    QTest::addColumn<qint64>("delay"); // milliseconds; -1: no more looks
    QTest::newRow("first look, just sent") << 0 << qint64(0) << qint64(5000);
    QTest::newRow("first look, sent 3 s ago") << 0 << qint64(3) << qint64(2000);
    QTest::newRow("first look, sent an hour ago (a window opened later)") << 0 << qint64(3600) << qint64(0);
    QTest::newRow("first look, sent ahead of this clock") << 0 << qint64(-600) << qint64(5000);
    QTest::newRow("second") << 1 << qint64(5) << qint64(10000);
    QTest::newRow("third") << 2 << qint64(15) << qint64(20000);
    QTest::newRow("fourth") << 3 << qint64(35) << qint64(40000);
    QTest::newRow("seventh, at the ceiling") << 6 << qint64(600) << qint64(300000);
    QTest::newRow("the hundredth, still at the ceiling") << 100 << qint64(20000) << qint64(300000);
    QTest::newRow("a minute before the cut-off") << 300 << qint64(86400 - 60) << qint64(60000);
    QTest::newRow("a second before the cut-off: the last look on it") << 301 << qint64(86399) << qint64(1000);
    QTest::newRow("at the cut-off") << 302 << qint64(86400) << qint64(-1);
    QTest::newRow("past the cut-off") << 303 << qint64(86401) << qint64(-1);
}

void TestStatusWatcher::scheduleGrowsToItsCeilingAndEndsAtTheCutOff()
{
    QFETCH(int, look);
    QFETCH(qint64, secondsSinceSend);
    QFETCH(qint64, delay);
    const StatusWatcher::Schedule schedule; // the app's own: 5 s, doubling to 5 min, for a day
    const QDateTime sentAt(QDate(2024, 3, 5), QTime(10, 0), QTimeZone::utc());
    const std::optional<StatusWatcher::Delay> next =
        schedule.delayBefore(look, sentAt, sentAt.addSecs(secondsSinceSend));
    QCOMPARE(next.has_value(), delay >= 0);
    if (next)
        QCOMPARE(next->count(), delay);
}

// Octopods says SENT and nothing else all day: the watcher keeps looking, each time later, said once in the
// history, and gives up at the cut-off a day after the send without another look.
void TestStatusWatcher::anUnchangingStatusIsWatchedUntilTheCutOff()
{
    const QDateTime sentAt = m_now;
    QVERIFY(m_history->record(accepted(QStringLiteral("msg-1"), sentAt)));
    const auto watcher = makeWatcher();
    QSignalSpy scheduled(watcher.get(), &StatusWatcher::lookScheduled);
    QSignalSpy changes(watcher.get(), &StatusWatcher::statusChanged);
    QSignalSpy stopped(watcher.get(), &StatusWatcher::stopped);
    watcher->watch(QStringLiteral("msg-1"), sentAt);
    QVERIFY(watcher->isWatching(QStringLiteral("msg-1")));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requests().size() >= 5, 10000);

    QList<qint64> delays;
    for (const QList<QVariant>& look : scheduled)
        delays.append(look.at(1).toLongLong());
    QCOMPARE(delays.mid(0, 5), (QList<qint64>{20, 40, 80, 80, 80}));
    QCOMPARE(namesOf(changes), QStringList{QStringLiteral("SENT")}); // the same status is news once
    QVERIFY(stopped.isEmpty());
    const std::optional<SendAttempt> row = m_history->find(1);
    QVERIFY(row);
    QCOMPARE(row->deliveryStatus, QStringLiteral("SENT"));
    QVERIFY(row->deliveryStatusAt.isValid());
    for (const TestHttpServer::Request& request : m_server->requests())
        QCOMPARE(request.target, QByteArray("/api/v1/whatsapp/messages/msg-1"));

    m_now = sentAt.addSecs(24 * 3600).addMSecs(1);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
    QCOMPARE(stopped.first().at(1).value<Stop>(), Stop::GaveUp);
    QVERIFY(!watcher->isWatching(QStringLiteral("msg-1")));
    const qsizetype asked = m_server->requests().size();
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), asked); // not one more look
}

void TestStatusWatcher::sentThenDeliveredThenReadStopsAtRead()
{
    QVERIFY(m_history->record(accepted(QStringLiteral("msg-1"), m_now)));
    m_server->enqueue(status("SENT"));
    m_server->enqueue(status("SENT"));
    m_server->enqueue(status("DELIVERED"));
    TestHttpServer::Response read = status("READ");
    read.body = R"({"status":"READ","last_updated":"2024-03-05T10:42:00Z"})";
    m_server->enqueue(read);
    const auto watcher = makeWatcher();
    QSignalSpy changes(watcher.get(), &StatusWatcher::statusChanged);
    QSignalSpy stopped(watcher.get(), &StatusWatcher::stopped);
    watcher->watch(QStringLiteral("msg-1"), m_now);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    QCOMPARE(stopped.first().at(1).value<Stop>(), Stop::Final);
    QCOMPARE(namesOf(changes),
             (QStringList{QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ")}));
    QCOMPARE(m_server->requests().size(), 4);
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), 4); // READ is the end: no more looks

    // The history keeps the last one, with Octopods' own time.
    const std::optional<SendAttempt> row = m_history->find(1);
    QVERIFY(row);
    QCOMPARE(row->deliveryStatus, QStringLiteral("READ"));
    QCOMPARE(row->deliveryStatusAt, QDateTime(QDate(2024, 3, 5), QTime(10, 42), QTimeZone::utc()));
    QCOMPARE(watcher->lastKnown(QStringLiteral("msg-1"))->name, QStringLiteral("READ"));
    // Its status final, the send is not watched again.
    watcher->watchRecent();
    QVERIFY(!watcher->isWatching(QStringLiteral("msg-1")));
}

void TestStatusWatcher::aRefusalStops_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<StatusResult::Outcome>("outcome");
    QTest::newRow("404, no such message") << 404 << StatusResult::Outcome::NotFound;
    QTest::newRow("401, the key") << 401 << StatusResult::Outcome::Unauthorized;
    QTest::newRow("403") << 403 << StatusResult::Outcome::Forbidden;
}

void TestStatusWatcher::aRefusalStops()
{
    QFETCH(int, httpStatus);
    QFETCH(StatusResult::Outcome, outcome);
    TestHttpServer::Response refusal;
    refusal.status = httpStatus;
    refusal.body = R"({"error":"no"})";
    m_server->setDefaultResponse(refusal);
    const auto watcher = makeWatcher();
    QSignalSpy failed(watcher.get(), &StatusWatcher::lookFailed);
    QSignalSpy stopped(watcher.get(), &StatusWatcher::stopped);
    watcher->watch(QStringLiteral("msg-1"), m_now);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
    QCOMPARE(stopped.first().at(1).value<Stop>(), Stop::Refused);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<StatusResult>().outcome, outcome);
    QTest::qWait(300);
    QCOMPARE(m_server->requests().size(), 1); // asking again would be refused again
}

// Just after the send Octopods may not know the message yet: a 404 then is looked past, not believed.
void TestStatusWatcher::aMessageNotYetKnownIsAskedAgain()
{
    TestHttpServer::Response notFound;
    notFound.status = 404;
    notFound.body = R"({"error":"not found"})";
    m_server->enqueue(notFound);
    m_server->enqueue(status("SENT"));
    const auto watcher = makeWatcher();
    StatusWatcher::Schedule schedule = fast();
    schedule.notFoundGrace = std::chrono::minutes(2);
    watcher->setSchedule(schedule);
    QSignalSpy changes(watcher.get(), &StatusWatcher::statusChanged);
    QSignalSpy stopped(watcher.get(), &StatusWatcher::stopped);
    watcher->watch(QStringLiteral("msg-1"), m_now);
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 5000);
    QCOMPARE(namesOf(changes), QStringList{QStringLiteral("SENT")});
    QVERIFY(stopped.isEmpty());
    QVERIFY(m_server->requests().size() >= 2);
}

void TestStatusWatcher::garbageAndSilenceAreLookedPast_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<StatusResult::Outcome>("outcome");
    QTest::newRow("not JSON") << QByteArray("<html>It works!</html>") << 0
                              << StatusResult::Outcome::Unreadable;
    QTest::newRow("JSON without status")
        << QByteArray(R"({"message_id":"msg-1"})") << 0 << StatusResult::Outcome::Unreadable;
    QTest::newRow("status not a string")
        << QByteArray(R"({"status":["READ"]})") << 0 << StatusResult::Outcome::Unreadable;
    QTest::newRow("a server that never answers")
        << QByteArray(R"({"status":"READ"})") << 60000 << StatusResult::Outcome::Timeout;
}

void TestStatusWatcher::garbageAndSilenceAreLookedPast()
{
    QFETCH(QByteArray, body);
    QFETCH(int, delayMs);
    QFETCH(StatusResult::Outcome, outcome);
    OctopodsClient::Config config = m_client->config();
    config.timeout = 150ms;
    m_client->setConfig(config);
    TestHttpServer::Response bad;
    bad.status = 200;
    bad.body = body;
    bad.delayMs = delayMs;
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(bad);
    m_server->setDefaultResponse(status("DELIVERED"));
    const auto watcher = makeWatcher();
    QSignalSpy failed(watcher.get(), &StatusWatcher::lookFailed);
    QSignalSpy changes(watcher.get(), &StatusWatcher::statusChanged);
    QSignalSpy stopped(watcher.get(), &StatusWatcher::stopped);
    watcher->watch(QStringLiteral("msg-1"), m_now);
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 10000);
    QCOMPARE(namesOf(changes), QStringList{QStringLiteral("DELIVERED")});
    QCOMPARE(failed.size(), 3);
    for (const QList<QVariant>& look : failed) {
        const StatusResult result = look.at(1).value<StatusResult>();
        QCOMPARE(result.outcome, outcome);
        QVERIFY2(!result.summary().contains(QStringLiteral("watch-key")), qPrintable(result.summary()));
    }
    QVERIFY(stopped.isEmpty()); // DELIVERED may still become READ
    QVERIFY(watcher->isWatching(QStringLiteral("msg-1")));
}

void TestStatusWatcher::aSendOlderThanADayIsNotAsked()
{
    const auto watcher = makeWatcher();
    QSignalSpy stopped(watcher.get(), &StatusWatcher::stopped);
    watcher->watch(QStringLiteral("msg-1"), m_now.addSecs(-25 * 3600));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().at(1).value<Stop>(), Stop::GaveUp);
    QTest::qWait(100);
    QCOMPARE(m_server->requests().size(), 0);
}

void TestStatusWatcher::noKeyAsksNothing()
{
    const auto watcher = makeWatcher(QString());
    QSignalSpy scheduled(watcher.get(), &StatusWatcher::lookScheduled);
    watcher->watch(QStringLiteral("msg-1"), m_now);
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 3, 5000);
    QCOMPARE(m_server->requests().size(), 0);
    QVERIFY(watcher->isWatching(QStringLiteral("msg-1"))); // a key may come
}

// A window opened after the sends: it watches the accepted ones of the last day with a message id and no
// final status, newest first, at most as many as it is told.
void TestStatusWatcher::watchRecentTakesTheLastDaysOpenSends()
{
    QVERIFY(m_history->record(accepted(QStringLiteral("open-1"), m_now.addSecs(-3600))));
    QVERIFY(m_history->record(
        accepted(QStringLiteral("open-2"), m_now.addSecs(-60), QStringLiteral("DELIVERED"))));
    QVERIFY(
        m_history->record(accepted(QStringLiteral("open-3"), m_now.addSecs(-30), QStringLiteral("PENDING"))));
    QVERIFY(m_history->record(accepted(QStringLiteral("read"), m_now.addSecs(-120), QStringLiteral("READ"))));
    QVERIFY(
        m_history->record(accepted(QStringLiteral("failed"), m_now.addSecs(-120), QStringLiteral("failed"))));
    QVERIFY(m_history->record(accepted(QStringLiteral("old"), m_now.addSecs(-25 * 3600))));
    QVERIFY(m_history->record(accepted(QString(), m_now.addSecs(-10)))); // no id came back
    SendAttempt rejected = accepted(QStringLiteral("rejected"), m_now.addSecs(-10));
    rejected.outcome = SendResult::Outcome::Rejected;
    QVERIFY(m_history->record(rejected));

    QString error;
    const QList<SendAttempt> open = m_history->awaitingStatus(m_now.addSecs(-24 * 3600), 10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList ids;
    for (const SendAttempt& attempt : open)
        ids.append(attempt.messageId);
    QCOMPARE(ids,
             (QStringList{QStringLiteral("open-3"), QStringLiteral("open-2"), QStringLiteral("open-1")}));
    QCOMPARE(m_history->awaitingStatus(m_now.addSecs(-24 * 3600), 2).size(), 2);

    auto watcher = makeWatcher();
    StatusWatcher::Schedule slow = fast();
    slow.firstLook = 1h; // watched, not asked, in this test
    watcher->setSchedule(slow);
    watcher->watchRecent(2);
    QVERIFY(watcher->isWatching(QStringLiteral("open-3")));
    QVERIFY(watcher->isWatching(QStringLiteral("open-2")));
    QVERIFY(!watcher->isWatching(QStringLiteral("open-1"))); // past the limit
    watcher->watchRecent();
    QVERIFY(watcher->isWatching(QStringLiteral("open-1")));
    for (const char* id : {"read", "failed", "old", "rejected"})
        QVERIFY2(!watcher->isWatching(QLatin1StringView(id)), id);
}

void TestStatusWatcher::unwatchStopsAtOnce()
{
    TestHttpServer::Response slow = status("READ");
    slow.delayMs = 2000;
    m_server->setDefaultResponse(slow);
    const auto watcher = makeWatcher();
    QSignalSpy stopped(watcher.get(), &StatusWatcher::stopped);
    QSignalSpy changes(watcher.get(), &StatusWatcher::statusChanged);
    QSignalSpy received(m_server.get(), &TestHttpServer::requestReceived);
    watcher->watch(QStringLiteral("msg-1"), m_now);
    QVERIFY(received.wait(5000)); // a look under way
    watcher->unwatch(QStringLiteral("msg-1"));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().at(1).value<Stop>(), Stop::Unwatched);
    QTest::qWait(2500);
    QVERIFY(changes.isEmpty()); // its answer is no one's news
    QCOMPARE(m_server->requests().size(), 1);
}

QTEST_MAIN(TestStatusWatcher)
#include "tst_statuswatcher.moc"
