#include "AppServices.h"
#include "storage/Database.h"
#include "support/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

using Run = wa::test::ProcessRun;

// Several `wa-composer` processes on one data folder at once, as when an agent runs a script of imports
// while another import (or the window) is going: each started without waiting for the others.
QList<Run> runTogether(const QList<QStringList>& commands, const QString& dataDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(wa::AppServices::DataDirVariable), dataDir);
    return wa::test::runTogether(QStringLiteral(WA_COMPOSER_EXE), commands,
                                 QList<QProcessEnvironment>(commands.size(), environment));
}

QString message(const QString& body)
{
    return QStringLiteral(R"({"type":"button","body":{"text":"%1"},"action":{"buttons":[{"type":"reply",)"
                          R"("reply":{"id":"ok","title":"OK"}}]}})")
        .arg(body);
}

QString writeFile(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// What the library holds, read by a connection of the test's own (after every process has ended).
struct Library
{
    QString integrity;
    int userVersion = 0;
    QStringList names;
};

Library readLibrary(const QString& dataDir)
{
    Library library;
    const QString connection = QStringLiteral("tst_concurrency_check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dataDir).filePath(QLatin1StringView(wa::AppServices::DatabaseFileName)));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                library.integrity = query.value(0).toString();
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                library.userVersion = query.value(0).toInt();
            if (query.exec(QStringLiteral("SELECT name FROM drafts WHERE trashed_at IS NULL ORDER BY id")))
                while (query.next())
                    library.names.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return library;
}

} // namespace

// Processes racing on one library (issue 16): creating it, importing into it, the same name at once, reading
// while another writes. Every file lands, names stay unique, the file stays whole.
class TestConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void processesCreatingANewLibraryTogether_data();
    void processesCreatingANewLibraryTogether();
    void theSameNameImportedTogether_data();
    void theSameNameImportedTogether();
    void listingWhileImporting();
};

void TestConcurrency::processesCreatingANewLibraryTogether_data()
{
    QTest::addColumn<int>("processes");
    QTest::newRow("two") << 2;
    QTest::newRow("three") << 3;
}

// An empty data folder and several imports started at once: one of them creates the file, every one of them
// may find it half-made; each must wait for the schema, not fail on it.
void TestConcurrency::processesCreatingANewLibraryTogether()
{
    QFETCH(int, processes);
    constexpr int Rounds = 8;
    for (int round = 0; round < Rounds; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        QList<QStringList> commands;
        for (int p = 0; p < processes; ++p)
            commands.append({QStringLiteral("drafts"), QStringLiteral("import"),
                             writeFile(dir.filePath(QStringLiteral("files/Draft %1.json").arg(p)),
                                       message(QStringLiteral("From process %1").arg(p)))});
        const QList<Run> runs = runTogether(commands, data);
        for (const Run& run : runs)
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(run.err)));
        const Library library = readLibrary(data);
        QCOMPARE(library.integrity, QStringLiteral("ok"));
        QCOMPARE(library.userVersion, int(wa::Database::schema().size()));
        QCOMPARE(library.names.size(), processes);
    }
}

void TestConcurrency::theSameNameImportedTogether_data()
{
    QTest::addColumn<bool>("existingLibrary");
    QTest::newRow("new library") << false;
    QTest::newRow("existing library") << true;
}

// Files of one name from different folders, imported at once: each becomes a draft, "Promo", "Promo (2)" ...
// as one import of them all would name them, never "already named".
void TestConcurrency::theSameNameImportedTogether()
{
    QFETCH(bool, existingLibrary);
    constexpr int Rounds = 6;
    constexpr int Processes = 3;
    for (int round = 0; round < Rounds; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        if (existingLibrary) {
            const QList<Run> made = runTogether(
                {{QStringLiteral("drafts"), QStringLiteral("import"),
                  writeFile(dir.filePath(QStringLiteral("Other.json")), message(QStringLiteral("x")))}},
                data);
            QCOMPARE(made.first().exitCode, 0);
        }
        QList<QStringList> commands;
        for (int p = 0; p < Processes; ++p)
            commands.append({QStringLiteral("drafts"), QStringLiteral("import"),
                             writeFile(dir.filePath(QStringLiteral("folder %1/Promo.json").arg(p)),
                                       message(QStringLiteral("Promo from %1").arg(p)))});
        const QList<Run> runs = runTogether(commands, data);
        for (const Run& run : runs)
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(run.err)));
        const Library library = readLibrary(data);
        QCOMPARE(library.integrity, QStringLiteral("ok"));
        QStringList promos = library.names;
        promos.removeAll(QStringLiteral("Other"));
        promos.sort();
        QCOMPARE(promos, (QStringList{QStringLiteral("Promo"), QStringLiteral("Promo (2)"),
                                      QStringLiteral("Promo (3)")}));
    }
}

// A listing started while another process imports many files reads a consistent library: it never fails
// and lists a number of drafts the import had reached.
void TestConcurrency::listingWhileImporting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    constexpr int Files = 40;
    QStringList import{QStringLiteral("drafts"), QStringLiteral("import")};
    for (int i = 0; i < Files; ++i)
        import.append(writeFile(dir.filePath(QStringLiteral("files/Draft %1.json").arg(i)),
                                message(QStringLiteral("Body %1").arg(i))));
    const QStringList list{QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")};
    const QList<Run> runs = runTogether({import, list, list, list}, data);
    QCOMPARE(runs.first().exitCode, 0);
    for (qsizetype i = 1; i < runs.size(); ++i) {
        QVERIFY2(runs[i].exitCode == 0, qPrintable(runs[i].err));
        const QJsonArray listed = QJsonDocument::fromJson(runs[i].out.toUtf8()).array();
        QVERIFY(listed.size() <= Files);
    }
    const Library library = readLibrary(data);
    QCOMPARE(library.integrity, QStringLiteral("ok"));
    QCOMPARE(library.names.size(), Files);
    QCOMPARE(QSet<QString>(library.names.begin(), library.names.end()).size(), Files);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
