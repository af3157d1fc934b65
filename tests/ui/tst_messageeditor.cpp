#include "editor/MessageEditor.h"
#include "editor/TextField.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "support/WidgetLookup.h"

#include <QComboBox>
#include <QDropEvent>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

using namespace wa;
using wa::test::find;

class TestMessageEditor : public QObject
{
    Q_OBJECT
private slots:
    void typingEditsTheDocumentAsOneStep();
    void aHiddenBodyGetsItsTextWhenShown();
    void aLongBodyIsLaidOutAtTheWidthItKeeps_data();
    void aLongBodyIsLaidOutAtTheWidthItKeeps();
    void theBodyKeepsItsShapedText();
    void anActionEditorIsMadeWhenATypeNeedsIt();
    void actionEditorsMadeBeforeTheFormShowsFollowItsType();
    void counterTurnsPastTheLimit();
    void fourthButtonCannotBeAddedAndSaysWhy();
    void issueIsMarkedAndListed();
    void typeSwitchSaysWhatItDropped();
    void simpleActionsEditTheirFields();
    void listRowsAreAddedMovedAndLimited();
    void eleventhRowIsFlaggedInFieldAndList();
    void sectionsOutOfSightAreBuiltAfterTheFirstFrame();
    void sectionsInSightAreBuiltBeforeTheFirstFrame();
    void rowsAreDraggedAcrossSections();
    void flowEditorTakesOnlyCompleteData();
    void productListTakesOneIdPerLine();
    void carouselCardsAreAddedRemovedAndNumbered();
    void carouselCardsChangeKindTogether();
    void carouselIssueIsMarkedOnItsCard();
    void callButtonEditsItsParameters();
    void addressRequestWarnsOutsideIndia_data();
    void addressRequestWarnsOutsideIndia();
    void everyTypeHasAnEditor_data();
    void everyTypeHasAnEditor();
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
    // Its field is outlined in the error colour: the middle of its top edge, in the field's own picture.
    QWidget* field = body->parentWidget();
    const auto topEdge = [&] {
        return field->grab().toImage().pixelColor(body->geometry().center().x(), body->geometry().top());
    };
    QCOMPARE(topEdge(), TextField::issueColour(Severity::Error));

    // Activating the issue focuses its field.
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == u"body")
            emit list->itemActivated(list->item(i));
    QVERIFY(body->hasFocus());

    QTest::keyClicks(body, QStringLiteral("Hi"));
    QVERIFY(!body->property("issue").isValid());
    QVERIFY(topEdge() != TextField::issueColour(Severity::Error));
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
    // The handle shows its grip: six dots in the text's colour.
    auto* handle = find<QWidget>(editor, QStringLiteral("action.sections[0].rows[0].handle"));
    QVERIFY(handle && handle->isVisible());
    QVERIFY(handle->width() >= 6 && handle->height() >= 10);
    const QImage grip = handle->grab().toImage();
    const QColor ink = handle->palette().color(QPalette::WindowText);
    int inked = 0;
    for (int y = 0; y < grip.height(); ++y) {
        for (int x = 0; x < grip.width(); ++x)
            inked += grip.pixelColor(x, y) == ink ? 1 : 0;
    }
    QVERIFY2(inked >= 6, qPrintable(QString::number(inked)));

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

namespace {
// Ten sections of one row, the last row's title one past its limit, in a scrolled form of that height.
struct TenSectionForm
{
    explicit TenSectionForm(int height)
    {
        InteractiveMessage message = listWithRows({1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        message.actionAs<ListAction>()->sections[9].rows[0].title = QString(Limits::RowTitleMax + 1, u'x');
        document.setMessage(message, QStringLiteral("Import"));
        editor = new MessageEditor(&document);
        form.setWidgetResizable(true);
        form.setWidget(editor);
        form.resize(700, height);
    }
    QLineEdit* rowTitle(int section) const
    {
        return editor->findChild<QLineEdit*>(
            QStringLiteral("action.sections[%1].rows[0].title").arg(section));
    }
    MessageDocument document;
    QScrollArea form;
    MessageEditor* editor;
};
} // namespace

void TestMessageEditor::sectionsOutOfSightAreBuiltAfterTheFirstFrame()
{
    TenSectionForm ten(500);
    QSignalSpy issuesShown(ten.document.undoStack(), &QUndoStack::indexChanged); // no edit may come of it
    ten.form.show();
    // Before the first frame: the first three sections, not those below the form's bottom edge.
    QVERIFY(ten.rowTitle(2));
    QVERIFY(!ten.rowTitle(3));
    QVERIFY(!ten.rowTitle(9));
    const int waitingHeight = ten.editor->sizeHint().height();

    ten.form.grab();           // the first frame
    QVERIFY(!ten.rowTitle(9)); // not during it
    QTRY_VERIFY(ten.rowTitle(9));
    QLineEdit* last = ten.rowTitle(9);
    QCOMPARE(last->text(), QString(Limits::RowTitleMax + 1, u'x'));
    QCOMPARE(last->property("issue").toString(), QStringLiteral("too-long"));
    QCOMPARE(find<QLineEdit>(*ten.editor, QStringLiteral("action.sections[9].rows[0].id"))->text(),
             QStringLiteral("id-9"));
    // The waiting sections held about the room they take once built: the scroll bar hardly moves.
    QVERIFY2(
        qAbs(ten.editor->sizeHint().height() - waitingHeight) < waitingHeight / 20,
        qPrintable(QStringLiteral("%1 then %2").arg(waitingHeight).arg(ten.editor->sizeHint().height())));
    // Tab goes on from a section built first into one built later.
    QCOMPARE(find<QWidget>(*ten.editor, QStringLiteral("action.sections[2].addRow"))->nextInFocusChain(),
             find<QWidget>(*ten.editor, QStringLiteral("action.sections[3].title")));
    QCOMPARE(issuesShown.count(), 0);
}

void TestMessageEditor::sectionsInSightAreBuiltBeforeTheFirstFrame()
{
    // A form tall enough for all ten builds them as it shows, before anything is painted.
    TenSectionForm tall(2400);
    tall.form.show();
    QVERIFY(tall.rowTitle(9));
    QCOMPARE(tall.rowTitle(9)->property("issue").toString(), QStringLiteral("too-long"));

    // Below the edge, activating an issue of a section still waiting builds it and goes there.
    TenSectionForm small(500);
    small.form.show();
    QVERIFY(!small.rowTitle(9));
    auto* issues = find<QListWidget>(*small.editor, QStringLiteral("issueList"));
    const QString rowTitlePath = QStringLiteral("action.sections[9].rows[0].title");
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < issues->count(); ++i)
        if (issues->item(i)->data(Qt::UserRole).toString() == rowTitlePath)
            item = issues->item(i);
    QVERIFY(item);
    emit issues->itemActivated(item);
    QVERIFY(small.rowTitle(9));
    QCOMPARE(small.form.focusWidget(), small.rowTitle(9)); // the focus it has once its window is active
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

// The starter carousel's three cards; Add card copies the last one's kind and buttons, Remove renumbers.
void TestMessageEditor::carouselCardsAreAddedRemovedAndNumbered()
{
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType::Carousel), QStringLiteral("test"));
    MessageEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const auto cards = [&] { return document.message().actionAs<CarouselAction>()->cards; };
    QCOMPARE(cards().size(), 3);
    auto* text = find<QLineEdit>(editor, QStringLiteral("action.cards[1].action.parameters.display_text"));
    QVERIFY(text);
    text->clear();
    QTest::keyClicks(text, QStringLiteral("Get it"));
    QCOMPARE(cards()[1].url.displayText, QStringLiteral("Get it"));
    auto* body = find<QPlainTextEdit>(editor, QStringLiteral("action.cards[2].body.text"));
    body->selectAll();
    QTest::keyClicks(body, QStringLiteral("*Straw hat*"));
    QCOMPARE(cards()[2].body, std::optional(QStringLiteral("*Straw hat*")));

    auto* add = find<QPushButton>(editor, QStringLiteral("addCard"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(cards().size(), 4);
    QCOMPARE(cards()[3].index, 3);
    QCOMPARE(cards()[3].kind, CarouselCard::Kind::Url);
    QCOMPARE(cards()[3].header.kind, HeaderKind::Image);
    QVERIFY(find<QLineEdit>(editor, QStringLiteral("action.cards[3].header.image.link")));

    QTest::mouseClick(find<QPushButton>(editor, QStringLiteral("action.cards[0].remove")), Qt::LeftButton);
    QCOMPARE(cards().size(), 3);
    for (qsizetype i = 0; i < cards().size(); ++i)
        QCOMPARE(cards()[i].index, i); // no gap where the first card was
    QCOMPARE(cards()[0].url.displayText, QStringLiteral("Get it"));
    QVERIFY(!Validator::hasErrors(document.issues()) || cards()[2].url.url.isEmpty());

    // Up to ten cards, and Add says why it stops.
    while (cards().size() < Limits::CarouselCardsMax)
        QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("at most 10")));
    document.undoStack()->undo();
    QCOMPARE(cards().size(), Limits::CarouselCardsMax - 1);
    QVERIFY(add->isEnabled());
}

void TestMessageEditor::carouselCardsChangeKindTogether()
{
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType::Carousel), QStringLiteral("test"));
    MessageEditor editor(&document);
    editor.show();
    const auto cards = [&] { return document.message().actionAs<CarouselAction>()->cards; };
    auto* kind = find<QComboBox>(editor, QStringLiteral("carouselKind"));
    kind->setCurrentIndex(kind->findData(int(CarouselCard::Kind::QuickReplies)));
    emit kind->activated(kind->currentIndex());
    QSet<QString> ids;
    for (const CarouselCard& card : cards()) {
        QCOMPARE(card.kind, CarouselCard::Kind::QuickReplies);
        QCOMPARE(card.quickReplies.size(), 1);
        ids.insert(card.quickReplies[0].id);
        QCOMPARE(card.header.kind, HeaderKind::Image); // the pictures stay
    }
    QCOMPARE(ids.size(), 3); // unique across the carousel
    // The cards are rebuilt with their new buttons: the button is looked up again each time.
    const auto addReply = [&] { return find<QPushButton>(editor, QStringLiteral("addQuickReply")); };
    QTest::mouseClick(addReply(), Qt::LeftButton);
    QTest::mouseClick(addReply(), Qt::LeftButton);
    for (const CarouselCard& card : cards())
        QCOMPARE(card.quickReplies.size(), 3); // on every card: the numbers match
    QVERIFY(!addReply()->isEnabled());
    QTest::keyClicks(
        find<QLineEdit>(editor, QStringLiteral("action.cards[2].action.buttons[1].quick_reply.title")),
        QStringLiteral("Save"));
    QCOMPARE(cards()[2].quickReplies[1].title, QStringLiteral("Save"));
    QTest::mouseClick(
        find<QWidget>(editor, QStringLiteral("action.cards[0].action.buttons[0].quick_reply.remove")),
        Qt::LeftButton);
    for (const CarouselCard& card : cards())
        QCOMPARE(card.quickReplies.size(), 2);
    QCOMPARE(cards()[2].quickReplies[0].title, QStringLiteral("Save"));

    kind->setCurrentIndex(kind->findData(int(CarouselCard::Kind::Product)));
    emit kind->activated(kind->currentIndex());
    auto* catalog = find<QLineEdit>(editor, QStringLiteral("action.cards[0].action.catalog_id"));
    QVERIFY(catalog->isVisibleTo(&editor));
    QTest::keyClicks(catalog, QStringLiteral("cat-7"));
    for (const CarouselCard& card : cards()) {
        QCOMPARE(card.kind, CarouselCard::Kind::Product);
        QCOMPARE(card.catalogId, QStringLiteral("cat-7")); // one catalog for every card
        QCOMPARE(card.header.kind, HeaderKind::None);
    }
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.cards[1].action.product_retailer_id")),
                     QStringLiteral("sku-2"));
    QCOMPARE(cards()[1].productRetailerId, QStringLiteral("sku-2"));
}

void TestMessageEditor::carouselIssueIsMarkedOnItsCard()
{
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType::Carousel), QStringLiteral("test"));
    MessageEditor editor(&document);
    editor.show();
    auto* body = find<QPlainTextEdit>(editor, QStringLiteral("action.cards[1].body.text"));
    body->selectAll();
    QTest::keyClicks(body, QString(Limits::CardBodyTextMax + 1, u'x'));
    QCOMPARE(body->property("issue").toString(), QStringLiteral("too-long"));
    auto* link = find<QLineEdit>(editor, QStringLiteral("action.cards[0].header.image.link"));
    link->selectAll();
    QTest::keyClicks(link, QStringLiteral("http://example.com/a.jpg"));
    QCOMPARE(link->property("issue").toString(), QStringLiteral("url-scheme"));
    // By id instead: the field follows, and the issue goes.
    auto* source = find<QComboBox>(editor, QStringLiteral("action.cards[0].header.source"));
    source->setCurrentIndex(1);
    emit source->activated(1);
    auto* id = find<QLineEdit>(editor, QStringLiteral("action.cards[0].header.image.id"));
    QVERIFY(id);
    QCOMPARE(document.message().actionAs<CarouselAction>()->cards[0].header.mediaId,
             QStringLiteral("http://example.com/a.jpg"));
    id->clear();
    QTest::keyClicks(id, QStringLiteral("1558081531584829"));
    QCOMPARE(document.message().actionAs<CarouselAction>()->cards[0].header.mediaId,
             QStringLiteral("1558081531584829"));
    QCOMPARE(id->property("issue").toString(), QString());
}

void TestMessageEditor::callButtonEditsItsParameters()
{
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType::VoiceCall), QStringLiteral("test"));
    MessageEditor editor(&document);
    editor.show();
    const auto call = [&] { return *document.message().actionAs<VoiceCallAction>(); };
    // A link's button text has the same path: the call button's is the one shown.
    QLineEdit* text = nullptr;
    for (auto* field : editor.findChildren<QLineEdit*>(QStringLiteral("action.parameters.display_text")))
        if (field->isVisibleTo(&editor))
            text = field;
    QVERIFY(text);
    text->selectAll();
    QTest::keyClick(text, Qt::Key_Backspace);
    QCOMPARE(call().displayText, QString()); // absent: WhatsApp's "Call Now"
    QVERIFY(MessageJson::toJson(document.message(), JsonWriter::Format::Compact)
                .endsWith(R"("action":{"name":"voice_call"}})"));
    auto* lasts = find<QSpinBox>(editor, QStringLiteral("action.parameters.ttl_minutes"));
    QCOMPARE(lasts->value(), 0);
    lasts->setValue(1440);
    QCOMPARE(call().ttlMinutes, std::optional<qint64>(1440));
    QCOMPARE(lasts->maximum(), Limits::VoiceCallTtlMinutesMax);
    lasts->setValue(0);
    QCOMPARE(call().ttlMinutes, std::nullopt);
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.parameters.payload")),
                     QStringLiteral("order-7"));
    QCOMPARE(call().payload, QStringLiteral("order-7"));
}

void TestMessageEditor::addressRequestWarnsOutsideIndia_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("warned");
    QTest::newRow("India") << QStringLiteral("IN") << false;
    QTest::newRow("Ireland") << QStringLiteral("IE") << true;
    QTest::newRow("not set") << QString() << true;
}

void TestMessageEditor::addressRequestWarnsOutsideIndia()
{
    QFETCH(QString, region);
    QFETCH(bool, warned);
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType::Address), QStringLiteral("test"));
    MessageEditor editor(&document);
    editor.setDefaultRegion(region);
    editor.show();
    auto* warning = find<QLabel>(editor, QStringLiteral("addressRegionWarning"));
    QCOMPARE(warning->isVisibleTo(&editor), warned);
    if (warned)
        QVERIFY(warning->text().contains(QStringLiteral("India")));
    auto* pin = find<QLineEdit>(editor, QStringLiteral("action.parameters.values.in_pin_code"));
    QTest::keyClicks(pin, QStringLiteral("4000631"));
    QCOMPARE(document.message().actionAs<AddressAction>()->value(QLatin1StringView("in_pin_code")),
             QStringLiteral("4000631"));
    QCOMPARE(pin->property("issue").toString(), QStringLiteral("pin-code"));
    QTest::keyClicks(find<QLineEdit>(editor, QStringLiteral("action.parameters.values.city")),
                     QStringLiteral("Pune"));
    const QJsonObject values = MessageJson::toJsonObject(document.message())[QStringLiteral("action")]
                                   .toObject()[QStringLiteral("parameters")]
                                   .toObject()[QStringLiteral("values")]
                                   .toObject();
    QCOMPARE(values.keys(), (QStringList{QStringLiteral("city"), QStringLiteral("in_pin_code")}));
}

void TestMessageEditor::everyTypeHasAnEditor_data()
{
    QTest::addColumn<int>("type");
    for (MessageType type : allMessageTypes())
        QTest::newRow(qPrintable(messageTypeName(type))) << int(type);
}

// No type is left with "the editor comes next".
void TestMessageEditor::everyTypeHasAnEditor()
{
    QFETCH(int, type);
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType(type)), QStringLiteral("test"));
    MessageEditor editor(&document);
    editor.show();
    QVERIFY(!find<QLabel>(editor, QStringLiteral("actionPending"))->isVisibleTo(&editor));
}

// A body not shown yet holds its text and gives it to its editor when it shows: laid out once, at its width.
// A body longer than its editor shows gets its scroll bar before its text is laid out: the text is laid out
// at the width it keeps, not at the whole width and again when the bar appears. A short one has no bar.
void TestMessageEditor::aLongBodyIsLaidOutAtTheWidthItKeeps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("scrolls");
    const QString words = QStringLiteral("alpha bravo charlie delta echo foxtrot golf hotel ");
    QTest::newRow("4,096 characters") << words.repeated(80).left(Limits::BodyTextMax) << true;
    QTest::newRow("many short paragraphs") << QStringLiteral("Line\n").repeated(40) << true;
    QTest::newRow("two lines") << QStringLiteral("Your order has shipped.\nTrack it any time.") << false;
}

void TestMessageEditor::aLongBodyIsLaidOutAtTheWidthItKeeps()
{
    QFETCH(QString, text);
    QFETCH(bool, scrolls);
    TextField field(QStringLiteral("body.text"), Limits::BodyTextMax, TextField::Lines::Many);
    auto* editor = field.findChild<QPlainTextEdit*>(QStringLiteral("body.text"));
    field.setText(text);
    field.resize(500, 120);
    field.show(); // the text is laid out here
    const int laidOutAt = editor->viewport()->width();
    QCOMPARE(editor->verticalScrollBar()->isVisible(), scrolls);
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QCOMPARE(editor->viewport()->width(), laidOutAt);
    QCOMPARE(editor->verticalScrollBar()->isVisible(), scrolls);
    QCOMPARE(editor->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
    QCOMPARE(editor->toPlainText(), text);
}

void TestMessageEditor::aHiddenBodyGetsItsTextWhenShown()
{
    TextField field(QStringLiteral("body.text"), 1024, TextField::Lines::Many);
    auto* editor = field.findChild<QPlainTextEdit*>(QStringLiteral("body.text"));
    QSignalSpy edited(&field, &TextField::edited);
    const QString text = QStringLiteral("Your order has shipped.\nTrack it any time.");
    field.setText(text);
    QCOMPARE(field.text(), text);
    QVERIFY(editor->toPlainText().isEmpty()); // not laid out while hidden
    QCOMPARE(field.findChild<QLabel*>(QStringLiteral("body.text.counter"))->text(),
             QStringLiteral("42/1024"));
    field.resize(400, 200);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QCOMPARE(editor->toPlainText(), text);
    QCOMPARE(field.text(), text);
    QCOMPARE(edited.count(), 0); // the document's own text is no user edit

    // Shown, it takes a new text at once, and what the user types is reported.
    field.setText(QStringLiteral("Thanks!"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Thanks!"));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" :)"));
    QCOMPARE(edited.count(), 3);
    QCOMPARE(field.text(), QStringLiteral("Thanks! :)"));

    // Hidden again, the text waits for the next show.
    field.hide();
    field.setText(QStringLiteral("Back soon"));
    QCOMPARE(field.text(), QStringLiteral("Back soon"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Thanks! :)"));
    field.show();
    QCOMPARE(editor->toPlainText(), QStringLiteral("Back soon"));
}

// Each paragraph of the body keeps its glyphs after its layout, so that painting it and placing the cursor
// do not shape it again: the paragraphs it had, those typed, those pasted.
void TestMessageEditor::theBodyKeepsItsShapedText()
{
    TextField field(QStringLiteral("body.text"), 1024, TextField::Lines::Many);
    auto* editor = field.findChild<QPlainTextEdit*>(QStringLiteral("body.text"));
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    field.setText(QStringLiteral("First paragraph.\nSecond one."));
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Typed."));
    editor->insertPlainText(QStringLiteral("\nPasted one.\nAnd two."));
    const QTextDocument* document = editor->document();
    QCOMPARE(document->blockCount(), 5);
    for (QTextBlock block = document->firstBlock(); block.isValid(); block = block.next())
        QVERIFY2(block.layout()->cacheEnabled(), qPrintable(block.text()));
}

// A list opens with its list editor alone: the flow's, the carousel's and the others are made the first time
// a message of their type shows, in the tab order after the footer as if made with the form.
void TestMessageEditor::anActionEditorIsMadeWhenATypeNeedsIt()
{
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType::List), QStringLiteral("list"));
    MessageEditor editor(&document);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(find<QLineEdit>(editor, QStringLiteral("action.button")));
    QVERIFY(!find<QLineEdit>(editor, QStringLiteral("action.parameters.flow_cta")));
    QVERIFY(!find<QLineEdit>(editor, QStringLiteral("action.parameters.display_text")));

    document.setMessage(StarterMessages::starter(MessageType::CtaUrl), QStringLiteral("link"));
    QCoreApplication::processEvents();
    auto* label = find<QLineEdit>(editor, QStringLiteral("action.parameters.display_text"));
    QVERIFY(label && label->isVisible());
    QVERIFY(!find<QLineEdit>(editor, QStringLiteral("action.button"))->isVisible());
    QVERIFY(!find<QLineEdit>(editor, QStringLiteral("action.parameters.flow_cta")));
    // Tab goes from the footer to the link's first field.
    auto* footer = find<QLineEdit>(editor, QStringLiteral("footer.text"));
    QWidget* next = footer->nextInFocusChain();
    while (next != label && !(next->focusPolicy() & Qt::TabFocus && next->isVisible()))
        next = next->nextInFocusChain();
    QCOMPARE(next, label);

    // Back to the list: the same list editor shows it again.
    document.setMessage(StarterMessages::starter(MessageType::List), QStringLiteral("list"));
    QCoreApplication::processEvents();
    QVERIFY(find<QLineEdit>(editor, QStringLiteral("action.button"))->isVisible());
    QVERIFY(!label->isVisible());
}

// Editors made before the form is first shown wait for it (not laid out twice), and the one of the type
// shown then is the only one shown: also after the type changed back and forth before that.
void TestMessageEditor::actionEditorsMadeBeforeTheFormShowsFollowItsType()
{
    MessageDocument document;
    document.setMessage(StarterMessages::starter(MessageType::List), QStringLiteral("list"));
    MessageEditor editor(&document);
    auto* button = find<QLineEdit>(editor, QStringLiteral("action.button"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    document.setMessage(StarterMessages::starter(MessageType::CtaUrl), QStringLiteral("link"));
    document.setMessage(StarterMessages::starter(MessageType::List), QStringLiteral("list"));
    document.setMessage(StarterMessages::starter(MessageType::Button), QStringLiteral("buttons"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!button->isVisible());
    QVERIFY(!find<QLineEdit>(editor, QStringLiteral("action.parameters.display_text"))->isVisible());
    auto* firstButton = find<QLineEdit>(editor, QStringLiteral("action.buttons[0].reply.title"));
    QVERIFY(firstButton && firstButton->isVisible());

    MessageEditor listFirst(&document);
    document.setMessage(StarterMessages::starter(MessageType::List), QStringLiteral("list"));
    listFirst.show();
    QVERIFY(QTest::qWaitForWindowExposed(&listFirst));
    QVERIFY(find<QLineEdit>(listFirst, QStringLiteral("action.button"))->isVisible());
    QVERIFY(!find<QLineEdit>(listFirst, QStringLiteral("action.buttons[0].reply.title"))->isVisible());
}

QTEST_MAIN(TestMessageEditor)
#include "tst_messageeditor.moc"
