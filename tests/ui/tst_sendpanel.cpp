#include "message/MessageDocument.h"
#include "message/StarterMessages.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"
#include "sending/Sender.h"
#include "sending/StatusWatcher.h"
#include "settings/SecretStore.h"
#include "storage/Database.h"
#include "support/TestHttpServer.h"
#include "variables/RecipientValues.h"
#include "variables/VariableSession.h"
#include "windows/SendPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace wa;
using test::TestHttpServer;

Q_DECLARE_METATYPE(wa::MessageType)

// The send panel driven like an agent would: type the phone, click Send, read the outcome; against a real
// HTTP server on 127.0.0.1.
class TestSendPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sendsAndSaysSo();
    void theInteractiveEndpointCanOpenTheConversation();
    void anUndocumentedTypeIsWarnedOfBeforeSending_data();
    void anUndocumentedTypeIsWarnedOfBeforeSending();
    void anAddressRequestAbroadIsWarnedOf_data();
    void anAddressRequestAbroadIsWarnedOf();
    void sendIsDisabledWithAReason();
    void doubleClickSendsOnce();
    void resendAfterAnAmbiguousFailureAsksFirst();
    void resendAsksWhileAnyEarlierSendReachedTheCustomer();
    void outcomeIsForgottenWithTheMessage();
    void staysResponsiveDuringASlowAnswer();
    void curlLeavesTheKeyOut();
    void phoneIsFormattedAsTyped();
    void recentRecipientsArePickedFromTheMenu();
    void deliveryStatusShowsUnderTheOutcome();
    void aRefusedStatusLookupSaysWhy();

private:
    template <typename T> T* child(const char* name)
    {
        return m_panel->findChild<T*>(QLatin1StringView(name));
    }
    void setKey();
    void typePhone(const QString& phone);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<MessageDocument> m_document;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OctopodsClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SendHistory> m_history;
    std::unique_ptr<RecipientValues> m_recipientValues;
    std::unique_ptr<VariableSession> m_variables;
    std::unique_ptr<Sender> m_sender;
    std::unique_ptr<StatusWatcher> m_watcher;
    std::unique_ptr<SendPanel> m_panel;
};

namespace {
const QString Key = QStringLiteral("panel-key-5d0c3a");
}

void TestSendPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_document = std::make_unique<MessageDocument>();
    m_document->setMessage(StarterMessages::starter(MessageType::Button), QStringLiteral("test"));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OctopodsClient>(m_network.get());
    OctopodsClient::Config config;
    config.baseUrl = m_server->baseUrl();
    config.timeout = std::chrono::seconds(15);
    m_client->setConfig(config);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("wa-composer-tests"));
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("drafts.sqlite")));
    m_history = std::make_unique<SendHistory>(*m_database);
    m_sender = std::make_unique<Sender>(*m_client, *m_history);
    m_recipientValues = std::make_unique<RecipientValues>(*m_database);
    m_variables = std::make_unique<VariableSession>(*m_document, m_recipientValues.get());
    m_watcher =
        std::make_unique<StatusWatcher>(*m_client, m_history.get(), [this] { return m_secrets->apiKey(); });
    StatusWatcher::Schedule later;
    later.firstLook = std::chrono::hours(1); // the tests that look at the status make it sooner
    m_watcher->setSchedule(later);
    m_panel = std::make_unique<SendPanel>(m_variables.get(), m_sender.get(), m_secrets.get(), m_history.get(),
                                          m_watcher.get());
    m_panel->setDefaultRegion(QStringLiteral("IE"));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestSendPanel::cleanup()
{
    m_panel.reset();
    m_watcher.reset();
    m_variables.reset();
    m_recipientValues.reset();
    m_sender.reset();
    m_history.reset();
    m_database.reset();
    m_secrets.reset();
    m_client.reset();
    m_network.reset();
    m_document.reset();
    m_server.reset();
    m_dir.reset();
}

void TestSendPanel::setKey()
{
    QSignalSpy saved(m_secrets.get(), &SecretStore::saved);
    m_secrets->save(Key);
    QVERIFY(saved.wait(10000));
}

void TestSendPanel::typePhone(const QString& phone)
{
    auto* field = child<QLineEdit>("sendPhone");
    field->clear();
    QTest::keyClicks(field, phone);
}

void TestSendPanel::sendsAndSaysSo()
{
    setKey();
    typePhone(QStringLiteral("083 800 0000"));
    QVERIFY(child<QLabel>("sendPhoneStatus")->text().contains(QStringLiteral("+353838000000")));
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(m_panel->isSending());
    QVERIFY(!send->isEnabled());
    QTRY_VERIFY(!m_panel->isSending());
    QVERIFY2(child<QLabel>("sendOutcome")->text().contains(QStringLiteral("accepted")),
             qPrintable(child<QLabel>("sendOutcome")->text()));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("X-Octopods-Auth"), Key.toUtf8());
    QVERIFY(m_server->requests().first().body.contains("\"destination_phone\":\"+353838000000\""));
    // Kept in the history, without the key.
    const QList<SendAttempt> attempts = m_history->recent(10);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().destinationPhone, QStringLiteral("+353838000000"));
    QCOMPARE(attempts.first().outcome, SendResult::Outcome::Accepted);
    QCOMPARE(attempts.first().messageId, QStringLiteral("msg-1"));
}

// The option is offered only where Octopods takes it, and goes in the body only when ticked.
void TestSendPanel::theInteractiveEndpointCanOpenTheConversation()
{
    setKey();
    typePhone(QStringLiteral("083 800 0000"));
    auto* open = child<QCheckBox>("sendOpenConversation");
    QVERIFY(!open->isEnabled()); // the default endpoint, messages, does not take it
    QVERIFY(open->toolTip().contains(QStringLiteral("/api/v1/whatsapp/interactive")));
    OctopodsClient::Config config = m_client->config();
    config.endpoint = SendEndpoint::Interactive;
    m_client->setConfig(config);
    QVERIFY(open->isEnabled());
    QVERIFY(!m_panel->currentRequest().openIntercomConversation);
    open->click();
    QCOMPARE(m_panel->currentRequest().openIntercomConversation, std::optional(true));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    QCOMPARE(m_server->requests().size(), 1);
    const TestHttpServer::Request& sent = m_server->requests().first();
    QCOMPARE(sent.target, QByteArray("/api/v1/whatsapp/interactive"));
    QVERIFY2(sent.body.contains("\"open_intercom_conversation\":true"), sent.body.constData());
    QCOMPARE(m_history->recent(1).first().requestPath, QStringLiteral("/api/v1/whatsapp/interactive"));
    // Back on the messages endpoint, the ticked box is not sent.
    config.endpoint = SendEndpoint::Messages;
    m_client->setConfig(config);
    QVERIFY(!open->isEnabled());
    QVERIFY(!m_panel->currentRequest().openIntercomConversation);
}

void TestSendPanel::anUndocumentedTypeIsWarnedOfBeforeSending_data()
{
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<bool>("documented");
    for (MessageType type : allMessageTypes())
        QTest::newRow(qPrintable(messageTypeName(type)))
            << type << SendEndpoints::documents(SendEndpoint::Interactive, type);
}

// The interactive endpoint documents six types; for the others the panel says so, and still sends.
void TestSendPanel::anUndocumentedTypeIsWarnedOfBeforeSending()
{
    QFETCH(MessageType, type);
    QFETCH(bool, documented);
    const bool expected = type == MessageType::Button || type == MessageType::List ||
                          type == MessageType::Product || type == MessageType::ProductList ||
                          type == MessageType::Flow || type == MessageType::Catalog;
    QCOMPARE(documented, expected);
    m_document->setMessage(StarterMessages::starter(type), QStringLiteral("test"));
    auto* warning = child<QLabel>("sendEndpointWarning");
    QVERIFY(warning->isHidden()); // the messages endpoint takes every type
    OctopodsClient::Config config = m_client->config();
    config.endpoint = SendEndpoint::Interactive;
    m_client->setConfig(config);
    QCOMPARE(warning->isVisible(), !documented);
    if (documented)
        return;
    QVERIFY(warning->text().contains(QStringLiteral("/api/v1/whatsapp/interactive")));
    QVERIFY(warning->text().contains(messageTypeName(type)));
    setKey();
    typePhone(QStringLiteral("083 800 0000"));
    QVERIFY(child<QPushButton>("sendButton")->isEnabled()); // warned of, not blocked
}

// An address request goes to India only: another country's number is warned of, not refused.
void TestSendPanel::anAddressRequestAbroadIsWarnedOf_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("warned");
    QTest::newRow("Ireland") << QStringLiteral("083 800 0000") << true;
    QTest::newRow("India") << QStringLiteral("+91 98765 43210") << false;
}

void TestSendPanel::anAddressRequestAbroadIsWarnedOf()
{
    QFETCH(QString, phone);
    QFETCH(bool, warned);
    setKey();
    m_document->setMessage(StarterMessages::starter(MessageType::Address), QStringLiteral("test"));
    typePhone(phone);
    auto* warning = child<QLabel>("sendRegionWarning");
    QCOMPARE(warning->isVisible(), warned);
    if (warned)
        QVERIFY(warning->text().contains(QStringLiteral("India")));
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    // Another type to the same number says nothing.
    m_document->setMessage(StarterMessages::starter(MessageType::Button), QStringLiteral("test"));
    QVERIFY(warning->isHidden());
}

void TestSendPanel::sendIsDisabledWithAReason()
{
    auto* send = child<QPushButton>("sendButton");
    QVERIFY(!send->isEnabled());
    QVERIFY(send->toolTip().contains(QStringLiteral("phone")));
    typePhone(QStringLiteral("12"));
    QVERIFY(!send->isEnabled());
    QVERIFY(!child<QLabel>("sendPhoneStatus")->text().isEmpty());
    typePhone(QStringLiteral("+353 83 800 0000"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->toolTip().contains(QStringLiteral("API key")), qPrintable(send->toolTip()));
    setKey();
    QVERIFY(send->isEnabled());
    m_document->edit(QStringLiteral("test"),
                     [](InteractiveMessage& message) { message.body = QString(1025, u'x'); });
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->toolTip().contains(QStringLiteral("problems")), qPrintable(send->toolTip()));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestSendPanel::doubleClickSendsOnce()
{
    setKey();
    typePhone(QStringLiteral("+353838000000"));
    auto* send = child<QPushButton>("sendButton");
    QTest::mouseDClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    // The one send has finished, so nothing of it can go out again; a second would have started with the
    // clicks, already handled.
    QCoreApplication::processEvents();
    QCOMPARE(m_server->requests().size(), 1);
}

void TestSendPanel::resendAfterAnAmbiguousFailureAsksFirst()
{
    setKey();
    typePhone(QStringLiteral("+353838000000"));
    TestHttpServer::Response hangUp;
    hangUp.ending = TestHttpServer::Response::Ending::CloseWithoutAnswer;
    m_server->enqueue(hangUp);
    auto* send = child<QPushButton>("sendButton");
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    QVERIFY(m_panel->lastResult().mayHaveBeenDelivered);
    QCOMPARE(m_server->requests().size(), 1);

    // Again: a question first, and Cancel sends nothing.
    QTest::mouseClick(send, Qt::LeftButton);
    auto* box = m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("may")));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(!m_panel->isSending()); // a send starts at once when it starts at all
    QCOMPARE(m_server->requests().size(), 1);

    // Yes sends it once more.
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend")));
    m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend"))->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_server->requests().size(), 2);
    QTRY_VERIFY(!m_panel->isSending());
    QVERIFY(m_panel->lastResult().isAccepted());
}

// Accepted, then sent again and refused (401): the customer still has the first one, so a third Send asks
// too. The question counts every send of this message to this number that reached Octopods, in the history,
// not only the last; another number is not asked about.
void TestSendPanel::resendAsksWhileAnyEarlierSendReachedTheCustomer()
{
    setKey();
    typePhone(QStringLiteral("+353838000000"));
    auto* send = child<QPushButton>("sendButton");
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    QVERIFY(m_panel->lastResult().isAccepted());

    TestHttpServer::Response refused;
    refused.status = 401;
    refused.body = R"({"error":"unauthorized"})";
    m_server->enqueue(refused);
    QTest::mouseClick(send, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend"))));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(m_server->requests().size(), 2);
    QTRY_VERIFY(!m_panel->isSending());
    QCOMPARE(m_panel->lastResult().outcome, SendResult::Outcome::Unauthorized);
    QTRY_VERIFY(!m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend")));

    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!m_panel->isSending());
    box = m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend"));
    QVERIFY2(box, "the first, accepted send is still at the customer's");
    QVERIFY(box->text().contains(QStringLiteral("already sent")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_server->requests().size(), 2);
    QTRY_VERIFY(!m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend")));

    // Another customer has not had it: no question.
    typePhone(QStringLiteral("+353838000001"));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!m_panel->findChild<QMessageBox*>(QStringLiteral("confirmResend")));
    QVERIFY(m_panel->isSending());
    QTRY_VERIFY(!m_panel->isSending());
    QCOMPARE(m_server->requests().size(), 3);
}

// The outcome of a failed send belongs to the message that was sent: once another message is composed,
// it is gone, and so is its response.
void TestSendPanel::outcomeIsForgottenWithTheMessage()
{
    setKey();
    typePhone(QStringLiteral("+353838000000"));
    TestHttpServer::Response unavailable;
    unavailable.status = 503;
    unavailable.body = R"({"error":"try later"})";
    m_server->enqueue(unavailable);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    QVERIFY(!child<QLabel>("sendOutcome")->text().isEmpty());
    QVERIFY(child<QToolButton>("sendDetailsToggle")->isVisible());

    m_panel->clearOutcome();
    QCOMPARE(child<QLabel>("sendOutcome")->text(), QString());
    QVERIFY(!child<QToolButton>("sendDetailsToggle")->isVisible());
    QVERIFY(child<QPlainTextEdit>("sendDetails")->toPlainText().isEmpty());
    QCOMPARE(m_panel->lastResult().outcome, SendResult().outcome);
}

// A 10 s answer: the event loop keeps turning (a window would keep painting and taking clicks) and Cancel
// works.
void TestSendPanel::staysResponsiveDuringASlowAnswer()
{
    setKey();
    typePhone(QStringLiteral("+353838000000"));
    TestHttpServer::Response slow;
    slow.delayMs = 10000;
    m_server->enqueue(slow);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isSending(), 14000);
    QVERIFY2(ticks >= 150, qPrintable(QString::number(ticks))); // 10 s at 50 ms, with room for a slow machine
    QVERIFY(m_panel->lastResult().isAccepted());
}

void TestSendPanel::curlLeavesTheKeyOut()
{
    setKey();
    typePhone(QStringLiteral("+353838000000"));
    QTest::mouseClick(child<QToolButton>("copyCurl"), Qt::LeftButton);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY(curl.startsWith(QStringLiteral("curl -X POST")));
    QVERIFY(curl.contains(QStringLiteral("$OCTOPODS_API_KEY")));
    QVERIFY(curl.contains(QStringLiteral("+353838000000")));
    QVERIFY(!curl.contains(Key));
}

void TestSendPanel::phoneIsFormattedAsTyped()
{
    auto* field = child<QLineEdit>("sendPhone");
    QTest::keyClicks(field, QStringLiteral("0838000000"));
    QCOMPARE(field->text(), QStringLiteral("083 800 0000"));
    QCOMPARE(field->cursorPosition(), int(field->text().size()));
    QVERIFY(child<QLabel>("sendPhoneStatus")->text().contains(QStringLiteral("+353838000000")));

    // Deleting a separator is the agent's choice: it stays deleted.
    field->setCursorPosition(4); // after "083 "
    QTest::keyClick(field, Qt::Key_Backspace);
    QCOMPARE(field->text(), QStringLiteral("083800 0000"));
    // A digit typed in the middle regroups the number, and the cursor stays after it.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("+35383800000"));
    field->setCursorPosition(4); // after "+353"
    QTest::keyClicks(field, QStringLiteral("8"));
    QCOMPARE(field->text(), QStringLiteral("+353 88 380 0000"));
    QCOMPARE(field->text().left(field->cursorPosition()), QStringLiteral("+353 8"));
}

void TestSendPanel::recentRecipientsArePickedFromTheMenu()
{
    SendAttempt older;
    older.sentAt = QDateTime::currentDateTimeUtc().addDays(-2);
    older.destinationPhone = QStringLiteral("+16502530000");
    older.payload = "{}";
    older.requestPath = QStringLiteral("/api/v1/sms/messages");
    SendAttempt newer = older;
    newer.sentAt = older.sentAt.addDays(1);
    newer.destinationPhone = QStringLiteral("+353838000000");
    QVERIFY(m_history->record(older));
    QVERIFY(m_history->record(newer));

    auto* menu = child<QToolButton>("sendRecent")->menu();
    QVERIFY(menu);
    menu->popup(m_panel->mapToGlobal(QPoint(0, 0)));
    QTRY_VERIFY(menu->isVisible());
    QStringList shown;
    for (QAction* action : menu->actions())
        shown.append(action->text());
    QCOMPARE(shown, (QStringList{QStringLiteral("+353 83 800 0000"), QStringLiteral("+1 650-253-0000")}));
    menu->actions().at(1)->trigger();
    menu->hide();
    QCOMPARE(child<QLineEdit>("sendPhone")->text(), QStringLiteral("+1 650-253-0000"));
    QVERIFY(child<QLabel>("sendPhoneStatus")->text().contains(QStringLiteral("+16502530000")));

    // A number just sent to comes first next time.
    setKey();
    typePhone(QStringLiteral("+44 7911 123456"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    menu->popup(m_panel->mapToGlobal(QPoint(0, 0)));
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("+44 7911 123456"));
    menu->hide();
}

// After an accepted send, the watcher asks Octopods how the message is doing: the panel shows each status
// under the outcome as it comes, and the history keeps it.
void TestSendPanel::deliveryStatusShowsUnderTheOutcome()
{
    StatusWatcher::Schedule soon;
    soon.firstLook = std::chrono::milliseconds(20);
    soon.longest = std::chrono::milliseconds(40);
    m_watcher->setSchedule(soon);
    TestHttpServer::Response accepted; // the send's answer: msg-1
    m_server->enqueue(accepted);
    TestHttpServer::Response sentStatus;
    sentStatus.status = 200;
    sentStatus.body = R"({"status":"SENT"})";
    m_server->enqueue(sentStatus);
    TestHttpServer::Response delivered;
    delivered.status = 200;
    const QDateTime at = QDateTime(QDate::currentDate(), QTime(10, 42)).toUTC();
    delivered.body =
        R"({"status":"DELIVERED","last_updated":")" + at.toString(Qt::ISODate).toUtf8() + R"("})";
    m_server->setDefaultResponse(delivered);
    setKey();
    typePhone(QStringLiteral("083 800 0000"));
    auto* status = child<QLabel>("sendDeliveryStatus");
    QVERIFY(status->isHidden());
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    QVERIFY(m_panel->lastResult().isAccepted());
    QVERIFY(status->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              QStringLiteral("Delivery: Delivered · ") +
                                  QLocale().toString(QTime(10, 42), QLocale::ShortFormat),
                              10000);
    QCOMPARE(m_server->requests().at(1).method, QByteArray("GET"));
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/api/v1/whatsapp/messages/msg-1"));
    QCOMPARE(m_server->requests().at(1).header("X-Octopods-Auth"), Key.toUtf8());
    const QList<SendAttempt> attempts = m_history->recent(1);
    QCOMPARE(attempts.first().deliveryStatus, QStringLiteral("DELIVERED"));
    // Only ever asked, never sent again.
    int posts = 0;
    for (const TestHttpServer::Request& request : m_server->requests())
        posts += request.method == "POST";
    QCOMPARE(posts, 1);

    // Another message: the status line was the last send's, and goes with its outcome.
    m_panel->clearOutcome();
    QVERIFY(status->isHidden());
}

void TestSendPanel::aRefusedStatusLookupSaysWhy()
{
    StatusWatcher::Schedule soon;
    soon.firstLook = std::chrono::milliseconds(20);
    soon.notFoundGrace = std::chrono::milliseconds(0); // a 404 believed at once
    m_watcher->setSchedule(soon);
    m_server->enqueue(TestHttpServer::Response{});
    TestHttpServer::Response unknown;
    unknown.status = 404;
    unknown.body = R"({"error":"Not found"})";
    m_server->setDefaultResponse(unknown);
    setKey();
    typePhone(QStringLiteral("083 800 0000"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->isSending());
    auto* status = child<QLabel>("sendDeliveryStatus");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("HTTP 404")), 10000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Delivery status unavailable")),
             qPrintable(status->text()));
    QVERIFY(!status->text().contains(Key));
    QVERIFY(!m_watcher->isWatching(QStringLiteral("msg-1")));
}

QTEST_MAIN(TestSendPanel)
#include "tst_sendpanel.moc"
