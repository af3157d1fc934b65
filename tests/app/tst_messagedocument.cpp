#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "message/Validator.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace wa;

namespace {

InteractiveMessage listMessage()
{
    InteractiveMessage message;
    message.header = Header::fromText(QStringLiteral("Our menu"));
    message.body = QStringLiteral("What would you like?");
    message.footer = QStringLiteral("Kitchen open until 22:00");
    message.action =
        ListAction{QStringLiteral("Choose"),
                   {{QStringLiteral("Drinks"), {{QStringLiteral("tea"), QStringLiteral("Tea"), {}}}}}};
    return message;
}

// Types text into a field one character at a time, as an editor would report it.
void type(MessageDocument& document, const QString& text)
{
    for (qsizetype i = 1; i <= text.size(); ++i)
        document.edit(
            QStringLiteral("Edit body"), [&](InteractiveMessage& m) { m.body = text.left(i); },
            QStringLiteral("body.text"));
}

} // namespace

class TestMessageDocument : public QObject
{
    Q_OBJECT
private slots:
    void editIsOneUndoableStep();
    void keystrokesInOneFieldMerge();
    void noChangeLeavesNoStep();
    void typingBackToTheStartLeavesNoStep();
    void savedStateIsClean();
    void setMessageIsOneStep();
    void switchTypeKeepsWhatApplies_data();
    void switchTypeKeepsWhatApplies();
    void startersAreValid_data();
    void startersAreValid();
    void randomEditsUndoAndRedoExactly_data();
    void randomEditsUndoAndRedoExactly();
};

void TestMessageDocument::editIsOneUndoableStep()
{
    MessageDocument document;
    QSignalSpy changed(&document, &MessageDocument::changed);
    const InteractiveMessage before = document.message();
    document.edit(QStringLiteral("Add button"), [](InteractiveMessage& m) {
        m.actionAs<ReplyButtonsAction>()->buttons.append({QStringLiteral("yes"), QStringLiteral("Yes")});
    });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add button"));
    const InteractiveMessage after = document.message();
    QCOMPARE(after.actionAs<ReplyButtonsAction>()->buttons.size(), 1);

    document.undoStack()->undo();
    QVERIFY(document.message() == before);
    document.undoStack()->redo();
    QVERIFY(document.message() == after);
    QCOMPARE(changed.size(), 3);
}

void TestMessageDocument::keystrokesInOneFieldMerge()
{
    MessageDocument document;
    type(document, QStringLiteral("Hello"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.message().body, std::optional(QStringLiteral("Hello")));

    document.edit(
        QStringLiteral("Edit footer"), [](InteractiveMessage& m) { m.footer = QStringLiteral("F"); },
        QStringLiteral("footer.text"));
    type(document, QStringLiteral("Hello there"));
    QCOMPARE(document.undoStack()->count(), 3); // body, footer, body again: another field came between

    document.undoStack()->undo();
    QCOMPARE(document.message().body, std::optional(QStringLiteral("Hello")));
    document.undoStack()->undo();
    QVERIFY(!document.message().footer);
    document.undoStack()->undo();
    QVERIFY(!document.message().body);
}

void TestMessageDocument::noChangeLeavesNoStep()
{
    MessageDocument document;
    QSignalSpy changed(&document, &MessageDocument::changed);
    document.edit(QStringLiteral("Nothing"), [](InteractiveMessage&) {});
    document.setMessage(document.message(), QStringLiteral("Same"));
    document.switchType(document.message().type());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestMessageDocument::typingBackToTheStartLeavesNoStep()
{
    MessageDocument document;
    document.setMessage(listMessage(), QStringLiteral("New list"));
    document.markSaved();
    const QString original = *document.message().body;
    const auto setBody = [&](const QString& text) {
        document.edit(
            QStringLiteral("Edit body"), [&](InteractiveMessage& m) { m.body = text; },
            QStringLiteral("body.text"));
    };
    setBody(original + u'!');
    QVERIFY(document.isModified());
    setBody(original);
    QCOMPARE(document.undoStack()->count(), 1); // only "New list" is left
    QVERIFY(!document.isModified());
}

void TestMessageDocument::savedStateIsClean()
{
    MessageDocument document;
    type(document, QStringLiteral("Hi"));
    QVERIFY(document.isModified());
    document.markSaved();
    QVERIFY(!document.isModified());

    // The next keystroke in the same field starts a new step, so that undo returns to what was saved.
    type(document, QStringLiteral("Hi!"));
    QCOMPARE(document.undoStack()->count(), 2);
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.message().body, std::optional(QStringLiteral("Hi")));
}

void TestMessageDocument::setMessageIsOneStep()
{
    MessageDocument document;
    type(document, QStringLiteral("Draft"));
    const InteractiveMessage typed = document.message();
    document.setMessage(listMessage(), QStringLiteral("Import"));
    QVERIFY(document.message() == listMessage());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import"));
    document.undoStack()->undo();
    QVERIFY(document.message() == typed);
}

void TestMessageDocument::switchTypeKeepsWhatApplies_data()
{
    QTest::addColumn<InteractiveMessage>("start");
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<HeaderKind>("header");
    QTest::addColumn<bool>("keepsFooter");
    QTest::addColumn<int>("dropped");

    QTest::newRow("list to buttons keeps text header")
        << listMessage() << MessageType::Button << HeaderKind::Text << true << 1;
    QTest::newRow("list to location drops header and footer")
        << listMessage() << MessageType::LocationRequest << HeaderKind::None << false << 3;
    InteractiveMessage imageButtons;
    imageButtons.header = {HeaderKind::Image, {}, {}, QStringLiteral("https://example.com/a.png"), {}};
    imageButtons.body = QStringLiteral("Look");
    QTest::newRow("image buttons to list drops the image")
        << imageButtons << MessageType::List << HeaderKind::None << false << 1;
    QTest::newRow("image buttons to cta keeps the image")
        << imageButtons << MessageType::CtaUrl << HeaderKind::Image << false << 0;
}

void TestMessageDocument::switchTypeKeepsWhatApplies()
{
    QFETCH(InteractiveMessage, start);
    QFETCH(MessageType, type);
    QFETCH(HeaderKind, header);
    QFETCH(bool, keepsFooter);
    QFETCH(int, dropped);

    MessageDocument document;
    document.setMessage(start, QStringLiteral("Start"));
    const QStringList said = document.switchType(type);
    QCOMPARE(said.size(), dropped);
    for (const QString& sentence : said)
        QVERIFY(!sentence.isEmpty());
    const InteractiveMessage& switched = document.message();
    QCOMPARE(switched.type(), type);
    QCOMPARE(switched.header.kind, header);
    QCOMPARE(switched.body, start.body);
    QCOMPARE(switched.footer.has_value(), keepsFooter);
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    QVERIFY(document.message() == start);
}

void TestMessageDocument::startersAreValid_data()
{
    QTest::addColumn<MessageType>("type");
    for (MessageType type : allMessageTypes())
        QTest::newRow(qPrintable(messageTypeName(type))) << type;
}

// File > New starts from these: each must be a valid message of its type, ready to edit.
void TestMessageDocument::startersAreValid()
{
    QFETCH(MessageType, type);
    const InteractiveMessage message = StarterMessages::starter(type);
    QCOMPARE(message.type(), type);
    const QList<ValidationIssue> issues = Validator::check(message);
    QVERIFY2(!Validator::hasErrors(issues),
             qPrintable(issues.isEmpty() ? QString() : issues.first().path + u' ' + issues.first().message));
    const MessageParseResult reread = MessageJson::fromJson(MessageJson::toJson(message));
    QVERIFY(reread.ok() && *reread.message == message);
}

void TestMessageDocument::randomEditsUndoAndRedoExactly_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2026u, 90210u})
        QTest::addRow("seed %u", seed) << seed;
}

// 200 random edits of every kind; then every state must come back exactly, undoing to the start and
// redoing to the end.
void TestMessageDocument::randomEditsUndoAndRedoExactly()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    MessageDocument document;
    QMap<int, InteractiveMessage> stateAt; // undo index -> the message there
    stateAt[0] = document.message();

    const QStringList fields{QStringLiteral("body"), QStringLiteral("footer"), QStringLiteral("header")};
    const QList<MessageType> types = allMessageTypes();
    for (int step = 0; step < 200; ++step) {
        const QString word = QString::number(random.bounded(1000));
        switch (random.bounded(7)) {
        case 0:
        case 1: { // a keystroke in one of three fields
            const QString field = fields[random.bounded(int(fields.size()))];
            document.edit(
                QStringLiteral("Type"),
                [&](InteractiveMessage& m) {
                    if (field == u"body")
                        m.body = m.body.value_or(QString()) + word.front();
                    else if (field == u"footer")
                        m.footer = m.footer.value_or(QString()) + word.front();
                    else
                        m.header = Header::fromText(m.header.text + word.front());
                },
                field);
            break;
        }
        case 2: // delete the last character of the body
            document.edit(
                QStringLiteral("Delete"),
                [](InteractiveMessage& m) {
                    if (m.body && !m.body->isEmpty())
                        m.body->chop(1);
                },
                QStringLiteral("body"));
            break;
        case 3: // add a part of the current type's action
            document.edit(QStringLiteral("Add"), [&](InteractiveMessage& m) {
                if (auto* buttons = m.actionAs<ReplyButtonsAction>())
                    buttons->buttons.append({QStringLiteral("id") + word, word});
                else if (auto* list = m.actionAs<ListAction>())
                    list->sections.append({word, {{QStringLiteral("row") + word, word, {}}}});
                else if (auto* cta = m.actionAs<CtaUrlAction>())
                    cta->url = QStringLiteral("https://example.com/") + word;
                else
                    m.footer = word;
            });
            break;
        case 4: // remove the first part
            document.edit(QStringLiteral("Remove"), [](InteractiveMessage& m) {
                if (auto* buttons = m.actionAs<ReplyButtonsAction>(); buttons && !buttons->buttons.isEmpty())
                    buttons->buttons.removeFirst();
                else if (auto* list = m.actionAs<ListAction>(); list && !list->sections.isEmpty())
                    list->sections.removeFirst();
                else
                    m.footer.reset();
            });
            break;
        case 5:
            if (random.bounded(2))
                document.switchType(types[random.bounded(int(types.size()))]);
            else
                document.edit(QStringLiteral("Header kind"), [&](InteractiveMessage& m) {
                    m.header = m.header.withKind(HeaderKind(random.bounded(5)));
                    if (m.header.isMedia() && m.header.mediaLink.isEmpty())
                        m.header.mediaLink = QStringLiteral("https://example.com/") + word;
                });
            break;
        case 6:
            if (random.bounded(4) == 0)
                document.setMessage(listMessage(), QStringLiteral("Import"));
            else if (document.undoStack()->canUndo())
                document.undoStack()->undo(); // undo in the middle, so that later edits drop the redo tail
            break;
        }
        stateAt[document.undoStack()->index()] = document.message();
        // Every state the editor can reach must survive a trip through JSON, as a saved draft will.
        const MessageParseResult reread = MessageJson::fromJson(MessageJson::toJson(document.message()));
        QVERIFY2(reread.ok() && *reread.message == document.message(),
                 qPrintable(QStringLiteral("step %1: %2")
                                .arg(step)
                                .arg(QString::fromUtf8(MessageJson::toJson(document.message())))));
    }

    QUndoStack* stack = document.undoStack();
    const int end = stack->index();
    QVERIFY(end > 20);
    for (int index = end; index >= 0; --index) {
        QCOMPARE(stack->index(), index);
        QVERIFY2(document.message() == stateAt[index], qPrintable(QStringLiteral("undo to %1").arg(index)));
        if (index > 0)
            stack->undo();
    }
    for (int index = 0; index <= end; ++index) {
        QVERIFY2(document.message() == stateAt[index], qPrintable(QStringLiteral("redo to %1").arg(index)));
        if (index < end)
            stack->redo();
    }
}

QTEST_GUILESS_MAIN(TestMessageDocument)
#include "tst_messagedocument.moc"
