// Variables in the window, as an agent uses them: the variables panel beside the send panel, the preview and
// the JSON following each keystroke of a value, Send waiting (and saying why) until every variable is filled,
// values coming back for a customer picked again, and placeholders drawn as chips or outlined.

#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "preview/PreviewWidget.h"
#include "sending/OctopodsClient.h"
#include "sending/SendHistory.h"
#include "settings/SecretStore.h"
#include "support/GuiTestBase.h"
#include "support/TestHttpServer.h"
#include "support/TestMessages.h"
#include "variables/RecipientValues.h"
#include "windows/HistoryDialog.h"
#include "windows/MainWindow.h"
#include "json/JsonView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace wa;
using namespace Qt::StringLiterals;

namespace {

// The text the preview lays out for the body: its first paragraph.
QString previewBody(PreviewWidget* preview)
{
    const PreviewScene& scene = preview->scene();
    for (const PreviewText& text : scene.texts)
        if (!text.part->paragraphs.empty() && text.part->paragraphs.front().layout->text().startsWith(u"Hi"))
            return text.part->paragraphs.front().layout->text();
    return {};
}

bool hasColour(const QImage& image, const QColor& colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (line[x] == colour.rgb())
                return true;
    }
    return false;
}

} // namespace

class TestVariablesWindow : public test::GuiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { describeTests("tst_variables_window"); }
    void init() { QVERIFY(startServices()); }
    void cleanup() { stopServices(); }

    void panelListsTheVariablesInOrder();
    void fillingAValueUpdatesPreviewAndJsonAtOnce();
    void sendWaitsForEveryVariable();
    void valuesComeBackForACustomerPickedAgain();
    void placeholdersAreChipsAsWrittenAndOutlinedWhenUnfilled();
    void historyKeepsWhatWasSentAndReopensTheMessageAsWritten();
    void aDraftsDefaultsFillWhatIsNotTyped();

private:
    void open(MainWindow& window, const InteractiveMessage& message);
    void pickCustomer(MainWindow& window, const QString& phone);
    void giveKey(MainWindow& window);
};

void TestVariablesWindow::open(MainWindow& window, const InteractiveMessage& message)
{
    window.document()->setMessage(message, u"test"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

void TestVariablesWindow::pickCustomer(MainWindow& window, const QString& phone)
{
    auto* field = window.findChild<QLineEdit*>(u"sendPhone"_s);
    field->clear();
    QTest::keyClicks(field, phone);
    QTest::keyClick(field, Qt::Key_Return); // settles on the number at once
}

void TestVariablesWindow::giveKey(MainWindow& window)
{
    Q_UNUSED(window);
    SecretStore& secrets = m_services->secrets();
    QSignalSpy saved(&secrets, &SecretStore::saved);
    secrets.save(u"variables-window-key"_s);
    QTRY_VERIFY(saved.count() > 0);
}

void TestVariablesWindow::panelListsTheVariablesInOrder()
{
    MainWindow window(*m_services, *m_dialogs);
    InteractiveMessage message = test::withBody(u"Hi {{name|there}}, order {{order_id}} for {{name}}"_s);
    message.header = Header::fromText(u"{{shop}}"_s);
    open(window, message);
    const auto* panel = window.findChild<QWidget*>(u"variablesPanel"_s);
    QVERIFY(panel);
    QStringList shown;
    for (const QLineEdit* field : panel->findChildren<QLineEdit*>())
        shown.append(field->objectName());
    // Children come in the order they were made: the order of first use.
    QCOMPARE(shown, (QStringList{u"variable_shop"_s, u"variable_name"_s, u"variable_order_id"_s}));
    QCOMPARE(panel->findChild<QLineEdit*>(u"variable_name"_s)->placeholderText(), u"Fallback: there"_s);
    QCOMPARE(panel->findChild<QLineEdit*>(u"variable_shop"_s)->placeholderText(), u"Needed: no fallback"_s);

    // A variable written out of the message goes from the panel; the others keep what was typed.
    QTest::keyClicks(panel->findChild<QLineEdit*>(u"variable_order_id"_s), u"4521"_s);
    window.document()->setMessage(test::withBody(u"Hi {{name}}, order {{order_id}}"_s), u"test"_s);
    QVERIFY(!panel->findChild<QLineEdit*>(u"variable_shop"_s));
    QCOMPARE(panel->findChild<QLineEdit*>(u"variable_order_id"_s)->text(), u"4521"_s);
}

void TestVariablesWindow::fillingAValueUpdatesPreviewAndJsonAtOnce()
{
    MainWindow window(*m_services, *m_dialogs);
    open(window, test::withBody(u"Hi {{name}}!"_s));
    auto* asCustomer = window.findChild<QAction*>(u"actionShowFilled"_s);
    QVERIFY(asCustomer);
    auto* json = window.findChild<JsonView*>();
    QVERIFY(json->json().contains(u"Hi {{name}}!"_s)); // as written
    asCustomer->trigger();
    QVERIFY(asCustomer->isChecked());

    auto* field = window.findChild<QLineEdit*>(u"variable_name"_s);
    QTest::keyClicks(field, u"M"_s);
    // The same keystroke, no event loop in between.
    QVERIFY2(json->json().contains(u"\"Hi M!\""_s), qPrintable(json->json()));
    QCOMPARE(previewBody(window.preview()), u"Hi M!"_s);
    QTest::keyClicks(field, u"aria"_s);
    QVERIFY(json->json().contains(u"\"Hi Maria!\""_s));
    QCOMPARE(previewBody(window.preview()), u"Hi Maria!"_s);

    // Back to as written: the placeholder again, the value kept.
    asCustomer->trigger();
    QVERIFY(json->json().contains(u"Hi {{name}}!"_s));
    QCOMPARE(previewBody(window.preview()), u"Hi {{name}}!"_s);
    QCOMPARE(field->text(), u"Maria"_s);
}

void TestVariablesWindow::sendWaitsForEveryVariable()
{
    MainWindow window(*m_services, *m_dialogs);
    open(window, test::withBody(u"Hi {{name}}, order {{order}} ({{note|none}})"_s));
    giveKey(window);
    pickCustomer(window, u"+353838000000"_s);
    auto* send = window.findChild<QPushButton*>(u"sendButton"_s);
    auto* why = window.findChild<QLabel*>(u"sendWhy"_s);
    QTRY_VERIFY(window.findChild<QWidget*>(u"sendButton"_s)); // shown
    QVERIFY(!send->isEnabled());
    QVERIFY2(why->isVisible() && why->text().contains(u"{{name}}"_s) && why->text().contains(u"{{order}}"_s),
             qPrintable(why->text()));
    QVERIFY(!why->text().contains(u"{{note}}"_s)); // it has a fallback
    // The message as written has no issue, and the issues list does not call it ready to send.
    auto* issues = window.findChild<QListWidget*>(u"issueList"_s);
    QCOMPARE(issues->count(), 1);
    QCOMPARE(issues->item(0)->text(),
             u"No issues in the message as written; its variables are filled when sending."_s);
    window.document()->setMessage(test::withBody(u"Hi"_s), u"test"_s);
    QCOMPARE(issues->item(0)->text(), u"No issues: ready to send."_s);
    window.document()->undoStack()->undo();
    QCOMPARE(issues->item(0)->text(),
             u"No issues in the message as written; its variables are filled when sending."_s);
    QTest::keyClicks(window.findChild<QLineEdit*>(u"variable_name"_s), u"Maria"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(!why->text().contains(u"{{name}}"_s));
    QVERIFY(why->text().contains(u"{{order}}"_s));
    QTest::keyClicks(window.findChild<QLineEdit*>(u"variable_order"_s), u"4521"_s);
    QTRY_VERIFY2(send->isEnabled(), qPrintable(send->toolTip()));
    QVERIFY(why->isHidden());
    // Emptied again, it waits again.
    auto* order = window.findChild<QLineEdit*>(u"variable_order"_s);
    order->selectAll();
    QTest::keyClick(order, Qt::Key_Backspace);
    QVERIFY(!send->isEnabled());
}

void TestVariablesWindow::valuesComeBackForACustomerPickedAgain()
{
    const QString maria = u"+353838000000"_s;
    const QString john = u"+353838000001"_s;
    {
        MainWindow window(*m_services, *m_dialogs);
        open(window, test::withBody(u"Hi {{name}}, order {{order_id}}"_s));
        auto* name = window.findChild<QLineEdit*>(u"variable_name"_s);
        auto* order = window.findChild<QLineEdit*>(u"variable_order_id"_s);
        pickCustomer(window, maria);
        QTest::keyClicks(name, u"Maria"_s);
        QTest::keyClicks(order, u"4521"_s);
        pickCustomer(window, john);
        QCOMPARE(name->text(), QString()); // not Maria's name for John
        QTest::keyClicks(name, u"John"_s);
        pickCustomer(window, maria);
        QCOMPARE(name->text(), u"Maria"_s);
        QCOMPARE(order->text(), u"4521"_s);
        pickCustomer(window, john);
        QCOMPARE(name->text(), u"John"_s);
        QCOMPARE(order->text(), QString());
    }
    // Remembered in the library's database, for the next window, and for the recent customers' names.
    MainWindow again(*m_services, *m_dialogs);
    open(again, test::withBody(u"Dear {{name}}"_s));
    pickCustomer(again, maria);
    QCOMPARE(again.findChild<QLineEdit*>(u"variable_name"_s)->text(), u"Maria"_s);
    QCOMPARE(m_services->recipientValues().customerNames({maria, john}),
             (QHash<QString, QString>{{maria, u"Maria"_s}, {john, u"John"_s}}));
}

void TestVariablesWindow::placeholdersAreChipsAsWrittenAndOutlinedWhenUnfilled()
{
    MainWindow window(*m_services, *m_dialogs);
    open(window, test::withBody(u"Hi {{name}}!"_s));
    PreviewWidget* preview = window.preview();
    const PreviewTheme theme =
        preview->themeKind() == PreviewTheme::Kind::Dark ? PreviewTheme::dark() : PreviewTheme::light();
    QVERIFY(hasColour(preview->renderImage(1), theme.placeholderChip));
    // As the customer sees it, with no value: no chip, an outline.
    window.findChild<QAction*>(u"actionShowFilled"_s)->trigger();
    const QImage unfilled = preview->renderImage(1);
    QVERIFY(!hasColour(unfilled, theme.placeholderChip));
    QVERIFY(hasColour(unfilled, theme.placeholderOutline));
    // Filled: neither.
    QTest::keyClicks(window.findChild<QLineEdit*>(u"variable_name"_s), u"Maria"_s);
    const QImage filled = preview->renderImage(1);
    QVERIFY(!hasColour(filled, theme.placeholderChip));
    QVERIFY(!hasColour(filled, theme.placeholderOutline));
}

void TestVariablesWindow::historyKeepsWhatWasSentAndReopensTheMessageAsWritten()
{
    test::TestHttpServer server;
    QVERIFY(server.listen());
    const InteractiveMessage written = test::withBody(u"Hi {{name}}, order {{order|pending}}"_s);
    MainWindow window(*m_services, *m_dialogs);
    open(window, written);
    OctopodsClient::Config config; // after the window applied the settings' own
    config.baseUrl = server.baseUrl();
    m_services->client().setConfig(config);
    giveKey(window);
    pickCustomer(window, u"+353838000000"_s);
    QTest::keyClicks(window.findChild<QLineEdit*>(u"variable_name"_s), u"Maria"_s);
    auto* send = window.findChild<QPushButton*>(u"sendButton"_s);
    QTRY_VERIFY2(send->isEnabled(), qPrintable(send->toolTip()));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(server.requests().size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(server.requests().first().body).object();
    QCOMPARE(body[u"waba_interactive_message"_s][u"body"_s][u"text"_s].toString(),
             u"Hi Maria, order pending"_s);

    QList<SendAttempt> attempts;
    QTRY_VERIFY((attempts = m_services->history().recent(1)).size() == 1);
    QCOMPARE(attempts.first().written.payload, MessageJson::toJson(written, JsonWriter::Format::Compact));
    QCOMPARE(attempts.first().written.values, (QMap<QString, QString>{{u"name"_s, u"Maria"_s}}));

    // Another message is open; the history gives back the one with placeholders, and Maria's value.
    window.document()->setMessage(test::withBody(u"Something else"_s), u"test"_s);
    window.findChild<QLineEdit*>(u"sendPhone"_s)->clear();
    WA_TRIGGER(window, "actionHistory");
    auto* history = window.findChild<HistoryDialog*>();
    QVERIFY(history);
    history->findChild<QAbstractItemView*>(u"historyView"_s)->setCurrentIndex(history->model()->index(0, 0));
    const QString details = history->findChild<QPlainTextEdit*>(u"historyDetails"_s)->toPlainText();
    QVERIFY2(details.contains(u"Hi Maria, order pending"_s) &&
                 details.contains(u"Hi {{name}}, order {{order|pending}}"_s) &&
                 details.contains(u"{{name}} = Maria"_s),
             qPrintable(details));
    history->findChild<QPushButton*>(u"historyReopen"_s)->click();
    auto* box = waitForDialog<QMessageBox>(window, "unsavedChangesBox");
    if (box)
        box->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(window.document()->message(), written);
    QCOMPARE(window.findChild<QLineEdit*>(u"variable_name"_s)->text(), u"Maria"_s);
    QVERIFY(window.findChild<QLineEdit*>(u"variable_order"_s)->text().isEmpty()); // its fallback applied
    history->close();
}

void TestVariablesWindow::aDraftsDefaultsFillWhatIsNotTyped()
{
    Draft draft;
    draft.name = u"Order update"_s;
    draft.payload =
        MessageJson::toJson(test::withBody(u"Hi {{name}}, order {{order}}"_s), JsonWriter::Format::Compact);
    draft.variableDefaults = {{u"order"_s, u"pending"_s}};
    const std::optional<qint64> id = m_services->drafts().create(draft);
    QVERIFY(id);

    MainWindow window(*m_services, *m_dialogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.session()->open(*id);
    auto* order = window.findChild<QLineEdit*>(u"variable_order"_s);
    QVERIFY(order);
    QCOMPARE(order->placeholderText(), u"Default: pending"_s);
    QVERIFY(order->text().isEmpty()); // a default is not a value typed for this customer
    window.findChild<QAction*>(u"actionShowFilled"_s)->trigger();
    QTest::keyClicks(window.findChild<QLineEdit*>(u"variable_name"_s), u"Maria"_s);
    QCOMPARE(previewBody(window.preview()), u"Hi Maria, order pending"_s);
    giveKey(window);
    pickCustomer(window, u"+353838000000"_s);
    auto* send = window.findChild<QPushButton*>(u"sendButton"_s);
    QTRY_VERIFY2(send->isEnabled(), qPrintable(send->toolTip())); // {{order}} has its default
    // A value typed wins; emptied, the default is back.
    QTest::keyClicks(order, u"4521"_s);
    QCOMPARE(previewBody(window.preview()), u"Hi Maria, order 4521"_s);
    order->selectAll();
    QTest::keyClick(order, Qt::Key_Backspace);
    QCOMPARE(previewBody(window.preview()), u"Hi Maria, order pending"_s);
    // The defaults are the draft's: another message has none.
    window.session()->startNew(test::withBody(u"Order {{order}}"_s),
                               u"test"_s); // nothing unsaved: no question
    QTRY_COMPARE(window.findChild<QLineEdit*>(u"variable_order"_s)->placeholderText(),
                 u"Needed: no fallback"_s);
    QVERIFY(!send->isEnabled());
}

QTEST_MAIN(TestVariablesWindow)
#include "tst_variables_window.moc"
