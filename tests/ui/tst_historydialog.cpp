#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"
#include "sending/StatusWatcher.h"
#include "storage/Database.h"
#include "support/TestHttpServer.h"
#include "windows/HistoryDialog.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace wa;
using Outcome = SendResult::Outcome;

// The history dialog over a real SQLite file: rows newest first in plain words, the details of the selected
// send, and its message handed back to the composer.
class TestHistoryDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void outcomeInPlainWords_data();
    void outcomeInPlainWords();
    void listsNewestFirst();
    void selectingShowsTheDetails();
    void openInComposerHandsBackTheMessage();
    void doubleClickHandsBackTheMessage();
    void unparseablePayloadWarns_data();
    void unparseablePayloadWarns();
    void emptyHistoryHasNoRows();
    void notADatabaseSaysSo();
    void refreshReadsNewSends();
    void statusColumnFollowsTheWatcher();

private:
    template <typename T> T* child(const char* name)
    {
        return m_dialog->findChild<T*>(QLatin1StringView(name));
    }
    void record(const SendAttempt& attempt);
    void openDialog(StatusWatcher* watcher = nullptr);
    void clickRow(int row);
    void doubleClickRow(int row);
    QString cell(int row, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SendHistory> m_history;
    std::unique_ptr<HistoryDialog> m_dialog;
};

Q_DECLARE_METATYPE(wa::SendResult::Outcome)

namespace {

const QDateTime Base(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);

SendAttempt attempt(MessageType type, const QString& phone, const QDateTime& when, Outcome outcome)
{
    SendAttempt attempt;
    attempt.sentAt = when;
    attempt.destinationPhone = phone;
    attempt.payload = MessageJson::toJson(StarterMessages::starter(type), JsonWriter::Format::Compact);
    attempt.requestPath = QStringLiteral("/api/v1/whatsapp/interactive");
    attempt.outcome = outcome;
    return attempt;
}

// Three sends, recorded out of order: the list (newest) was accepted, the buttons timed out and may have
// arrived, the link (oldest) was rejected.
QList<SendAttempt> threeSends()
{
    SendAttempt rejected =
        attempt(MessageType::CtaUrl, QStringLiteral("+353838000001"), Base, Outcome::Rejected);
    rejected.httpStatus = 422;
    rejected.errorCode = QStringLiteral("PHONE_INVALID");
    rejected.responseExcerpt = QStringLiteral(R"({"error_code":"PHONE_INVALID","error":"bad phone"})");
    rejected.teammateId = QStringLiteral("teammate-42");
    SendAttempt accepted =
        attempt(MessageType::List, QStringLiteral("+353838000003"), Base.addSecs(7200), Outcome::Accepted);
    accepted.httpStatus = 200;
    accepted.messageId = QStringLiteral("msg-77");
    SendAttempt timedOut =
        attempt(MessageType::Button, QStringLiteral("+353838000002"), Base.addSecs(3600), Outcome::Timeout);
    timedOut.mayHaveBeenDelivered = true;
    return {rejected, accepted, timedOut};
}

} // namespace

void TestHistoryDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("drafts.sqlite")));
    m_history = std::make_unique<SendHistory>(*m_database);
}

void TestHistoryDialog::cleanup()
{
    m_dialog.reset();
    m_history.reset();
    m_database.reset();
    m_dir.reset();
}

void TestHistoryDialog::record(const SendAttempt& attempt)
{
    QString error;
    QVERIFY2(m_history->record(attempt, &error), qPrintable(error));
}

void TestHistoryDialog::openDialog(StatusWatcher* watcher)
{
    m_dialog = std::make_unique<HistoryDialog>(*m_history, watcher);
    QCOMPARE(m_dialog->objectName(), QStringLiteral("historyDialog"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestHistoryDialog::clickRow(int row)
{
    auto* view = child<QTreeView>("historyView");
    const QRect rect = view->visualRect(view->model()->index(row, HistoryModel::DestinationColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// Qt 6's QTest::mouseDClick sends the double-click event alone; a real one comes after a press and release.
void TestHistoryDialog::doubleClickRow(int row)
{
    auto* view = child<QTreeView>("historyView");
    const QPoint point = view->visualRect(view->model()->index(row, HistoryModel::OutcomeColumn)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, point);
}

QString TestHistoryDialog::cell(int row, int column) const
{
    return m_dialog->model()->index(row, column).data().toString();
}

void TestHistoryDialog::outcomeInPlainWords_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("mayHaveArrived");
    QTest::addColumn<QString>("words");
    QTest::newRow("accepted") << Outcome::Accepted << false << QStringLiteral("Sent");
    QTest::newRow("accepted, flagged") << Outcome::Accepted << true << QStringLiteral("Sent");
    QTest::newRow("rejected") << Outcome::Rejected << false << QStringLiteral("Rejected");
    QTest::newRow("unauthorized") << Outcome::Unauthorized << false << QStringLiteral("Unauthorized");
    QTest::newRow("not enabled") << Outcome::NotEnabled << false << QStringLiteral("Not enabled");
    QTest::newRow("rate-limited") << Outcome::RateLimited << false << QStringLiteral("Rate-limited");
    QTest::newRow("server error") << Outcome::ServerError << true
                                  << QStringLiteral("Server error (may have arrived)");
    QTest::newRow("network error") << Outcome::NetworkError << false << QStringLiteral("Network error");
    QTest::newRow("network error, flagged")
        << Outcome::NetworkError << true << QStringLiteral("Network error (may have arrived)");
    QTest::newRow("timeout") << Outcome::Timeout << true << QStringLiteral("Timed out (may have arrived)");
    QTest::newRow("cancelled") << Outcome::Cancelled << false << QStringLiteral("Cancelled");
    QTest::newRow("not sent") << Outcome::NotSent << false << QStringLiteral("Not sent");
}

void TestHistoryDialog::outcomeInPlainWords()
{
    QFETCH(Outcome, outcome);
    QFETCH(bool, mayHaveArrived);
    QFETCH(QString, words);
    SendAttempt sent = attempt(MessageType::Button, QStringLiteral("+353838000000"), Base, outcome);
    sent.mayHaveBeenDelivered = mayHaveArrived;
    record(sent);
    openDialog();
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    QCOMPARE(cell(0, HistoryModel::OutcomeColumn), words);
}

void TestHistoryDialog::listsNewestFirst()
{
    for (const SendAttempt& sent : threeSends())
        record(sent);
    openDialog();
    QVERIFY(child<QLabel>("historyError")->isHidden());
    HistoryModel* model = m_dialog->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(child<QTreeView>("historyView")->model(), model);

    const QLocale locale;
    QCOMPARE(cell(0, HistoryModel::TimeColumn),
             locale.toString(Base.addSecs(7200).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(0, HistoryModel::DestinationColumn), QStringLiteral("+353838000003"));
    QCOMPARE(cell(0, HistoryModel::OutcomeColumn), QStringLiteral("Sent"));
    QCOMPARE(cell(0, HistoryModel::HttpStatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(0, HistoryModel::ReferenceColumn), QStringLiteral("msg-77"));

    QCOMPARE(cell(1, HistoryModel::TimeColumn),
             locale.toString(Base.addSecs(3600).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(1, HistoryModel::DestinationColumn), QStringLiteral("+353838000002"));
    QCOMPARE(cell(1, HistoryModel::OutcomeColumn), QStringLiteral("Timed out (may have arrived)"));
    QCOMPARE(cell(1, HistoryModel::HttpStatusColumn), QString()); // no answer came
    QCOMPARE(cell(1, HistoryModel::ReferenceColumn), QString());

    QCOMPARE(cell(2, HistoryModel::TimeColumn), locale.toString(Base.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(2, HistoryModel::DestinationColumn), QStringLiteral("+353838000001"));
    QCOMPARE(cell(2, HistoryModel::OutcomeColumn), QStringLiteral("Rejected"));
    QCOMPARE(cell(2, HistoryModel::HttpStatusColumn), QStringLiteral("422"));
    QCOMPARE(cell(2, HistoryModel::ReferenceColumn), QStringLiteral("PHONE_INVALID"));
    // Octopods' error name, in words, where the agent points at it.
    const QModelIndex reference = m_dialog->model()->index(2, HistoryModel::ReferenceColumn);
    QVERIFY(reference.data(Qt::ToolTipRole).toString().contains(QStringLiteral("phone number")));
}

void TestHistoryDialog::selectingShowsTheDetails()
{
    for (const SendAttempt& sent : threeSends())
        record(sent);
    openDialog();
    auto* details = child<QPlainTextEdit>("historyDetails");
    QVERIFY(details->isReadOnly());
    QVERIFY(details->toPlainText().isEmpty());
    auto* reopen = child<QPushButton>("historyReopen");
    QVERIFY(!reopen->isEnabled());

    clickRow(2);
    QVERIFY(reopen->isEnabled());
    const QString text = details->toPlainText();
    const QString payload = QString::fromUtf8(
        MessageJson::toJson(StarterMessages::starter(MessageType::CtaUrl), JsonWriter::Format::Indented));
    QVERIFY2(text.contains(payload.trimmed()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("teammate-42")));
    QVERIFY(text.contains(QStringLiteral("/api/v1/whatsapp/interactive")));
    QVERIFY(text.contains(QStringLiteral("bad phone")));
    QVERIFY2(
        text.contains(QStringLiteral("Octopods' error: PHONE_INVALID: Octopods did not accept the customer's "
                                     "phone number")),
        qPrintable(text));

    clickRow(0);
    QVERIFY(details->toPlainText().contains(
        QString::fromUtf8(MessageJson::toJson(StarterMessages::starter(MessageType::List))).trimmed()));
    QVERIFY(!details->toPlainText().contains(QStringLiteral("teammate-42")));
}

void TestHistoryDialog::openInComposerHandsBackTheMessage()
{
    for (const SendAttempt& sent : threeSends())
        record(sent);
    openDialog();
    QSignalSpy reopened(m_dialog.get(), &HistoryDialog::reopenRequested);
    auto* reopen = child<QPushButton>("historyReopen");
    QTest::mouseClick(reopen, Qt::LeftButton); // disabled: nothing selected
    QCOMPARE(reopened.size(), 0);

    clickRow(1);
    QTest::mouseClick(reopen, Qt::LeftButton);
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().first().value<InteractiveMessage>(),
             StarterMessages::starter(MessageType::Button));
    QVERIFY(child<QLabel>("historyWarning")->isHidden());
}

void TestHistoryDialog::doubleClickHandsBackTheMessage()
{
    for (const SendAttempt& sent : threeSends())
        record(sent);
    openDialog();
    QSignalSpy reopened(m_dialog.get(), &HistoryDialog::reopenRequested);
    doubleClickRow(0);
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().first().value<InteractiveMessage>(),
             StarterMessages::starter(MessageType::List));
}

void TestHistoryDialog::unparseablePayloadWarns_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not JSON") << QByteArray("{\"type\": \"button\",");
    QTest::newRow("not a message") << QByteArray(R"({"type":"carousel"})");
    QTest::newRow("empty") << QByteArray();
}

void TestHistoryDialog::unparseablePayloadWarns()
{
    QFETCH(QByteArray, payload);
    SendAttempt broken =
        attempt(MessageType::Button, QStringLiteral("+353838000000"), Base, Outcome::NotSent);
    broken.payload = payload;
    record(broken);
    openDialog();
    QSignalSpy reopened(m_dialog.get(), &HistoryDialog::reopenRequested);
    auto* warning = child<QLabel>("historyWarning");
    QVERIFY(warning->isHidden());

    clickRow(0);
    QTest::mouseClick(child<QPushButton>("historyReopen"), Qt::LeftButton);
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("cannot be opened")), qPrintable(warning->text()));

    QTest::mouseClick(child<QPushButton>("historyRefresh"), Qt::LeftButton);
    QVERIFY(warning->isHidden());
    doubleClickRow(0);
    QVERIFY(!warning->isHidden());
    QCOMPARE(reopened.size(), 0);
}

void TestHistoryDialog::emptyHistoryHasNoRows()
{
    openDialog();
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("historyError")->isHidden());
    QVERIFY(!child<QPushButton>("historyReopen")->isEnabled());
    QVERIFY(child<QPlainTextEdit>("historyDetails")->toPlainText().isEmpty());
}

void TestHistoryDialog::notADatabaseSaysSo()
{
    const QString path = m_dir->filePath(QStringLiteral("not-a-database.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("This is a text file, not SQLite.\n").repeated(200));
    }
    m_history.reset();
    m_database = std::make_unique<Database>(path);
    m_history = std::make_unique<SendHistory>(*m_database);
    openDialog();
    auto* error = child<QLabel>("historyError");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("not-a-database.sqlite")), qPrintable(error->text()));
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>("historyRefresh"), Qt::LeftButton); // again: still no crash
    QVERIFY(!error->isHidden());
}

void TestHistoryDialog::refreshReadsNewSends()
{
    const QList<SendAttempt> sends = threeSends();
    record(sends.at(0));
    openDialog();
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    clickRow(0);
    record(sends.at(1));
    record(sends.at(2));
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>("historyRefresh"), Qt::LeftButton);
    QCOMPARE(m_dialog->model()->rowCount(), 3);
    // The selected send stays selected, now at the bottom.
    QSignalSpy reopened(m_dialog.get(), &HistoryDialog::reopenRequested);
    QTest::mouseClick(child<QPushButton>("historyReopen"), Qt::LeftButton);
    QCOMPARE(reopened.size(), 1);
    QCOMPARE(reopened.first().first().value<InteractiveMessage>(),
             StarterMessages::starter(MessageType::CtaUrl));
}

// The window's watcher asks Octopods (here a real server on 127.0.0.1) about the accepted send: once the
// server says DELIVERED, the open dialog shows it in the send's row, with its time, and keeps it.
void TestHistoryDialog::statusColumnFollowsTheWatcher()
{
    test::TestHttpServer server;
    QVERIFY(server.listen());
    test::TestHttpServer::Response sent;
    sent.status = 200;
    sent.body = R"({"status":"SENT","last_updated":"2024-05-01T10:00:05Z"})";
    server.enqueue(sent);
    test::TestHttpServer::Response delivered;
    delivered.status = 200;
    delivered.body = R"({"status":"DELIVERED","last_updated":"2024-05-01T10:42:00Z"})";
    server.setDefaultResponse(delivered);
    QNetworkAccessManager network;
    OctopodsClient client(&network);
    OctopodsClient::Config config;
    config.baseUrl = server.baseUrl();
    client.setConfig(config);
    StatusWatcher watcher(client, m_history.get(), [] { return QStringLiteral("history-key-31aa09"); });
    StatusWatcher::Schedule schedule;
    schedule.firstLook = std::chrono::milliseconds(20);
    schedule.longest = std::chrono::milliseconds(40);
    watcher.setSchedule(schedule);
    // Sent a moment ago by the watcher's clock (the row itself says 1 May), still worth watching.
    watcher.setClock([] { return Base.addSecs(60); });

    for (const SendAttempt& send : threeSends())
        record(send);
    openDialog(&watcher);
    clickRow(0);
    QCOMPARE(cell(0, HistoryModel::ReferenceColumn), QStringLiteral("msg-77"));
    QCOMPARE(cell(0, HistoryModel::DeliveryColumn), QString()); // nothing known yet
    QCOMPARE(m_dialog->model()->headerData(HistoryModel::DeliveryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));

    watcher.watch(QStringLiteral("msg-77"), Base);
    const QDateTime at(QDate(2024, 5, 1), QTime(10, 42), Qt::UTC);
    const QString expected =
        QStringLiteral("Delivered · ") + QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, HistoryModel::DeliveryColumn), expected, 10000);
    QVERIFY(server.requests().size() >= 2); // SENT first, then DELIVERED
    QVERIFY2(m_dialog->model()
                 ->index(0, HistoryModel::DeliveryColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("DELIVERED")),
             "tooltip");
    // The other rows have no status; the selected send stays selected and its details say it.
    QCOMPARE(cell(1, HistoryModel::DeliveryColumn), QString());
    QCOMPARE(cell(2, HistoryModel::DeliveryColumn), QString());
    QVERIFY2(child<QPlainTextEdit>("historyDetails")
                 ->toPlainText()
                 .contains(QStringLiteral("Delivery status: Delivered")),
             qPrintable(child<QPlainTextEdit>("historyDetails")->toPlainText()));
    // Kept in the history: a dialog opened later shows it too.
    m_dialog.reset();
    openDialog();
    QCOMPARE(cell(0, HistoryModel::DeliveryColumn), expected);
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
