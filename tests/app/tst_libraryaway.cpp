#include "drafts/DraftStore.h"
#include "drafts/PostgresLibraryBackend.h"
#include "drafts/RetrySchedule.h"
#include "storage/Database.h"
#include "storage/PostgresDatabase.h"
#include "storage/ServerProbe.h"
#include "support/TestMessages.h"
#include "support/TestPostgres.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace wa;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

// One agent's connection to the team library, as the app makes it, trying again every 50 ms to 200 ms
// rather than every second to thirty.
struct Client
{
    explicit Client(const PostgresAddress& address)
        : database(std::make_unique<PostgresDatabase>(address)),
          store(std::make_unique<DraftStore>(std::make_unique<PostgresLibraryBackend>(*database)))
    {
        store->setReconnectDelays(RetrySchedule(50ms, 200ms));
    }

    std::unique_ptr<PostgresDatabase> database;
    std::unique_ptr<DraftStore> store;
};

} // namespace

// The team library's server going away and coming back, as a real server does: killed where it stands
// (a crash, a pulled cable), then started again. Nothing the agent wrote is lost or half-written, every call
// meanwhile fails at once and says why, and the library comes back by itself.
class TestLibraryAway : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void retriesComeLessAndLessOften_data();
    void retriesComeLessAndLessOften();
    void aProbeTellsAListeningServer();
    void theDriversLibpqIsFoundWithoutLinkingIt();
    void aSaveAfterTheServerWentAwayFailsAndTheLibraryComesBack();
    void theServerStoppedInTheMiddleOfASaveLosesNothing();
    void aServerAwayAtTheStartIsReachedWhenItComes();
    void aTeammatesChangesReachAfterReconnecting();
    void aServerGoneWhileNobodyCallsIsNoticed();
    void aRefusedWriteIsNoServerAway();
    void aServerThatRefusesIsNotAskedForever();
    void thisComputersLibraryIsNeverAway();

private:
    std::unique_ptr<test::TestPostgres> m_server;
    QString m_database;
    int m_databases = 0;
};

void TestLibraryAway::initTestCase()
{
    m_server = std::make_unique<test::TestPostgres>();
    QVERIFY2(m_server->start(), qPrintable(m_server->why()));
}

void TestLibraryAway::cleanupTestCase()
{
    m_server.reset();
}

void TestLibraryAway::init()
{
    // The driver has its say when a server goes: none of it may reach the agent's terminal.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    m_database = u"away%1"_s.arg(++m_databases);
    QVERIFY2(m_server->createDatabase(m_database), qPrintable(m_server->why()));
}

void TestLibraryAway::cleanup()
{
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
}

void TestLibraryAway::retriesComeLessAndLessOften_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("ceiling");
    QTest::addColumn<QList<int>>("delays");
    QTest::newRow("the app's") << 1000 << 30000 << QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000};
    QTest::newRow("ceiling reached exactly") << 50 << 200 << QList<int>{50, 100, 200, 200};
    QTest::newRow("ceiling below the first") << 500 << 100 << QList<int>{500, 500};
}

void TestLibraryAway::retriesComeLessAndLessOften()
{
    QFETCH(int, first);
    QFETCH(int, ceiling);
    QFETCH(QList<int>, delays);
    RetrySchedule schedule{std::chrono::milliseconds(first), std::chrono::milliseconds(ceiling)};
    for (const int delay : delays)
        QCOMPARE(schedule.next().count(), delay);
    schedule.reset();
    QCOMPARE(schedule.next().count(), first); // the server answered: soon again next time
}

void TestLibraryAway::aProbeTellsAListeningServer()
{
    const auto probe = [](const QString& host, int port) {
        ServerProbe server(host, port, 5s);
        QSignalSpy answered(&server, &ServerProbe::answered);
        server.start();
        if (!answered.wait(10000) || answered.size() != 1)
            return std::optional<bool>();
        return std::optional(answered.first().first().toBool());
    };
    QTcpServer listening;
    QVERIFY(listening.listen(QHostAddress::LocalHost));
    QCOMPARE(probe(u"127.0.0.1"_s, listening.serverPort()), std::optional(true));
    const quint16 port = listening.serverPort();
    listening.close();
    QCOMPARE(probe(u"127.0.0.1"_s, port), std::optional(false));

    // A socket folder, as libpq takes it: PostgreSQL's socket name in it.
    QTemporaryDir folder;
    QLocalServer socket;
    QVERIFY(socket.listen(folder.filePath(u".s.PGSQL.6543"_s)));
    QCOMPARE(probe(folder.path(), 6543), std::optional(true));
    QCOMPARE(probe(folder.path(), 6544), std::optional(false));
}

void TestLibraryAway::aSaveAfterTheServerWentAwayFailsAndTheLibraryComesBack()
{
    Client agent(m_server->address(m_database));
    DraftLibrary& library = *agent.store;
    QString error;
    Draft draft = test::draftOf(u"Refund"_s, u"First"_s);
    const std::optional<qint64> id = library.create(draft, &error);
    QVERIFY2(id, qPrintable(error));
    draft = *library.find(*id);
    QVERIFY(library.isReachable());
    QSignalSpy reachability(&library, &DraftLibrary::reachabilityChanged);

    QVERIFY2(m_server->kill(), qPrintable(m_server->why()));
    draft.payload = test::bodyPayload(u"Second"_s);
    QVERIFY(!library.update(draft, &error));
    QVERIFY2(error.contains(u"not saved"_s), qPrintable(error));
    QVERIFY(!library.isReachable());
    QCOMPARE(reachability.size(), 1);
    QVERIFY(library.awaySince().isValid());
    QVERIFY(!library.whyAway().isEmpty());

    // Away, nothing waits for the server: every call says so at once.
    QElapsedTimer clock;
    clock.start();
    error.clear();
    QVERIFY(library.list({}, &error).isEmpty());
    QVERIFY2(error.contains(u"cannot be reached"_s), qPrintable(error));
    QVERIFY(!library.find(*id, &error));
    QCOMPARE(library.count(&error), -1);
    QVERIFY(clock.elapsed() < 100);

    // The tries go on while it is away (each says why again), and find it once it is back.
    QTRY_VERIFY_WITH_TIMEOUT(reachability.size() >= 3, 5000);
    QVERIFY(!library.isReachable());
    QSignalSpy reread(&library, &DraftLibrary::changedElsewhere);
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    QTRY_VERIFY_WITH_TIMEOUT(library.isReachable(), 5000);
    QVERIFY(library.whyAway().isEmpty());
    QVERIFY(!library.awaySince().isValid());
    QCOMPARE(reread.size(), 1); // what is shown is read again

    // The save that failed left the draft as it was; saving again works.
    QCOMPARE(library.find(*id)->payload, test::bodyPayload(u"First"_s));
    QVERIFY2(library.update(draft, &error), qPrintable(error));
    QCOMPARE(library.find(*id)->payload, test::bodyPayload(u"Second"_s));
}

void TestLibraryAway::theServerStoppedInTheMiddleOfASaveLosesNothing()
{
    Client agent(m_server->address(m_database));
    QString error;
    Draft draft = test::draftOf(u"Delivery"_s, u"As saved"_s);
    const std::optional<qint64> id = agent.store->create(draft, &error);
    QVERIFY2(id, qPrintable(error));
    draft = *agent.store->find(*id);

    // Another writer holds the library: this save waits inside its transaction, and the server dies there.
    PostgresDatabase other(m_server->address(m_database));
    QVERIFY2(other.open(&error), qPrintable(error));
    QSqlQuery lock(other.connection());
    QVERIFY(lock.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(PostgresDatabase::WritersLock)));
    std::thread killer([this] {
        std::this_thread::sleep_for(300ms);
        m_server->kill();
    });
    draft.payload = test::bodyPayload(u"Lost with the server?"_s);
    const bool saved = agent.store->update(draft, &error);
    killer.join();
    QVERIFY(!saved);
    QVERIFY2(error.contains(u"not saved"_s), qPrintable(error));
    QVERIFY(!agent.store->isReachable());
    lock.finish();
    other.close();

    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    QTRY_VERIFY_WITH_TIMEOUT(agent.store->isReachable(), 5000);
    // Nothing half-written: the draft is as it was saved, at its version; the agent's save goes through now.
    const std::optional<Draft> stored = agent.store->find(*id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->payload, test::bodyPayload(u"As saved"_s));
    QCOMPARE(stored->version, draft.version);
    QVERIFY2(agent.store->update(draft, &error), qPrintable(error));
    QCOMPARE(agent.store->find(*id)->payload, test::bodyPayload(u"Lost with the server?"_s));
}

void TestLibraryAway::aServerAwayAtTheStartIsReachedWhenItComes()
{
    QVERIFY2(m_server->kill(), qPrintable(m_server->why()));
    Client agent(m_server->address(m_database));
    QString error;
    QVERIFY(agent.store->list({}, &error).isEmpty());
    QVERIFY2(error.contains(u"Could not connect"_s), qPrintable(error));
    QVERIFY(!agent.store->isReachable());

    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    QTRY_VERIFY_WITH_TIMEOUT(agent.store->isReachable(), 5000);
    error.clear();
    QCOMPARE(agent.store->count(&error), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLibraryAway::aTeammatesChangesReachAfterReconnecting()
{
    Client agent(m_server->address(m_database));
    Client teammate(m_server->address(m_database));
    QString error;
    QCOMPARE(agent.store->count(&error), 0);

    QVERIFY2(m_server->kill(), qPrintable(m_server->why()));
    QVERIFY(agent.store->list({}, &error).isEmpty());
    QVERIFY(!agent.store->isReachable());
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    QTRY_VERIFY_WITH_TIMEOUT(agent.store->isReachable(), 5000);

    // The new connection listens again: a teammate's save is news within a second.
    QSignalSpy news(agent.store.get(), &DraftLibrary::changedElsewhere);
    Draft draft = test::draftOf(u"From a teammate"_s, u"Hi"_s);
    QVERIFY2(teammate.store->create(draft, &error), qPrintable(error));
    QVERIFY(news.wait(1000));
    QCOMPARE(agent.store->count(&error), 1);
}

void TestLibraryAway::aServerGoneWhileNobodyCallsIsNoticed()
{
    Client agent(m_server->address(m_database));
    QString error;
    QCOMPARE(agent.store->count(&error), 0);
    QSignalSpy reachability(agent.store.get(), &DraftLibrary::reachabilityChanged);
    QVERIFY2(m_server->kill(), qPrintable(m_server->why()));
    // The server closing the connection says so on its socket: no call, no timer needed.
    QVERIFY(reachability.wait(1000));
    QVERIFY(!agent.store->isReachable());
    QVERIFY2(m_server->restart(), qPrintable(m_server->why()));
    QTRY_VERIFY_WITH_TIMEOUT(agent.store->isReachable(), 5000);
}

void TestLibraryAway::aRefusedWriteIsNoServerAway()
{
    Client agent(m_server->address(m_database));
    QString error;
    Draft draft = test::draftOf(u"Refund"_s, u"One"_s);
    QVERIFY2(agent.store->create(draft, &error), qPrintable(error));
    // The server refuses a statement (a name in use, a broken query): the connection is as good as before.
    QVERIFY(!agent.store->create(draft, &error));
    QVERIFY2(error.contains(u"already"_s), qPrintable(error));
    QSqlQuery broken(agent.database->connection());
    QVERIFY(!broken.exec(u"SELECT no_such_column FROM drafts"_s));
    QVERIFY(!agent.database->lostTouch());
    QVERIFY(agent.store->isReachable());
    QCOMPARE(agent.store->count(&error), 1);
}

// The app does not link libpq (its 21 libraries would load at every start): the three calls it makes on the
// driver's connection are found in the libpq the driver plugin loaded, so the connection's socket is known.
void TestLibraryAway::theDriversLibpqIsFoundWithoutLinkingIt()
{
    Client agent(m_server->address(m_database));
    QString error;
    QVERIFY2(agent.store->count(&error) >= 0, qPrintable(error));
    QVERIFY(agent.database->socketDescriptor() >= 0);
    QVERIFY(!agent.database->lostTouch());
}

void TestLibraryAway::aServerThatRefusesIsNotAskedForever()
{
    // The server answers but will not let the app in (here, a database it does not have; a changed password
    // alike): tried again at the longest delay, ten times, then only when the agent asks.
    Client agent(m_server->address(u"no_such_library"_s));
    QSignalSpy reachability(agent.store.get(), &DraftLibrary::reachabilityChanged);
    QString error;
    QCOMPARE(agent.store->count(&error), -1);
    QVERIFY(!agent.store->isReachable());
    QTRY_VERIFY_WITH_TIMEOUT(agent.store->whyAway().contains(u"refused the connection"_s), 5000);
    // Between two tries the store is not "trying again" while it probes: the tenth refusal is waited for.
    QTRY_COMPARE_WITH_TIMEOUT(reachability.size(), 1 + 10, 10000);
    QTRY_VERIFY(!agent.store->isTryingAgain());
    QCOMPARE(reachability.size(), 1 + 10); // away, then each refusal said
    agent.store->reconnectNow();
    QTRY_COMPARE(reachability.size(), 12);
    QVERIFY(!agent.store->isTryingAgain());
}

void TestLibraryAway::thisComputersLibraryIsNeverAway()
{
    // A library that cannot open (a folder where its file should be) fails, but is not a server away:
    // there is nothing to reconnect to.
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(u"drafts.sqlite"_s));
    Database database(folder.filePath(u"drafts.sqlite"_s));
    DraftStore store(database);
    QString error;
    QCOMPARE(store.count(&error), -1);
    QVERIFY(!error.isEmpty());
    QVERIFY(store.isReachable());
}

QTEST_GUILESS_MAIN(TestLibraryAway)
#include "tst_libraryaway.moc"
