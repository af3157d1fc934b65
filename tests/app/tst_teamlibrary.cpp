#include "AppServices.h"
#include "cli/LibraryCommand.h"
#include "drafts/DraftLibrary.h"
#include "settings/Settings.h"
#include "storage/PostgresDatabase.h"
#include "support/CliRun.h"
#include "support/ProcessRun.h"
#include "support/TestPostgres.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace wa;
using namespace Qt::StringLiterals;

namespace {

using Run = test::ProcessRun;

// `wa-composer` processes started together, each on a data folder of its own (another agent's computer),
// pointed at the team library by the environment.
QList<Run> runTogether(const QList<QStringList>& commands, const QStringList& dataDirs,
                       const QString& library)
{
    QList<QProcessEnvironment> environments;
    for (const QString& dataDir : dataDirs) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(AppServices::DataDirVariable), dataDir);
        environment.insert(QString::fromLatin1(cli::LibraryCommand::LibraryVariable), library);
        environments.append(environment);
    }
    return test::runTogether(QStringLiteral(WA_COMPOSER_EXE), commands, environments);
}

QByteArray message(const QString& body)
{
    return uR"({"type":"button","body":{"text":"%1"},"action":{"buttons":[{"type":"reply",)"
           uR"("reply":{"id":"ok","title":"OK"}}]}})"_s.arg(body)
               .toUtf8();
}

} // namespace

// The team library as agents use it from the command line: one PostgreSQL server (real, started by the test),
// several processes on several "computers" (data folders); `drafts copy` between a computer's library and
// the team's; addresses that cannot be used refused with a reason.
class TestTeamLibrary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aDraftImportedByOneProcessIsFoundByAnother();
    void twentyProcessesImportAndMigrateAtOnce();
    void copiesBetweenThisComputerAndTheTeam();
    void theEnvironmentChoosesTheLibrary();
    void whatTheCommandLineWritesCarriesTheAgentsName();
    void aRoleThatOnlyReadsAndWritesRowsWorks();
    void unusableAddressesAreRefused_data();
    void unusableAddressesAreRefused();

private:
    QString url() const;
    QString writeFile(const QString& name, const QByteArray& contents);
    QStringList namesOnServer();
    test::CliRun cli(const QStringList& arguments);

    std::unique_ptr<test::TestPostgres> m_server;
    QString m_database;
    int m_databases = 0;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<AppServices> m_services;
};

void TestTeamLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<test::TestPostgres>();
    QVERIFY2(m_server->start(), qPrintable(m_server->why()));
}

void TestTeamLibrary::cleanupTestCase()
{
    m_server.reset();
}

void TestTeamLibrary::init()
{
    // A database of its own for each test: every one starts with a server that has never seen the app.
    m_database = u"team%1"_s.arg(++m_databases);
    QVERIFY2(m_server->createDatabase(m_database), qPrintable(m_server->why()));
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_services = std::make_unique<AppServices>(m_folder->filePath(u"this-computer"_s));
    qunsetenv(cli::LibraryCommand::LibraryVariable);
    qunsetenv(cli::LibraryCommand::PasswordVariable);
}

void TestTeamLibrary::cleanup()
{
    m_services.reset();
    m_folder.reset();
    qunsetenv(cli::LibraryCommand::LibraryVariable);
}

QString TestTeamLibrary::url() const
{
    return m_server->address(m_database).toUrl();
}

QString TestTeamLibrary::writeFile(const QString& name, const QByteArray& contents)
{
    const QString path = m_folder->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// What the server holds, read by a connection of the test's own.
QStringList TestTeamLibrary::namesOnServer()
{
    PostgresDatabase database(m_server->address(m_database));
    QString error;
    if (!database.open(&error))
        qWarning("%s", qPrintable(error));
    QSqlQuery query(database.connection());
    query.exec(u"SELECT name FROM drafts WHERE trashed_at IS NULL ORDER BY id"_s);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

test::CliRun TestTeamLibrary::cli(const QStringList& arguments)
{
    return test::runCli(arguments, {}, m_services.get());
}

void TestTeamLibrary::aDraftImportedByOneProcessIsFoundByAnother()
{
    const QString file = writeFile(u"Spring offer.json"_s, message(u"Half price trainers this weekend"_s));
    const QStringList computers = {m_folder->filePath(u"agent-a"_s), m_folder->filePath(u"agent-b"_s)};
    const QList<Run> imported = runTogether({{u"drafts"_s, u"import"_s, file}}, {computers[0]}, url());
    QVERIFY2(imported[0].exitCode == 0, qPrintable(imported[0].err));

    const QList<Run> found = runTogether({{u"drafts"_s, u"list"_s},
                                          {u"drafts"_s, u"list"_s, u"--search"_s, u"traine"_s},
                                          {u"drafts"_s, u"list"_s, u"--search"_s, u"weekend spring"_s},
                                          {u"drafts"_s, u"list"_s, u"--library"_s, u"local"_s}},
                                         {computers[1], computers[1], computers[1], computers[1]}, url());
    // Nothing on stderr either: no warning of Qt's driver or event loop reaches an agent's terminal.
    QCOMPARE(imported[0].err, QString());
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(found[i].exitCode == 0, qPrintable(found[i].err));
        QCOMPARE(found[i].err, QString());
        QVERIFY2(found[i].out.contains(u"Spring offer"_s), qPrintable(found[i].out));
    }
    // Agent B's own computer has none of it.
    QVERIFY2(!found[3].out.contains(u"Spring offer"_s), qPrintable(found[3].out));
    // And it can be sent from there: request --draft reads the team's draft.
    const QList<Run> request =
        runTogether({{u"request"_s, u"--to"_s, u"+353838000000"_s, u"--draft"_s, u"spring offer"_s}},
                    {computers[1]}, url());
    QVERIFY2(request[0].exitCode == 0, qPrintable(request[0].err));
    QVERIFY(request[0].out.contains(u"Half price trainers"_s));
}

void TestTeamLibrary::twentyProcessesImportAndMigrateAtOnce()
{
    constexpr int Processes = 20;
    QList<QStringList> commands;
    QStringList computers;
    for (int i = 0; i < Processes; ++i) {
        // Every one imports a "Promo" (a file of that name in a folder of its own), and a draft of its own.
        QVERIFY(QDir(m_folder->path()).mkpath(u"in%1"_s.arg(i)));
        const QString promo = writeFile(u"in%1/Promo.json"_s.arg(i), message(u"Promo %1"_s.arg(i)));
        const QString own = writeFile(u"Agent %1.json"_s.arg(i), message(u"Own %1"_s.arg(i)));
        commands.append({u"drafts"_s, u"import"_s, promo, own});
        computers.append(m_folder->filePath(u"agent-%1"_s.arg(i)));
    }
    // A fresh database: the twenty race to create the schema too.
    const QList<Run> runs = runTogether(commands, computers, url());
    for (const Run& run : runs)
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QStringList names = namesOnServer();
    QCOMPARE(names.size(), 2 * Processes);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size()); // all different
    for (int i = 0; i < Processes; ++i) {
        QVERIFY(names.contains(u"Agent %1"_s.arg(i)));
        // One import got the name, the others the next free ones: the choice and the insert are one write.
        QVERIFY2(names.contains(i == 0 ? u"Promo"_s : u"Promo (%1)"_s.arg(i + 1)),
                 qPrintable(names.join(u", ")));
    }
    PostgresDatabase database(m_server->address(m_database));
    QVERIFY(database.open());
    QSqlQuery version(database.connection());
    QVERIFY(version.exec(u"SELECT version FROM wa_schema"_s) && version.next());
    QCOMPARE(version.value(0).toInt(), int(PostgresDatabase::schema().size()));
    QVERIFY(!version.next()); // one row: migrated once
}

void TestTeamLibrary::copiesBetweenThisComputerAndTheTeam()
{
    const QString offer = writeFile(u"Offer.json"_s, message(u"Ten percent off"_s));
    const QString hello = writeFile(u"Hello.json"_s, message(u"Hello there"_s));
    QCOMPARE(cli({u"drafts"_s, u"import"_s, offer, hello}).exitCode, 0); // this computer's
    const QString teamOffer =
        writeFile(u"team/Offer.json"_s.replace(u'/', u'-'), message(u"The team's offer"_s));
    QCOMPARE(cli({u"drafts"_s, u"import"_s, u"--library"_s, url(), teamOffer}).exitCode, 0);
    QCOMPARE(namesOnServer(), QStringList{u"team-Offer"_s});

    const test::CliRun copied =
        cli({u"drafts"_s, u"copy"_s, u"--library"_s, url(), u"--to"_s, u"team"_s, u"--all"_s});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QCOMPARE(copied.out, u"\"Hello\" -> the team library\n\"Offer\" -> the team library\n"_s);
    QCOMPARE(namesOnServer(), (QStringList{u"team-Offer"_s, u"Hello"_s, u"Offer"_s}));
    // Again: names taken, the next free one; nothing overwritten.
    const test::CliRun again =
        cli({u"drafts"_s, u"copy"_s, u"--library"_s, url(), u"--to"_s, u"team"_s, u"offer"_s});
    QCOMPARE(again.out, u"\"Offer\" -> the team library, as \"Offer (2)\"\n"_s);
    // And back, by name.
    const test::CliRun back =
        cli({u"drafts"_s, u"copy"_s, u"--library"_s, url(), u"--to"_s, u"local"_s, u"team-offer"_s});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    const test::CliRun local = cli({u"drafts"_s, u"show"_s, u"team-Offer"_s});
    QVERIFY2(local.out.contains(u"The team's offer"_s), qPrintable(local.out + local.err));

    // What cannot be copied is said, and nothing is.
    const test::CliRun missing =
        cli({u"drafts"_s, u"copy"_s, u"--library"_s, url(), u"--to"_s, u"team"_s, u"Hello"_s, u"Nope"_s});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(namesOnServer().size(), 4);
    const test::CliRun noTeam = cli({u"drafts"_s, u"copy"_s, u"--to"_s, u"team"_s, u"--all"_s});
    QCOMPARE(noTeam.exitCode, 2);
    QVERIFY(noTeam.err.contains(u"no team library"_s));
    QCOMPARE(cli({u"drafts"_s, u"copy"_s, u"--library"_s, url(), u"--all"_s}).exitCode, 2); // no --to
}

void TestTeamLibrary::theEnvironmentChoosesTheLibrary()
{
    const QString offer = writeFile(u"Offer.json"_s, message(u"Ten percent off"_s));
    qputenv(cli::LibraryCommand::LibraryVariable, url().toUtf8());
    QCOMPARE(cli({u"drafts"_s, u"import"_s, offer}).exitCode, 0);
    QCOMPARE(namesOnServer(), QStringList{u"Offer"_s});
    // --library local wins over the environment.
    QVERIFY(!cli({u"drafts"_s, u"list"_s, u"--library"_s, u"local"_s}).out.contains(u"Offer"_s));
    QVERIFY(cli({u"drafts"_s, u"list"_s}).out.contains(u"Offer"_s));
}

// docs/team-library.md's least rights: once the owner's first start made the tables, a role that may only
// read and write rows opens, lists, imports and saves.
void TestTeamLibrary::whatTheCommandLineWritesCarriesTheAgentsName()
{
    Settings().setDisplayName(u"Ann"_s);
    const QString offer = writeFile(u"Offer.json"_s, message(u"Ten percent off"_s));
    const test::CliRun imported = cli({u"drafts"_s, u"import"_s, u"--library"_s, url(), offer});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    PostgresDatabase database(m_server->address(m_database));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"SELECT updated_by FROM drafts"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Ann"_s);
    Settings().setDisplayName({});
}

void TestTeamLibrary::aRoleThatOnlyReadsAndWritesRowsWorks()
{
    QCOMPARE(cli({u"drafts"_s, u"list"_s, u"--library"_s, url()}).exitCode, 0); // the owner's first start
    {
        PostgresDatabase admin(m_server->address(m_database));
        QVERIFY(admin.open());
        QSqlQuery query(admin.connection());
        for (const QString& sql :
             {u"CREATE ROLE wa_agent LOGIN"_s, u"GRANT CONNECT ON DATABASE %1 TO wa_agent"_s.arg(m_database),
              u"GRANT USAGE ON SCHEMA public TO wa_agent"_s,
              u"GRANT SELECT, INSERT, UPDATE, DELETE ON drafts, draft_tags, library_version TO wa_agent"_s,
              u"GRANT USAGE ON SEQUENCE drafts_id_seq TO wa_agent"_s,
              u"GRANT SELECT ON wa_schema TO wa_agent"_s, u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s})
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    PostgresAddress agent = m_server->address(m_database);
    agent.user = u"wa_agent"_s;
    const QString file = writeFile(u"Offer.json"_s, message(u"Ten percent off"_s));
    const test::CliRun imported = cli({u"drafts"_s, u"import"_s, u"--library"_s, agent.toUrl(), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const test::CliRun copied =
        cli({u"drafts"_s, u"copy"_s, u"--library"_s, agent.toUrl(), u"--to"_s, u"local"_s, u"Offer"_s});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QCOMPARE(namesOnServer(), QStringList{u"Offer"_s});
}

void TestTeamLibrary::unusableAddressesAreRefused_data()
{
    QTest::addColumn<QString>("library");
    QTest::addColumn<QString>("said");
    QTest::newRow("not postgresql") << u"http://example.com/db"_s << u"does not start with postgresql://"_s;
    QTest::newRow("no user") << u"postgresql://127.0.0.1:5432/db"_s << u"names no user"_s;
    QTest::newRow("no database") << u"postgresql://wa@127.0.0.1:5432/"_s << u"names no database"_s;
    QTest::newRow("a password in it")
        << u"postgresql://wa:secret@127.0.0.1/db"_s << u"leave the password out"_s;
    QTest::newRow("nobody listening")
        << u"postgresql://wa@127.0.0.1:1/db"_s << u"Could not connect to the team library"_s;
}

void TestTeamLibrary::unusableAddressesAreRefused()
{
    QFETCH(QString, library);
    QFETCH(QString, said);
    const test::CliRun run = cli({u"drafts"_s, u"list"_s, u"--library"_s, library});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"secret"_s), qPrintable(run.err)); // a password is never repeated
}

QTEST_GUILESS_MAIN(TestTeamLibrary)
#include "tst_teamlibrary.moc"
