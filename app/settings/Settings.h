#pragma once

#include "PhoneSize.h"
#include "ThemeChoice.h"

#include "sending/OctopodsClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>

namespace wa {

// The app's settings, in QSettings. The API key is not among them: it lives in the keychain (SecretStore).
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(wa::Settings)
public:
    QUrl apiBaseUrl() const;
    void setApiBaseUrl(const QUrl& url);
    SendEndpoint sendEndpoint() const;
    void setSendEndpoint(SendEndpoint endpoint);
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);
    QString defaultRegion() const; // for phone numbers written without a country code, e.g. "IE"
    void setDefaultRegion(const QString& region);
    QString defaultTeammateId() const;
    void setDefaultTeammateId(const QString& id);
    // The agent's name as teammates see it on the drafts they save (a team library); by default the
    // computer's user name.
    QString displayName() const;
    void setDisplayName(const QString& name);
    // The team library's address, postgresql://USER@HOST:PORT/DATABASE without the password (that is in
    // the keychain); empty: this computer's library.
    QString libraryAddress() const;
    void setLibraryAddress(const QString& url);
    ThemeChoice previewTheme() const;
    void setPreviewTheme(ThemeChoice theme);
    PhoneSize previewPhone() const;
    void setPreviewPhone(PhoneSize size);
    // Local pictures standing in for image links in the preview (link -> file); never sent.
    QHash<QString, QString> mediaStandIns() const;
    void setMediaStandIns(const QHash<QString, QString>& files);

    OctopodsClient::Config clientConfig() const;

    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;

private:
    QSettings m_settings;
};

} // namespace wa
