#include "LibrarySettingsBox.h"

#include "storage/PostgresDatabase.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace wa {

LibrarySettingsBox::LibrarySettingsBox(bool askPassword, QWidget* parent)
    : QGroupBox(tr("Team library on a PostgreSQL server"), parent), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("settingsTeamLibrary"));
    setCheckable(true);
    setChecked(false);
    setToolTip(
        tr("Unchecked, your drafts stay on this computer. Takes effect when wa-composer starts next."));
    m_host->setObjectName(QStringLiteral("settingsLibraryHost"));
    m_host->setPlaceholderText(tr("db.example.com, or paste postgresql://USER@HOST:PORT/DATABASE"));
    m_port->setObjectName(QStringLiteral("settingsLibraryPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(PostgresAddress::DefaultPort);
    m_database->setObjectName(QStringLiteral("settingsLibraryDatabase"));
    m_user->setObjectName(QStringLiteral("settingsLibraryUser"));
    m_password->setObjectName(QStringLiteral("settingsLibraryPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain; type to replace it"));
    auto* note = new QLabel(tr("TLS is required unless the server is on this machine. Takes effect when "
                               "wa-composer starts next."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Host"), m_host);
    form->addRow(tr("P&ort"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    if (askPassword)
        form->addRow(tr("Pass&word"), m_password);
    else
        m_password->hide();
    form->addRow(note);
    connect(m_host, &QLineEdit::editingFinished, this, &LibrarySettingsBox::takeAddressFromHost);
}

void LibrarySettingsBox::setAddress(const QString& url)
{
    const std::optional<PostgresAddress> address = PostgresAddress::fromUrl(url, nullptr);
    setChecked(address.has_value());
    if (!address)
        return;
    m_host->setText(address->host);
    m_port->setValue(address->port);
    m_database->setText(address->database);
    m_user->setText(address->user);
}

void LibrarySettingsBox::takeAddressFromHost()
{
    if (!m_host->text().trimmed().startsWith(u"postgres", Qt::CaseInsensitive) ||
        !m_host->text().contains(u"://"))
        return;
    const std::optional<PostgresAddress> address = PostgresAddress::fromUrl(m_host->text(), nullptr);
    if (!address)
        return; // left as typed: accepting says what is wrong with it
    setAddress(address->toUrl());
    // A password in a pasted address goes where passwords go (the keychain), never into the settings.
    if (!address->password.isEmpty())
        m_password->setText(address->password);
}

std::optional<QString> LibrarySettingsBox::address(QString* problem)
{
    if (!isChecked())
        return QString();
    takeAddressFromHost();
    const auto missing = [&](QLineEdit* field, const QString& what) {
        *problem = what;
        field->setFocus();
        return std::nullopt;
    };
    if (m_host->text().trimmed().isEmpty())
        return missing(m_host, tr("The team library needs the server's host name or address."));
    if (m_database->text().trimmed().isEmpty())
        return missing(m_database, tr("The team library needs the name of its database."));
    if (m_user->text().trimmed().isEmpty())
        return missing(m_user, tr("The team library needs the user to connect as."));
    PostgresAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    // The same checks as an address typed on the command line (a host with a space, a database with a /).
    const QString url = address.toUrl();
    QString why;
    if (!PostgresAddress::fromUrl(url, &why))
        return missing(m_host, why);
    return url;
}

QString LibrarySettingsBox::password() const
{
    return m_password->text();
}

} // namespace wa
