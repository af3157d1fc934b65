#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString Example = QStringLiteral(WA_TEST_DATA "/octopods_list.json");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real executable, as a user who cannot write to the library's folder. Root can write anywhere, and CI
// runs as root: there the command runs as the unprivileged user `nobody` (util-linux's setpriv).
Run runAsReader(const QStringList& arguments)
{
    QProcess process;
    QStringList command{QStringLiteral(WA_COMPOSER_EXE)};
    command += arguments;
    if (geteuid() == 0)
        command = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups")} +
                  command;
    const QString program = geteuid() == 0 ? QStringLiteral("setpriv") : command.takeFirst();
    process.start(program, command);
    Run run;
    if (process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// A library in a folder the user can read but not write (a read-only share, a colleague's folder, a backup
// mounted read-only): reading works and changes nothing; writing says why it cannot (issue 16).
class TestReadOnlyLibrary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void readingWorks();
    void writingSaysWhyNot();
    void aLibraryThatDoesNotExistCannotBeCreated();

private:
    QString dataArgument() const { return QStringLiteral("--data-dir=") + m_data; }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_out;
    QByteArray m_original;
};

void TestReadOnlyLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Readable by `nobody` all the way down; the library's folder read-only for everyone but root.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                    QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                                    QFile::ExeGroup));
    m_data = m_dir.filePath(QStringLiteral("data"));
    QProcess make;
    make.start(
        QStringLiteral(WA_COMPOSER_EXE),
        {QStringLiteral("--data-dir"), m_data, QStringLiteral("drafts"), QStringLiteral("import"), Example});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    const QString file = QDir(m_data).filePath(QStringLiteral("drafts.sqlite"));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther));
    QVERIFY(QFile::setPermissions(m_data, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    m_original = bytesOf(file);
    QVERIFY(!m_original.isEmpty());
    m_out = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(m_out));
    QVERIFY(QFile::setPermissions(m_out, QFile::Permissions(0x7777)));
}

void TestReadOnlyLibrary::cleanupTestCase()
{
    // Writable again, so that the temporary folder can be removed.
    QFile::setPermissions(m_data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestReadOnlyLibrary::readingWorks()
{
    const Run list = runAsReader(
        {dataArgument(), QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray drafts = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts[0][QStringLiteral("name")].toString(), QStringLiteral("octopods_list"));

    const Run search = runAsReader({dataArgument(), QStringLiteral("drafts"), QStringLiteral("list"),
                                    QStringLiteral("--search"), QStringLiteral("octopods")});
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    QVERIFY(search.out.contains(QStringLiteral("octopods_list")));

    const Run show = runAsReader(
        {dataArgument(), QStringLiteral("drafts"), QStringLiteral("show"), QStringLiteral("octopods_list")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8()).object()[QStringLiteral("type")].toString(),
             QStringLiteral("list"));

    const Run exported = runAsReader(
        {dataArgument(), QStringLiteral("drafts"), QStringLiteral("export"), QStringLiteral("--all"), m_out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(QFile::exists(QDir(m_out).filePath(QStringLiteral("octopods_list.json"))));

    // Nothing was written: not the file, not a WAL or its index beside it.
    QCOMPARE(bytesOf(QDir(m_data).filePath(QStringLiteral("drafts.sqlite"))), m_original);
    QCOMPARE(QDir(m_data).entryList(QDir::Files), QStringList{QStringLiteral("drafts.sqlite")});
}

void TestReadOnlyLibrary::writingSaysWhyNot()
{
    const Run import =
        runAsReader({dataArgument(), QStringLiteral("drafts"), QStringLiteral("import"), Example});
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
    QVERIFY2(import.err.contains(QStringLiteral("drafts.sqlite")), qPrintable(import.err));
    QCOMPARE(bytesOf(QDir(m_data).filePath(QStringLiteral("drafts.sqlite"))), m_original);
}

void TestReadOnlyLibrary::aLibraryThatDoesNotExistCannotBeCreated()
{
    const QString missing = m_data + QStringLiteral("/inner");
    const Run list = runAsReader(
        {QStringLiteral("--data-dir"), missing, QStringLiteral("drafts"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 2);
    QVERIFY2(list.err.contains(QDir::toNativeSeparators(missing)), qPrintable(list.err));
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(TestReadOnlyLibrary)
#include "tst_readonlylibrary.moc"
