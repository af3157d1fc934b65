#include "Settings.h"

namespace wa {

namespace {
const QString BaseUrlKey = QStringLiteral("octopods/baseUrl");
const QString EndpointKey = QStringLiteral("octopods/endpoint");
const QString LegacyPathKey = QStringLiteral("octopods/path"); // before the endpoint had a name
const QString TimeoutKey = QStringLiteral("octopods/timeoutSeconds");
const QString RegionKey = QStringLiteral("phone/defaultRegion");
const QString TeammateKey = QStringLiteral("intercom/defaultTeammateId");
const QString DisplayNameKey = QStringLiteral("library/displayName");
const QString LibraryAddressKey = QStringLiteral("library/address");
const QString ThemeKey = QStringLiteral("preview/theme");
const QString StandInsKey = QStringLiteral("preview/standIns");
const QString PhoneKey = QStringLiteral("preview/phone");
} // namespace

QUrl Settings::apiBaseUrl() const
{
    const QUrl url = m_settings.value(BaseUrlKey).toUrl();
    return url.isValid() && !url.isEmpty() ? url : OctopodsClient::Config().baseUrl;
}

void Settings::setApiBaseUrl(const QUrl& url)
{
    m_settings.setValue(BaseUrlKey, url);
}

SendEndpoint Settings::sendEndpoint() const
{
    if (const auto named = SendEndpoints::fromName(m_settings.value(EndpointKey).toString()))
        return *named;
    // A path typed in an earlier version: either endpoint's is kept; any other goes back to the default.
    return SendEndpoints::fromPath(m_settings.value(LegacyPathKey).toString())
        .value_or(OctopodsClient::Config().endpoint);
}

void Settings::setSendEndpoint(SendEndpoint endpoint)
{
    m_settings.setValue(EndpointKey, SendEndpoints::name(endpoint));
    m_settings.remove(LegacyPathKey);
}

int Settings::timeoutSeconds() const
{
    const auto fallback =
        int(std::chrono::duration_cast<std::chrono::seconds>(OctopodsClient::Config().timeout).count());
    bool ok = false;
    const int seconds = m_settings.value(TimeoutKey).toInt(&ok);
    return ok ? std::clamp(seconds, MinTimeoutSeconds, MaxTimeoutSeconds) : fallback;
}

void Settings::setTimeoutSeconds(int seconds)
{
    m_settings.setValue(TimeoutKey, std::clamp(seconds, MinTimeoutSeconds, MaxTimeoutSeconds));
}

QString Settings::defaultRegion() const
{
    return m_settings.value(RegionKey).toString();
}

void Settings::setDefaultRegion(const QString& region)
{
    m_settings.setValue(RegionKey, region.trimmed().toUpper());
}

QString Settings::displayName() const
{
    const QString chosen = m_settings.value(DisplayNameKey).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void Settings::setDisplayName(const QString& name)
{
    m_settings.setValue(DisplayNameKey, name.trimmed());
}

QString Settings::libraryAddress() const
{
    return m_settings.value(LibraryAddressKey).toString().trimmed();
}

void Settings::setLibraryAddress(const QString& url)
{
    m_settings.setValue(LibraryAddressKey, url.trimmed());
}

QString Settings::defaultTeammateId() const
{
    return m_settings.value(TeammateKey).toString();
}

void Settings::setDefaultTeammateId(const QString& id)
{
    m_settings.setValue(TeammateKey, id.trimmed());
}

ThemeChoice Settings::previewTheme() const
{
    return themeChoiceFromName(m_settings.value(ThemeKey).toString()).value_or(ThemeChoice::System);
}

void Settings::setPreviewTheme(ThemeChoice theme)
{
    m_settings.setValue(ThemeKey, themeChoiceName(theme));
}

PhoneSize Settings::previewPhone() const
{
    return phoneSizeFromName(m_settings.value(PhoneKey).toString()).value_or(PhoneSize::Typical);
}

void Settings::setPreviewPhone(PhoneSize size)
{
    m_settings.setValue(PhoneKey, phoneSizeName(size));
}

QHash<QString, QString> Settings::mediaStandIns() const
{
    QHash<QString, QString> files;
    const QVariantMap stored = m_settings.value(StandInsKey).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        files.insert(it.key(), it.value().toString());
    return files;
}

void Settings::setMediaStandIns(const QHash<QString, QString>& files)
{
    if (files.isEmpty()) {
        m_settings.remove(StandInsKey);
        return;
    }
    // In one value, so that a link's slashes and colons are not read as groups of settings.
    QVariantMap stored;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings.setValue(StandInsKey, stored);
}

OctopodsClient::Config Settings::clientConfig() const
{
    OctopodsClient::Config config;
    config.baseUrl = apiBaseUrl();
    config.endpoint = sendEndpoint();
    config.timeout = std::chrono::seconds(timeoutSeconds());
    return config;
}

} // namespace wa
