#pragma once

#include "storage/PostgresDatabase.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wa::test {

// A real PostgreSQL server for the team library's tests, started by the test itself: initdb into a
// temporary folder, pg_ctl start on 127.0.0.1 and a free port (and a socket in that folder), no password
// (trust: only this machine can reach it), fsync off. Run as an unprivileged user when the tests run as
// root (CI), since PostgreSQL refuses to run as root. Stopped and removed by stop() or the destructor.
class TestPostgres
{
public:
    TestPostgres();
    ~TestPostgres();
    TestPostgres(const TestPostgres&) = delete;
    TestPostgres& operator=(const TestPostgres&) = delete;

    // Starts the server; false, with why(), when it cannot (PostgreSQL not installed, initdb failed ...).
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString why() const { return m_why; }

    // A new, empty database on the server.
    bool createDatabase(const QString& name);
    // The address of a database on it, as the app's user ("wa", the server's superuser).
    PostgresAddress address(const QString& database) const;
    int port() const { return m_port; }
    // Kills the server where it stands (as a crash or a pulled cable would), or starts it again on the same
    // port with the same data.
    bool kill();
    bool restart();

    // The folder of PostgreSQL's programs (the newest installed), or empty.
    static QString programFolder();

private:
    // Runs one of PostgreSQL's programs (as the unprivileged user when root); false, with why(), on failure.
    bool run(const QString& program, const QStringList& arguments, int timeoutMs = 60000);
    bool startServer();
    void watchThisProcess();
    QString dataFolder() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_programs;
    QString m_runAs; // empty: this process's user
    int m_port = 0;
    bool m_running = false;
    bool m_watching = false;
    QString m_why;
};

} // namespace wa::test
