#include "OctopodsOptions.h"

#include "AppServices.h"
#include "settings/SecretStore.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace wa::cli {

namespace {
const QString BaseOption = QStringLiteral("base");
const QString TimeoutOption = QStringLiteral("timeout");
} // namespace

void OctopodsOptions::addBase(QCommandLineParser& parser)
{
    const OctopodsClient::Config defaults;
    parser.addOption({BaseOption, tr("The API's base URL (default %1).").arg(defaults.baseUrl.toString()),
                      tr("URL"), defaults.baseUrl.toString()});
}

void OctopodsOptions::addTimeout(QCommandLineParser& parser)
{
    parser.addOption({TimeoutOption, tr("Seconds to wait for Octopods' answer (default 30)."), tr("SECONDS"),
                      QStringLiteral("30")});
}

std::optional<OctopodsClient::Config> OctopodsOptions::config(const QCommandLineParser& parser, Io& io)
{
    bool timeoutOk = false;
    const double seconds = parser.value(TimeoutOption).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0 || seconds > 600) {
        io.err << tr("--timeout: give the seconds to wait, from 1 to 600.") << Qt::endl;
        return std::nullopt;
    }
    OctopodsClient::Config config;
    config.baseUrl = QUrl::fromUserInput(parser.value(BaseOption));
    config.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    return config;
}

QString OctopodsOptions::apiKey(AppServices& services, Io& io)
{
    QString key = qEnvironmentVariable(KeyVariable).trimmed();
    if (key.isEmpty()) {
        // The key the window stored, from the same keychain entry.
        SecretStore& secrets = services.secrets();
        if (!secrets.hasApiKey()) {
            QEventLoop loop;
            QObject::connect(&secrets, &SecretStore::loaded, &loop, &QEventLoop::quit);
            secrets.load();
            loop.exec();
        }
        key = secrets.apiKey();
    }
    if (key.isEmpty())
        io.err
            << tr("No API key: set %1 to the channel's Octopods API key, or store one in the app's Settings.")
                   .arg(QLatin1StringView(KeyVariable))
            << Qt::endl;
    return key;
}

} // namespace wa::cli
