#include "TestPostgres.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace wa::test {

namespace {
const QString Superuser = QStringLiteral("wa");

// A port nobody listens on now. Another process could take it before the server does; pg_ctl would then
// fail to start, and the test says so.
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Gives the folder (and what is in it) to the user: initdb and the server write there.
bool giveTo(const QString& path, const QString& user)
{
    const passwd* account = ::getpwnam(qPrintable(user));
    return account && ::chown(qPrintable(path), account->pw_uid, account->pw_gid) == 0;
}
} // namespace

TestPostgres::TestPostgres() = default;

TestPostgres::~TestPostgres()
{
    stop();
}

QString TestPostgres::programFolder()
{
    // Debian keeps each major version's programs apart: /usr/lib/postgresql/15/bin.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(found.begin(), found.end(),
              [&](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& version : found) {
        const QString bin = versions.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

QString TestPostgres::dataFolder() const
{
    return m_folder->filePath(QStringLiteral("data"));
}

bool TestPostgres::run(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_folder->path()); // the unprivileged user may not enter this one's
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    const QString path = m_programs + u'/' + program;
    if (m_runAs.isEmpty()) {
        process.start(path, arguments);
    } else {
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        process.start(runuser,
                      QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), path} + arguments);
    }
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_why = QStringLiteral("%1 %2 failed (%3): %4")
                    .arg(program, arguments.join(u' '), process.errorString(),
                         QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool TestPostgres::start()
{
    if (m_running)
        return true;
    m_programs = programFolder();
    if (m_programs.isEmpty()) {
        m_why = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): "
                               "scripts/dev installs the Debian package postgresql");
        return false;
    }
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/wa-postgres-XXXXXX"));
    if (!m_folder->isValid()) {
        m_why = QStringLiteral("no temporary folder: ") + m_folder->errorString();
        return false;
    }
    if (::geteuid() == 0) {
        // PostgreSQL will not run as root: its own user when the package made one, else nobody.
        m_runAs = ::getpwnam("postgres") ? QStringLiteral("postgres") : QStringLiteral("nobody");
        if (!giveTo(m_folder->path(), m_runAs)) {
            m_why = QStringLiteral("could not give %1 to the user %2").arg(m_folder->path(), m_runAs);
            return false;
        }
    }
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), dataFolder(), QStringLiteral("-U"), Superuser,
                                        QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                                        QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
        return false;
    m_port = freePort();
    return startServer();
}

bool TestPostgres::startServer()
{
    const QString options =
        QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -F -c max_connections=60")
            .arg(m_port)
            .arg(m_folder->path());
    m_running = run(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataFolder(), QStringLiteral("-l"),
                     m_folder->filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")});
    if (m_running) {
        watchThisProcess();
    } else {
        QFile log(m_folder->filePath(QStringLiteral("log")));
        if (log.open(QIODevice::ReadOnly))
            m_why += QStringLiteral("\nServer log:\n") + QString::fromLocal8Bit(log.readAll().right(4000));
    }
    return m_running;
}

void TestPostgres::watchThisProcess()
{
    if (m_watching)
        return;
    // A test that crashes never reaches stop(): a watchdog outside it stops the server and removes the
    // folder once this process is gone, so that no server outlives its test.
    const QString pgCtl = m_programs + QStringLiteral("/pg_ctl");
    const QString asUser = m_runAs.isEmpty() ? QString() : QStringLiteral("runuser -u %1 -- ").arg(m_runAs);
    const QString script =
        QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; %2'%3' -D '%4' -m immediate stop "
                       ">/dev/null 2>&1; rm -rf '%5'")
            .arg(QCoreApplication::applicationPid())
            .arg(asUser, pgCtl, dataFolder(), m_folder->path());
    m_watching = QProcess::startDetached(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
}

void TestPostgres::stop()
{
    if (m_running)
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
    m_folder.reset();
}

bool TestPostgres::kill()
{
    if (!m_running)
        return true;
    m_running = !run(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"), QStringLiteral("immediate"),
                      QStringLiteral("-w"), QStringLiteral("stop")});
    return !m_running;
}

bool TestPostgres::restart()
{
    return m_running || startServer();
}

bool TestPostgres::createDatabase(const QString& name)
{
    const QString connection = QStringLiteral("wa.TestPostgres.admin");
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(Superuser);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            m_why = QStringLiteral("could not connect to the test server: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            // The name is the test's own, never the user's.
            created = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!created)
                m_why = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

PostgresAddress TestPostgres::address(const QString& database) const
{
    PostgresAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = m_port;
    address.database = database;
    address.user = Superuser;
    return address;
}

} // namespace wa::test
