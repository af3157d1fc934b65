#pragma once

#include <QObject>
#include <QString>

#include <chrono>

namespace wa {

// A secret kept in the system keychain through QtKeychain: the Octopods API key, or a team library's
// password (another account of the same service). Where no keychain service runs
// (a bare session, CI), the key is kept in memory for this session only and isSessionOnly() says so: it is
// never written to settings, logs or any file of ours.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* ApiKeyAccount = "octopods-api-key";
    static constexpr const char* LibraryPasswordAccount = "team-library-password";

    explicit SecretStore(QString service = QStringLiteral("wa-composer"), QObject* parent = nullptr,
                         QString account = QString::fromLatin1(ApiKeyAccount));

    // Reads the key from the keychain; loaded() follows, with the key (or nothing) in apiKey().
    void load();
    // The same, waiting for the keychain's answer, at most `timeout` (a keychain that asks the user may take
    // long): for a start that cannot go on without the secret. Empty when there is none.
    QString loadAndWait(std::chrono::milliseconds timeout);
    // Stores the key; saved() follows, saying whether it will outlive this session.
    void save(const QString& apiKey);
    // Removes the key from the keychain and from memory; saved() follows.
    void forget();

    const QString& apiKey() const { return m_apiKey; }
    const QString& secret() const { return m_apiKey; } // the same, for an account that is not the key
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    bool isSessionOnly() const { return m_sessionOnly; }
    const QString& problem() const
    {
        return m_problem;
    } // why the keychain could not be used, if it could not

signals:
    void loaded();
    void saved(bool persistent);

private:
    QString m_service;
    QString m_account;
    QString m_apiKey;
    QString m_problem;
    bool m_sessionOnly = false;
};

} // namespace wa
