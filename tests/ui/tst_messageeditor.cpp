#include "editor/MessageEditor.h"
#include "editor/TextField.h"
#include "message/MessageDocument.h"

#include <QComboBox>
#include <QDropEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace wa;

namespace {
template <typename T> T* find(QWidget& root, const QString& name)
{
    auto* widget = root.findChild<T*>(name);
    if (!widget)
        qWarning("no %s", qPrintable(name));
    return widget;
}
} // namespace

class TestMessageEditor : public QObject
{
    Q_OBJECT
private slots:
    void typingEditsTheDocumentAsOneStep();
    void counterTurnsPastTheLimit();
    void fourthButtonCannotBeAddedAndSaysWhy();
    void issueIsMarkedAndListed();
    void typeSwitchSaysWhatItDropped();
    void simpleActionsEditTheirFields();
    void listRowsAreAddedMovedAndLimited();
    void eleventhRowIsFlaggedInFieldAndList();
    void rowsAreDraggedAcrossSections();
    void flowEditorTakesOnlyCompleteData();
    void productListTakesOneIdPerLine();
};

void TestMessageEditor::typingEditsTheDocumentAsOneStep()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* body = find<QPlainTextEdit>(editor, QStringLiteral("body.text"));
    QVERIFY(body);
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Hello *there*"));
    QCOMPARE(document.message().body, std::optional(QStringLiteral("Hello *there*")));
    QCOMPARE(document.undoStack()->count(), 1);

    auto* footer = find<QLineEdit>(editor, QStringLiteral("footer.text"));
    QTest::keyClicks(footer, QStringLiteral("Reply STOP to opt out"));
    QCOMPARE(document.message().footer, std::optional(QStringLiteral("Reply STOP to opt out")));
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    QCOMPARE(footer->text(), QString()); // the form redraws from the document
    QVERIFY(!document.message().footer);
}

void TestMessageEditor::counterTurnsPastTheLimit()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    auto* footer = find<QLineEdit>(editor, QStringLiteral("footer.text"));
    auto* counter = find<QLabel>(editor, QStringLiteral("footer.text.counter"));
    QTest::keyClicks(footer, QString(60, u'a'));
    QCOMPARE(counter->text(), QStringLiteral("60/60"));
    const QColor within = counter->palette().color(QPalette::WindowText);
    QTest::keyClicks(footer, QStringLiteral("a"));
    QCOMPARE(counter->text(), QStringLiteral("61/60"));
    QVERIFY(counter->palette().color(QPalette::WindowText) != within);
    QCOMPARE(footer->property("issue").toString(), QStringLiteral("too-long"));
    QVERIFY(footer->toolTip().contains(QStringLiteral("61")));
}

void TestMessageEditor::fourthButtonCannotBeAddedAndSaysWhy()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    auto* add = find<QPushButton>(editor, QStringLiteral("addReplyButton"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
    }
    const auto* buttons = document.message().actionAs<ReplyButtonsAction>();
    QCOMPARE(buttons->buttons.size(), 3);
    // Ids are made up, unique and editable.
    QCOMPARE(buttons->buttons[2].id, QStringLiteral("button-3"));
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("at most 3")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(document.message().actionAs<ReplyButtonsAction>()->buttons.size(), 3);

    auto* title = find<QLineEdit>(editor, QStringLiteral("action.buttons[1].reply.title"));
    QTest::keyClicks(title, QStringLiteral("Later"));
    QCOMPARE(document.message().actionAs<ReplyButtonsAction>()->buttons[1].title, QStringLiteral("Later"));
    QTest::mouseClick(find<QWidget>(editor, QStringLiteral("action.buttons[1].reply.up")), Qt::LeftButton);
    QCOMPARE(document.message().actionAs<ReplyButtonsAction>()->buttons[0].title, QStringLiteral("Later"));
    QCOMPARE(find<QLineEdit>(editor, QStringLiteral("action.buttons[0].reply.title"))->text(),
             QStringLiteral("Later"));
    QTest::mouseClick(find<QWidget>(editor, QStringLiteral("action.buttons[0].reply.remove")),
                      Qt::LeftButton);
    QCOMPARE(document.message().actionAs<ReplyButtonsAction>()->buttons.size(), 2);
    QVERIFY(add->isEnabled());
}

void TestMessageEditor::issueIsMarkedAndListed()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    auto* list = find<QListWidget>(editor, QStringLiteral("issueList"));
    // A new message has no body and no buttons: both are listed.
    QStringList listed;
    for (int i = 0; i < list->count(); ++i)
        listed << list->item(i)->data(Qt::UserRole).toString();
    QVERIFY(listed.contains(QStringLiteral("body")));
    QVERIFY(listed.contains(QStringLiteral("action.buttons")));
    auto* body = find<QPlainTextEdit>(editor, QStringLiteral("body.text"));
    QCOMPARE(body->property("issue").toString(), QStringLiteral("required"));

    // Activating the issue focuses its field.
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == u"body")
            emit list->itemActivated(list->item(i));
    QVERIFY(body->hasFocus());

    QTest::keyClicks(body, QStringLiteral("Hi"));
    QVERIFY(!body->property("issue").isValid());
}

void TestMessageEditor::typeSwitchSaysWhatItDropped()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("addReplyButton")), Qt::LeftButton);
    QStringList dropped;
    connect(&editor, &MessageEditor::partsDropped, this, [&](const QStringList& parts) { dropped = parts; });
    auto* type = find<QComboBox>(editor, QStringLiteral("messageType"));
    const int list = type->findData(int(MessageType::List));
    type->setCurrentIndex(list);
    emit type->activated(list);
    QCOMPARE(document.message().type(), MessageType::List);
    QCOMPARE(dropped.size(), 1);
    document.undoStack()->undo();
    QCOMPARE(type->currentData().toInt(), int(MessageType::Button));
}

void TestMessageEditor::simpleActionsEditTheirFields()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    auto* type = find<QComboBox>(editor, QStringLiteral("messageType"));
    const auto switchTo = [&](MessageType to) {
        const int index = type->findData(int(to));
        type->setCurrentIndex(index);
        emit type->activated(index);
        QCOMPARE(document.message().type(), to);
    };

    switchTo(MessageType::CtaUrl);
    auto* display = find<QLineEdit>(editor, QStringLiteral("action.parameters.display_text"));
    auto* url = find<QLineEdit>(editor, QStringLiteral("action.parameters.url"));
    QVERIFY(display->isVisible() && url->isVisible());
    QTest::keyClicks(display, QStringLiteral("Track order"));
    QTest::keyClicks(url, QStringLiteral("http://"));
    const auto* cta = document.message().actionAs<CtaUrlAction>();
    QCOMPARE(cta->displayText, QStringLiteral("Track order"));
    QCOMPARE(cta->url, QStringLiteral("http://"));
    QCOMPARE(url->property("issue").toString(), QStringLiteral("invalid-url"));
    QVERIFY(!find<QLineEdit>(editor, QStringLiteral("action.catalog_id"))->isVisible());

    switchTo(MessageType::Product);
    QVERIFY(!url->isVisible());
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.catalog_id")), QStringLiteral("cat-1"));
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.product_retailer_id")),
                     QStringLiteral("SKU 9"));
    QCOMPARE(document.message().actionAs<ProductAction>()->productRetailerId, QStringLiteral("SKU 9"));

    switchTo(MessageType::Catalog);
    QTest::keyClicks(
        find<QLineEdit>(editor, QStringLiteral("action.parameters.thumbnail_product_retailer_id")),
        QStringLiteral("SKU 1"));
    QCOMPARE(document.message().actionAs<CatalogAction>()->thumbnailProductRetailerId,
             QStringLiteral("SKU 1"));

    switchTo(MessageType::LocationRequest);
    QVERIFY(!find<QLabel>(editor, QStringLiteral("actionPending"))->isVisible());
}

namespace {
InteractiveMessage listWithRows(QList<int> rowsPerSection)
{
    ListAction list{QStringLiteral("Choose"), {}};
    int n = 0;
    for (int rows : rowsPerSection) {
        ListSection section{QStringLiteral("Section %1").arg(list.sections.size() + 1), {}};
        for (int r = 0; r < rows; ++r, ++n)
            section.rows.append({QStringLiteral("id-%1").arg(n), QStringLiteral("Row %1").arg(n), {}});
        list.sections.append(section);
    }
    InteractiveMessage message;
    message.body = QStringLiteral("Pick one");
    message.action = list;
    return message;
}
} // namespace

void TestMessageEditor::listRowsAreAddedMovedAndLimited()
{
    MessageDocument document;
    document.setMessage(listWithRows({2, 1}), QStringLiteral("Start"));
    MessageEditor editor(&document);
    editor.show();

    // The first row of section 2, moved up, becomes the last row of section 1.
    QTest::mouseClick(find<QWidget>(editor, QStringLiteral("action.sections[1].rows[0].up")), Qt::LeftButton);
    const auto* list = document.message().actionAs<ListAction>();
    QCOMPARE(list->sections[0].rows.size(), 3);
    QVERIFY(list->sections[1].rows.isEmpty());
    QCOMPARE(list->sections[0].rows[2].id, QStringLiteral("id-2"));
    QCOMPARE(find<QLineEdit>(editor, QStringLiteral("action.sections[0].rows[2].id"))->text(),
             QStringLiteral("id-2"));

    // Rows up to the limit, with fresh ids; then every Add row button refuses, and says why.
    auto* addRow = find<QPushButton>(editor, QStringLiteral("action.sections[1].addRow"));
    for (int i = 0; i < 7; ++i)
        QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("action.sections[1].addRow")),
                          Qt::LeftButton);
    list = document.message().actionAs<ListAction>();
    QCOMPARE(list->rowCount(), 10);
    QCOMPARE(list->sections[1].rows.size(), 7);
    addRow = find<QPushButton>(editor, QStringLiteral("action.sections[1].addRow"));
    QVERIFY(!addRow->isEnabled());
    QVERIFY(addRow->toolTip().contains(QStringLiteral("at most 10 rows")));
    QVERIFY(!find<QPushButton>(editor, QStringLiteral("addListSection"))->isEnabled());
    QSet<QString> ids;
    for (const ListSection& section : list->sections)
        for (const ListRow& row : section.rows)
            ids.insert(row.id);
    QCOMPARE(ids.size(), 10);

    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.sections[1].rows[6].title")),
                     QStringLiteral("Tea"));
    QCOMPARE(document.message().actionAs<ListAction>()->sections[1].rows[6].title, QStringLiteral("Tea"));
    QTest::mouseClick(find<QWidget>(editor, QStringLiteral("action.sections[1].rows[6].remove")),
                      Qt::LeftButton);
    QVERIFY(find<QPushButton>(editor, QStringLiteral("action.sections[1].addRow"))->isEnabled());
}

void TestMessageEditor::rowsAreDraggedAcrossSections()
{
    MessageDocument document;
    document.setMessage(listWithRows({2, 2}), QStringLiteral("Start"));
    MessageEditor editor(&document);
    editor.resize(800, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* list = find<QWidget>(editor, QStringLiteral("listActionEditor"));
    // Drops at the top edge of a row: the dragged row goes before it.
    const auto dropOn = [&](const char* from, const QString& onto) {
        // The row holding that field's input (input -> TextField -> row).
        QWidget* target = find<QWidget>(editor, onto)->parentWidget()->parentWidget();
        const QPoint pos = target->mapTo(list, QPoint(target->width() / 2, 1));
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-wa-composer-list-row"), from);
        QDragEnterEvent enter(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(list, &drop);
        QCoreApplication::processEvents();
    };
    QVERIFY(find<QWidget>(editor, QStringLiteral("action.sections[0].rows[0].handle")));

    // The first row of section 1 dropped before the first row of section 2.
    dropOn("0:0", QStringLiteral("action.sections[1].rows[0].title"));
    const auto* moved = document.message().actionAs<ListAction>();
    QCOMPARE(moved->sections[0].rows.size(), 1);
    QCOMPARE(moved->sections[1].rows.size(), 3);
    QCOMPARE(moved->sections[1].rows[0].id, QStringLiteral("id-0"));
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Move row"));

    // Within a section: the last row dropped before the second.
    dropOn("1:2", QStringLiteral("action.sections[1].rows[1].title"));
    QCOMPARE(document.message().actionAs<ListAction>()->sections[1].rows[1].id, QStringLiteral("id-3"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.message(), listWithRows({2, 2}));
}

void TestMessageEditor::eleventhRowIsFlaggedInFieldAndList()
{
    MessageDocument document;
    document.setMessage(listWithRows({6, 5}), QStringLiteral("Import"));
    MessageEditor editor(&document);
    editor.show();
    const QString rowPath = QStringLiteral("action.sections[1].rows[4]");
    auto* title = find<QLineEdit>(editor, rowPath + QStringLiteral(".title"));
    QCOMPARE(title->property("issue").toString(), QStringLiteral("too-many"));
    auto* issues = find<QListWidget>(editor, QStringLiteral("issueList"));
    bool listed = false;
    for (int i = 0; i < issues->count(); ++i)
        listed |= issues->item(i)->data(Qt::UserRole).toString() == rowPath;
    QVERIFY(listed);
}

void TestMessageEditor::flowEditorTakesOnlyCompleteData()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    auto* type = find<QComboBox>(editor, QStringLiteral("messageType"));
    const int flowIndex = type->findData(int(MessageType::Flow));
    type->setCurrentIndex(flowIndex);
    emit type->activated(flowIndex);

    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.parameters.flow_id")),
                     QStringLiteral("1627"));
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.parameters.flow_cta")),
                     QStringLiteral("Book"));
    auto* mode = find<QComboBox>(editor, QStringLiteral("action.parameters.mode"));
    const int draft = mode->findData(QStringLiteral("draft"));
    mode->setCurrentIndex(draft);
    emit mode->activated(draft);
    const auto* flow = document.message().actionAs<FlowAction>();
    QCOMPARE(flow->flowId, QStringLiteral("1627"));
    QCOMPARE(flow->cta, QStringLiteral("Book"));
    QCOMPARE(flow->mode, QStringLiteral("draft"));

    auto* data = find<QPlainTextEdit>(editor, QStringLiteral("action.parameters.flow_action_payload.data"));
    QTest::keyClicks(data, QStringLiteral("{\"size\": 39"));
    QVERIFY(!document.message().actionAs<FlowAction>()->data); // not JSON yet: the document keeps what it had
    QVERIFY(!find<QLabel>(editor, QStringLiteral("flowDataError"))->text().isEmpty());
    QTest::keyClicks(data, QStringLiteral("}"));
    QCOMPARE(*document.message().actionAs<FlowAction>()->data, (QJsonObject{{QStringLiteral("size"), 39}}));
    QVERIFY(find<QLabel>(editor, QStringLiteral("flowDataError"))->text().isEmpty());
    QCOMPARE(data->toPlainText(),
             QStringLiteral("{\"size\": 39}")); // the box is not rewritten under the cursor
}

void TestMessageEditor::productListTakesOneIdPerLine()
{
    MessageDocument document;
    MessageEditor editor(&document);
    editor.show();
    auto* type = find<QComboBox>(editor, QStringLiteral("messageType"));
    const int index = type->findData(int(MessageType::ProductList));
    type->setCurrentIndex(index);
    emit type->activated(index);
    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("addProductSection")), Qt::LeftButton);
    auto* items = find<QPlainTextEdit>(editor, QStringLiteral("action.sections[0].product_items"));
    QVERIFY(items);
    for (const char* line : {"SKU-1", "SKU-2"}) {
        QTest::keyClicks(items, QLatin1StringView(line));
        QTest::keyClick(items, Qt::Key_Return);
    }
    QCOMPARE(document.message().actionAs<ProductListAction>()->sections[0].productRetailerIds,
             (QStringList{QStringLiteral("SKU-1"), QStringLiteral("SKU-2")}));
    QCOMPARE(items->toPlainText(), QStringLiteral("SKU-1\nSKU-2\n")); // the newline just typed stays
    QTest::keyClicks(items, QStringLiteral("SKU-1"));
    // The duplicate is flagged on the field that holds it.
    QCOMPARE(items->property("issue").toString(), QStringLiteral("duplicate-product"));
}

QTEST_MAIN(TestMessageEditor)
#include "tst_messageeditor.moc"
