#include "SendPanel.h"

#include "message/MessageDocument.h"
#include "sending/CurlCommand.h"
#include "sending/OctopodsClient.h"
#include "sending/PhoneNumber.h"
#include "sending/SendHistory.h"
#include "sending/Sender.h"
#include "sending/StatusWatcher.h"
#include "settings/SecretStore.h"
#include "variables/VariableSession.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace wa {

namespace {
// A pause this long in typing a valid number settles on it as the customer.
constexpr std::chrono::milliseconds RecipientSettlesAfter(700);
} // namespace

SendPanel::SendPanel(VariableSession* variables, Sender* sender, SecretStore* secrets, SendHistory* history,
                     StatusWatcher* watcher, QWidget* parent)
    : QWidget(parent), m_variables(variables), m_document(&variables->document()), m_sender(sender),
      m_secrets(secrets), m_history(history), m_watcher(watcher)
{
    setObjectName(QStringLiteral("sendPanel"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("sendPhone"));
    m_phone->setPlaceholderText(tr("Customer's phone, e.g. +353 83 800 0000"));
    m_recent = new QToolButton(this);
    m_recent->setObjectName(QStringLiteral("sendRecent"));
    m_recent->setText(tr("Recent"));
    m_recent->setToolTip(tr("The numbers sent to lately"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setMenu(new QMenu(m_recent));
    m_recentModel = new QStringListModel(this);
    auto* completer = new QCompleter(m_recentModel, m_phone);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_phone->setCompleter(completer);
    m_phoneStatus = new QLabel(this);
    m_phoneStatus->setObjectName(QStringLiteral("sendPhoneStatus"));
    m_recipientSettles = new QTimer(this);
    m_recipientSettles->setSingleShot(true);
    m_recipientSettles->setInterval(RecipientSettlesAfter);
    m_teammate = new QLineEdit(this);
    m_teammate->setObjectName(QStringLiteral("sendTeammate"));
    m_teammate->setPlaceholderText(tr("Optional Intercom teammate id"));
    m_openConversation = new QCheckBox(tr("&Open the customer's Intercom conversation"), this);
    m_openConversation->setObjectName(QStringLiteral("sendOpenConversation"));
    m_endpointWarning = new QLabel(this);
    m_endpointWarning->setObjectName(QStringLiteral("sendEndpointWarning"));
    m_endpointWarning->setWordWrap(true);
    m_endpointWarning->setTextFormat(Qt::PlainText);
    m_endpointWarning->hide();
    m_regionWarning = new QLabel(this);
    m_regionWarning->setObjectName(QStringLiteral("sendRegionWarning"));
    m_regionWarning->setWordWrap(true);
    m_regionWarning->setTextFormat(Qt::PlainText);
    m_regionWarning->hide();

    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("sendWhy"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("sendCancel"));
    m_cancel->hide();
    m_key = new QPushButton(tr("API key…"), this);
    m_key->setObjectName(QStringLiteral("sendApiKey"));
    m_curl = new QToolButton(this);
    m_curl->setObjectName(QStringLiteral("copyCurl"));
    m_curl->setText(tr("Copy as cURL"));
    m_curl->setToolTip(tr("The exact request as a cURL command; the key is left to $OCTOPODS_API_KEY"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("sendBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("sendOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delivery = new QLabel(this);
    m_delivery->setObjectName(QStringLiteral("sendDeliveryStatus"));
    m_delivery->setWordWrap(true);
    m_delivery->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delivery->hide();
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("sendDetailsToggle"));
    m_detailsToggle->setText(tr("Response"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->hide();
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("sendDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->hide();

    auto* form = new QFormLayout;
    auto* phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone, 1);
    phoneRow->addWidget(m_recent);
    auto* phoneLabel = new QLabel(tr("&To"), this);
    phoneLabel->setBuddy(m_phone);
    form->addRow(phoneLabel, phoneRow);
    form->addRow(QString(), m_phoneStatus);
    form->addRow(tr("T&eammate"), m_teammate);
    form->addRow(QString(), m_openConversation);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_curl);
    buttons->addWidget(m_key);
    auto* outcome = new QHBoxLayout;
    outcome->addWidget(m_outcome, 1);
    outcome->addWidget(m_detailsToggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_why);
    layout->addWidget(m_endpointWarning);
    layout->addWidget(m_regionWarning);
    layout->addWidget(m_busy);
    layout->addLayout(outcome);
    layout->addWidget(m_delivery);
    layout->addWidget(m_details);

    connect(m_phone, &QLineEdit::textChanged, this, &SendPanel::checkPhone);
    connect(m_phone, &QLineEdit::textEdited, this, &SendPanel::formatPhoneAsTyped);
    connect(m_recent->menu(), &QMenu::aboutToShow, this, &SendPanel::showRecentRecipients);
    connect(m_teammate, &QLineEdit::textChanged, this, &SendPanel::refresh);
    connect(m_openConversation, &QCheckBox::toggled, this, &SendPanel::refresh);
    connect(&m_sender->client(), &OctopodsClient::endpointChanged, this, &SendPanel::refresh);
    connect(m_variables, &VariableSession::changed, this, &SendPanel::refresh);
    connect(m_recipientSettles, &QTimer::timeout, this, &SendPanel::settleRecipient);
    connect(m_phone, &QLineEdit::editingFinished, this, &SendPanel::settleRecipient);
    connect(m_secrets, &SecretStore::loaded, this, &SendPanel::refresh);
    connect(m_secrets, &SecretStore::saved, this, &SendPanel::refresh);
    connect(m_send, &QPushButton::clicked, this, &SendPanel::requestSend);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_key, &QPushButton::clicked, this, &SendPanel::askForApiKey);
    connect(m_curl, &QToolButton::clicked, this, &SendPanel::copyCurl);
    connect(m_detailsToggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    if (m_watcher) {
        connect(m_watcher, &StatusWatcher::statusChanged, this, &SendPanel::showDeliveryStatus);
        connect(m_watcher, &StatusWatcher::lookFailed, this, &SendPanel::showStatusLookFailed);
    }
    checkPhone();
}

SendPanel::~SendPanel()
{
    // The phone field loses its focus as it goes, and says "editing finished" to a panel already half gone.
    m_phone->disconnect(this);
}

void SendPanel::setDefaultRegion(const QString& region)
{
    m_region = region;
    checkPhone();
}

void SendPanel::checkPhone()
{
    const QString phoneText = m_phone->text().trimmed();
    m_phoneNumber = PhoneNumber::normalize(phoneText, m_region);
    m_phoneStatus->setVisible(!phoneText.isEmpty());
    m_phoneStatus->setText(phoneText.isEmpty()       ? QString()
                           : m_phoneNumber.isValid() ? tr("Sends to %1").arg(m_phoneNumber.e164)
                                                     : m_phoneNumber.error);
    if (m_phoneNumber.isValid())
        m_recipientSettles->start();
    else
        m_recipientSettles->stop();
    refresh();
}

void SendPanel::settleRecipient()
{
    m_recipientSettles->stop();
    if (m_phoneNumber.isValid())
        m_variables->setRecipient(m_phoneNumber.e164);
}

void SendPanel::formatPhoneAsTyped(const QString& text)
{
    // The history is read when the agent starts on a number, not while the window opens.
    loadRecentRecipients();
    const auto dialable = [](const QString& phone) {
        QString kept;
        for (const QChar c : phone)
            if (c.isDigit() || c == u'+')
                kept.append(c);
        return kept;
    };
    // A separator typed or deleted on its own is the agent's choice; reformatting would undo it.
    if (dialable(text) != dialable(m_phoneTyped)) {
        const PhoneNumber::Typed typed =
            PhoneNumber::formatAsTyped(text, m_phone->cursorPosition(), m_region);
        if (typed.text != text) {
            m_phone->setText(typed.text);
            m_phone->setCursorPosition(typed.cursor);
        }
    }
    m_phoneTyped = m_phone->text();
}

void SendPanel::loadRecentRecipients()
{
    if (m_recentLoaded || !m_history)
        return;
    m_recentLoaded = true;
    QString error;
    const QStringList phones = m_history->recentRecipients(20, &error);
    if (!error.isEmpty())
        qWarning("send history: %s", qPrintable(error)); // the panel works without its recents
    QStringList shown;
    for (const QString& phone : phones)
        shown.append(PhoneNumber::international(phone));
    m_recentModel->setStringList(shown);
    m_recentNames = m_variables->customerNames(phones);
}

void SendPanel::showRecentRecipients()
{
    loadRecentRecipients();
    QMenu* menu = m_recent->menu();
    menu->clear();
    const QStringList phones = m_recentModel->stringList();
    if (phones.isEmpty())
        menu->addAction(tr("No messages sent yet"))->setEnabled(false);
    for (const QString& phone : phones) {
        // The customer's name, as their variables remember it, beside the number.
        const QString name = m_recentNames.value(PhoneNumber::normalize(phone).e164);
        const QString label = name.isEmpty() ? phone : tr("%1 — %2").arg(phone, name);
        menu->addAction(label, this, [this, phone] {
            m_phone->setText(phone);
            m_phoneTyped = phone;
            m_phone->setFocus();
            settleRecipient();
        });
    }
}

QString SendPanel::typedPhone() const
{
    return m_phone->text().trimmed();
}

void SendPanel::setDestination(const QString& phone)
{
    const QString shown = PhoneNumber::international(phone);
    m_phone->setText(shown);
    m_phoneTyped = shown;
    settleRecipient();
}

void SendPanel::setTeammate(const QString& id)
{
    m_teammate->setText(id);
}

OctopodsRequest SendPanel::currentRequest() const
{
    OctopodsRequest request;
    request.message = m_variables->filled().message;
    request.destinationPhone = m_phoneNumber.e164;
    request.intercomTeammateId = m_teammate->text().trimmed();
    if (m_openConversation->isEnabled() && m_openConversation->isChecked())
        request.openIntercomConversation = true; // unticked, the field is left out: Octopods' default
    return request;
}

QString SendPanel::whyNotSendable() const
{
    if (isSending())
        return tr("Sending…");
    if (const QString why = whyTheMessageCannotGo(); !why.isEmpty())
        return why;
    if (m_phone->text().trimmed().isEmpty())
        return tr("Enter the customer's phone number.");
    if (!m_phoneNumber.isValid())
        return m_phoneNumber.error;
    if (!m_secrets->hasApiKey())
        return tr("Set the channel's Octopods API key first (API key…).");
    return {};
}

QString SendPanel::whyTheMessageCannotGo() const
{
    if (const QString missing = m_variables->whatIsMissing(); !missing.isEmpty())
        return missing;
    if (Validator::hasErrors(m_variables->issues()))
        return m_variables->filled().hasVariables()
                   ? tr("The message has problems once filled: see the issues list.")
                   : tr("The message has problems: see the issues list.");
    return {};
}

void SendPanel::refresh()
{
    const QString why = whyNotSendable();
    m_send->setEnabled(why.isEmpty());
    // The phone's line says what is wrong with the number; what stops the message is said here.
    m_why->setText(isSending() ? QString() : whyTheMessageCannotGo());
    m_why->setVisible(!m_why->text().isEmpty());
    m_send->setToolTip(why.isEmpty() ? tr("Send the message to %1").arg(m_phoneNumber.e164) : why);
    showEndpoint();
    m_key->setText(m_secrets->hasApiKey() ? tr("API key ✓") : tr("API key…"));
    m_key->setToolTip(m_secrets->isSessionOnly()
                          ? tr("No keychain is available: the key is kept for this session only (%1)")
                                .arg(m_secrets->problem())
                          : tr("The key is kept in the system keychain"));
}

void SendPanel::showEndpoint()
{
    const SendEndpoint endpoint = m_sender->client().config().endpoint;
    const bool takesIt = SendEndpoints::takesOpenConversation(endpoint);
    m_openConversation->setEnabled(takesIt);
    m_openConversation->setToolTip(
        takesIt ? tr("Octopods opens the customer's conversation in Intercom once the message is sent")
                : tr("Only Octopods' %1 endpoint takes this: pick it in Settings.")
                      .arg(SendEndpoints::label(SendEndpoint::Interactive)));
    // Warned of while composing, before Send: the endpoint may refuse what it does not document.
    m_endpointWarning->setText(
        SendEndpoints::undocumentedTypeWarning(endpoint, m_document->message().type()));
    m_endpointWarning->setVisible(!m_endpointWarning->text().isEmpty());
    // An address request reaches customers in India only (+91, a calling code no other country shares).
    const bool addressAbroad = m_document->message().type() == MessageType::Address &&
                               m_phoneNumber.isValid() &&
                               !m_phoneNumber.e164.startsWith(QStringLiteral("+91"));
    m_regionWarning->setText(addressAbroad
                                 ? tr("Address messages reach customers in India only: %1 is not an Indian "
                                      "number. WhatsApp may not deliver it.")
                                       .arg(m_phoneNumber.e164)
                                 : QString());
    m_regionWarning->setVisible(addressAbroad);
}

void SendPanel::requestSend()
{
    if (isSending() || !whyNotSendable().isEmpty())
        return; // a second click while sending sends nothing
    const OctopodsRequest request = currentRequest();
    const bool same = m_hasSent && request == m_lastRequest;
    const bool lastReached = same && (m_lastResult.isAccepted() || m_lastResult.mayHaveBeenDelivered);
    // Every earlier send counts, not only the last: accepted, then refused, is still at the customer's.
    const int earlier = m_history ? m_history->deliveredBefore(request) : 0;
    if (lastReached || earlier > 0) {
        QString why;
        if (same && m_lastResult.mayHaveBeenDelivered)
            why = tr("The last send of this message may have reached %1: %2")
                      .arg(request.destinationPhone, m_lastResult.summary());
        else if (earlier > 1)
            why = tr("This message was already sent to %1 (%n times, or may have been).", nullptr, earlier)
                      .arg(request.destinationPhone);
        else
            why = tr("This message was already sent to %1.").arg(request.destinationPhone);
        auto* box = new QMessageBox(QMessageBox::Question, tr("Send again?"),
                                    why + u'\n' + tr("Send it again? The customer may get it twice."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("confirmResend"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int button) {
            if (button == QMessageBox::Yes)
                startSend();
        });
        box->open();
        return;
    }
    startSend();
}

void SendPanel::startSend()
{
    if (isSending() || !whyNotSendable().isEmpty())
        return;
    m_lastRequest = currentRequest();
    m_lastSentAt = QDateTime::currentDateTimeUtc();
    m_hasSent = true;
    settleRecipient();
    m_variables->remember(); // the values this customer was sent
    // The sender records the attempt in the history before this hears of it.
    SendOperation* operation =
        m_sender->send(m_lastRequest, m_secrets->apiKey(), m_variables->sendTemplate());
    m_operation = operation;
    connect(operation, &SendOperation::finished, this, [this, operation](const SendResult& result) {
        m_recentLoaded = false; // the number just used comes first next time
        operation->deleteLater();
        m_operation.clear();
        showResult(result);
    });
    m_busy->show();
    m_cancel->show();
    m_outcome->setText(tr("Sending to %1…").arg(m_lastRequest.destinationPhone));
    m_delivery->hide();
    m_detailsToggle->hide();
    m_details->hide();
    refresh();
}

void SendPanel::showResult(const SendResult& result)
{
    m_lastResult = result;
    m_busy->hide();
    m_cancel->hide();
    m_outcome->setText(
        std::exchange(m_sendingAnEarlierMessage, false)
            ? tr("The message sent earlier to %1: %2").arg(m_lastRequest.destinationPhone, result.summary())
            : result.summary());
    QString details = result.httpStatus ? tr("HTTP %1").arg(result.httpStatus) : result.networkError;
    if (!result.body.isEmpty())
        details +=
            u'\n' + QString::fromUtf8(result.body) + (result.bodyTruncated ? QStringLiteral("…") : QString());
    m_details->setPlainText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_details->setVisible(m_detailsToggle->isChecked() && !details.isEmpty());
    watchDelivery();
    refresh();
    emit sent(result);
}

void SendPanel::watchDelivery()
{
    if (!m_watcher || !m_lastResult.isAccepted() || m_lastResult.messageId.isEmpty())
        return;
    m_watcher->watch(m_lastResult.messageId, m_lastSentAt);
    m_delivery->setText(tr("Delivery: not reported yet; Octopods is asked in a moment."));
    m_delivery->setToolTip(QString());
    m_delivery->show();
}

void SendPanel::showDeliveryStatus(const QString& messageId, const DeliveryStatus& status)
{
    if (messageId.isEmpty() || messageId != m_lastResult.messageId)
        return;
    // The time the history keeps too: Octopods' own, else when the status was seen.
    const QDateTime at = status.lastUpdated.isValid() ? status.lastUpdated : QDateTime::currentDateTimeUtc();
    m_delivery->setText(tr("Delivery: %1").arg(DeliveryStatus::shortText(status.name, at)));
    m_delivery->setToolTip(tr("Octopods reports %1 as of %2")
                               .arg(status.name, QLocale().toString(at.toLocalTime(), QLocale::LongFormat)));
    m_delivery->show();
}

void SendPanel::showStatusLookFailed(const QString& messageId, const StatusResult& result)
{
    if (messageId.isEmpty() || messageId != m_lastResult.messageId)
        return;
    // A status already shown stays (the next look may well succeed); why this look failed is a tooltip.
    if (m_watcher->lastKnown(messageId) && !result.isRefused()) {
        m_delivery->setToolTip(tr("The last look failed: %1").arg(result.summary()));
        return;
    }
    m_delivery->setText(
        result.isRefused()
            ? tr("Delivery status unavailable: %1").arg(result.summary())
            : tr("Delivery: not known yet. %1 Octopods is asked again later.").arg(result.summary()));
    m_delivery->show();
}

void SendPanel::offerDraftDefaults(const QString& phone, const QString& teammateId)
{
    if (!phone.isEmpty() && typedPhone().isEmpty())
        setDestination(phone);
    if (!teammateId.isEmpty() && m_teammate->text().trimmed().isEmpty())
        setTeammate(teammateId);
}

void SendPanel::clearOutcome()
{
    if (isSending()) {
        // Its answer still matters (the customer may get it), but it must not read as this message's.
        m_sendingAnEarlierMessage = true;
        return;
    }
    m_lastResult = SendResult();
    m_hasSent = false;
    m_outcome->clear();
    m_delivery->clear();
    m_delivery->hide();
    m_details->clear();
    m_detailsToggle->hide();
    m_details->hide();
}

void SendPanel::askForApiKey()
{
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("Octopods API key"), tr("The channel's WhatsApp Business API key, as Octopods gives it:"),
        QLineEdit::Password, QString(), &ok);
    if (ok && !key.trimmed().isEmpty())
        m_secrets->save(key);
}

void SendPanel::copyCurl()
{
    QGuiApplication::clipboard()->setText(
        CurlCommand::forRequest(m_sender->client().config(), currentRequest()));
}

} // namespace wa
