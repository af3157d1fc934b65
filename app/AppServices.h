#pragma once

#include "storage/PostgresDatabase.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace wa {

class Database;
class DraftLibrary;
class MediaLoader;
class RecipientValues;
class RecoverySlot;
class OctopodsClient;
class SecretStore;
class SendHistory;
class Sender;
class StatusWatcher;

// The composition root: every service the window and the command-line verbs share, built once in main()
// (tests build their own over a temporary folder) and handed to what needs it. Each service is made on
// first use, so that nothing runs before the first frame that the frame does not need: the database file is
// not opened, the keychain not asked, no network manager made.
class AppServices : public QObject
{
    Q_OBJECT
public:
    // The environment variable that names the data folder when --data-dir does not.
    static constexpr const char* DataDirVariable = "WA_COMPOSER_DATA_DIR";
    static constexpr const char* DatabaseFileName = "drafts.sqlite";

    // The drafts library and the send history live in dataFolder/drafts.sqlite.
    explicit AppServices(const QString& dataFolder, QObject* parent = nullptr);
    ~AppServices() override;

    // WA_COMPOSER_DATA_DIR when set, else the app's data location (QStandardPaths::AppDataLocation).
    static QString defaultDataFolder();

    QString dataFolder() const { return m_dataFolder; }
    QString databasePath() const;

    Database& database();
    // The library in use: the team's when one was chosen, else this computer's.
    DraftLibrary& drafts();
    // This computer's library, in database(), whichever is in use.
    DraftLibrary& localDrafts();
    // Chooses the team library on that server (the password comes with the address), or this computer's
    // (nullopt). teamDrafts() is nullptr while none is chosen.
    void useTeamLibrary(const std::optional<PostgresAddress>& address);
    DraftLibrary* teamDrafts();
    bool usesTeamLibrary() const { return m_teamAddress.has_value(); }
    // The autosave slot: always in this computer's database, whichever library holds the drafts.
    RecoverySlot& recoverySlot();
    SendHistory& history();
    // The values last used for each customer's variables.
    RecipientValues& recipientValues();
    // One per process, as Qt advises: connections to Octopods are kept alive between sends.
    QNetworkAccessManager& network();
    OctopodsClient& client();
    // Sends through client() and records every attempt in history().
    Sender& sender();
    // Loads image headers' links for the preview, over network(), kept in mediaCacheFolder(). Only the window
    // asks for it: the command-line verbs never load media.
    MediaLoader& media();
    // QStandardPaths::CacheLocation/media: pictures that can be downloaded again, not the agent's data.
    static QString mediaCacheFolder();
    // Refreshes accepted sends' delivery status through client(), with secrets()' key, into history().
    StatusWatcher& statusWatcher();
    // The keychain entry is named after the application, so tests (named otherwise) never touch the real one.
    SecretStore& secrets();
    // The team library's password, another entry of the same keychain service.
    SecretStore& libraryPassword();

private:
    QString m_dataFolder;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftLibrary> m_drafts; // this computer's SQLite library (DraftStore)
    std::optional<PostgresAddress> m_teamAddress;
    std::unique_ptr<PostgresDatabase> m_teamDatabase;
    std::unique_ptr<DraftLibrary> m_teamDrafts;
    std::unique_ptr<RecoverySlot> m_recoverySlot;
    std::unique_ptr<SendHistory> m_history;
    std::unique_ptr<RecipientValues> m_recipientValues;
    QNetworkAccessManager* m_network = nullptr;
    OctopodsClient* m_client = nullptr;
    Sender* m_sender = nullptr;
    StatusWatcher* m_statusWatcher = nullptr;
    MediaLoader* m_media = nullptr;
    SecretStore* m_secrets = nullptr;
    SecretStore* m_libraryPassword = nullptr;
};

} // namespace wa
