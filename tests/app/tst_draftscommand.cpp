#include "AppServices.h"
#include "cli/Cli.h"
#include "cli/LocalMinutes.h"
#include "cli/SendCommand.h"
#include "drafts/DraftFile.h"
#include "drafts/DraftSearch.h"
#include "drafts/DraftStore.h"
#include "message/MessageJson.h"
#include "message/PayloadInput.h"
#include "sending/OctopodsRequest.h"
#include "storage/Database.h"
#include "support/CliRun.h"
#include "support/TestHttpServer.h"
#include "support/TestMessages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wa;
using test::CliRun;
using test::runCli;
using test::TestHttpServer;

using wa::test::fileBytes;
using wa::test::testMessage;

namespace {
// Where the verbs keep the library, as main() chooses it without --data-dir.
QString defaultDatabasePath()
{
    return AppServices(AppServices::defaultDataFolder()).databasePath();
}

const QByteArray Key = "octo-key-drafts-5e1";

// A message in its stored form: canonical and compact.
QByteArray stored(const InteractiveMessage& message)
{
    return MessageJson::toJson(message, JsonWriter::Format::Compact);
}

QByteArray stored(const char* name)
{
    return stored(testMessage(name));
}

Draft draft(const QString& name, const QByteArray& payload, const QStringList& tags = {},
            const QString& recipient = {}, const QString& teammate = {})
{
    Draft result;
    result.name = name;
    result.payload = payload;
    result.tags = tags;
    result.defaultRecipient = recipient;
    result.teammateId = teammate;
    return result;
}

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// `wa-composer drafts ...` and `send --draft` on real SQLite files in a temporary data folder
// (WA_COMPOSER_DATA_DIR), as a user runs them.
class TestDraftsCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dataFolderIsReadAtEachCall();
    void listedTimesAreTheComputersLocalTime_data();
    void listedTimesAreTheComputersLocalTime();
    void exportImportRoundTrip_data();
    void exportImportRoundTrip();
    void importsABareMessageNamedAfterItsFile();
    void importsAnOctopodsRequestBody();
    void reportsBrokenFilesAndImportsTheRest_data();
    void reportsBrokenFilesAndImportsTheRest();
    void importsRuleBreakingMessages_data();
    void importsRuleBreakingMessages();
    void importRenamesOnANameClash();
    void listsAndSearches();
    void listsAsATable();
    void listsALongTableWholeAndInOrder();
    void showPrintsExactlyThePayload();
    void missingDraftSaysSo_data();
    void missingDraftSaysSo();
    void exportAllMakesSafeUniqueFileNames();
    void wrongCommandLines_data();
    void wrongCommandLines();
    void sendsADraft_data();
    void sendsADraft();
    void sendsNothingWithoutADraftAndRecipient_data();
    void sendsNothingWithoutADraftAndRecipient();

private:
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    qint64 create(const Draft& draft, const QDateTime& at = {});
    std::optional<Draft> find(const QString& name);
    int count();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_files;
};

void TestDraftsCommand::initTestCase()
{
    // Nothing may reach the user's own folders or keychain entry, whatever a test gets wrong.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("wa-composer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_draftscommand"));
}

void TestDraftsCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv(AppServices::DataDirVariable, QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
    m_files = m_dir->filePath(QStringLiteral("files"));
    QVERIFY(QDir().mkpath(m_files));
}

void TestDraftsCommand::cleanup()
{
    qunsetenv(AppServices::DataDirVariable);
    qunsetenv(cli::SendCommand::KeyVariable);
    m_dir.reset();
}

QString TestDraftsCommand::writeFile(const QString& name, const QByteArray& bytes) const
{
    QFile file(QDir(m_files).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

qint64 TestDraftsCommand::create(const Draft& draft, const QDateTime& at)
{
    Database database(defaultDatabasePath());
    DraftStore store(database, at.isValid() ? DraftStore::Clock([at] { return at; }) : DraftStore::Clock());
    QString error;
    const std::optional<qint64> id = store.create(draft, &error);
    if (!id)
        qFatal("cannot create %s: %s", qPrintable(draft.name), qPrintable(error));
    return *id;
}

std::optional<Draft> TestDraftsCommand::find(const QString& name)
{
    Database database(defaultDatabasePath());
    return DraftStore(database).findByName(name);
}

int TestDraftsCommand::count()
{
    Database database(defaultDatabasePath());
    return DraftStore(database).count();
}

void TestDraftsCommand::dataFolderIsReadAtEachCall()
{
    const QString first = m_dir->filePath(QStringLiteral("one"));
    qputenv(AppServices::DataDirVariable, QFile::encodeName(first));
    QCOMPARE(defaultDatabasePath(), first + QStringLiteral("/drafts.sqlite"));
    qputenv(AppServices::DataDirVariable, QFile::encodeName(m_dir->filePath(QStringLiteral("two"))));
    QCOMPARE(defaultDatabasePath(), m_dir->filePath(QStringLiteral("two/drafts.sqlite")));
    qunsetenv(AppServices::DataDirVariable);
    QCOMPARE(defaultDatabasePath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                        QStringLiteral("/drafts.sqlite"));

    // The verbs follow it: a draft made in one folder is not in the other.
    qputenv(AppServices::DataDirVariable, QFile::encodeName(first));
    create(draft(QStringLiteral("Only here"), stored("button.json")));
    QVERIFY(QFile::exists(first + QStringLiteral("/drafts.sqlite")));
    QVERIFY(
        runCli({QStringLiteral("drafts"), QStringLiteral("list")}).out.contains(QStringLiteral("Only here")));
    qputenv(AppServices::DataDirVariable, QFile::encodeName(m_dir->filePath(QStringLiteral("two"))));
    QCOMPARE(runCli({QStringLiteral("drafts"), QStringLiteral("list")}).out,
             QStringLiteral("No drafts yet.\n"));
}

void TestDraftsCommand::exportImportRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file :
         QDir(QStringLiteral(WA_TEST_DATA "/messages")).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(file)) << file;
}

void TestDraftsCommand::exportImportRoundTrip()
{
    QFETCH(QString, file);
    const Draft original = draft(QStringLiteral("Été offer: 20% \"off\""), stored(qPrintable(file)),
                                 {QStringLiteral("offers"), QStringLiteral("Dublin")},
                                 QStringLiteral("+353838000000"), QStringLiteral("5173352"));
    create(original, QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC));

    const QString folder = m_dir->filePath(QStringLiteral("export"));
    const CliRun exported =
        runCli({QStringLiteral("drafts"), QStringLiteral("export"), original.name, folder});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.isEmpty(), qPrintable(exported.err));
    const QString path = folder + QStringLiteral("/Été offer: 20% \"off\".json");
    QCOMPARE(exported.out, QStringLiteral("\"%1\" -> %2\n").arg(original.name, path));
    const QJsonObject wrapper = QJsonDocument::fromJson(fileBytes(path)).object();
    QCOMPARE(wrapper[QStringLiteral("created_at")].toString(), QStringLiteral("2024-03-05T14:07:09.123Z"));

    // Into an empty library elsewhere.
    qputenv(AppServices::DataDirVariable, QFile::encodeName(m_dir->filePath(QStringLiteral("other"))));
    const CliRun imported = runCli({QStringLiteral("drafts"), QStringLiteral("import"), path});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.isEmpty(), qPrintable(imported.err));
    QCOMPARE(imported.out, QStringLiteral("%1: imported as \"%2\"\n").arg(path, original.name));
    const std::optional<Draft> copy = find(original.name);
    QVERIFY(copy);
    QCOMPARE(copy->name, original.name);
    QCOMPARE(copy->tags, original.tags);
    QCOMPARE(copy->defaultRecipient, original.defaultRecipient);
    QCOMPARE(copy->teammateId, original.teammateId);
    QCOMPARE(copy->payload, original.payload); // byte for byte
}

void TestDraftsCommand::importsABareMessageNamedAfterItsFile()
{
    const QString path = writeFile(QStringLiteral("Back in stock.json"),
                                   fileBytes(QStringLiteral(WA_TEST_DATA "/messages/button.json")));
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1: imported as \"Back in stock\"\n").arg(path));
    const std::optional<Draft> imported = find(QStringLiteral("Back in stock"));
    QVERIFY(imported);
    QCOMPARE(imported->payload, stored("button.json")); // stored canonical and compact
    QVERIFY(imported->tags.isEmpty());
    QVERIFY(imported->defaultRecipient.isEmpty());

    // From standard input: no file name, so the store's name for an untitled draft.
    const CliRun piped = runCli({QStringLiteral("drafts"), QStringLiteral("import"), QStringLiteral("-")},
                                stored("list.json"));
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, QStringLiteral("-: imported as \"Untitled\"\n"));
}

void TestDraftsCommand::importsAnOctopodsRequestBody()
{
    const QJsonObject body{
        {QStringLiteral("destination_phone"), QStringLiteral("+353 83 800 0000")},
        {QStringLiteral("waba_interactive_message"), QJsonDocument::fromJson(stored("list.json")).object()},
        {QStringLiteral("intercom_teammate_id"), QStringLiteral("5173352")}};
    const QString path = writeFile(QStringLiteral("menu.json"), compact(body));
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const std::optional<Draft> imported = find(QStringLiteral("menu"));
    QVERIFY(imported);
    QCOMPARE(imported->defaultRecipient, QStringLiteral("+353838000000")); // kept in E.164
    QCOMPARE(imported->teammateId, QStringLiteral("5173352"));
    QCOMPARE(imported->payload, stored("list.json"));
}

void TestDraftsCommand::reportsBrokenFilesAndImportsTheRest_data()
{
    QTest::addColumn<QString>("fileName"); // in the files folder; "" for the special cases below
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("special"); // "missing", "folder", "huge"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("said"); // what stderr says, after "<path>: "

    QTest::newRow("not JSON") << "a.json" << QByteArray("{\"type\": ") << "" << 2
                              << QStringList{QStringLiteral("line 1, column 10: invalid JSON")};
    QTest::newRow("not JSON, second line") << "b.json" << QByteArray("{\n  \"name\": ]") << "" << 2
                                           << QStringList{QStringLiteral("line 2, column 12: invalid JSON")};
    QTest::newRow("not an object") << "c.json" << QByteArray("[1, 2]") << "" << 1
                                   << QStringList{QStringLiteral("$: expected an object, got an array"),
                                                  QStringLiteral("not imported")};
    QJsonObject wrongType = QJsonDocument::fromJson(stored("button.json")).object();
    wrongType[QStringLiteral("body")] = QJsonObject{{QStringLiteral("text"), 5}};
    QTest::newRow("wrong type in a draft file")
        << "d.json"
        << compact({{QStringLiteral("wa_composer_draft"), 1},
                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("ok"), true}},
                    {QStringLiteral("message"), wrongType}})
        << "" << 1
        << QStringList{QStringLiteral("tags[1]: expected a string, got true or false"),
                       QStringLiteral("message.body.text: expected a string, got a number"),
                       QStringLiteral("not imported")};
    QTest::newRow("wrong type in a bare message")
        << "e.json" << compact(wrongType) << "" << 1
        << QStringList{QStringLiteral("body.text: expected a string, got a number"),
                       QStringLiteral("not imported")};
    QTest::newRow("newer format")
        << "f.json"
        << compact({{QStringLiteral("wa_composer_draft"), 2},
                    {QStringLiteral("message"), QJsonDocument::fromJson(stored("button.json")).object()}})
        << "" << 1
        << QStringList{QStringLiteral("wa_composer_draft: format version 2 was written by "
                                      "a newer wa-composer; this one reads version 1"),
                       QStringLiteral("not imported")};
    QTest::newRow("over the size cap")
        << "huge.json" << QByteArray() << "huge" << 2 << QStringList{QStringLiteral("is larger than 8 MiB")};
    QTest::newRow("no such file") << "missing.json" << QByteArray() << "missing" << 2
                                  << QStringList{QStringLiteral("No such file")};
    QTest::newRow("a folder") << "folder.json" << QByteArray() << "folder" << 2 << QStringList{};
}

void TestDraftsCommand::reportsBrokenFilesAndImportsTheRest()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, special);
    QFETCH(int, exitCode);
    QFETCH(QStringList, said);

    QString broken = QDir(m_files).filePath(fileName);
    if (special == u"huge") {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PayloadInput::MaxBytes + 1)); // sparse: no 64 MiB written
    } else if (special == u"folder") {
        QVERIFY(QDir().mkpath(broken));
    } else if (special.isEmpty()) {
        writeFile(fileName, bytes);
    }
    const QString good1 = writeFile(QStringLiteral("Good one.json"), stored("button.json"));
    const QString good2 = writeFile(QStringLiteral("Good two.json"), stored("list.json"));

    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("import"), good1, broken, good2});
    QCOMPARE(run.exitCode, exitCode);
    // Every line names the broken file, and the good ones are imported all the same.
    QVERIFY2(!run.err.isEmpty(), "the failure must be reported");
    for (const QString& line : lines(run.err))
        QVERIFY2(line.contains(broken), qPrintable(line));
    if (special.isEmpty()) {
        QStringList expected;
        for (const QString& what : said)
            expected.append(broken + QStringLiteral(": ") + what);
        const QStringList got = lines(run.err);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QVERIFY2(got[i].startsWith(expected[i]), qPrintable(got[i]));
    } else {
        for (const QString& what : said)
            QVERIFY2(run.err.contains(what), qPrintable(run.err));
    }
    QCOMPARE(lines(run.out), (QStringList{good1 + QStringLiteral(": imported as \"Good one\""),
                                          good2 + QStringLiteral(": imported as \"Good two\"")}));
    QCOMPARE(count(), 2);
}

void TestDraftsCommand::importsRuleBreakingMessages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    const QJsonObject message = test::buttonWithTooLongTitle();
    QTest::newRow("bare message") << compact(message) << "action.buttons[0].reply.title";
    QTest::newRow("draft file") << compact({{QStringLiteral("wa_composer_draft"), 1},
                                            {QStringLiteral("message"), message}})
                                << "message.action.buttons[0].reply.title";
    QTest::newRow("request body") << compact({{QStringLiteral("waba_interactive_message"), message}})
                                  << "waba_interactive_message.action.buttons[0].reply.title";
}

// Drafts are work in progress: a message that breaks WhatsApp's rules is imported, its problems listed.
void TestDraftsCommand::importsRuleBreakingMessages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    const QString file = writeFile(QStringLiteral("Too long.json"), bytes);
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err,
             QStringLiteral("%1: %2: Too long: 21 characters, at most 20 allowed.\n").arg(file, path));
    QCOMPARE(
        run.out,
        QStringLiteral("%1: imported as \"Too long\"; fix the problems above before sending it\n").arg(file));
    const std::optional<Draft> imported = find(QStringLiteral("Too long"));
    QVERIFY(imported);
    QCOMPARE(imported->payload,
             MessageJson::toJson(*MessageJson::fromJson(compact(test::buttonWithTooLongTitle())).message,
                                 JsonWriter::Format::Compact));
}

void TestDraftsCommand::importRenamesOnANameClash()
{
    create(draft(QStringLiteral("Offer"), stored("button.json")));
    const QString bare = writeFile(QStringLiteral("offer.json"), stored("list.json"));
    const QString named = writeFile(
        QStringLiteral("x.json"),
        compact({{QStringLiteral("wa_composer_draft"), 1},
                 {QStringLiteral("name"), QStringLiteral("Offer")},
                 {QStringLiteral("message"), QJsonDocument::fromJson(stored("list.json")).object()}}));
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("import"), bare, named});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(lines(run.out),
             (QStringList{bare + QStringLiteral(": imported as \"offer (2)\" (\"offer\" is taken)"),
                          named + QStringLiteral(": imported as \"Offer (3)\" (\"Offer\" is taken)")}));
    QCOMPARE(find(QStringLiteral("Offer"))->payload, stored("button.json")); // the first one untouched
    QCOMPARE(find(QStringLiteral("Offer (3)"))->payload, stored("list.json"));
}

void TestDraftsCommand::listsAndSearches()
{
    const QDateTime t0(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    create(draft(QStringLiteral("Back in stock"), stored("button.json"), {QStringLiteral("stock")}), t0);
    create(draft(QStringLiteral("Menu"), stored("list.json"),
                 {QStringLiteral("food"), QStringLiteral("Dublin")}),
           t0.addSecs(60));
    const qint64 gone = create(draft(QStringLiteral("Old"), stored("cta_url.json")), t0.addSecs(120));
    {
        Database database(defaultDatabasePath());
        QVERIFY(DraftStore(database).moveToTrash(gone));
    }
    const auto listed = [](const QStringList& options) {
        const CliRun run =
            runCli(QStringList{QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")} +
                   options);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(run.out));
        return array;
    };
    const QJsonArray all = listed({});
    QCOMPARE(all.size(), 2);
    const QJsonObject menu = all[0].toObject(); // newest first
    QCOMPARE(menu[QStringLiteral("name")].toString(), QStringLiteral("Menu"));
    QCOMPARE(menu[QStringLiteral("type")].toString(), QStringLiteral("list"));
    QCOMPARE(menu[QStringLiteral("tags")].toArray(),
             (QJsonArray{QStringLiteral("food"), QStringLiteral("Dublin")}));
    QCOMPARE(menu[QStringLiteral("updated_at")].toString(), QStringLiteral("2024-05-01T10:01:00.000Z"));
    QCOMPARE(menu[QStringLiteral("excerpt")].toString(), DraftSearch::excerpt(stored("list.json")));
    QVERIFY(menu[QStringLiteral("id")].toInteger() > 0);
    QCOMPARE(QJsonDocument(menu).object().keys().size(), 6);

    const auto names = [](const QJsonArray& array) {
        QStringList result;
        for (const QJsonValue& value : array)
            result.append(value[QStringLiteral("name")].toString());
        return result;
    };
    QCOMPARE(names(listed({QStringLiteral("--sort"), QStringLiteral("name")})),
             (QStringList{QStringLiteral("Back in stock"), QStringLiteral("Menu")}));
    QCOMPARE(names(listed({QStringLiteral("--search"), QStringLiteral("stoc")})),
             QStringList{QStringLiteral("Back in stock")});
    QCOMPARE(names(listed({QStringLiteral("--tag"), QStringLiteral("dublin")})),
             QStringList{QStringLiteral("Menu")});
    QCOMPARE(names(listed({QStringLiteral("--search"), QStringLiteral("nothing-like-it")})), QStringList{});
    const QJsonArray trash = listed({QStringLiteral("--trash")});
    QCOMPARE(names(trash), QStringList{QStringLiteral("Old")});
    QVERIFY(trash[0][QStringLiteral("trashed_at")].isString());

    const CliRun none = runCli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("nothing-like-it")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QStringLiteral("No drafts match.\n"));
}

void TestDraftsCommand::listsAsATable()
{
    const QDateTime at(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    create(draft(QStringLiteral("Menu"), stored("list.json")), at);
    create(draft(QStringLiteral("A name far longer than the column has room for"), stored("button.json")),
           at.addSecs(60));
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows[0].startsWith(QStringLiteral("NAME ")), qPrintable(rows[0]));
    QVERIFY(rows[0].contains(QStringLiteral("TYPE")) && rows[0].contains(QStringLiteral("UPDATED")) &&
            rows[0].contains(QStringLiteral("EXCERPT")));
    QVERIFY2(rows[1].startsWith(QStringLiteral("A name far longer than the colu… ")), qPrintable(rows[1]));
    QVERIFY(rows[1].contains(QStringLiteral(" button ")));
    QVERIFY(rows[2].startsWith(QStringLiteral("Menu ")));
    QVERIFY(rows[2].contains(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    // The columns line up.
    const qsizetype typeColumn = rows[0].indexOf(QStringLiteral("TYPE"));
    QCOMPARE(rows[1].indexOf(QStringLiteral("button")), typeColumn);
    QCOMPARE(rows[2].indexOf(QStringLiteral("list")), typeColumn);
}

// More drafts than one piece of the table holds (it is written some thousands of characters at a time): every
// row whole, in order, its columns lined up; and a name cut where an emoji begins loses the whole emoji.
void TestDraftsCommand::listsALongTableWholeAndInOrder()
{
    const QDateTime at(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const QString emojiAtTheCut = QString(30, u'a') + QStringLiteral("😀 and more besides");
    create(draft(emojiAtTheCut, stored("button.json")), at);
    constexpr int Drafts = 300;
    for (int i = 1; i < Drafts; ++i)
        create(draft(QStringLiteral("Offer %1").arg(i), stored(i % 2 ? "list.json" : "button.json")),
               at.addSecs(60 * i));
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.size() > 16 * 1024, qPrintable(QString::number(run.out.size())));
    const QStringList rows = lines(run.out);
    QCOMPARE(rows.size(), Drafts + 1);
    const qsizetype typeColumn = rows[0].indexOf(QStringLiteral("TYPE"));
    const qsizetype excerptColumn = rows[0].indexOf(QStringLiteral("EXCERPT"));
    for (int i = 1; i < Drafts; ++i) { // newest first
        const QString& row = rows[Drafts - i];
        QVERIFY2(row.startsWith(QStringLiteral("Offer %1 ").arg(i)), qPrintable(row));
        QCOMPARE(row.indexOf(i % 2 ? QStringLiteral("list") : QStringLiteral("button")), typeColumn);
        QVERIFY2(row.size() > excerptColumn && row[excerptColumn] != u' ', qPrintable(row));
    }
    QVERIFY2(rows.last().startsWith(QString(30, u'a') + QStringLiteral("… ")), qPrintable(rows.last()));
}

void TestDraftsCommand::showPrintsExactlyThePayload()
{
    const InteractiveMessage message = testMessage("list.json");
    create(draft(QStringLiteral("Menu"), stored(message), {}, QStringLiteral("+353838000000")));
    const CliRun run = runCli({QStringLiteral("drafts"), QStringLiteral("show"), QStringLiteral("menu")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QCOMPARE(run.out.toUtf8(), MessageJson::toJson(message));

    // The very value `request --draft` puts in the body.
    const CliRun request =
        runCli({QStringLiteral("request"), QStringLiteral("--draft"), QStringLiteral("Menu")});
    QCOMPARE(request.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(request.out.toUtf8()).object()[QStringLiteral("waba_interactive_message")],
        QJsonValue(QJsonDocument::fromJson(run.out.toUtf8()).object()));
}

void TestDraftsCommand::missingDraftSaysSo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("show") << QStringList{QStringLiteral("drafts"), QStringLiteral("show"),
                                         QStringLiteral("Spring ofer")};
    QTest::newRow("export") << QStringList{QStringLiteral("drafts"), QStringLiteral("export"),
                                           QStringLiteral("Spring ofer"), QStringLiteral("out")};
    QTest::newRow("request") << QStringList{QStringLiteral("request"), QStringLiteral("--draft"),
                                            QStringLiteral("Spring ofer")};
}

void TestDraftsCommand::missingDraftSaysSo()
{
    QFETCH(QStringList, arguments);
    create(draft(QStringLiteral("Spring offer"), stored("button.json")));
    create(draft(QStringLiteral("Autumn"), stored("button.json")));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err, QStringLiteral("No draft named \"Spring ofer\". Did you mean \"Spring offer\"?\n"));

    const CliRun nothingClose =
        runCli({QStringLiteral("drafts"), QStringLiteral("show"), QStringLiteral("Completely different")});
    QCOMPARE(nothingClose.exitCode, 2);
    QCOMPARE(nothingClose.err,
             QStringLiteral("No draft named \"Completely different\". 'wa-composer drafts list' "
                            "shows the drafts.\n"));
}

void TestDraftsCommand::exportAllMakesSafeUniqueFileNames()
{
    const QStringList names = {QStringLiteral("a/b"),      QStringLiteral("a_b"),
                               QStringLiteral("..hidden"), QStringLiteral("tab\there"),
                               QStringLiteral("Plain"),    QStringLiteral("Taken")};
    for (const QString& name : names)
        create(draft(name, stored("button.json")));
    const QString folder = m_dir->filePath(QStringLiteral("new/export"));
    QVERIFY(QDir().mkpath(folder));
    QFile existing(folder + QStringLiteral("/Taken.json"));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("mine");
    existing.close();

    const CliRun run =
        runCli({QStringLiteral("drafts"), QStringLiteral("export"), QStringLiteral("--all"), folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(lines(run.out).size(), names.size());
    QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("Plain.json"), QStringLiteral("Taken (2).json"),
                                 QStringLiteral("Taken.json"), QStringLiteral("a_b (2).json"),
                                 QStringLiteral("a_b.json"), QStringLiteral("hidden.json"),
                                 QStringLiteral("tab_here.json")}));
    QCOMPARE(fileBytes(folder + QStringLiteral("/Taken.json")), QByteArray("mine")); // never overwritten
    // Each file holds its draft under its real name; the names and files pair up as the output says.
    QStringList exported;
    for (const QString& file : files) {
        if (file == u"Taken.json")
            continue;
        const QJsonObject wrapper = QJsonDocument::fromJson(fileBytes(folder + u'/' + file)).object();
        const QString name = wrapper[QStringLiteral("name")].toString();
        exported.append(name);
        QVERIFY2(run.out.contains(QStringLiteral("\"%1\" -> %2/%3\n").arg(name, folder, file)),
                 qPrintable(file));
    }
    exported.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(exported, expected);
}

void TestDraftsCommand::wrongCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("said");
    QTest::newRow("no command") << QStringList{QStringLiteral("drafts")} << "drafts: say what to do";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("drafts"), QStringLiteral("purge")}
                                     << "Unknown drafts command 'purge'.";
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("drafts"), QStringLiteral("show"), QStringLiteral("--all"),
                       QStringLiteral("x")}
        << "Unknown option 'all'.";
    QTest::newRow("show without a name")
        << QStringList{QStringLiteral("drafts"), QStringLiteral("show")} << "drafts show takes one NAME";
    QTest::newRow("show, unquoted name") << QStringList{QStringLiteral("drafts"), QStringLiteral("show"),
                                                        QStringLiteral("Spring"), QStringLiteral("offer")}
                                         << "quote a name with spaces";
    QTest::newRow("export without a folder")
        << QStringList{QStringLiteral("drafts"), QStringLiteral("export"), QStringLiteral("Menu")}
        << "drafts export takes a NAME and a DIR";
    QTest::newRow("export --all with a name")
        << QStringList{QStringLiteral("drafts"), QStringLiteral("export"), QStringLiteral("--all"),
                       QStringLiteral("Menu"), QStringLiteral("out")}
        << "drafts export --all takes one DIR";
    QTest::newRow("import nothing") << QStringList{QStringLiteral("drafts"), QStringLiteral("import")}
                                    << "drafts import takes one FILE or more";
    QTest::newRow("list by size") << QStringList{QStringLiteral("drafts"), QStringLiteral("list"),
                                                 QStringLiteral("--sort"), QStringLiteral("size")}
                                  << "--sort: name or updated, not 'size'.";
    QTest::newRow("list with a word")
        << QStringList{QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("offer")}
        << "use --search";
    QTest::newRow("--draft and a FILE") << QStringList{QStringLiteral("request"), QStringLiteral("--draft"),
                                                       QStringLiteral("Menu"), QStringLiteral("x.json")}
                                        << "--draft takes the place of FILE";
}

void TestDraftsCommand::wrongCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    create(draft(QStringLiteral("Menu"), stored("list.json")));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const CliRun help = runCli({QStringLiteral("drafts"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"list", "show", "export", "import"})
        QVERIFY2(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1StringView(command))), command);
    const CliRun commandHelp =
        runCli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY2(commandHelp.out.startsWith(QStringLiteral("Usage: wa-composer drafts list")),
             qPrintable(commandHelp.out));
}

void TestDraftsCommand::sendsADraft_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("teammate");
    QTest::newRow("the draft's recipient and teammate") << QStringList{} << "+353838000000"
                                                        << "5173352";
    QTest::newRow("--to overrides") << QStringList{QStringLiteral("--to"), QStringLiteral("+1 650 253 0000")}
                                    << "+16502530000"
                                    << "5173352";
    QTest::newRow("--to with --region, --teammate")
        << QStringList{QStringLiteral("--to"), QStringLiteral("083 800 0001"), QStringLiteral("--region"),
                       QStringLiteral("IE"),   QStringLiteral("--teammate"),   QStringLiteral("42")}
        << "+353838000001"
        << "42";
}

void TestDraftsCommand::sendsADraft()
{
    QFETCH(QStringList, options);
    QFETCH(QString, phone);
    QFETCH(QString, teammate);
    const InteractiveMessage message = testMessage("button.json");
    create(draft(QStringLiteral("Back in stock"), stored(message), {}, QStringLiteral("+353838000000"),
                 QStringLiteral("5173352")));
    TestHttpServer server;
    QVERIFY(server.listen());
    qputenv(cli::SendCommand::KeyVariable, Key);

    const CliRun run =
        runCli(QStringList{QStringLiteral("send"), QStringLiteral("--draft"), QStringLiteral("back in stock"),
                           QStringLiteral("--base"), server.baseUrl().toString()} +
               options);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(server.requests().size(), 1);
    OctopodsRequest expected;
    expected.destinationPhone = phone;
    expected.message = message;
    expected.intercomTeammateId = teammate;
    QCOMPARE(server.requests().first().body, expected.toJson(JsonWriter::Format::Compact));
    QCOMPARE(server.requests().first().header("X-Octopods-Auth"), Key);
}

void TestDraftsCommand::sendsNothingWithoutADraftAndRecipient_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("no such draft") << "Back in stok" << 2
                                   << "No draft named \"Back in stok\". Did you mean \"Back in stock\"?\n";
    QTest::newRow("no recipient")
        << "No recipient" << 2
        << "--to: the customer's phone number is required (the draft has no default "
           "recipient).\n";
    QTest::newRow("recipient not a number") << "Bad recipient" << 1 << "default_recipient: ";
    QTest::newRow("unfinished message") << "Unfinished" << 1
                                        << "waba_interactive_message.action.buttons[0].reply.title: Too "
                                           "long: 21 characters, at most 20 allowed.\n";
    QTest::newRow("not a message") << "Not a message" << 1
                                   << "The draft \"Not a message\" is not a complete message yet:\n"
                                      "waba_interactive_message.action: missing\n";
}

void TestDraftsCommand::sendsNothingWithoutADraftAndRecipient()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    create(
        draft(QStringLiteral("Back in stock"), stored("button.json"), {}, QStringLiteral("+353838000000")));
    create(draft(QStringLiteral("No recipient"), stored("button.json")));
    create(draft(QStringLiteral("Bad recipient"), stored("button.json"), {}, QStringLiteral("12")));
    create(draft(QStringLiteral("Unfinished"), compact(test::buttonWithTooLongTitle()), {},
                 QStringLiteral("+353838000000")));
    create(draft(QStringLiteral("Not a message"), "{\"type\":\"button\",\"body\":{\"text\":\"Hi\"}}", {},
                 QStringLiteral("+353838000000")));
    TestHttpServer server;
    QVERIFY(server.listen());
    qputenv(cli::SendCommand::KeyVariable, Key);

    const CliRun run = runCli({QStringLiteral("send"), QStringLiteral("--draft"), name,
                               QStringLiteral("--base"), server.baseUrl().toString()});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(said.endsWith(u'\n') ? run.err == said : run.err.startsWith(said), qPrintable(run.err));
    QCoreApplication::processEvents(); // a request already on its way would be read now
    QCOMPARE(server.requests().size(), 0);
}

void TestDraftsCommand::listedTimesAreTheComputersLocalTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Berlin: summer time") << QByteArray("Europe/Berlin");
    QTest::newRow("Kolkata: half an hour, no summer time") << QByteArray("Asia/Kolkata");
    QTest::newRow("St. John's: changes at half past") << QByteArray("America/St_Johns");
    QTest::newRow("Lord Howe: summer time of half an hour") << QByteArray("Australia/Lord_Howe");
    QTest::newRow("Chatham: a quarter past") << QByteArray("Pacific/Chatham");
}

// The list's times are what QDateTime::toLocalTime() says, in every zone, at and around each change of the
// clocks: going back in time (a list newest first) and forward, every few minutes over two years.
void TestDraftsCommand::listedTimesAreTheComputersLocalTime()
{
    QFETCH(QByteArray, zone);
    QVERIFY2(QTimeZone(zone).isValid(), "no time zone data (scripts/dev installs tzdata)");
    const QByteArray before = qgetenv("TZ");
    qputenv("TZ", zone);
    const auto restore = qScopeGuard([&] { before.isNull() ? qunsetenv("TZ") : qputenv("TZ", before); });
    const auto expected = [](const QDateTime& time) {
        return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    cli::LocalMinutes localMinutes;
    int compared = 0;
    const QDateTime last(QDate(2025, 12, 31), QTime(23, 59), Qt::UTC);
    for (QDateTime time = last; time.date().year() >= 2024; time = time.addSecs(-(37 * 60 + 13)), ++compared)
        QCOMPARE(localMinutes(time), expected(time));
    for (QDateTime time(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC); time < last;
         time = time.addSecs(41 * 60 + 7), ++compared)
        QCOMPARE(localMinutes(time), expected(time));
    // Each change of the clocks, the minute before and the one it starts.
    const QTimeZone here = QTimeZone::systemTimeZone();
    for (const QTimeZone::OffsetData& change :
         here.transitions(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC), last)) {
        for (const qint64 shift : {-60000LL, -1LL, 0LL, 59999LL}) {
            const QDateTime time = change.atUtc.addMSecs(shift);
            QCOMPARE(localMinutes(time), expected(time));
        }
    }
    QVERIFY(compared > 20000);
}

QTEST_GUILESS_MAIN(TestDraftsCommand)
#include "tst_draftscommand.moc"
