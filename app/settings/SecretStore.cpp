#include "SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace wa {

SecretStore::SecretStore(QString service, QObject* parent, QString account)
    : QObject(parent), m_service(std::move(service)), m_account(std::move(account))
{
}

void SecretStore::load()
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(m_account);
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            m_apiKey = job->textData();
            m_sessionOnly = false;
            m_problem.clear();
        } else if (job->error() != QKeychain::EntryNotFound) {
            m_problem = job->errorString();
            m_sessionOnly = true;
        }
        emit loaded();
    });
    job->start();
}

QString SecretStore::loadAndWait(std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    connect(this, &SecretStore::loaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    load();
    loop.exec();
    return m_apiKey;
}

void SecretStore::save(const QString& apiKey)
{
    // In memory at once: sending works whatever the keychain says.
    m_apiKey = apiKey.trimmed();
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(m_account);
    job->setInsecureFallback(false);
    job->setTextData(m_apiKey);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        m_sessionOnly = job->error() != QKeychain::NoError;
        m_problem = m_sessionOnly ? job->errorString() : QString();
        emit saved(!m_sessionOnly);
    });
    job->start();
}

void SecretStore::forget()
{
    m_apiKey.clear();
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(m_account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        m_problem = gone ? QString() : job->errorString();
        emit saved(gone);
    });
    job->start();
}

} // namespace wa
