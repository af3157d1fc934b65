#include "SettingsDialog.h"

#include "LibrarySettingsBox.h"

#include "sending/PhoneNumber.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wa {

SettingsDialog::SettingsDialog(SecretStore* secrets, SecretStore* libraryPassword, QWidget* parent)
    : QDialog(parent), m_secrets(secrets), m_libraryPasswordStore(libraryPassword)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("settingsBaseUrl"));
    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(QStringLiteral("settingsEndpoint"));
    for (SendEndpoint endpoint : SendEndpoints::all())
        m_endpoint->addItem(SendEndpoints::label(endpoint), int(endpoint));
    m_endpoint->setToolTip(tr("Octopods' call that sends the message. Interactive can also open the "
                              "customer's Intercom conversation, and documents fewer message types."));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("settingsApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_keyState = new QLabel(this);
    m_keyState->setObjectName(QStringLiteral("settingsKeyState"));
    m_keyState->setWordWrap(true);
    auto* forget = new QPushButton(tr("Forget the key"), this);
    forget->setObjectName(QStringLiteral("settingsForgetKey"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("settingsRegion"));
    m_region->addItem(tr("None: numbers start with +"), QString());
    for (const QString& code : PhoneNumber::supportedRegions()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        const QString name =
            territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
        m_region->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    }
    m_teammate = new QLineEdit(this);
    m_teammate->setObjectName(QStringLiteral("settingsTeammate"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("settingsDisplayName"));
    m_displayName->setToolTip(tr("Shown to your teammates beside the drafts you save"));
    m_library = new LibrarySettingsBox(m_libraryPasswordStore != nullptr, this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("settingsTimeout"));
    m_timeout->setRange(Settings::MinTimeoutSeconds, Settings::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("API &base URL"), m_baseUrl);
    form->addRow(tr("Send &endpoint"), m_endpoint);
    form->addRow(tr("API &key"), m_apiKey);
    form->addRow(QString(), m_keyState);
    form->addRow(QString(), forget);
    form->addRow(tr("Default &country"), m_region);
    form->addRow(tr("Default &teammate id"), m_teammate);
    form->addRow(tr("Your &name"), m_displayName);
    form->addRow(tr("T&imeout"), m_timeout);
    form->addRow(tr("Preview t&heme"), m_theme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(forget, &QPushButton::clicked, m_secrets, &SecretStore::forget);
    connect(m_secrets, &SecretStore::saved, this, &SettingsDialog::showKeyState);
    connect(m_secrets, &SecretStore::loaded, this, &SettingsDialog::showKeyState);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_library);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
}

void SettingsDialog::load()
{
    const Settings settings;
    m_baseUrl->setText(settings.apiBaseUrl().toString());
    m_endpoint->setCurrentIndex(std::max(0, m_endpoint->findData(int(settings.sendEndpoint()))));
    m_region->setCurrentIndex(std::max(0, m_region->findData(settings.defaultRegion())));
    m_teammate->setText(settings.defaultTeammateId());
    m_displayName->setText(settings.displayName());
    m_library->setAddress(settings.libraryAddress());
    m_timeout->setValue(settings.timeoutSeconds());
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(settings.previewTheme()))));
    showKeyState();
}

void SettingsDialog::showKeyState()
{
    // The key itself is never shown: type a new one to replace it.
    m_apiKey->setPlaceholderText(m_secrets->hasApiKey() ? tr("A key is set; type a new one to replace it")
                                                        : tr("The channel's Octopods API key"));
    if (!m_secrets->hasApiKey())
        m_keyState->setText(tr("No key yet."));
    else if (m_secrets->isSessionOnly())
        m_keyState->setText(tr("No keychain is available, so the key is kept for this session only (%1).")
                                .arg(m_secrets->problem()));
    else
        m_keyState->setText(tr("The key is kept in the system keychain."));
}

void SettingsDialog::accept()
{
    OctopodsClient::Config config;
    config.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    config.endpoint = SendEndpoint(m_endpoint->currentData().toInt());
    const OctopodsClient::Endpoint endpoint = OctopodsClient::endpoint(config);
    if (!endpoint.problem.isEmpty()) {
        m_error->setText(tr("Cannot use this: %1").arg(endpoint.problem));
        m_error->show();
        m_baseUrl->setFocus();
        return;
    }
    QString problem;
    const std::optional<QString> library = m_library->address(&problem);
    if (!library) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    Settings settings;
    settings.setLibraryAddress(*library);
    if (m_libraryPasswordStore && !library->isEmpty() && !m_library->password().isEmpty())
        m_libraryPasswordStore->save(m_library->password());
    settings.setApiBaseUrl(config.baseUrl);
    settings.setSendEndpoint(config.endpoint);
    settings.setDefaultRegion(m_region->currentData().toString());
    settings.setDefaultTeammateId(m_teammate->text());
    settings.setDisplayName(m_displayName->text());
    settings.setTimeoutSeconds(m_timeout->value());
    settings.setPreviewTheme(ThemeChoice(m_theme->currentData().toInt()));
    if (!m_apiKey->text().trimmed().isEmpty())
        m_secrets->save(m_apiKey->text());
    m_apiKey->clear();
    QDialog::accept();
}

} // namespace wa
