#pragma once

#include <QGroupBox>

#include <optional>

class QLineEdit;
class QSpinBox;

namespace wa {

// Settings > Team library: checked, the drafts live on a team's PostgreSQL server (host, port, database,
// user, and a password for the keychain); unchecked, on this computer. An address pasted into Host
// (postgresql://USER@HOST:PORT/DATABASE, as an admin hands it out) fills the fields.
class LibrarySettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    // askPassword: the password field is shown (it needs a keychain to go to).
    explicit LibrarySettingsBox(bool askPassword, QWidget* parent = nullptr);

    // The address kept in the settings (no password); empty: this computer's library.
    void setAddress(const QString& url);
    // The address to keep: empty for this computer's library; nullopt, with *problem, when a field is missing
    // or wrong (the field has the focus).
    std::optional<QString> address(QString* problem);
    // What was typed for the password; empty: keep the one in the keychain.
    QString password() const;

private:
    // Host holds a whole address: spread it over the fields.
    void takeAddressFromHost();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace wa
