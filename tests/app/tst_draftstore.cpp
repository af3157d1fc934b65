#include "drafts/DraftImport.h"
#include "drafts/DraftSearch.h"
#include "drafts/DraftStore.h"
#include "drafts/PostgresLibraryBackend.h"
#include "drafts/RecoverySlot.h"
#include "message/MessageJson.h"
#include "sending/SendHistory.h"
#include "storage/Database.h"
#include "storage/PostgresDatabase.h"
#include "support/TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;
using Sort = DraftQuery::Sort;

Q_DECLARE_METATYPE(wa::InteractiveMessage)
Q_DECLARE_METATYPE(wa::ProductLooks)

namespace {

const QDateTime Start(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);

QByteArray payloadOf(const InteractiveMessage& message)
{
    return MessageJson::toJson(message, JsonWriter::Format::Compact);
}

// Reply buttons "Yes" and "No" under `body`, with an optional text header.
QByteArray buttons(const QString& body, const QString& header = {})
{
    InteractiveMessage message;
    if (!header.isEmpty())
        message.header = Header::fromText(header);
    message.body = body;
    message.action = ReplyButtonsAction{
        {{QStringLiteral("yes-id"), QStringLiteral("Yes")}, {QStringLiteral("no-id"), QStringLiteral("No")}}};
    return payloadOf(message);
}

Draft draft(const QString& name, const QByteArray& payload = buttons(QStringLiteral("Hello")),
            const QStringList& tags = {})
{
    Draft result;
    result.name = name;
    result.payload = payload;
    result.tags = tags;
    return result;
}

// Words separated by spaces (QT_NO_CAST_FROM_ASCII keeps QStringList{"a", "b"} out).
QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList namesOf(const QList<DraftSummary>& summaries)
{
    QStringList names;
    for (const DraftSummary& summary : summaries)
        names.append(summary.name);
    return names;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The first column of every row; a failure is a warning, which fails the test (see init()).
QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db);
    if (!query.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// What the summary columns of draft `id` hold: its type and its excerpt.
QStringList savedSummary(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT summary_type, summary_excerpt FROM drafts WHERE id = %1").arg(id)) ||
        !query.next()) {
        qWarning("summary of %lld: %s", id, qPrintable(query.lastError().text()));
        return {};
    }
    return {query.value(0).toString(), query.value(1).toString()};
}

QStringList gistOf(const QByteArray& payload)
{
    const DraftSearch::Gist gist = DraftSearch::gist(payload);
    return {gist.type, gist.excerpt};
}

// Messages whose summaries differ: a text header, a body, a list, one that is not JSON, and no message.
QList<QByteArray> variedPayloads()
{
    InteractiveMessage list;
    list.header = Header::fromText(QStringLiteral("Our menu"));
    list.body = QStringLiteral("Pick a dish");
    list.action =
        ListAction{QStringLiteral("Menu"),
                   {{QStringLiteral("Mains"), {{QStringLiteral("r1"), QStringLiteral("Pasta"), {}}}}}};
    return {buttons(QStringLiteral("The body"), QStringLiteral("The header")),
            buttons(QStringLiteral("  Where is\n my   order? ")),
            payloadOf(list),
            QByteArray("{\"type\": \"button\", \"body\": {\"text\": \"Spring"),
            QByteArray(R"(["Spring", "sale"])"),
            buttons(QStringLiteral("📦").repeated(200))};
}

} // namespace

enum class Backend { Sqlite, Postgres };

// The drafts library, run twice: over a real SQLite file, then over a real PostgreSQL server started for
// the test (a team library). On both: every field round-trips, names stay unique outside the
// trash, search is ranked, prefix- and accent-tolerant and never trips over what the user types, the trash
// keeps drafts out of the way until they are restored or purged, every write is all or nothing, and a file
// from the previous version of the app is upgraded with its history intact.
class TestDraftStore : public QObject
{
    Q_OBJECT
public:
    explicit TestDraftStore(Backend backend) : m_backend(backend) {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void nothingHappensUntilUsed();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void findOfNothingIsNotAnError();
    void keepsProductLooks();
    void productLooksAtTheLimits_data();
    void productLooksAtTheLimits();
    void upgradesAVersion7FileToProductLooks();
    void upgradesAVersion3TeamLibraryToProductLooks();
    void createRefusesBadNames_data();
    void createRefusesBadNames();
    void aNameInTheTrashIsFree();
    void updateKeepsCreatedAndSetsUpdated();
    void updateRefusesMissingAndTakenNames();
    void aSaveOverAChangedDraftIsRefused();
    void updateReindexesSearch();
    void renames();
    void writesAreAllOrNothing();

    void ftsQuery_data();
    void ftsQuery();
    void searchRanksNameThenTagsThenText();
    void aBroadSearchRanksItsNewestMatches_data();
    void aBroadSearchRanksItsNewestMatches();
    void aWordCommonLatelyIsLookedForAmongTheLatestDrafts_data();
    void aWordCommonLatelyIsLookedForAmongTheLatestDrafts();
    void oneLetterSearchListsNewestFirst_data();
    void oneLetterSearchListsNewestFirst();
    void searchMatchesPrefixes_data();
    void searchMatchesPrefixes();
    void searchIgnoresDiacriticsAndCase_data();
    void searchIgnoresDiacriticsAndCase();
    void searchNeverFailsOnWhatIsTyped_data();
    void searchNeverFailsOnWhatIsTyped();
    void searchLooksThroughEveryText_data();
    void searchLooksThroughEveryText();
    void payloadThatIsNotAMessage_data();
    void payloadThatIsNotAMessage();
    void filtersByTag();
    void sortsByUpdatedAndByName();
    void summariesHaveTypeAndExcerpt_data();
    void summariesHaveTypeAndExcerpt();
    void summariesAreSavedWithTheMessage();
    void upgradesAVersion8FileToSavedSummaries();
    void upgradesAVersion4TeamLibraryToSavedSummaries();

    void trashRestoreAndPurge();
    void restoreRenamesOnAClash();
    void duplicateNamesItsCopies();
    void createUnderFreeNamePicksTheNextName();
    void uniqueName();
    void listsTags();
    void listsEachDraftsTagsInTheirOrder_data();
    void listsEachDraftsTagsInTheirOrder();
    void listsTagsBeyondTheNewestDrafts();
    void recoverySlot();
    void saysWhatItChanged();
    void noticesChangesOfAnotherConnection();
    void ownWritesAreNoNewsFromElsewhere();
    void aTeammatesChangeIsHeardWithoutLooking();

    void upgradesAVersion1File();
    void upgradesAVersion2File();
    void reportsADatabaseItCannotOpen();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("drafts.sqlite")); }
    qint64 create(const Draft& draft);
    QStringList search(const QString& text, bool trash = false);
    // `count` drafts made by the team library's server itself (PostgreSQL only).
    void insertDrafts(int count, const QString& nameWord, const QString& textWord);
    bool onPostgres() const { return m_backend == Backend::Postgres; }
    // The library's own connection, for looking at its tables.
    QSqlDatabase library() const { return m_store->backend().connection(); }

    // Another client of the same library, on a connection of its own: another window or a shell on this
    // computer, a teammate on the team library.
    struct OtherClient
    {
        std::unique_ptr<Database>
            file; // this computer's database (the autosave slot), and the library on SQLite
        std::unique_ptr<PostgresDatabase> server;
        std::unique_ptr<DraftStore> store;
    };
    OtherClient otherClient() const;

    static constexpr auto ServerDatabase = "library";

    Backend m_backend;
    std::unique_ptr<test::TestPostgres> m_server;
    std::unique_ptr<PostgresDatabase> m_serverDatabase;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<RecoverySlot> m_slot;
    QDateTime m_now;
};

// Every committed write says what it changed, once; a refused one and the autosave slot say nothing.
void TestDraftStore::saysWhatItChanged()
{
    QSignalSpy added(m_store.get(), &DraftStore::draftAdded);
    QSignalSpy changed(m_store.get(), &DraftStore::draftChanged);
    QSignalSpy trashed(m_store.get(), &DraftStore::draftTrashed);
    QSignalSpy restored(m_store.get(), &DraftStore::draftRestored);
    QSignalSpy purged(m_store.get(), &DraftStore::draftPurged);
    QSignalSpy elsewhere(m_store.get(), &DraftStore::changedElsewhere);
    const auto counts = [&] {
        return QList<qsizetype>{added.count(), changed.count(), trashed.count(), restored.count(),
                                purged.count()};
    };

    const qint64 id = create(draft(QStringLiteral("Menu")));
    QCOMPARE(counts(), (QList<qsizetype>{1, 0, 0, 0, 0}));
    QCOMPARE(added.last().first().toLongLong(), id);
    QVERIFY(!m_store->create(draft(QStringLiteral("menu")))); // the name is taken: nothing happened
    QCOMPARE(counts(), (QList<qsizetype>{1, 0, 0, 0, 0}));

    Draft edited = *m_store->find(id);
    edited.tags = {QStringLiteral("food")};
    QVERIFY(m_store->update(edited));
    QVERIFY(m_store->rename(id, QStringLiteral("Lunch menu")));
    QCOMPARE(counts(), (QList<qsizetype>{1, 2, 0, 0, 0}));
    QCOMPARE(changed.last().first().toLongLong(), id);

    const std::optional<qint64> copy = m_store->duplicate(id);
    QVERIFY(copy);
    QCOMPARE(added.last().first().toLongLong(), *copy);
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->moveToTrash(id)); // already there: nothing to say
    QVERIFY(m_store->restore(id));
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    QCOMPARE(counts(), (QList<qsizetype>{2, 2, 2, 1, 1}));

    Recovery recovery;
    recovery.payload = buttons(QStringLiteral("autosaved"));
    QVERIFY(m_slot->save(recovery));
    QVERIFY(m_slot->clear());
    QCOMPARE(counts(), (QList<qsizetype>{2, 2, 2, 1, 1}));
    QCOMPARE(elsewhere.count(), 0);
    QVERIFY(!m_store->checkForOutsideChanges()); // its own writes are not news from elsewhere
}

// Another connection to the file (another window, `wa-composer drafts import` in a shell): noticed by the
// next look, once; its autosaves alone are not a change of the library.
void TestDraftStore::noticesChangesOfAnotherConnection()
{
    QSignalSpy elsewhere(m_store.get(), &DraftStore::changedElsewhere);
    QVERIFY(!m_store->checkForOutsideChanges()); // not open yet: nothing read, nothing to be stale
    QVERIFY(!m_store->backend().isOpen());
    QCOMPARE(m_store->count(), 0);

    OtherClient client = otherClient();
    DraftStore& other = *client.store;
    Database& otherFile = *client.file;
    QVERIFY(other.create(draft(QStringLiteral("From the shell"))));
    QVERIFY(m_store->checkForOutsideChanges());
    QCOMPARE(elsewhere.count(), 1);
    QVERIFY(!m_store->checkForOutsideChanges()); // once
    QCOMPARE(elsewhere.count(), 1);

    Recovery recovery;
    recovery.payload = buttons(QStringLiteral("autosaved elsewhere"));
    QVERIFY(RecoverySlot(otherFile).save(recovery));
    QVERIFY(!m_store->checkForOutsideChanges());

    const qint64 id = other.findByName(QStringLiteral("From the shell"))->id;
    for (const auto& change : std::initializer_list<std::function<bool()>>{
             [&] { return other.rename(id, QStringLiteral("Renamed")); },
             [&] {
                 Draft tagged = *other.find(id);
                 tagged.tags = {QStringLiteral("new tag")};
                 return other.update(tagged);
             },
             [&] { return other.moveToTrash(id); }, [&] { return other.restore(id); },
             [&] { return other.moveToTrash(id) && other.purge(id); }}) {
        QVERIFY(change());
        QVERIFY(m_store->checkForOutsideChanges());
    }
    QCOMPARE(elsewhere.count(), 6);

    // On a timer, as the window watches while it is active.
    QVERIFY(other.create(draft(QStringLiteral("Watched"))));
    m_store->watchOutsideChanges(std::chrono::milliseconds(10));
    QTRY_COMPARE(elsewhere.count(), 7);
    m_store->watchOutsideChanges({});
}

// This store's own commits raise the change count too, without moving data_version: an unrelated commit of
// another connection afterwards (its autosave) is still no change of the library.
void TestDraftStore::ownWritesAreNoNewsFromElsewhere()
{
    create(draft(QStringLiteral("One")));
    QVERIFY(!m_store->checkForOutsideChanges());
    create(draft(QStringLiteral("Two")));
    QVERIFY(m_store->rename(m_store->findByName(QStringLiteral("Two"))->id, QStringLiteral("Three")));
    OtherClient client = otherClient();
    Database& otherFile = *client.file;
    Recovery autosaved;
    autosaved.payload = buttons(QStringLiteral("autosaved elsewhere"));
    QVERIFY(RecoverySlot(otherFile).save(autosaved));
    QSignalSpy elsewhere(m_store.get(), &DraftStore::changedElsewhere);
    QVERIFY(!m_store->checkForOutsideChanges());
    QCOMPARE(elsewhere.count(), 0);
    // A real change elsewhere after an own write is still noticed.
    create(draft(QStringLiteral("Four")));
    QVERIFY(client.store->rename(m_store->findByName(QStringLiteral("One"))->id, QStringLiteral("Uno")));
    QVERIFY(m_store->checkForOutsideChanges());
}

// On a team library the server says when another client wrote (LISTEN/NOTIFY): no timer looks, and the
// news arrives within a second; this client's own writes say nothing.
void TestDraftStore::aTeammatesChangeIsHeardWithoutLooking()
{
    if (!onPostgres())
        QSKIP("this computer's file has no notifications: the window looks while it is active");
    QCOMPARE(m_store->count(), 0); // open, listening
    QSignalSpy elsewhere(m_store.get(), &DraftStore::changedElsewhere);
    create(draft(QStringLiteral("Mine")));
    QTest::qWait(200);
    QCOMPARE(elsewhere.count(), 0);

    OtherClient teammate = otherClient();
    const std::optional<qint64> id = teammate.store->create(draft(QStringLiteral("Theirs")));
    QVERIFY(id);
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 1, 1000);
    QVERIFY(teammate.store->rename(*id, QStringLiteral("Theirs, renamed")));
    QTRY_COMPARE_WITH_TIMEOUT(elsewhere.count(), 2, 1000);
    QCOMPARE(namesOf(m_store->list({})),
             (QStringList{QStringLiteral("Theirs, renamed"), QStringLiteral("Mine")}));
}

void TestDraftStore::initTestCase()
{
    // Sorting by name follows the user's language; the tests read English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
    qInfo("backend: %s", onPostgres() ? "PostgreSQL" : "SQLite");
    if (!onPostgres())
        return;
    m_server = std::make_unique<test::TestPostgres>();
    QVERIFY2(m_server->start(), qPrintable(m_server->why()));
    QVERIFY2(m_server->createDatabase(QLatin1StringView(ServerDatabase)), qPrintable(m_server->why()));
}

void TestDraftStore::cleanupTestCase()
{
    m_server.reset();
}

TestDraftStore::OtherClient TestDraftStore::otherClient() const
{
    OtherClient client;
    client.file = std::make_unique<Database>(path());
    if (onPostgres()) {
        client.server =
            std::make_unique<PostgresDatabase>(m_server->address(QLatin1StringView(ServerDatabase)));
        client.store = std::make_unique<DraftStore>(std::make_unique<PostgresLibraryBackend>(*client.server));
    } else {
        client.store = std::make_unique<DraftStore>(*client.file);
    }
    return client;
}

void TestDraftStore::init()
{
    // Any Qt warning fails the test, among them QSqlDatabase's "connection ... is still in use".
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(path());
    // Every time stamp a second after the one before, so that "newest first" is never a tie.
    m_now = Start;
    const auto clock = [this] {
        m_now = m_now.addSecs(1);
        return m_now;
    };
    m_slot = std::make_unique<RecoverySlot>(*m_database, clock);
    if (!onPostgres()) {
        m_store = std::make_unique<DraftStore>(*m_database, clock);
        return;
    }
    // One database for the whole run, emptied before each test (a new database per test would take
    // longer than the tests).
    const PostgresAddress address = m_server->address(QLatin1StringView(ServerDatabase));
    {
        PostgresDatabase admin(address);
        QString error;
        QVERIFY2(admin.open(&error), qPrintable(error));
        QSqlQuery query(admin.connection());
        for (const char* sql : {"DROP TRIGGER IF EXISTS boom ON draft_tags",
                                "TRUNCATE drafts, draft_tags RESTART IDENTITY CASCADE",
                                "UPDATE library_version SET changes = 0"})
            QVERIFY2(query.exec(QLatin1StringView(sql)), qPrintable(query.lastError().text()));
    }
    m_serverDatabase = std::make_unique<PostgresDatabase>(address);
    m_store =
        std::make_unique<DraftStore>(std::make_unique<PostgresLibraryBackend>(*m_serverDatabase), clock);
}

void TestDraftStore::cleanup()
{
    m_slot.reset();
    m_store.reset();
    m_serverDatabase.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestDraftStore::create(const Draft& draft)
{
    QString error;
    const std::optional<qint64> id = m_store->create(draft, &error);
    if (!id)
        qWarning("create(\"%s\"): %s", qPrintable(draft.name), qPrintable(error));
    return id.value_or(0);
}

QStringList TestDraftStore::search(const QString& text, bool trash)
{
    DraftQuery query;
    query.search = text;
    query.trash = trash;
    QString error;
    const QStringList names = namesOf(m_store->list(query, &error));
    if (!error.isEmpty())
        qWarning("search(\"%s\"): %s", qPrintable(text), qPrintable(error));
    return names;
}

void TestDraftStore::nothingHappensUntilUsed()
{
    if (onPostgres()) {
        QVERIFY(!m_serverDatabase->isOpen());
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_serverDatabase->isOpen());
        QCOMPARE(column(library(), QStringLiteral("SELECT version FROM wa_schema")),
                 QStringList{QString::number(PostgresDatabase::schema().size())});
        return;
    }
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(!m_database->isOpen());
    QCOMPARE(m_store->count(), 0);
    QVERIFY(m_database->isOpen());
    QCOMPARE(m_database->schemaVersion(), int(Database::schema().size()));
}

void TestDraftStore::roundTripsEveryField_data()
{
    QTest::addColumn<QByteArray>("payload");
    const QStringList files =
        QDir(QStringLiteral(WA_TEST_DATA "/messages")).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 8);
    for (const QString& file : files) {
        const MessageParseResult parsed =
            MessageJson::fromJson(bytesOf(QStringLiteral(WA_TEST_DATA "/messages/") + file));
        QVERIFY2(parsed.ok(), qPrintable(file));
        QTest::newRow(qPrintable(file)) << payloadOf(*parsed.message);
    }
    QTest::newRow("empty payload") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{\"type\": \"button\", \"body\": ");
}

void TestDraftStore::roundTripsEveryField()
{
    QFETCH(QByteArray, payload);
    QVERIFY(create(draft(QStringLiteral("Something first")))); // so that the id is not trivially 1

    Draft input;
    input.id = 999;                                       // ignored
    input.name = QStringLiteral("  Été \u2013 offre 🎉 "); // trimmed
    input.payload = payload;
    input.defaultRecipient = QStringLiteral("+353838000000");
    input.teammateId = QStringLiteral("5173352");
    input.variableDefaults = {{QStringLiteral("carrier"), QStringLiteral("DHL")},
                              {QStringLiteral("ciudad"), QStringLiteral("Málaga \"centro\" 🎉")}};
    input.tags = {QStringLiteral(" promo "), QStringLiteral("Été"), QString(),
                  QStringLiteral("PROMO"),   QStringLiteral("   "), QStringLiteral("été"),
                  QStringLiteral("q3")};
    input.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); // ignored
    input.trashedAt = input.createdAt;                                    // ignored

    QString error;
    const std::optional<qint64> id = m_store->create(input, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(*id, 2);

    const std::optional<Draft> found = m_store->find(*id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->id, *id);
    QCOMPARE(found->name, QStringLiteral("Été \u2013 offre 🎉"));
    QCOMPARE(found->payload, payload);
    QCOMPARE(found->defaultRecipient, input.defaultRecipient);
    QCOMPARE(found->teammateId, input.teammateId);
    QCOMPARE(found->variableDefaults, input.variableDefaults);
    QCOMPARE(found->tags,
             (QStringList{QStringLiteral("promo"), QStringLiteral("Été"), QStringLiteral("q3")}));
    QCOMPARE(found->createdAt, Start.addSecs(2));
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(found->updatedAt, found->createdAt);
    QVERIFY(found->trashedAt.isNull());

    // Absent optionals come back empty.
    const qint64 plain = create(draft(QStringLiteral("Plain"), payload));
    const std::optional<Draft> bare = m_store->find(plain);
    QVERIFY(bare);
    QCOMPARE(bare->defaultRecipient, QString());
    QCOMPARE(bare->teammateId, QString());
    QVERIFY(bare->variableDefaults.isEmpty());
    QCOMPARE(bare->tags, QStringList());

    // And by name, ignoring case.
    const std::optional<Draft> byName = m_store->findByName(QStringLiteral("été \u2013 OFFRE 🎉"), &error);
    QVERIFY2(byName, qPrintable(error));
    QVERIFY(*byName == *found);
    QCOMPARE(m_store->count(), 3);
    // Changed and cleared by update(), stored as NULL when there are none.
    Draft changed = *found;
    changed.variableDefaults = {{QStringLiteral("carrier"), QStringLiteral("UPS")}};
    QVERIFY2(m_store->update(changed, &error), qPrintable(error));
    QCOMPARE(m_store->find(*id)->variableDefaults, changed.variableDefaults);
    changed = *m_store->find(*id); // the version it is at now
    changed.variableDefaults.clear();
    QVERIFY2(m_store->update(changed, &error), qPrintable(error));
    QVERIFY(m_store->find(*id)->variableDefaults.isEmpty());
    {
        QSqlQuery query(library());
        QVERIFY(query.exec(QStringLiteral("SELECT variable_defaults FROM drafts WHERE id = %1").arg(*id)));
        QVERIFY(query.next());
        QVERIFY(query.isNull(0));
    }
}

// The preview's product details: with the draft, never in its message; changed and cleared by update(),
// NULL when there are none; copied with the draft.
void TestDraftStore::keepsProductLooks()
{
    Draft input = draft(QStringLiteral("Trail shoes"));
    input.productLooks = {
        {QStringLiteral("SKU-1"),
         {QStringLiteral("Trail Runner X2 “Été” 🎉"), QStringLiteral("₹1,299"),
          QStringLiteral("https://cdn.example.com/x2.jpg?w=600&sig=a%20b")}},
        {QStringLiteral("sku with spaces/ü"), {QStringLiteral("Socks"), QString(), QString()}},
        {QStringLiteral("SKU-3"), {QString(), QStringLiteral("$24.99"), QString()}},
    };
    QString error;
    const std::optional<qint64> id = m_store->create(input, &error);
    QVERIFY2(id, qPrintable(error));
    std::optional<Draft> found = m_store->find(*id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->productLooks, input.productLooks);
    QCOMPARE(found->payload, input.payload); // never written into the message

    Draft changed = *found;
    changed.productLooks[QStringLiteral("SKU-1")].price = QStringLiteral("₹999");
    changed.productLooks.remove(QStringLiteral("SKU-3"));
    changed.productLooks.insert(QStringLiteral("SKU-9"),
                                {QString(), QString(), QStringLiteral("http://x/y")});
    QVERIFY2(m_store->update(changed, &error), qPrintable(error));
    QCOMPARE(m_store->find(*id)->productLooks, changed.productLooks);

    const std::optional<qint64> copy = m_store->duplicate(*id, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(m_store->find(*copy)->productLooks, changed.productLooks);

    changed = *m_store->find(*id);
    changed.productLooks.clear();
    QVERIFY2(m_store->update(changed, &error), qPrintable(error));
    QVERIFY(m_store->find(*id)->productLooks.isEmpty());
    QSqlQuery query(library());
    QVERIFY(query.exec(QStringLiteral("SELECT product_looks FROM drafts WHERE id = %1").arg(*id)));
    QVERIFY(query.next());
    QVERIFY(query.isNull(0));
    // A draft without any reads back without any.
    QVERIFY(m_store->find(create(draft(QStringLiteral("Plain"))))->productLooks.isEmpty());
}

void TestDraftStore::productLooksAtTheLimits_data()
{
    QTest::addColumn<ProductLooks>("looks");
    QTest::addColumn<QString>("refusal"); // a part of the error; empty: saved
    const auto one = [](const QString& id, const ProductLook& look) { return ProductLooks{{id, look}}; };
    const QString sku = QStringLiteral("SKU-1");
    const auto letters = [](int n) { return QString(n, u'n'); };
    // Characters, not UTF-16 units: 200 emoji are 400 units and still a name at the limit.
    const auto emoji = [](int n) { return QStringLiteral("🎉").repeated(n); };
    QTest::newRow("name at 200") << one(sku, {letters(200), {}, {}}) << QString();
    QTest::newRow("name of 200 emoji") << one(sku, {emoji(200), {}, {}}) << QString();
    QTest::newRow("name at 201") << one(sku, {letters(201), {}, {}})
                                 << QStringLiteral(
                                        "the preview's name of product “SKU-1” is 201 characters long; "
                                        "at most 200");
    QTest::newRow("name of 201 emoji") << one(sku, {emoji(201), {}, {}}) << QStringLiteral("name");
    QTest::newRow("price at 40") << one(sku, {{}, QString(40, u'9'), {}}) << QString();
    QTest::newRow("price at 41") << one(sku, {{}, QString(41, u'9'), {}})
                                 << QStringLiteral("the preview's price of product “SKU-1” is 41 characters "
                                                   "long; at most 40");
    const QString link = QStringLiteral("https://example.com/");
    QTest::newRow("image link at 2000")
        << one(sku, {{}, {}, link + QString(2000 - link.size(), u'a')}) << QString();
    QTest::newRow("image link at 2001")
        << one(sku, {{}, {}, link + QString(2001 - link.size(), u'a')})
        << QStringLiteral(
               "the preview's image link of product “SKU-1” is 2001 characters long; at most 2000");
    QTest::newRow("retailer id at 100")
        << one(QString(100, u's'), {QStringLiteral("A"), {}, {}}) << QString();
    QTest::newRow("retailer id at 101")
        << one(QString(101, u's'), {QStringLiteral("A"), {}, {}})
        << QStringLiteral("retailer id of a product's preview details is 101");
    QTest::newRow("no retailer id") << one(QStringLiteral(" "), {QStringLiteral("A"), {}, {}})
                                    << QStringLiteral("have no retailer id");
    ProductLooks many;
    for (int i = 0; i < ProductLookRules::LooksMax; ++i)
        many.insert(QStringLiteral("SKU-%1").arg(i), {QStringLiteral("Product %1").arg(i), {}, {}});
    QTest::newRow("100 products") << many << QString();
    many.insert(QStringLiteral("one more"), {QStringLiteral("Product"), {}, {}});
    QTest::newRow("101 products") << many << QStringLiteral("given for 101 products; at most 100");
}

// Refused by create() and update() alike, with a sentence naming the field and the product; at the limit,
// kept whole.
void TestDraftStore::productLooksAtTheLimits()
{
    QFETCH(ProductLooks, looks);
    QFETCH(QString, refusal);
    Draft input = draft(QStringLiteral("Limits"));
    input.productLooks = looks;
    QString error;
    const std::optional<qint64> id = m_store->create(input, &error);
    if (refusal.isEmpty()) {
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(m_store->find(*id)->productLooks, looks);
        return;
    }
    QVERIFY(!id);
    QVERIFY2(error.startsWith(QStringLiteral("The draft was not saved: ")), qPrintable(error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
    QCOMPARE(m_store->count(), 0);

    const qint64 plain = create(draft(QStringLiteral("Plain")));
    Draft changed = *m_store->find(plain);
    changed.productLooks = looks;
    error.clear();
    QVERIFY(!m_store->update(changed, &error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
    QVERIFY(m_store->find(plain)->productLooks.isEmpty());
}

// Step 8 over a library and an autosave slot as version 7 left them: the drafts and the unsaved message are
// still there, without product looks, and take them from then on; the tables are what a new file gets.
void TestDraftStore::upgradesAVersion7FileToProductLooks()
{
    if (onPostgres())
        QSKIP("this computer's SQLite file only");
    {
        Database v7(path(), Database::schema().first(7));
        QString error;
        QVERIFY2(v7.open(&error), qPrintable(error));
        QSqlQuery query(v7.connection());
        for (const char* sql :
             {"INSERT INTO drafts (name, name_key, payload, created_at, updated_at, variable_defaults) "
              "VALUES "
              "('Shoes', 'shoes', '{\"type\":\"product\"}', '2024-03-05T10:00:00.000Z', "
              "'2024-03-05T10:00:00.000Z', '{\"store\":\"Dublin\"}')",
              "INSERT INTO recovery (id, draft_id, name, payload, saved_at) VALUES (1, 1, 'Shoes', '{}', "
              "'2024-03-05T10:01:00.000Z')"})
            QVERIFY2(query.exec(QLatin1StringView(sql)), qPrintable(query.lastError().text()));
    }
    QString error;
    std::optional<Draft> found = m_store->find(1, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(column(m_database->connection(), QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Database::schema().size())});
    QCOMPARE(found->name, QStringLiteral("Shoes"));
    QCOMPARE(found->variableDefaults.value(QStringLiteral("store")), QStringLiteral("Dublin"));
    QVERIFY(found->productLooks.isEmpty());
    std::optional<Recovery> recovery = m_slot->read(&error);
    QVERIFY2(recovery, qPrintable(error));
    QCOMPARE(recovery->draftId, 1);
    QVERIFY(recovery->productLooks.isEmpty());

    found->productLooks = {{QStringLiteral("SKU-1"), {QStringLiteral("X2"), QStringLiteral("$24.99"), {}}}};
    QVERIFY2(m_store->update(*found, &error), qPrintable(error));
    QCOMPARE(m_store->find(1)->productLooks, found->productLooks);
    recovery->productLooks = found->productLooks;
    QVERIFY2(m_slot->save(*recovery, &error), qPrintable(error));
    QCOMPARE(m_slot->read()->productLooks, found->productLooks);

    QTemporaryDir fresh;
    Database today(fresh.filePath(QStringLiteral("today.sqlite")));
    QVERIFY(today.open());
    const QString sql = QStringLiteral(
        "SELECT sql FROM sqlite_master WHERE tbl_name IN ('drafts', 'recovery') ORDER BY name");
    QCOMPARE(column(m_database->connection(), sql), column(today.connection(), sql));
}

// The team library's step 4 over a library as step 3 left it (the column dropped again, the version set
// back): its drafts are still there, without product looks, and take them from then on.
void TestDraftStore::upgradesAVersion3TeamLibraryToProductLooks()
{
    if (!onPostgres())
        QSKIP("the team library's PostgreSQL server only");
    const qint64 id = create(draft(QStringLiteral("Shoes")));
    QVERIFY(id);
    {
        PostgresDatabase admin(m_server->address(QLatin1StringView(ServerDatabase)));
        QString error;
        QVERIFY2(admin.open(&error), qPrintable(error));
        QSqlQuery query(admin.connection());
        for (const char* sql :
             {"ALTER TABLE drafts DROP COLUMN product_looks", "ALTER TABLE drafts DROP COLUMN summary_type",
              "ALTER TABLE drafts DROP COLUMN summary_excerpt", "UPDATE wa_schema SET version = 3"})
            QVERIFY2(query.exec(QLatin1StringView(sql)), qPrintable(query.lastError().text()));
    }
    // A client that starts now upgrades it.
    OtherClient other = otherClient();
    QString error;
    std::optional<Draft> found = other.store->find(id, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->name, QStringLiteral("Shoes"));
    QVERIFY(found->productLooks.isEmpty());
    QSqlQuery version(other.store->backend().connection());
    QVERIFY(version.exec(QStringLiteral("SELECT version FROM wa_schema")) && version.next());
    QCOMPARE(version.value(0).toInt(), int(PostgresDatabase::schema().size()));
    found->productLooks = {{QStringLiteral("SKU-1"), {QStringLiteral("X2"), QStringLiteral("₹1,299"), {}}}};
    QVERIFY2(other.store->update(*found, &error), qPrintable(error));
    QCOMPARE(other.store->find(id)->productLooks, found->productLooks);
}

void TestDraftStore::findOfNothingIsNotAnError()
{
    QString error;
    QVERIFY(!m_store->find(42, &error));
    QVERIFY(!m_store->findByName(QStringLiteral("Nothing"), &error));
    QVERIFY(!m_store->findByName(QString(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_store->list({}, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDraftStore::createRefusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    const QString taken = QStringLiteral("The draft was not saved: another draft is already named \"%1\"");
    QTest::newRow("empty") << QString() << "The draft was not saved: it has no name";
    QTest::newRow("blank") << QStringLiteral(" \t\n ") << "The draft was not saved: it has no name";
    QTest::newRow("taken") << QStringLiteral("Order status") << taken.arg(QStringLiteral("Order status"));
    QTest::newRow("taken, other case")
        << QStringLiteral("ORDER STATUS") << taken.arg(QStringLiteral("ORDER STATUS"));
    QTest::newRow("taken, with spaces")
        << QStringLiteral("  order status ") << taken.arg(QStringLiteral("order status"));
    // Beyond ASCII too (SQLite's NOCASE would let these through).
    QTest::newRow("taken, accented capitals") << QStringLiteral("ÉTÉ") << taken.arg(QStringLiteral("ÉTÉ"));
    QTest::newRow("taken, decomposed")
        << QStringLiteral("e\u0301te\u0301") << taken.arg(QStringLiteral("e\u0301te\u0301"));
    QTest::newRow("taken, Greek") << QStringLiteral("ΣΊΣΥΦΟΣ") << taken.arg(QStringLiteral("ΣΊΣΥΦΟΣ"));
}

void TestDraftStore::createRefusesBadNames()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    QVERIFY(create(draft(QStringLiteral("Order status"))));
    QVERIFY(create(draft(QStringLiteral("été"))));
    QVERIFY(create(draft(QStringLiteral("σίσυφος"))));

    QString actual;
    QVERIFY(!m_store->create(draft(name), &actual));
    QCOMPARE(actual, error);
    QCOMPARE(m_store->count(), 3);
}

void TestDraftStore::aNameInTheTrashIsFree()
{
    const qint64 old = create(draft(QStringLiteral("Offer"), buttons(QStringLiteral("Old offer"))));
    QVERIFY(m_store->moveToTrash(old));
    QString error;
    const std::optional<qint64> fresh = m_store->create(draft(QStringLiteral("offer")), &error);
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(m_store->findByName(QStringLiteral("Offer"))->id, *fresh);
    // Two in the trash with one name is fine as well.
    QVERIFY(m_store->moveToTrash(*fresh));
    QCOMPARE(search(QStringLiteral("offer"), true).size(), 2);
    QVERIFY(!m_store->findByName(QStringLiteral("Offer")));
}

void TestDraftStore::updateKeepsCreatedAndSetsUpdated()
{
    const qint64 id = create(draft(QStringLiteral("Offer"), buttons(QStringLiteral("First")),
                                   {QStringLiteral("a"), QStringLiteral("b")}));
    const Draft before = *m_store->find(id);

    Draft changed = before;
    changed.name = QStringLiteral(" OFFER "); // its own name in other letters is no clash
    changed.payload = buttons(QStringLiteral("Second"), QStringLiteral("Header"));
    changed.defaultRecipient = QStringLiteral("+971501234567");
    changed.teammateId = QStringLiteral("42");
    changed.tags = {QStringLiteral("c"), QStringLiteral("A")};
    changed.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC); // ignored
    changed.trashedAt = changed.createdAt;                                  // ignored
    QString error;
    QVERIFY2(m_store->update(changed, &error), qPrintable(error));

    const Draft after = *m_store->find(id);
    QCOMPARE(after.name, QStringLiteral("OFFER"));
    QCOMPARE(after.payload, changed.payload);
    QCOMPARE(after.defaultRecipient, changed.defaultRecipient);
    QCOMPARE(after.teammateId, changed.teammateId);
    QCOMPARE(after.tags, changed.tags);
    QCOMPARE(after.createdAt, before.createdAt);
    QCOMPARE(after.updatedAt, before.updatedAt.addSecs(1));
    QVERIFY(after.trashedAt.isNull());

    // Optional fields can be cleared.
    changed.version = after.version;
    changed.defaultRecipient.clear();
    changed.teammateId.clear();
    changed.tags.clear();
    QVERIFY(m_store->update(changed));
    const Draft cleared = *m_store->find(id);
    QCOMPARE(cleared.defaultRecipient, QString());
    QCOMPARE(cleared.teammateId, QString());
    QCOMPARE(cleared.tags, QStringList());
    QCOMPARE(m_store->tags(), QStringList());
}

// Two agents open one draft; one saves; the other's save (made to the version it opened) is refused with
// who changed it and when, and the draft as it is now, so that nothing is silently overwritten. Saving with
// no version (the agent chose to overwrite) goes through.
void TestDraftStore::aSaveOverAChangedDraftIsRefused()
{
    m_store->setAuthor(QStringLiteral(" Ann "));
    const qint64 id = create(draft(QStringLiteral("Offer"), buttons(QStringLiteral("Ten percent"))));
    const Draft annOpened = *m_store->find(id);
    QCOMPARE(annOpened.version, 1);
    QCOMPARE(annOpened.updatedBy, QStringLiteral("Ann"));

    OtherClient bob = otherClient();
    bob.store->setAuthor(QStringLiteral("Bob"));
    Draft bobs = *bob.store->find(id);
    bobs.payload = buttons(QStringLiteral("Twenty percent"));
    QVERIFY(bob.store->update(bobs));

    Draft anns = annOpened;
    anns.payload = buttons(QStringLiteral("Fifteen percent"));
    QString error;
    std::optional<Draft> theirs;
    QVERIFY(!m_store->update(anns, &error, &theirs));
    QVERIFY2(error.startsWith(QStringLiteral("The draft was not saved: Bob changed “Offer” at ")),
             qPrintable(error));
    QVERIFY(theirs);
    QCOMPARE(theirs->payload, bobs.payload);
    QCOMPARE(theirs->version, 2);
    QCOMPARE(theirs->updatedBy, QStringLiteral("Bob"));
    QCOMPARE(m_store->find(id)->payload, bobs.payload); // nothing written

    // Overwriting is a choice: the version it was shown.
    anns.version = theirs->version;
    QVERIFY2(m_store->update(anns, &error), qPrintable(error));
    const Draft now = *m_store->find(id);
    QCOMPARE(now.payload, anns.payload);
    QCOMPARE(now.version, 3);
    QCOMPARE(now.updatedBy, QStringLiteral("Ann"));
    // A rename is a change too; the panel's line says who made the last one.
    QVERIFY(bob.store->rename(id, QStringLiteral("Offer (spring)")));
    QCOMPARE(m_store->find(id)->version, 4);
    const QList<DraftSummary> listed = m_store->list({});
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().updatedBy, QStringLiteral("Bob"));
    QVERIFY(!m_store->update(anns));
}

void TestDraftStore::updateRefusesMissingAndTakenNames()
{
    const qint64 offer = create(draft(QStringLiteral("Offer")));
    const qint64 other = create(draft(QStringLiteral("Other")));
    const Draft before = *m_store->find(other);

    Draft missing = before;
    missing.id = 4242;
    QString error;
    QVERIFY(!m_store->update(missing, &error));
    QCOMPARE(error,
             QStringLiteral("The draft was not saved: draft 4242 does not exist (it may have been deleted)"));
    QCOMPARE(m_store->count(), 2); // no row was made for it

    Draft taken = before;
    taken.name = QStringLiteral("offer");
    QVERIFY(!m_store->update(taken, &error));
    QCOMPARE(error, QStringLiteral("The draft was not saved: another draft is already named \"offer\""));

    Draft nameless = before;
    nameless.name = QStringLiteral("  ");
    QVERIFY(!m_store->update(nameless, &error));
    QCOMPARE(error, QStringLiteral("The draft was not saved: it has no name"));
    QVERIFY(*m_store->find(other) == before);

    // In the trash a draft may take any name; restoring settles the clash.
    QVERIFY(m_store->moveToTrash(other));
    QVERIFY2(m_store->update(taken, &error), qPrintable(error));
    QCOMPARE(m_store->find(other)->name, QStringLiteral("offer"));
    QVERIFY(!m_store->find(other)->trashedAt.isNull()); // still in the trash
    QCOMPARE(m_store->findByName(QStringLiteral("Offer"))->id, offer);
}

void TestDraftStore::updateReindexesSearch()
{
    Draft first = draft(QStringLiteral("Weekly"), buttons(QStringLiteral("Your parcel is on its way")),
                        {QStringLiteral("shipping")});
    first.id = create(first);
    QCOMPARE(search(QStringLiteral("parcel")), QStringList{QStringLiteral("Weekly")});
    QCOMPARE(search(QStringLiteral("shipping")), QStringList{QStringLiteral("Weekly")});

    first.name = QStringLiteral("Monthly");
    first.payload = buttons(QStringLiteral("Your invoice is ready"));
    first.tags = {QStringLiteral("billing")};
    QVERIFY(m_store->update(first));
    QCOMPARE(search(QStringLiteral("parcel")), QStringList());
    QCOMPARE(search(QStringLiteral("shipping")), QStringList());
    QCOMPARE(search(QStringLiteral("weekly")), QStringList());
    QCOMPARE(search(QStringLiteral("invoice")), QStringList{QStringLiteral("Monthly")});
    QCOMPARE(search(QStringLiteral("billing")), QStringList{QStringLiteral("Monthly")});
    QCOMPARE(search(QStringLiteral("monthly")), QStringList{QStringLiteral("Monthly")});
    if (!onPostgres()) // there, search is a column of the draft's own row
        QCOMPARE(column(library(), QStringLiteral("SELECT count(*) FROM drafts_search")),
                 QStringList{QStringLiteral("1")});
}

void TestDraftStore::renames()
{
    const qint64 id = create(draft(QStringLiteral("Weekly")));
    const qint64 other = create(draft(QStringLiteral("Other")));
    const QDateTime updated = m_store->find(id)->updatedAt;
    QString error;
    QVERIFY2(m_store->rename(id, QStringLiteral(" Fortnightly "), &error), qPrintable(error));
    const Draft renamed = *m_store->find(id);
    QCOMPARE(renamed.name, QStringLiteral("Fortnightly"));
    QVERIFY(renamed.updatedAt > updated);
    QCOMPARE(search(QStringLiteral("weekly")), QStringList());
    QCOMPARE(search(QStringLiteral("fortnight")), QStringList{QStringLiteral("Fortnightly")});
    QVERIFY2(m_store->rename(id, QStringLiteral("FORTNIGHTLY"), &error), qPrintable(error));

    QVERIFY(!m_store->rename(id, QStringLiteral("other"), &error));
    QCOMPARE(error, QStringLiteral("The draft was not renamed: another draft is already named \"other\""));
    QVERIFY(!m_store->rename(id, QStringLiteral(" "), &error));
    QCOMPARE(error, QStringLiteral("The draft was not renamed: the new name is empty"));
    QVERIFY(!m_store->rename(4242, QStringLiteral("New"), &error));
    QCOMPARE(error, QStringLiteral(
                        "The draft was not renamed: draft 4242 does not exist (it may have been deleted)"));
    QCOMPARE(m_store->find(id)->name, QStringLiteral("FORTNIGHTLY"));
    QCOMPARE(m_store->find(other)->name, QStringLiteral("Other"));
}

void TestDraftStore::writesAreAllOrNothing()
{
    const qint64 id = create(draft(QStringLiteral("Weekly"), buttons(QStringLiteral("Parcel on its way")),
                                   {QStringLiteral("shipping")}));
    const Draft before = *m_store->find(id);
    // A failure halfway through a write: after the draft's row and before its search row.
    QVERIFY(m_store->count() == 1); // open
    QSqlQuery trigger(library());
    if (onPostgres()) {
        QVERIFY2(trigger.exec(
                     QStringLiteral("CREATE OR REPLACE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS "
                                    "$$ BEGIN RAISE EXCEPTION 'the disk said no'; END $$")),
                 qPrintable(trigger.lastError().text()));
        QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON draft_tags FOR EACH ROW "
                                             "WHEN (NEW.tag = 'boom') EXECUTE FUNCTION boom()")),
                 qPrintable(trigger.lastError().text()));
    } else {
        QVERIFY2(trigger.exec(QStringLiteral(
                     "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.draft_tags WHEN NEW.tag = 'boom' "
                     "BEGIN SELECT RAISE(ABORT, 'the disk said no'); END")),
                 qPrintable(trigger.lastError().text()));
    }
    // PostgreSQL's message says more around it ("ERROR:  the disk said no ... (P0001)").
    const auto saidNo = [](const QString& error) {
        return error.startsWith(QLatin1StringView("The draft was not saved: ")) &&
               error.contains(QLatin1StringView("the disk said no"));
    };

    QString error;
    QVERIFY(!m_store->create(draft(QStringLiteral("New"), buttons(QStringLiteral("Invoice")),
                                   {QStringLiteral("ok"), QStringLiteral("boom")}),
                             &error));
    QVERIFY2(saidNo(error), qPrintable(error));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(search(QStringLiteral("invoice")), QStringList());
    QCOMPARE(m_store->tags(), QStringList{QStringLiteral("shipping")});

    Draft changed = before;
    changed.name = QStringLiteral("Monthly");
    changed.payload = buttons(QStringLiteral("Invoice ready"));
    changed.tags = {QStringLiteral("boom")};
    QVERIFY(!m_store->update(changed, &error));
    QVERIFY2(saidNo(error), qPrintable(error));
    QVERIFY(*m_store->find(id) == before);
    QCOMPARE(search(QStringLiteral("parcel")), QStringList{QStringLiteral("Weekly")});
    QCOMPARE(search(QStringLiteral("invoice")), QStringList());

    QVERIFY(trigger.exec(onPostgres() ? QStringLiteral("DROP TRIGGER boom ON draft_tags")
                                      : QStringLiteral("DROP TRIGGER temp.boom")));
    // The connection is usable afterwards: no transaction was left open.
    QVERIFY2(m_store->update(changed, &error), qPrintable(error));
    QCOMPARE(m_store->find(id)->name, QStringLiteral("Monthly"));
}

void TestDraftStore::ftsQuery_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one word") << "order"
                              << R"("order"*)";
    QTest::newRow("two words") << "  stat   ord "
                               << R"("stat"* AND "ord"*)";
    QTest::newRow("operators are words") << "a AND b OR NOT c"
                                         << R"("a"* AND "AND"* AND "b"* AND "OR"* AND )"
                                            R"("NOT"* AND "c"*)";
    QTest::newRow("quotes") << R"(say "hi")"
                            << R"("say"* AND "hi"*)";
    QTest::newRow("lone quote") << R"(")" << QString();
    QTest::newRow("syntax only") << R"(* - : ^ ( ) + { } , . ")" << QString();
    QTest::newRow("NEAR") << "NEAR(order status, 2)"
                          << R"("NEAR"* AND "order"* AND "status"* AND "2"*)";
    QTest::newRow("column filter") << "name:order"
                                   << R"("name"* AND "order"*)";
    QTest::newRow("hyphen") << "e-mail"
                            << R"("e"* AND "mail"*)";
    QTest::newRow("digits") << "Offer 10"
                            << R"("Offer"* AND "10"*)";
    QTest::newRow("decomposed accent is composed")
        << QStringLiteral("cafe\u0301") << QStringLiteral("\"caf\u00e9\"*");
    QTest::newRow("lone combining mark") << QStringLiteral("\u0301 x") << R"("x"*)";
    QTest::newRow("Arabic") << QStringLiteral("\u0637\u0644\u0628\u0643 \u0661\u0662")
                            << QStringLiteral("\"\u0637\u0644\u0628\u0643\"* AND \"\u0661\u0662\"*");
    QTest::newRow("emoji only") << QStringLiteral("🎉 🚚") << QString();
    QTest::newRow("control characters")
        << QStringLiteral("a\x01\tb") + QChar(0) + QStringLiteral("c") << R"("a"* AND "b"* AND "c"*)";
}

void TestDraftStore::ftsQuery()
{
    QFETCH(QString, search);
    QFETCH(QString, query);
    QCOMPARE(DraftSearch::ftsQuery(search), query);
}

void TestDraftStore::searchRanksNameThenTagsThenText()
{
    // Oldest first, so that the ranking has to overturn "newest first".
    QVERIFY(create(draft(QStringLiteral("Order status"), buttons(QStringLiteral("Where is it?")))));
    QVERIFY(create(
        draft(QStringLiteral("Weekly"), buttons(QStringLiteral("See you")), {QStringLiteral("orders")})));
    QVERIFY(create(draft(QStringLiteral("Greeting"), buttons(QStringLiteral("Your order has shipped")))));
    QVERIFY(create(draft(QStringLiteral("Unrelated"), buttons(QStringLiteral("Nothing here")))));
    QVERIFY(create(draft(QStringLiteral("Also unrelated"), buttons(QStringLiteral("Nor here")))));
    QCOMPARE(
        search(QStringLiteral("order")),
        (QStringList{QStringLiteral("Order status"), QStringLiteral("Weekly"), QStringLiteral("Greeting")}));

    DraftQuery query;
    query.search = QStringLiteral("order");
    query.limit = 2;
    query.sort = Sort::Name; // ranking wins over the sort when searching
    QCOMPARE(namesOf(m_store->list(query)),
             (QStringList{QStringLiteral("Order status"), QStringLiteral("Weekly")}));
}

void TestDraftStore::oneLetterSearchListsNewestFirst_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("broad");
    QTest::newRow("one letter") << "o" << true;
    QTest::newRow("two one-letter words") << "o s" << true;
    QTest::newRow("one letter, accented") << "é" << true;
    QTest::newRow("two letters") << "or" << false;
    QTest::newRow("a letter and a word") << "o status" << false;
    QTest::newRow("nothing") << "" << false;
}

// A first keystroke matches most of a library: its matches come newest first rather than ranked (ranking
// thousands of drafts by relevance to one letter would take more than a frame); the second keystroke ranks.
void TestDraftStore::oneLetterSearchListsNewestFirst()
{
    QFETCH(QString, search);
    QFETCH(bool, broad);
    QCOMPARE(DraftSearch::isBroad(DraftSearch::words(search)), broad);
    if (search.isEmpty())
        return;
    // Oldest first: ranking would put the name match first, recency the last one created.
    QVERIFY(create(draft(QStringLiteral("Order status é"), buttons(QStringLiteral("Where is it? s")))));
    QVERIFY(create(draft(QStringLiteral("Weekly"), buttons(QStringLiteral("Your order é has shipped s")))));
    QVERIFY(create(draft(QStringLiteral("Greeting"), buttons(QStringLiteral("Nothing here")))));
    const QStringList found = this->search(search);
    if (broad) {
        QCOMPARE(found, (QStringList{QStringLiteral("Weekly"), QStringLiteral("Order status é")}));
    } else {
        QCOMPARE(found.value(0), QStringLiteral("Order status é"));
    }
}

void TestDraftStore::insertDrafts(int count, const QString& nameWord, const QString& textWord)
{
    // Straight into the team library's table, as the server can make thousands at once: "Draft g", a minute
    // apart, the words (SQL over g) in the name (weight A) and in the text (C).
    QCOMPARE(m_store->count(), 0); // opens the connection
    QSqlQuery insert(m_serverDatabase->connection());
    QVERIFY2(insert.exec(QStringLiteral(
                             "INSERT INTO drafts (name, name_key, payload, created_at, updated_at, search) "
                             "SELECT n, lower(n), '{}', t, t, setweight(to_tsvector('simple', %1), 'A') || "
                             "setweight(to_tsvector('simple', %2), 'C') FROM (SELECT g, 'Draft ' || g AS n, "
                             "timestamptz '2024-01-01' + g * interval '1 minute' AS t FROM "
                             "generate_series(1, %3) g) s")
                             .arg(nameWord, textWord)
                             .arg(count)),
             qPrintable(insert.lastError().text()));
}

void TestDraftStore::aBroadSearchRanksItsNewestMatches_data()
{
    QTest::addColumn<int>("matches");
    QTest::addColumn<bool>("oldestRankedFirst");
    QTest::newRow("as many as are ranked") << PostgresLibraryBackend::RankedAtMost << true;
    QTest::newRow("one more") << PostgresLibraryBackend::RankedAtMost + 1 << false;
}

void TestDraftStore::aBroadSearchRanksItsNewestMatches()
{
    if (!onPostgres())
        QSKIP("the team library's rule: this computer's ranks every match");
    QFETCH(int, matches);
    QFETCH(bool, oldestRankedFirst);
    // The oldest match has the word in its name (ranked first when ranked at all); the others in their text.
    insertDrafts(matches, QStringLiteral("CASE WHEN g = 1 THEN 'order' ELSE 'x' || g END"),
                 QStringLiteral("CASE WHEN g = 1 THEN 'x' ELSE 'order' END"));
    if (QTest::currentTestFailed())
        return;
    DraftQuery query;
    query.search = QStringLiteral("ord");
    query.limit = 10;
    const QList<DraftSummary> page = m_store->list(query);
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.first().name == QStringLiteral("Draft 1"), oldestRankedFirst);
    if (!oldestRankedFirst)
        QCOMPARE(page.first().name, QStringLiteral("Draft %1").arg(matches)); // newest first among equals
    // A list of every match (the command line) still ranks them all.
    query.limit = -1;
    const QList<DraftSummary> all = m_store->list(query);
    QCOMPARE(all.size(), matches);
    QCOMPARE(all.first().name, QStringLiteral("Draft 1"));
}

void TestDraftStore::aWordCommonLatelyIsLookedForAmongTheLatestDrafts_data()
{
    QTest::addColumn<int>("matchesLately");
    QTest::addColumn<bool>("oldestFound");
    QTest::newRow("rare lately: every match") << PostgresLibraryBackend::CommonInSample - 1 << true;
    QTest::newRow("common lately: the latest drafts") << PostgresLibraryBackend::CommonInSample << false;
}

void TestDraftStore::aWordCommonLatelyIsLookedForAmongTheLatestDrafts()
{
    if (!onPostgres())
        QSKIP("the team library's rule: this computer's ranks every match");
    QFETCH(int, matchesLately);
    QFETCH(bool, oldestFound);
    // The oldest draft has the word in its name; then drafts without it, enough to push the oldest out of
    // the latest; then the latest sample, `matchesLately` of them with the word in their text.
    const int latest = PostgresLibraryBackend::LatestDrafts;
    const int sample = PostgresLibraryBackend::CommonSample;
    insertDrafts(latest + 1, QStringLiteral("CASE WHEN g = 1 THEN 'order' ELSE 'x' END"),
                 QStringLiteral("CASE WHEN g > %1 AND g <= %1 + %2 THEN 'order' ELSE 'y' END")
                     .arg(latest + 1 - sample)
                     .arg(matchesLately));
    if (QTest::currentTestFailed())
        return;
    DraftQuery query;
    query.search = QStringLiteral("ord");
    query.limit = 10;
    const QList<DraftSummary> page = m_store->list(query);
    QVERIFY(!page.isEmpty());
    QCOMPARE(page.first().name == QStringLiteral("Draft 1"), oldestFound);
    // A page the latest drafts do not fill, or a list of every match, looks through the whole library.
    query.limit = matchesLately + 1;
    QCOMPARE(m_store->list(query).first().name, QStringLiteral("Draft 1"));
    query.limit = -1;
    QCOMPARE(m_store->list(query).size(), matchesLately + 1);
}

void TestDraftStore::searchMatchesPrefixes_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QStringList order{QStringLiteral("Order status")};
    QTest::newRow("a prefix") << "ord" << order;
    QTest::newRow("the word") << "order" << order;
    QTest::newRow("longer than the word") << "orders" << QStringList();
    QTest::newRow("two prefixes, any order") << "stat ord" << order;
    QTest::newRow("one of two missing") << "stat xyz" << QStringList();
    QTest::newRow("no match") << "xyz" << QStringList();
    QTest::newRow("inside a word is no prefix") << "der" << QStringList();
    QTest::newRow("from the body") << "arriv" << order;
    QTest::newRow("name and body together") << "order arrived" << order;
    QTest::newRow("a button title") << "yes"
                                    << (QStringList{QStringLiteral("Hello"), QStringLiteral("Order status")});
    QTest::newRow("a button id is not searched") << "no-id" << QStringList();
    QTest::newRow("empty lists everything")
        << "" << (QStringList{QStringLiteral("Hello"), QStringLiteral("Order status")});
    QTest::newRow("blank lists everything")
        << "  " << (QStringList{QStringLiteral("Hello"), QStringLiteral("Order status")});
}

void TestDraftStore::searchMatchesPrefixes()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QVERIFY(
        create(draft(QStringLiteral("Order status"), buttons(QStringLiteral("Has your parcel arrived?")))));
    QVERIFY(create(draft(QStringLiteral("Hello"), buttons(QStringLiteral("Hi there")))));
    QStringList found = this->search(search);
    if (!search.trimmed().isEmpty())
        std::sort(found.begin(), found.end()); // equal ranks: the order does not matter here
    QCOMPARE(found, expected);
}

void TestDraftStore::searchIgnoresDiacriticsAndCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QStringList cafe{QStringLiteral("Café menu")};
    QTest::newRow("plain letters find accents") << "cafe" << cafe;
    QTest::newRow("accents find accents") << QStringLiteral("café") << cafe;
    QTest::newRow("capitals") << QStringLiteral("CAFÉ MENU") << cafe;
    QTest::newRow("decomposed") << QStringLiteral("cafe\u0301") << cafe;
    QTest::newRow("in the body") << "creme brulee" << cafe;
    QTest::newRow("prefix of an accented word") << "bru" << cafe;
    QTest::newRow("accents find plain letters")
        << QStringLiteral("Ñandú") << QStringList{QStringLiteral("Nandu")};
    QTest::newRow("Arabic") << QStringLiteral("\u0637\u0644\u0628")
                            << QStringList{QStringLiteral("\u0637\u0644\u0628\u0643")};
}

void TestDraftStore::searchIgnoresDiacriticsAndCase()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QVERIFY(create(draft(QStringLiteral("Café menu"), buttons(QStringLiteral("Crème brûlée today")))));
    QVERIFY(create(draft(QStringLiteral("Nandu"))));
    QVERIFY(create(draft(QStringLiteral("\u0637\u0644\u0628\u0643"),
                         buttons(QStringLiteral("\u0647\u0644 \u0648\u0635\u0644")))));
    QCOMPARE(this->search(search), expected);
}

void TestDraftStore::searchNeverFailsOnWhatIsTyped_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QStringList order{QStringLiteral("Order status")};
    const QStringList everything{QStringLiteral("Order status")};
    QTest::newRow("a quote") << R"(")" << everything;
    QTest::newRow("unbalanced quote") << R"("order)" << order;
    QTest::newRow("quoted phrase") << R"("order status")" << order;
    QTest::newRow("doubled quotes") << R"(""order"")" << order;
    QTest::newRow("star") << "*" << everything;
    QTest::newRow("word star") << "ord*" << order;
    QTest::newRow("AND alone") << "AND" << QStringList();
    QTest::newRow("AND between") << "order AND status" << QStringList(); // "and" is a word to find
    QTest::newRow("OR") << "order OR xyz" << QStringList();
    QTest::newRow("NOT") << "NOT" << QStringList();
    QTest::newRow("NEAR(") << "NEAR(" << QStringList();
    QTest::newRow("NEAR( with words") << "NEAR(order status" << QStringList();
    QTest::newRow("minus") << "-" << everything;
    QTest::newRow("minus word") << "-order" << order;
    QTest::newRow("colon") << ":" << everything;
    QTest::newRow("column filter") << "name:order" << QStringList();
    QTest::newRow("column filter of a word in the text") << "text:ord" << QStringList();
    QTest::newRow("braces") << "{name tags}: order" << QStringList();
    QTest::newRow("caret") << "^ord" << order;
    QTest::newRow("parentheses") << "(order)" << order;
    QTest::newRow("plus") << "order + status" << order;
    QTest::newRow("apostrophe") << "order's" << order; // "order"* AND "s"*, and "status" starts with s
    QTest::newRow("backslash") << R"(order\)" << order;
    QTest::newRow("SQL") << "'; DROP TABLE drafts; --" << QStringList();
    QTest::newRow("NUL") << QStringLiteral("ord") + QChar(0) << order;
    QTest::newRow("emoji") << QStringLiteral("📦") << everything;
    QTest::newRow("a long paste") << QStringLiteral("order ").repeated(500) << order;
}

void TestDraftStore::searchNeverFailsOnWhatIsTyped()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QVERIFY(create(draft(QStringLiteral("Order status"), buttons(QStringLiteral("Has it arrived?")))));
    DraftQuery query;
    query.search = search;
    QString error;
    const QList<DraftSummary> found = m_store->list(query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(namesOf(found), expected);
    query.trash = true;
    QVERIFY(m_store->list(query, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_store->count(), 1); // still there, after the SQL-looking one too
}

void TestDraftStore::searchLooksThroughEveryText_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QStringList>("notFound");

    InteractiveMessage list;
    list.header = Header::fromText(QStringLiteral("Spring collection"));
    list.body = QStringLiteral("Pick a style");
    list.footer = QStringLiteral("Free returns");
    list.action = ListAction{QStringLiteral("Browse"),
                             {{QStringLiteral("Running"),
                               {{QStringLiteral("sku-trail-x2"), QStringLiteral("Trail Runner"),
                                 QStringLiteral("Grippy outsole")}}}}};
    QTest::newRow("list") << list << words("spring pick free browse running trail grippy") << words("sku");

    InteractiveMessage cta;
    cta.header.kind = HeaderKind::Document;
    cta.header.mediaLink = QStringLiteral("https://cdn.example.com/brochure.pdf");
    cta.header.filename = QStringLiteral("Catalogue.pdf");
    cta.body = QStringLiteral("Our catalogue");
    cta.action =
        CtaUrlAction{QStringLiteral("Open website"), QStringLiteral("https://shop.example.com/deals")};
    QTest::newRow("cta_url") << cta << words("catalogue website shop.example deals") << words("cdn brochure");

    InteractiveMessage flow;
    flow.body = QStringLiteral("Book a fitting");
    FlowAction flowAction;
    flowAction.flowId = QStringLiteral("1627019861106475");
    flowAction.cta = QStringLiteral("Start booking");
    flowAction.screen = QStringLiteral("FITTING_DETAILS");
    flowAction.flowToken = QStringLiteral("tokenvalue");
    flow.action = flowAction;
    QTest::newRow("flow") << flow << words("fitting start") << words("1627 tokenvalue details");

    InteractiveMessage products;
    products.header = Header::fromText(QStringLiteral("Bestsellers"));
    products.body = QStringLiteral("This week");
    products.action = ProductListAction{
        QStringLiteral("catalog123"),
        {{QStringLiteral("Shoes"), {QStringLiteral("retailer-a"), QStringLiteral("retailer-b")}}}};
    QTest::newRow("product_list") << products << words("bestsellers week shoes")
                                  << words("catalog123 retailer");
}

void TestDraftStore::searchLooksThroughEveryText()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QStringList, found);
    QFETCH(QStringList, notFound);
    const QByteArray payload = payloadOf(message);
    QVERIFY(MessageJson::fromJson(payload).ok()); // the message path, not the fallback
    QVERIFY(create(draft(QStringLiteral("Draft"), payload)));
    for (const QString& word : found)
        QVERIFY2(search(word) == QStringList{QStringLiteral("Draft")}, qPrintable(word));
    for (const QString& word : notFound)
        QVERIFY2(search(word).isEmpty(), qPrintable(word));
}

void TestDraftStore::payloadThatIsNotAMessage_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("not JSON") << QByteArray("{\"type\": \"button\", \"body\": {\"text\": \"Spring")
                              << QString() << QStringList();
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << QString() << QStringList();
    QTest::newRow("unfinished message") << QByteArray(R"({"type":"button","body":{"text":"Spring sale"}})")
                                        << "button" << words("spring button");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"poll","question":"Lunch?","options":["Pizza"]})")
                                  << "poll" << words("lunch pizza");
    QTest::newRow("an array") << QByteArray(R"(["Spring", {"deep": ["sale"]}, 3])") << QString()
                              << words("spring sale");
}

void TestDraftStore::payloadThatIsNotAMessage()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, type);
    QFETCH(QStringList, found);
    QVERIFY(!MessageJson::fromJson(payload).ok());
    QString error;
    const std::optional<qint64> id =
        m_store->create(draft(QStringLiteral("Work in progress"), payload), &error);
    QVERIFY2(id, qPrintable(error));
    if (!payload.contains('\0') && !payload.contains('\xff'))
        QCOMPARE(m_store->find(*id)->payload, payload);
    QCOMPARE(search(QStringLiteral("progress")), QStringList{QStringLiteral("Work in progress")});
    for (const QString& word : found)
        QVERIFY2(search(word) == QStringList{QStringLiteral("Work in progress")}, qPrintable(word));
    const QList<DraftSummary> summaries = m_store->list({});
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().type, type);
}

void TestDraftStore::filtersByTag()
{
    QVERIFY(create(draft(QStringLiteral("A"), buttons(QStringLiteral("Order")), {QStringLiteral("Urgent")})));
    QVERIFY(create(draft(QStringLiteral("B"), buttons(QStringLiteral("Order")),
                         {QStringLiteral("later"), QStringLiteral("urgent")})));
    QVERIFY(
        create(draft(QStringLiteral("C"), buttons(QStringLiteral("Other")), {QStringLiteral("urgently")})));
    const qint64 d =
        create(draft(QStringLiteral("D"), buttons(QStringLiteral("Order")), {QStringLiteral("URGENT")}));
    QVERIFY(m_store->moveToTrash(d));

    DraftQuery query;
    query.tag = QStringLiteral(" urgent ");
    QCOMPARE(namesOf(m_store->list(query)), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    query.tag = QStringLiteral("URG"); // exact, not a prefix
    QCOMPARE(namesOf(m_store->list(query)), QStringList());
    query.tag = QStringLiteral("later");
    QCOMPARE(namesOf(m_store->list(query)), QStringList{QStringLiteral("B")});
    query.tag = QStringLiteral("Urgent");
    query.search = QStringLiteral("other");
    QCOMPARE(namesOf(m_store->list(query)), QStringList());
    query.search = QStringLiteral("ord");
    query.limit = 1;
    QCOMPARE(namesOf(m_store->list(query)).size(), 1);
    query.limit = -1;
    query.trash = true;
    QCOMPARE(namesOf(m_store->list(query)), QStringList{QStringLiteral("D")});
    // Tags are searchable words as well.
    QCOMPARE(search(QStringLiteral("urgently")), QStringList{QStringLiteral("C")});
}

void TestDraftStore::sortsByUpdatedAndByName()
{
    const QStringList created = {QStringLiteral("banana"),  QStringLiteral("Offer 10"),
                                 QStringLiteral("Apple"),   QStringLiteral("Émile"),
                                 QStringLiteral("Offer 2"), QStringLiteral("cherry"),
                                 QStringLiteral("zebra")};
    QList<qint64> ids;
    for (const QString& name : created)
        ids.append(create(draft(name)));

    DraftQuery byUpdated;
    QCOMPARE(namesOf(m_store->list(byUpdated)),
             (QStringList{QStringLiteral("zebra"), QStringLiteral("cherry"), QStringLiteral("Offer 2"),
                          QStringLiteral("Émile"), QStringLiteral("Apple"), QStringLiteral("Offer 10"),
                          QStringLiteral("banana")}));
    // An edit brings a draft to the top.
    Draft banana = *m_store->find(ids.first());
    banana.payload = buttons(QStringLiteral("Changed"));
    QVERIFY(m_store->update(banana));
    byUpdated.limit = 3;
    QCOMPARE(namesOf(m_store->list(byUpdated)),
             (QStringList{QStringLiteral("banana"), QStringLiteral("zebra"), QStringLiteral("cherry")}));

    // As a person reads them: case ignored, numbers by value, the accent beside its letter.
    DraftQuery byName;
    byName.sort = Sort::Name;
    const QStringList alphabetical = {QStringLiteral("Apple"),   QStringLiteral("banana"),
                                      QStringLiteral("cherry"),  QStringLiteral("Émile"),
                                      QStringLiteral("Offer 2"), QStringLiteral("Offer 10"),
                                      QStringLiteral("zebra")};
    QCOMPARE(namesOf(m_store->list(byName)), alphabetical);
    byName.limit = 4;
    QCOMPARE(namesOf(m_store->list(byName)), alphabetical.first(4));
    byName.limit = 0;
    QCOMPARE(namesOf(m_store->list(byName)), QStringList());
}

void TestDraftStore::summariesHaveTypeAndExcerpt_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("excerpt");
    QTest::newRow("text header first")
        << buttons(QStringLiteral("The body"), QStringLiteral("The header")) << "button"
        << "The header";
    QTest::newRow("else the body") << buttons(QStringLiteral("The body")) << "button"
                                   << "The body";
    QTest::newRow("whitespace collapsed")
        << buttons(QStringLiteral("  Line one\n\n  line\ttwo  ")) << "button"
        << "Line one line two";
    const QString long120 = QString(120, QLatin1Char('x'));
    QTest::newRow("120 kept") << buttons(long120) << "button" << long120;
    QTest::newRow("121 cut") << buttons(long120 + QLatin1Char('y')) << "button"
                             << QString(119, QLatin1Char('x')) + QChar(0x2026);
    const QString emoji = QStringLiteral("📦");
    QTest::newRow("emoji count once")
        << buttons(emoji.repeated(200)) << "button" << emoji.repeated(119) + QChar(0x2026);
    InteractiveMessage location;
    location.body = QStringLiteral("Where should we deliver?");
    location.action = LocationRequestAction{};
    QTest::newRow("location") << payloadOf(location) << "location_request_message"
                              << "Where should we deliver?";
    QTest::newRow("not JSON") << QByteArray("{oops") << QString() << QString();
}

void TestDraftStore::summariesHaveTypeAndExcerpt()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, type);
    QFETCH(QString, excerpt);
    const qint64 id =
        create(draft(QStringLiteral("Summary"), payload, {QStringLiteral("b"), QStringLiteral("a")}));
    const QList<DraftSummary> summaries = m_store->list({});
    QCOMPARE(summaries.size(), 1);
    const DraftSummary& summary = summaries.first();
    QCOMPARE(summary.id, id);
    QCOMPARE(summary.name, QStringLiteral("Summary"));
    QCOMPARE(summary.type, type);
    QCOMPARE(summary.excerpt, excerpt);
    QCOMPARE(DraftSearch::excerpt(payload), excerpt);
    QVERIFY(excerpt.toUcs4().size() <= DraftSearch::MaxExcerptLength);
    QCOMPARE(summary.tags, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(summary.updatedAt, m_store->find(id)->updatedAt);
    QVERIFY(summary.trashedAt.isNull());
}

// The summary's type and excerpt are saved with the message, by every path that writes one (create, update,
// import, duplicate), and a list reads them.
void TestDraftStore::summariesAreSavedWithTheMessage()
{
    const QByteArray header = buttons(QStringLiteral("The body"), QStringLiteral("The header"));
    const qint64 id = create(draft(QStringLiteral("Saved"), header));
    QVERIFY(id);
    const QSqlDatabase db = m_store->backend().connection();
    QCOMPARE(savedSummary(db, id), (QStringList{QStringLiteral("button"), QStringLiteral("The header")}));

    for (const QByteArray& payload : variedPayloads()) {
        Draft changed = *m_store->find(id);
        changed.payload = payload;
        QString error;
        QVERIFY2(m_store->update(changed, &error), qPrintable(error));
        QCOMPARE(savedSummary(db, id), gistOf(payload));
        const QList<DraftSummary> listed = m_store->list({});
        QCOMPARE(listed.size(), 1);
        QCOMPARE((QStringList{listed.first().type, listed.first().excerpt}), gistOf(payload));
    }
    // A payload that is no message lists with no type, as it always did.
    QCOMPARE(savedSummary(db, id), gistOf(variedPayloads().last()));
    Draft broken = *m_store->find(id);
    broken.payload = QByteArray("\x00{oops\xff", 7);
    QVERIFY(m_store->update(broken));
    QCOMPARE(savedSummary(db, id), (QStringList{QString(), QString()}));
    QCOMPARE(m_store->list({}).first().type, QString());

    const DraftImportResult imported =
        DraftImport::import(*m_store,
                            R"({"type":"cta_url","body":{"text":"See the sale"},"action":{"name":"cta_url",)"
                            R"("parameters":{"display_text":"Open","url":"https://example.com/sale"}}})",
                            QStringLiteral("Imported"));
    QVERIFY2(imported.isImported(), qPrintable(imported.storeError));
    QCOMPARE(savedSummary(db, imported.id),
             (QStringList{QStringLiteral("cta_url"), QStringLiteral("See the sale")}));

    const std::optional<qint64> copy = m_store->duplicate(imported.id);
    QVERIFY(copy);
    QCOMPARE(savedSummary(db, *copy), savedSummary(db, imported.id));
}

// Step 9 over a library as step 8 left it (no summaries saved): every draft lists the type and excerpt it
// listed before, when they were made from its message at every listing; more drafts than one batch of the
// step's.
void TestDraftStore::upgradesAVersion8FileToSavedSummaries()
{
    if (onPostgres())
        QSKIP("this computer's SQLite file only");
    const QList<QByteArray> payloads = variedPayloads();
    constexpr int Drafts = 1205;
    {
        Database v8(path(), Database::schema().first(8));
        QString error;
        QVERIFY2(v8.open(&error), qPrintable(error));
        QSqlDatabase db = v8.connection();
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(
            QStringLiteral("INSERT INTO drafts (name, name_key, payload, created_at, updated_at) "
                           "VALUES (?, ?, ?, '2024-03-05T10:00:00.000Z', ?)")));
        for (int i = 0; i < Drafts; ++i) {
            const QString name = QStringLiteral("Draft %1").arg(i);
            insert.addBindValue(name);
            insert.addBindValue(name.toLower());
            insert.addBindValue(QString::fromUtf8(payloads.at(i % payloads.size())));
            // Newest first lists them in the order of i.
            insert.addBindValue(QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC)
                                    .addSecs(Drafts - i)
                                    .toString(Qt::ISODateWithMs));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    QString error;
    const QList<DraftSummary> listed = m_store->list({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(column(m_database->connection(), QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Database::schema().size())});
    QCOMPARE(listed.size(), Drafts);
    for (int i = 0; i < Drafts; ++i) {
        const QByteArray& payload = payloads.at(i % payloads.size());
        QCOMPARE(listed.at(i).name, QStringLiteral("Draft %1").arg(i));
        QCOMPARE((QStringList{listed.at(i).type, listed.at(i).excerpt}), gistOf(payload));
    }
    QCOMPARE(listed.at(3).type, QString()); // not JSON: no type, as before

    QTemporaryDir fresh;
    Database today(fresh.filePath(QStringLiteral("today.sqlite")));
    QVERIFY(today.open());
    const QString sql =
        QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'drafts' ORDER BY name");
    QCOMPARE(column(m_database->connection(), sql), column(today.connection(), sql));
}

// The team library's step 5 over a library as step 4 left it (the columns dropped again, the version set
// back): its drafts list what they listed before.
void TestDraftStore::upgradesAVersion4TeamLibraryToSavedSummaries()
{
    if (!onPostgres())
        QSKIP("the team library's PostgreSQL server only");
    const QList<QByteArray> payloads = variedPayloads();
    for (int i = 0; i < payloads.size(); ++i)
        QVERIFY(create(draft(QStringLiteral("Draft %1").arg(i), payloads.at(i))));
    {
        PostgresDatabase admin(m_server->address(QLatin1StringView(ServerDatabase)));
        QString error;
        QVERIFY2(admin.open(&error), qPrintable(error));
        QSqlQuery query(admin.connection());
        for (const char* sql :
             {"ALTER TABLE drafts DROP COLUMN summary_type", "ALTER TABLE drafts DROP COLUMN summary_excerpt",
              "UPDATE wa_schema SET version = 4"})
            QVERIFY2(query.exec(QLatin1StringView(sql)), qPrintable(query.lastError().text()));
    }
    // A client that starts now upgrades it.
    OtherClient other = otherClient();
    QString error;
    const QList<DraftSummary> listed = other.store->list({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery version(other.store->backend().connection());
    QVERIFY(version.exec(QStringLiteral("SELECT version FROM wa_schema")) && version.next());
    QCOMPARE(version.value(0).toInt(), int(PostgresDatabase::schema().size()));
    QCOMPARE(listed.size(), payloads.size());
    for (int i = 0; i < payloads.size(); ++i) {
        // Newest first: the last created first.
        const DraftSummary& summary = listed.at(payloads.size() - 1 - i);
        QCOMPARE(summary.name, QStringLiteral("Draft %1").arg(i));
        QCOMPARE((QStringList{summary.type, summary.excerpt}), gistOf(payloads.at(i)));
    }
}

void TestDraftStore::trashRestoreAndPurge()
{
    const qint64 id = create(draft(QStringLiteral("Order status"), buttons(QStringLiteral("Arrived?")),
                                   {QStringLiteral("orders")}));
    const qint64 other = create(draft(QStringLiteral("Other")));
    QVERIFY(m_slot->save({id, QStringLiteral("Order status"), buttons(QStringLiteral("Unsaved")), {}}));
    QString error;
    QVERIFY2(m_store->moveToTrash(id, &error), qPrintable(error));
    QVERIFY(m_store->moveToTrash(id)); // already there: nothing to do

    // Out of the library, its search and its tags...
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(namesOf(m_store->list({})), QStringList{QStringLiteral("Other")});
    QCOMPARE(search(QStringLiteral("order")), QStringList());
    QVERIFY(!m_store->findByName(QStringLiteral("Order status")));
    QCOMPARE(m_store->tags(), QStringList());
    // ... and in the trash, where it can still be found.
    const std::optional<Draft> trashed = m_store->find(id);
    QVERIFY(trashed);
    QVERIFY(trashed->trashedAt.isValid());
    QCOMPARE(trashed->trashedAt.timeSpec(), Qt::UTC);
    DraftQuery trash;
    trash.trash = true;
    const QList<DraftSummary> inTrash = m_store->list(trash);
    QCOMPARE(namesOf(inTrash), QStringList{QStringLiteral("Order status")});
    QCOMPARE(inTrash.first().trashedAt, trashed->trashedAt);
    QCOMPARE(search(QStringLiteral("arriv"), true), QStringList{QStringLiteral("Order status")});

    QVERIFY2(m_store->restore(id, &error), qPrintable(error));
    QVERIFY(m_store->restore(id)); // not in the trash: nothing to do
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(search(QStringLiteral("order")), QStringList{QStringLiteral("Order status")});
    QVERIFY(m_store->find(id)->trashedAt.isNull());
    QCOMPARE(m_store->find(id)->name, QStringLiteral("Order status"));
    QCOMPARE(m_store->find(id)->updatedAt, trashed->updatedAt); // restoring is no edit

    // Purging takes the trash first.
    QVERIFY(!m_store->purge(id, &error));
    QCOMPARE(error, QStringLiteral("The draft was not deleted: it is not in the trash"));
    QVERIFY(m_store->find(id));
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY2(m_store->purge(id, &error), qPrintable(error));
    error.clear();
    QVERIFY(!m_store->find(id, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(search(QStringLiteral("order"), true), QStringList());
    const QSqlDatabase db = library();
    QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM draft_tags")), QStringList{QStringLiteral("0")});
    if (!onPostgres())
        QCOMPARE(column(db, QStringLiteral("SELECT rowid FROM drafts_search")),
                 QStringList{QString::number(other)});
    // The unsaved text survives as a message that was never saved.
    const std::optional<Recovery> recovery = m_slot->read();
    QVERIFY(recovery);
    QCOMPARE(recovery->draftId, 0);
    QCOMPARE(recovery->payload, buttons(QStringLiteral("Unsaved")));

    const QString gone = QStringLiteral("draft %1 does not exist (it may have been deleted)").arg(id);
    QVERIFY(!m_store->purge(id, &error));
    QCOMPARE(error, QStringLiteral("The draft was not deleted: ") + gone);
    QVERIFY(!m_store->restore(id, &error));
    QCOMPARE(error, QStringLiteral("The draft was not restored: ") + gone);
    QVERIFY(!m_store->moveToTrash(id, &error));
    QCOMPARE(error, QStringLiteral("The draft was not moved to the trash: ") + gone);
    // Ids are never handed out again, not even the highest one.
    const qint64 last = create(draft(QStringLiteral("Last")));
    QVERIFY(last > other);
    QVERIFY(m_store->moveToTrash(last));
    QVERIFY(m_store->purge(last));
    QCOMPARE(create(draft(QStringLiteral("Next"))), last + 1);
}

void TestDraftStore::restoreRenamesOnAClash()
{
    const qint64 first = create(draft(QStringLiteral("Offer")));
    QVERIFY(m_store->moveToTrash(first));
    const qint64 second = create(draft(QStringLiteral("OFFER")));
    QVERIFY(m_store->moveToTrash(second));
    const qint64 third = create(draft(QStringLiteral("offer")));
    QVERIFY(create(draft(QStringLiteral("Offer (restored)"))));

    QString error;
    QVERIFY2(m_store->restore(first, &error), qPrintable(error));
    QCOMPARE(m_store->find(first)->name, QStringLiteral("Offer (restored 2)"));
    QVERIFY2(m_store->restore(second, &error), qPrintable(error));
    QCOMPARE(m_store->find(second)->name, QStringLiteral("OFFER (restored 3)"));
    QCOMPARE(m_store->find(third)->name, QStringLiteral("offer"));
    // The search index follows the new name.
    QCOMPARE(search(QStringLiteral("restored 3")), QStringList{QStringLiteral("OFFER (restored 3)")});
    QCOMPARE(m_store->count(), 4);
}

void TestDraftStore::duplicateNamesItsCopies()
{
    Draft original = draft(QStringLiteral("Offer"), buttons(QStringLiteral("Half price")),
                           {QStringLiteral("sale"), QStringLiteral("q3")});
    original.defaultRecipient = QStringLiteral("+353838000000");
    original.teammateId = QStringLiteral("42");
    original.variableDefaults = {{QStringLiteral("discount"), QStringLiteral("50%")}};
    const qint64 id = create(original);

    QString error;
    const std::optional<qint64> copy = m_store->duplicate(id, &error);
    QVERIFY2(copy, qPrintable(error));
    const Draft copied = *m_store->find(*copy);
    QCOMPARE(copied.name, QStringLiteral("Offer (copy)"));
    QCOMPARE(copied.payload, original.payload);
    QCOMPARE(copied.tags, original.tags);
    QCOMPARE(copied.defaultRecipient, original.defaultRecipient);
    QCOMPARE(copied.teammateId, original.teammateId);
    QCOMPARE(copied.variableDefaults, original.variableDefaults);
    QVERIFY(copied.createdAt > m_store->find(id)->createdAt);
    QCOMPARE(copied.updatedAt, copied.createdAt);

    QCOMPARE(m_store->find(*m_store->duplicate(id))->name, QStringLiteral("Offer (copy 2)"));
    // A copy of a copy counts on from the original's name.
    QCOMPARE(m_store->find(*m_store->duplicate(*copy))->name, QStringLiteral("Offer (copy 3)"));
    QCOMPARE(search(QStringLiteral("half")).size(), 4);
    // Only the exact shape counts as a copy's name.
    const qint64 odd = create(draft(QStringLiteral("Notes (copy 2b)")));
    QCOMPARE(m_store->find(*m_store->duplicate(odd))->name, QStringLiteral("Notes (copy 2b) (copy)"));

    QVERIFY(!m_store->duplicate(4242, &error));
    QCOMPARE(
        error,
        QStringLiteral("The draft was not duplicated: draft 4242 does not exist (it may have been deleted)"));
}

void TestDraftStore::uniqueName()
{
    QString error;
    QCOMPARE(m_store->uniqueName(QStringLiteral(" Offer "), &error), QStringLiteral("Offer"));
    QVERIFY(create(draft(QStringLiteral("Offer"))));
    QCOMPARE(m_store->uniqueName(QStringLiteral("Offer")), QStringLiteral("Offer (2)"));
    QCOMPARE(m_store->uniqueName(QStringLiteral("OFFER")), QStringLiteral("OFFER (2)"));
    QVERIFY(create(draft(QStringLiteral("offer (2)"))));
    QCOMPARE(m_store->uniqueName(QStringLiteral("Offer")), QStringLiteral("Offer (3)"));
    QCOMPARE(m_store->uniqueName(QString()), QStringLiteral("Untitled"));
    QVERIFY(create(draft(QStringLiteral("Untitled"))));
    QCOMPARE(m_store->uniqueName(QStringLiteral("  ")), QStringLiteral("Untitled (2)"));
    // A name only in the trash is free.
    const qint64 trashed = create(draft(QStringLiteral("Old")));
    QVERIFY(m_store->moveToTrash(trashed));
    QCOMPARE(m_store->uniqueName(QStringLiteral("old"), &error), QStringLiteral("old"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDraftStore::listsTags()
{
    QString error;
    QCOMPARE(m_store->tags(&error), QStringList());
    QVERIFY(create(draft(QStringLiteral("A"), {}, {QStringLiteral("urgent"), QStringLiteral("Billing")})));
    QVERIFY(create(draft(QStringLiteral("B"), {}, {QStringLiteral("q10"), QStringLiteral("Urgent")})));
    QVERIFY(create(draft(QStringLiteral("C"), {}, {QStringLiteral("q9"), QStringLiteral("été")})));
    const qint64 trashed = create(draft(QStringLiteral("D"), {}, {QStringLiteral("archived")}));
    QVERIFY(m_store->moveToTrash(trashed));
    // Once each (spelled as the latest draft spells it), ignoring case, numbers by value; none from the
    // trash.
    QCOMPARE(m_store->tags(&error),
             (QStringList{QStringLiteral("Billing"), QStringLiteral("été"), QStringLiteral("q9"),
                          QStringLiteral("q10"), QStringLiteral("Urgent")}));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDraftStore::listsEachDraftsTagsInTheirOrder_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("limit");
    // A list of everything reads the library's tags whole; a page or a search, only its drafts'.
    QTest::newRow("everything") << QString() << -1;
    QTest::newRow("a page") << QString() << 2;
    QTest::newRow("a search") << QStringLiteral("order") << -1;
    QTest::newRow("a page of a search") << QStringLiteral("order") << 2;
}

// Each summary carries its own draft's tags, in the order the agent gave them: also after an edit put
// them in another order (a server may then read the rows in any order).
void TestDraftStore::listsEachDraftsTagsInTheirOrder()
{
    QFETCH(QString, search);
    QFETCH(int, limit);
    const qint64 reordered = create(draft(QStringLiteral("Order A"), {},
                                          {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
    QVERIFY(create(draft(QStringLiteral("Order B"), {}, {QStringLiteral("q")})));
    QVERIFY(create(draft(QStringLiteral("Order C"))));
    QVERIFY(create(draft(QStringLiteral("Other"), {}, {QStringLiteral("w")})));
    std::optional<Draft> edited = m_store->find(reordered);
    QVERIFY(edited);
    edited->tags = {QStringLiteral("z"), QStringLiteral("new"), QStringLiteral("x")};
    QString error;
    QVERIFY2(m_store->update(*edited, &error), qPrintable(error));
    // And stored in the reverse of the order they are read in (rows in the order of their positions
    // would let a listing that forgot them pass).
    QSqlQuery reverse(library());
    QVERIFY2(reverse.exec(QStringLiteral("UPDATE draft_tags SET position = 2 - position WHERE draft_id = %1")
                              .arg(reordered)),
             qPrintable(reverse.lastError().text()));
    edited->tags = {QStringLiteral("x"), QStringLiteral("new"), QStringLiteral("z")};
    QCOMPARE(m_store->find(reordered)->tags, edited->tags);

    DraftQuery query;
    query.search = search;
    query.limit = limit;
    const QList<DraftSummary> listed = m_store->list(query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(listed.size(), limit > 0 ? limit : search.isEmpty() ? 4 : 3);
    bool sawReordered = false;
    for (const DraftSummary& summary : listed) {
        QCOMPARE(summary.tags, m_store->find(summary.id)->tags);
        if (summary.id == reordered) {
            QCOMPARE(summary.tags, edited->tags);
            sawReordered = true;
        }
    }
    // Newest first it is the first (edited last); among three matches of a page of two it may not be.
    QVERIFY(sawReordered || limit > 0);
}

// A tag found on old drafts only (past the tags of the newest drafts that tags() reads first) is listed
// too, spelled as the latest of those old drafts spells it.
void TestDraftStore::listsTagsBeyondTheNewestDrafts()
{
    QVERIFY(create(draft(QStringLiteral("Oldest"), {}, {QStringLiteral("RARE")})));
    QVERIFY(create(draft(QStringLiteral("Old"), {}, {QStringLiteral("Rare")})));
    const QStringList common = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < 700; ++i) // 2,100 tags, past the 2,000 read first
        QVERIFY(create(draft(QStringLiteral("Filler %1").arg(i), {}, common)));
    QString error;
    QCOMPARE(m_store->tags(&error), common + QStringList{QStringLiteral("Rare")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDraftStore::recoverySlot()
{
    if (onPostgres())
        QSKIP("this computer's SQLite file only");
    QString error;
    QVERIFY(!m_slot->read(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // none is not an error

    const QDateTime when(QDate(2024, 5, 2), QTime(8, 30, 15, 250), Qt::OffsetFromUTC, 2 * 3600);
    const Recovery unsaved{0, QStringLiteral("Untitled"), buttons(QStringLiteral("Half-typed")), when};
    QVERIFY2(m_slot->save(unsaved, &error), qPrintable(error));
    std::optional<Recovery> loaded = m_slot->read(&error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == unsaved);
    QCOMPARE(loaded->savedAt.timeSpec(), Qt::UTC);

    // Overwritten, with a saved draft and the store's clock.
    const qint64 id = create(draft(QStringLiteral("Offer")));
    const Recovery edited{id, QStringLiteral("Offer"), buttons(QStringLiteral("Edited 🎉")), {}};
    QVERIFY2(m_slot->save(edited, &error), qPrintable(error));
    loaded = m_slot->read();
    QVERIFY(loaded);
    QCOMPARE(loaded->draftId, id);
    QCOMPARE(loaded->name, edited.name);
    QCOMPARE(loaded->payload, edited.payload);
    QCOMPARE(loaded->savedAt, m_now);
    QCOMPARE(column(m_database->connection(), QStringLiteral("SELECT count(*) FROM recovery")),
             QStringList{QStringLiteral("1")});

    // A draft that no longer exists is kept as never saved, not refused.
    QVERIFY2(m_slot->save({4242, QStringLiteral("Gone"), {}, when}, &error), qPrintable(error));
    QCOMPARE(m_slot->read()->draftId, 0);
    QCOMPARE(m_slot->read()->payload, QByteArray());

    // A team library's draft keeps its id and library, whatever this computer's drafts are.
    const QString team = QStringLiteral("postgresql://ann@db.example:5432/support");
    const Recovery teamDraft{4242, QStringLiteral("Team offer"), buttons(QStringLiteral("Theirs")), when,
                             team};
    QVERIFY2(m_slot->save(teamDraft, &error), qPrintable(error));
    QVERIFY(*m_slot->read() == teamDraft);
    const Recovery sameIdThere{id, QStringLiteral("Team offer"), buttons(QStringLiteral("Theirs")), when,
                               team};
    QVERIFY2(m_slot->save(sameIdThere, &error), qPrintable(error));
    QVERIFY(*m_slot->read() == sameIdThere);
    QCOMPARE(column(m_database->connection(), QStringLiteral("SELECT draft_id IS NULL FROM recovery")),
             QStringList{QStringLiteral("1")}); // never tied to this computer's draft of that id

    QVERIFY2(m_slot->clear(&error), qPrintable(error));
    QVERIFY(!m_slot->read(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_slot->clear(&error)); // nothing to clear is fine
    QCOMPARE(m_store->count(), 1);
}

void TestDraftStore::upgradesAVersion1File()
{
    if (onPostgres())
        QSKIP("this computer's SQLite file only");
    const QString source = QStringLiteral(WA_TEST_DATA "/schema-v1.sqlite");
    const QByteArray original = bytesOf(source);
    QVERIFY(!original.isEmpty());
    QVERIFY(QFile::copy(source, path()));
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    {
        Database v1(path(), {Database::schema().first()}); // only looks: it is at its own version
        QVERIFY2(v1.open(&error), qPrintable(error));
        QCOMPARE(column(v1.connection(), QStringLiteral("PRAGMA user_version")),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(column(v1.connection(), QStringLiteral("SELECT name FROM sqlite_master ORDER BY name")),
                 (QStringList{QStringLiteral("send_attempts"), QStringLiteral("send_attempts_sent_at")}));
    }

    // The fixture's store opens it, as the app would.
    QCOMPARE(m_store->count(&error), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(column(db, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Database::schema().size())});

    // The history is still there, every field of it.
    SendHistory history(*m_database);
    const QList<SendAttempt> attempts = history.recent(10, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).id, 2);
    QCOMPARE(attempts.at(0).sentAt, QDateTime(QDate(2024, 3, 6), QTime(9, 30), Qt::UTC));
    QCOMPARE(attempts.at(0).outcome, SendResult::Outcome::Rejected);
    QCOMPARE(attempts.at(0).errorCode, QStringLiteral("PHONE_INVALID"));
    QCOMPARE(attempts.at(0).teammateId, QString());
    QCOMPARE(attempts.at(1).id, 1);
    QCOMPARE(attempts.at(1).sentAt, QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC));
    QCOMPARE(attempts.at(1).destinationPhone, QStringLiteral("+353838000000"));
    QCOMPARE(attempts.at(1).outcome, SendResult::Outcome::Accepted);
    QCOMPARE(attempts.at(1).messageId, QStringLiteral("msg-1"));
    QVERIFY(MessageJson::fromJson(attempts.at(1).payload).ok());

    // Upgraded, its history table is exactly what a new file gets today (step 1, then step 4's columns).
    QTemporaryDir fresh;
    {
        Database today(fresh.filePath(QStringLiteral("today.sqlite")));
        QVERIFY(today.open());
        const QString sql =
            QStringLiteral("SELECT sql FROM sqlite_master WHERE name LIKE 'send_attempts%' ORDER BY name");
        QCOMPARE(column(db, sql), column(today.connection(), sql));
    }

    // Drafts work in it.
    QVERIFY(create(draft(QStringLiteral("Order status"), buttons(QStringLiteral("Arrived?")),
                         {QStringLiteral("orders")})));
    QCOMPARE(search(QStringLiteral("arriv")), QStringList{QStringLiteral("Order status")});
    QVERIFY(history.record(attempts.at(1), &error));
    QCOMPARE(history.recent(10).size(), 3);
    QCOMPARE(bytesOf(source), original); // the file in the source tree is untouched
}

// A library as version 2 left it (eight drafts, one in the trash, tags, an autosaved message): everything is
// still there at version 3, and another connection's changes are noticed from the first one on.
void TestDraftStore::upgradesAVersion2File()
{
    if (onPostgres())
        QSKIP("this computer's SQLite file only");
    const QString source = QStringLiteral(WA_TEST_DATA "/schema-v2.sqlite");
    const QByteArray original = bytesOf(source);
    QVERIFY(!original.isEmpty());
    QVERIFY(QFile::copy(source, path()));
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    QCOMPARE(m_store->count(&error), 7);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(column(db, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(Database::schema().size())});
    QCOMPARE(column(db, QStringLiteral("SELECT changes FROM library_version")),
             QStringList{QStringLiteral("0")});
    DraftQuery trash;
    trash.trash = true;
    QCOMPARE(namesOf(m_store->list(trash)), QStringList{QStringLiteral("Autumn picks")});
    QVERIFY(!m_store->tags().isEmpty());
    QCOMPARE(search(QStringLiteral("gait")), QStringList{QStringLiteral("Book a gait analysis")});
    const std::optional<Recovery> recovery = m_slot->read(&error);
    QVERIFY(recovery);
    QCOMPARE(recovery->draftId, 1);

    Database otherFile(path());
    DraftStore other(otherFile);
    QVERIFY(other.rename(2, QStringLiteral("Browse the whole catalog")));
    QVERIFY(m_store->checkForOutsideChanges());
    QCOMPARE(column(db, QStringLiteral("SELECT changes FROM library_version")),
             QStringList{QStringLiteral("1")});
    QCOMPARE(bytesOf(source), original); // the file in the source tree is untouched
}

// An import's create: the name chosen in the same transaction as the insert (tst_concurrency races it).
void TestDraftStore::createUnderFreeNamePicksTheNextName()
{
    QSignalSpy added(m_store.get(), &DraftStore::draftAdded);
    for (const char* expected : {"Promo", "Promo (2)", "Promo (3)"}) {
        QString error;
        const std::optional<DraftLibrary::Created> created = m_store->createUnderFreeName(
            draft(QStringLiteral(" Promo ")), &error); // trimmed, as create() does
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->name, QString::fromLatin1(expected));
        QCOMPARE(m_store->find(created->id)->name, QString::fromLatin1(expected));
        QCOMPARE(added.last().first().toLongLong(), created->id);
    }
    QVERIFY(m_store->moveToTrash(m_store->findByName(QStringLiteral("Promo (2)"))->id));
    // A name taken ignoring case is taken; the trash frees its drafts' names.
    QCOMPARE(m_store->createUnderFreeName(draft(QStringLiteral("PROMO")))->name, QStringLiteral("PROMO (2)"));
    // No name at all: "Untitled", as uniqueName() says.
    QCOMPARE(m_store->createUnderFreeName(draft(QStringLiteral("  ")))->name, QStringLiteral("Untitled"));
    QCOMPARE(m_store->count(), 4); // and one in the trash
}

void TestDraftStore::reportsADatabaseItCannotOpen()
{
    if (onPostgres())
        QSKIP("this computer's SQLite file only");
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    QString openError;
    QVERIFY(!m_database->open(&openError));

    QString error;
    QVERIFY(!m_store->create(draft(QStringLiteral("A")), &error));
    QCOMPARE(error, openError);
    error.clear();
    QVERIFY(!m_store->find(1, &error));
    QCOMPARE(error, openError);
    error.clear();
    QVERIFY(m_store->list({}, &error).isEmpty());
    QCOMPARE(error, openError);
    error.clear();
    QCOMPARE(m_store->count(&error), -1);
    QCOMPARE(error, openError);
    error.clear();
    QVERIFY(!m_slot->save({}, &error));
    QCOMPARE(error, openError);
    error.clear();
    QVERIFY(!m_slot->read(&error));
    QCOMPARE(error, openError);
    error.clear();
    QCOMPARE(m_store->uniqueName(QStringLiteral("A"), &error), QString());
    QCOMPARE(error, openError);
    QCOMPARE(bytesOf(path()), QByteArray("These are my notes, not a database.\n"));
}

// The whole suite on each backend, one after the other.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestDraftStore onSqlite(Backend::Sqlite);
    int failures = QTest::qExec(&onSqlite, argc, argv);
    TestDraftStore onPostgres(Backend::Postgres);
    failures += QTest::qExec(&onPostgres, argc, argv);
    return failures;
}
#include "tst_draftstore.moc"
