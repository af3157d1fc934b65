#include "AppServices.h"

#include "drafts/DraftStore.h"
#include "drafts/PostgresLibraryBackend.h"
#include "drafts/RecoverySlot.h"
#include "media/MediaLoader.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"
#include "sending/Sender.h"
#include "sending/StatusWatcher.h"
#include "settings/SecretStore.h"
#include "storage/Database.h"
#include "variables/RecipientValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace wa {

AppServices::AppServices(const QString& dataFolder, QObject* parent)
    : QObject(parent), m_dataFolder(dataFolder.isEmpty() ? QString() : QDir(dataFolder).absolutePath())
{
}

// The store and the history refer to the database: they go first.
AppServices::~AppServices()
{
    delete m_media; // its downloads abort while the network manager is still there
    m_media = nullptr;
    delete m_statusWatcher; // it writes to the history: before it goes
    m_statusWatcher = nullptr;
    m_history.reset();
    m_recoverySlot.reset();
    m_teamDrafts.reset();
    m_teamDatabase.reset();
    m_drafts.reset();
    m_database.reset();
}

QString AppServices::defaultDataFolder()
{
    const QString chosen = qEnvironmentVariable(DataDirVariable);
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppServices::databasePath() const
{
    if (m_dataFolder.isEmpty())
        return {};
    return QDir(m_dataFolder).filePath(QLatin1StringView(DatabaseFileName));
}

Database& AppServices::database()
{
    if (!m_database)
        m_database = std::make_unique<Database>(databasePath());
    return *m_database;
}

DraftLibrary& AppServices::drafts()
{
    if (DraftLibrary* team = teamDrafts())
        return *team;
    return localDrafts();
}

DraftLibrary& AppServices::localDrafts()
{
    if (!m_drafts)
        m_drafts = std::make_unique<DraftStore>(database());
    return *m_drafts;
}

void AppServices::useTeamLibrary(const std::optional<PostgresAddress>& address)
{
    if (address == m_teamAddress)
        return;
    m_teamDrafts.reset();
    m_teamDatabase.reset();
    m_teamAddress = address;
}

DraftLibrary* AppServices::teamDrafts()
{
    if (!m_teamAddress)
        return nullptr;
    if (!m_teamDrafts) {
        m_teamDatabase = std::make_unique<PostgresDatabase>(*m_teamAddress);
        m_teamDrafts =
            std::make_unique<DraftStore>(std::make_unique<PostgresLibraryBackend>(*m_teamDatabase));
    }
    return m_teamDrafts.get();
}

RecoverySlot& AppServices::recoverySlot()
{
    if (!m_recoverySlot)
        m_recoverySlot = std::make_unique<RecoverySlot>(database());
    return *m_recoverySlot;
}

SendHistory& AppServices::history()
{
    if (!m_history)
        m_history = std::make_unique<SendHistory>(database());
    return *m_history;
}

RecipientValues& AppServices::recipientValues()
{
    if (!m_recipientValues)
        m_recipientValues = std::make_unique<RecipientValues>(database());
    return *m_recipientValues;
}

QNetworkAccessManager& AppServices::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return *m_network;
}

OctopodsClient& AppServices::client()
{
    if (!m_client)
        m_client = new OctopodsClient(&network(), this);
    return *m_client;
}

Sender& AppServices::sender()
{
    if (!m_sender)
        m_sender = new Sender(client(), history(), this);
    return *m_sender;
}

MediaLoader& AppServices::media()
{
    if (!m_media)
        m_media = new MediaLoader(&network(), mediaCacheFolder(), this);
    return *m_media;
}

QString AppServices::mediaCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/media");
}

StatusWatcher& AppServices::statusWatcher()
{
    if (!m_statusWatcher)
        m_statusWatcher = new StatusWatcher(
            client(), &history(), [this] { return secrets().apiKey(); }, this);
    return *m_statusWatcher;
}

SecretStore& AppServices::secrets()
{
    if (!m_secrets)
        m_secrets = new SecretStore(QCoreApplication::applicationName(), this);
    return *m_secrets;
}

SecretStore& AppServices::libraryPassword()
{
    if (!m_libraryPassword)
        m_libraryPassword = new SecretStore(QCoreApplication::applicationName(), this,
                                            QString::fromLatin1(SecretStore::LibraryPasswordAccount));
    return *m_libraryPassword;
}

} // namespace wa
