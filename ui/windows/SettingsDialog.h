#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wa {

class LibrarySettingsBox;
class SecretStore;

// Where and how to send: the API's base URL and path, the key (to the keychain, never to the settings
// file), the default country for phone numbers, the default teammate, the timeout and the preview's theme;
// and which drafts library: this computer's, or a team library on PostgreSQL (its password to the keychain).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // libraryPassword may be null: the team library's password is then not asked for.
    SettingsDialog(SecretStore* secrets, SecretStore* libraryPassword = nullptr, QWidget* parent = nullptr);

    void accept() override; // saves, unless something entered cannot be used (then says what)

private:
    void load();
    void showKeyState();

    SecretStore* m_secrets;
    SecretStore* m_libraryPasswordStore;
    LibrarySettingsBox* m_library;
    QLineEdit* m_baseUrl;
    QComboBox* m_endpoint;
    QLineEdit* m_apiKey;
    QLabel* m_keyState;
    QComboBox* m_region;
    QLineEdit* m_teammate;
    QLineEdit* m_displayName;
    QSpinBox* m_timeout;
    QComboBox* m_theme;
    QLabel* m_error;
};

} // namespace wa
