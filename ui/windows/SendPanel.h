#pragma once

#include "sending/OctopodsRequest.h"
#include "sending/PhoneNumber.h"
#include "sending/SendResult.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QTimer;
class QToolButton;

namespace wa {

class MessageDocument;
class VariableSession;
class Sender;
class SecretStore;
class SendHistory;
class SendOperation;
class StatusWatcher;
struct DeliveryStatus;
struct StatusResult;

// Sends the composed message to one customer: their phone (formatted and checked as typed, or picked from the
// recent recipients), the teammate, Send with the
// reason it is disabled, a busy indicator with Cancel, and the outcome in plain words with the HTTP status
// and the response to expand, then the message's delivery status as Octopods reports it (the watcher keeps
// asking). A message that may already have reached the customer is sent again only after the agent confirms;
// a double click sends once.
class SendPanel : public QWidget
{
    Q_OBJECT
public:
    // The history is read for the recent recipients and earlier sends of a message; the sender writes it.
    // It sends the message the variables session fills, and tells the session which customer it is for. An
    // accepted send is handed to the watcher (when given), whose reports show under the outcome.
    SendPanel(VariableSession* variables, Sender* sender, SecretStore* secrets, SendHistory* history,
              StatusWatcher* watcher, QWidget* parent = nullptr);
    ~SendPanel() override;

    // The request Send would make now, and why it cannot be made (empty when it can).
    OctopodsRequest currentRequest() const;
    QString whyNotSendable() const;
    bool isSending() const { return !m_operation.isNull(); }
    const SendResult& lastResult() const { return m_lastResult; }

    void setDefaultRegion(const QString& region);
    void setTeammate(const QString& id);
    // What the agent typed in the phone field (empty when nothing).
    QString typedPhone() const;
    // The customer's phone, as a draft remembers it (E.164), shown as people read it.
    void setDestination(const QString& phone);
    // A draft's usual customer and teammate fill the fields that are empty: what the agent typed is never
    // replaced unseen.
    void offerDraftDefaults(const QString& phone, const QString& teammateId);
    // Forgets the last send's outcome: another message is being composed. A send still under way is not
    // affected.
    void clearOutcome();

signals:
    void sent(const wa::SendResult& result);

private:
    void refresh();
    // What the endpoint in the settings takes (open_intercom_conversation, the type), and whether the
    // customer can get this type at all (an address request outside India).
    void showEndpoint();
    QString whyTheMessageCannotGo() const; // the message's or its variables' reason, not the phone's or key's
    void checkPhone(); // libphonenumber runs when the phone or the country changes, not on every keystroke
    // The number, once the agent has settled on it (picked, Enter, or a pause in typing), is the customer
    // whose variable values apply: not every number on the way to it while typing.
    void settleRecipient();
    void formatPhoneAsTyped(const QString& text);
    void loadRecentRecipients(); // from the send history, when first wanted and after each send
    void showRecentRecipients();
    void requestSend();
    void startSend();
    void showResult(const SendResult& result);
    void watchDelivery();
    void showDeliveryStatus(const QString& messageId, const wa::DeliveryStatus& status);
    void showStatusLookFailed(const QString& messageId, const wa::StatusResult& result);
    void askForApiKey();
    void copyCurl();

    VariableSession* m_variables;
    MessageDocument* m_document;
    Sender* m_sender;
    SecretStore* m_secrets;
    SendHistory* m_history;
    StatusWatcher* m_watcher;
    QString m_region;
    PhoneNumberResult m_phoneNumber;

    QLineEdit* m_phone;
    QString m_phoneTyped; // the phone's text after the last edit, to tell a moved separator from a new digit
    QToolButton* m_recent;
    QStringListModel* m_recentModel;
    QHash<QString, QString> m_recentNames; // by E.164
    bool m_recentLoaded = false;
    QLabel* m_phoneStatus;
    QTimer* m_recipientSettles;
    QLineEdit* m_teammate;
    QCheckBox* m_openConversation;
    QLabel* m_endpointWarning; // the type is not one the endpoint documents
    QLabel* m_regionWarning;   // an address request to a number outside India
    QPushButton* m_send;
    QLabel* m_why; // why Send is disabled, when the message or its variables are the reason
    QPushButton* m_cancel;
    QPushButton* m_key;
    QToolButton* m_curl;
    QProgressBar* m_busy;
    QLabel* m_outcome;
    QLabel* m_delivery; // the last accepted send's delivery status
    QToolButton* m_detailsToggle;
    QPlainTextEdit* m_details;

    QPointer<SendOperation> m_operation;
    OctopodsRequest m_lastRequest; // what was last sent, to notice a second send of the same thing
    QDateTime m_lastSentAt;
    SendResult m_lastResult;
    bool m_hasSent = false;
    bool m_sendingAnEarlierMessage = false; // the send under way was of a message replaced since
};

} // namespace wa
