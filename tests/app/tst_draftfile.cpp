#include "drafts/DraftFile.h"
#include "message/MessageJson.h"
#include "message/PayloadInput.h"
#include "support/CliRun.h"
#include "support/TestMessages.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wa;
using Shape = DraftFileContents::Shape;

using wa::test::fileBytes;

namespace {

// A test message in its stored form: canonical and compact.
QByteArray storedMessage(const char* name)
{
    return MessageJson::toJson(test::testMessage(name), JsonWriter::Format::Compact);
}

Draft fullDraft()
{
    Draft draft;
    draft.id = 7;
    draft.name = QStringLiteral("Spring offer \"EU\" ✓");
    draft.tags = {QStringLiteral("offers"), QStringLiteral("été")};
    draft.defaultRecipient = QStringLiteral("+353838000000");
    draft.teammateId = QStringLiteral("5173352");
    draft.variableDefaults = {{QStringLiteral("carrier"), QStringLiteral("DHL \"Express\"")},
                              {QStringLiteral("ciudad.nombre"), QStringLiteral("Málaga")}};
    draft.productLooks = {{QStringLiteral("SKU-1"),
                           {QStringLiteral("Trail Runner X2"), QStringLiteral("₹1,299"),
                            QStringLiteral("https://cdn.example.com/x2.jpg")}},
                          {QStringLiteral("SKU-2"), {QString(), QStringLiteral("$24.99"), QString()}}};
    draft.payload = R"({"type":"location_request_message","body":{"text":"Where?\nTell us"},)"
                    R"("action":{"name":"send_location"}})";
    draft.createdAt = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC);
    draft.updatedAt = QDateTime(QDate(2024, 3, 6), QTime(9, 30), Qt::UTC);
    return draft;
}

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QStringList errorLines(const QList<JsonError>& errors)
{
    QStringList lines;
    for (const JsonError& error : errors)
        lines.append(error.toString());
    return lines;
}

} // namespace

// The .json file of a draft (docs/drafts-file-format.md): the exact text of an export, every shape an import
// reads, every way a file can be wrong (by path), and the names of files and drafts.
class TestDraftFile : public QObject
{
    Q_OBJECT
private slots:
    void exportIsTheDocumentedWrapper();
    void exportKeepsTheStoredMessageAsItIs();
    void exportRefusesAPayloadThatIsNotJson();
    void roundTripKeepsEveryField_data();
    void roundTripKeepsEveryField();
    void readsEveryShape_data();
    void readsEveryShape();
    void namesEveryProblemByPath_data();
    void namesEveryProblemByPath();
    void productLooksAtTheLimits_data();
    void productLooksAtTheLimits();
    void aFileWithoutProductLooksImports();
    void importKeepsRuleBreakingMessages();
    void importNormalizesOrDropsTheRecipient_data();
    void importNormalizesOrDropsTheRecipient();
    void nameFromPath_data();
    void nameFromPath();
    void fileNameIsSafe_data();
    void fileNameIsSafe();
    void verbsReadADraftFile();
};

void TestDraftFile::exportIsTheDocumentedWrapper()
{
    QString error;
    const QByteArray text = DraftFile::toJson(fullDraft(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(text, QByteArray(R"({
  "wa_composer_draft": 1,
  "name": "Spring offer \"EU\" ✓",
  "tags": [
    "offers",
    "été"
  ],
  "default_recipient": "+353838000000",
  "teammate_id": "5173352",
  "variables": {
    "carrier": "DHL \"Express\"",
    "ciudad.nombre": "Málaga"
  },
  "product_looks": {
    "SKU-1": {
      "image": "https://cdn.example.com/x2.jpg",
      "name": "Trail Runner X2",
      "price": "₹1,299"
    },
    "SKU-2": {
      "price": "$24.99"
    }
  },
  "created_at": "2024-03-05T14:07:09.123Z",
  "updated_at": "2024-03-06T09:30:00.000Z",
  "message": {
    "type": "location_request_message",
    "body": {
      "text": "Where?\nTell us"
    },
    "action": {
      "name": "send_location"
    }
  }
}
)"));

    // Empty optionals are left out; no tags is an empty list, on one line.
    Draft bare = fullDraft();
    bare.tags.clear();
    bare.defaultRecipient.clear();
    bare.teammateId.clear();
    bare.variableDefaults.clear();
    bare.productLooks.clear();
    const QJsonObject object = QJsonDocument::fromJson(DraftFile::toJson(bare)).object();
    QCOMPARE(object.keys(), (QStringList{QStringLiteral("created_at"), QStringLiteral("message"),
                                         QStringLiteral("name"), QStringLiteral("tags"),
                                         QStringLiteral("updated_at"), QStringLiteral("wa_composer_draft")}));
    QVERIFY(DraftFile::toJson(bare).contains("\n  \"tags\": [],\n"));

    // Compact: one line, the same JSON.
    const QByteArray oneLine = DraftFile::toJson(fullDraft(), nullptr, JsonWriter::Format::Compact);
    QVERIFY(!oneLine.contains('\n'));
    QCOMPARE(QJsonDocument::fromJson(oneLine), QJsonDocument::fromJson(text));
}

void TestDraftFile::exportKeepsTheStoredMessageAsItIs()
{
    // Keys out of WhatsApp's order and odd spacing in the stored text: the export re-spaces, nothing more.
    Draft draft = fullDraft();
    draft.payload = "{ \"body\" : {\"text\":\"a, b: [c] {d}\"},\"type\":\"location_request_message\",\n"
                    "\"action\":{\"name\":\"send_location\"}, \"x\": [] }";
    const QByteArray text = DraftFile::toJson(draft, nullptr, JsonWriter::Format::Compact);
    QVERIFY2(text.endsWith(R"("message":{"body":{"text":"a, b: [c] {d}"},"type":"location_request_message",)"
                           R"("action":{"name":"send_location"},"x":[]}})"),
             text.constData());
}

void TestDraftFile::exportRefusesAPayloadThatIsNotJson()
{
    Draft draft = fullDraft();
    draft.payload = "{\"type\": ";
    QString error;
    QVERIFY(DraftFile::toJson(draft, &error).isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("its message is not JSON (line 1, column 10: invalid JSON")),
             qPrintable(error));
}

void TestDraftFile::roundTripKeepsEveryField_data()
{
    QTest::addColumn<QByteArray>("payload");
    for (const QString& file :
         QDir(QStringLiteral(WA_TEST_DATA "/messages")).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(file)) << storedMessage(qPrintable(file));
}

void TestDraftFile::roundTripKeepsEveryField()
{
    QFETCH(QByteArray, payload);
    Draft draft = fullDraft();
    draft.payload = payload;
    const DraftFileContents contents = DraftFile::read(DraftFile::toJson(draft));
    QVERIFY2(contents.isParsed(), qPrintable(errorLines(contents.errors).join(u'\n')));
    QCOMPARE(contents.shape, Shape::Draft);
    QCOMPARE(contents.draft.name, draft.name);
    QCOMPARE(contents.draft.tags, draft.tags);
    QCOMPARE(contents.draft.defaultRecipient, draft.defaultRecipient);
    QCOMPARE(contents.draft.teammateId, draft.teammateId);
    QCOMPARE(contents.draft.variableDefaults, draft.variableDefaults);
    QCOMPARE(contents.draft.productLooks, draft.productLooks);
    QCOMPARE(contents.draft.createdAt, draft.createdAt);
    QCOMPARE(contents.draft.updatedAt, draft.updatedAt);
    QCOMPARE(contents.draft.payload, payload); // byte for byte

    const Draft imported = DraftFile::toDraft(contents, QStringLiteral("unused"));
    QCOMPARE(imported.name, draft.name);
    QCOMPARE(imported.payload, payload);
    QCOMPARE(imported.defaultRecipient, draft.defaultRecipient);
    QCOMPARE(imported.variableDefaults, draft.variableDefaults);
    QCOMPARE(imported.productLooks, draft.productLooks);
    QCOMPARE(imported.id, 0);
    QVERIFY(!imported.createdAt.isValid()); // the store dates the new draft
}

void TestDraftFile::readsEveryShape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("messagePath");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("teammate");
    const QByteArray message = storedMessage("button.json");
    QTest::newRow("wrapper") << DraftFile::toJson(fullDraft()) << int(Shape::Draft) << "message"
                             << "+353838000000"
                             << "5173352";
    QTest::newRow("bare message") << message << int(Shape::Message) << ""
                                  << ""
                                  << "";
    QTest::newRow("request body")
        << "{\"destination_phone\": \"+353 83 800 0000\", \"intercom_teammate_id\": \"42\", "
           "\"waba_interactive_message\": " +
               message + "}"
        << int(Shape::Request) << "waba_interactive_message"
        << "+353 83 800 0000"
        << "42";
    QTest::newRow("request body, message as a string")
        << "{\"waba_interactive_message\": " +
               QJsonDocument(QJsonArray{QString::fromUtf8(message)})
                   .toJson(QJsonDocument::Compact)
                   .chopped(1)
                   .sliced(1) +
               "}"
        << int(Shape::Request) << "waba_interactive_message"
        << ""
        << "";
}

void TestDraftFile::readsEveryShape()
{
    QFETCH(QByteArray, text);
    QFETCH(int, shape);
    QFETCH(QString, messagePath);
    QFETCH(QString, recipient);
    QFETCH(QString, teammate);
    const DraftFileContents contents = DraftFile::read(text);
    QVERIFY2(contents.isParsed(), qPrintable(errorLines(contents.errors).join(u'\n')));
    QCOMPARE(int(contents.shape), shape);
    QCOMPARE(contents.messagePath(), messagePath);
    QCOMPARE(contents.draft.defaultRecipient, recipient);
    QCOMPARE(contents.draft.teammateId, teammate);
    QVERIFY(contents.draft.name.isEmpty() == (Shape(shape) != Shape::Draft));
    QVERIFY(MessageJson::fromJson(contents.draft.payload).message == contents.message);
}

void TestDraftFile::namesEveryProblemByPath_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isJson");
    QTest::addColumn<QStringList>("errors");
    const QByteArray message = storedMessage("button.json");
    const auto wrapper = [&](const QByteArray& fields) {
        return "{\"wa_composer_draft\": 1, " + fields + (fields.isEmpty() ? "" : ", ") +
               "\"message\": " + message + "}";
    };
    QTest::newRow("not JSON") << QByteArray("{\n  \"name\": \"x\"\n  \"tags\": []\n}") << false
                              << QStringList{
                                     QStringLiteral("line 3, column 4: invalid JSON: unterminated object")};
    QTest::newRow("not an object") << QByteArray("[1, 2]") << true
                                   << QStringList{QStringLiteral("$: expected an object, got an array")};
    QTest::newRow("a lone string") << QByteArray("\"hello\"") << true
                                   << QStringList{QStringLiteral("$: expected an object, got a string")};
    QTest::newRow("name a number") << wrapper("\"name\": 5") << true
                                   << QStringList{QStringLiteral("name: expected a string, got a number")};
    QTest::newRow("name empty") << wrapper("\"name\": \"\"") << true
                                << QStringList{
                                       QStringLiteral("name: empty: leave the key out, or give it a value")};
    QTest::newRow("tags not a list") << wrapper("\"tags\": \"offers\"") << true
                                     << QStringList{QStringLiteral("tags: expected an array, got a string")};
    QTest::newRow("a tag not a string")
        << wrapper("\"tags\": [\"a\", 3, null]") << true
        << QStringList{QStringLiteral("tags[1]: expected a string, got a number"),
                       QStringLiteral("tags[2]: expected a string, got null")};
    QTest::newRow("recipient a number")
        << wrapper("\"default_recipient\": 353838000000") << true
        << QStringList{QStringLiteral("default_recipient: expected a string, got a number")};
    QTest::newRow("time not a time")
        << wrapper("\"updated_at\": \"yesterday\"") << true
        << QStringList{QStringLiteral(
               "updated_at: not a date and time in ISO 8601 form, such as 2024-03-05T14:07:09.123Z")};
    QTest::newRow("unknown key")
        << wrapper("\"colour\": \"red\"") << true
        << QStringList{QStringLiteral("colour: unknown key; expected one of: wa_composer_draft, name, tags, "
                                      "default_recipient, teammate_id, variables, product_looks, created_at, "
                                      "updated_at, message")};
    QTest::newRow("newer format") << QByteArray("{\"wa_composer_draft\": 2, \"message\": " + message + "}")
                                  << true
                                  << QStringList{
                                         QStringLiteral("wa_composer_draft: format version 2 was written by "
                                                        "a newer wa-composer; this one reads version 1")};
    QTest::newRow("version a string")
        << QByteArray("{\"wa_composer_draft\": \"1\", \"message\": " + message + "}") << true
        << QStringList{
               QStringLiteral("wa_composer_draft: expected the format's version number, got a string")};
    QTest::newRow("version 0") << QByteArray("{\"wa_composer_draft\": 0, \"message\": " + message + "}")
                               << true
                               << QStringList{QStringLiteral(
                                      "wa_composer_draft: unknown format version 0; expected 1")};
    QTest::newRow("variables a list")
        << QByteArray("{\"wa_composer_draft\": 1, \"variables\": [], \"message\": " + message + "}") << true
        << QStringList{QStringLiteral("variables: expected an object, got an array")};
    QTest::newRow("a variable's default not a string")
        << QByteArray("{\"wa_composer_draft\": 1, \"variables\": {\"order\": 4521, \"name\": \"Maria\"}, "
                      "\"message\": " +
                      message + "}")
        << true << QStringList{QStringLiteral("variables.order: expected a string, got a number")};
    QTest::newRow("a default for what cannot be a variable")
        << QByteArray("{\"wa_composer_draft\": 1, \"variables\": {\"first name\": \"Maria\"}, \"message\": " +
                      message + "}")
        << true
        << QStringList{
               QStringLiteral("variables.first name: not a variable name: letters, digits, _ and . only")};
    QTest::newRow("product looks a list")
        << wrapper("\"product_looks\": []") << true
        << QStringList{QStringLiteral("product_looks: expected an object, got an array")};
    QTest::newRow("a product look not an object")
        << wrapper("\"product_looks\": {\"SKU-1\": \"X2\"}") << true
        << QStringList{QStringLiteral("product_looks.SKU-1: expected an object, got a string")};
    QTest::newRow("a product look's unknown field")
        << wrapper("\"product_looks\": {\"SKU-1\": {\"title\": \"X2\"}}") << true
        << QStringList{QStringLiteral(
               "product_looks.SKU-1.title: unknown key: a product's look has a name, a price and an image")};
    QTest::newRow("a price not a string")
        << wrapper("\"product_looks\": {\"SKU-1\": {\"price\": 24.99}}") << true
        << QStringList{QStringLiteral("product_looks.SKU-1.price: expected a string, got a number")};
    QTest::newRow("a product's name empty")
        << wrapper("\"product_looks\": {\"SKU-1\": {\"name\": \"\"}}") << true
        << QStringList{
               QStringLiteral("product_looks.SKU-1.name: empty: leave the key out, or give it a value")};
    QTest::newRow("no message") << QByteArray("{\"wa_composer_draft\": 1}") << true
                                << QStringList{QStringLiteral("message: missing")};
    QTest::newRow("message a list") << QByteArray("{\"wa_composer_draft\": 1, \"message\": []}") << true
                                    << QStringList{
                                           QStringLiteral("message: expected an object, got an array")};
    QJsonObject broken = QJsonDocument::fromJson(message).object();
    QJsonObject action = broken[QStringLiteral("action")].toObject();
    QJsonArray buttons = action[QStringLiteral("buttons")].toArray();
    QJsonObject first = buttons[0].toObject();
    first[QStringLiteral("reply")] =
        QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("title"), 5}};
    buttons[0] = first;
    action[QStringLiteral("buttons")] = buttons;
    broken[QStringLiteral("action")] = action;
    QTest::newRow("wrong type inside the message")
        << QByteArray("{\"wa_composer_draft\": 1, \"message\": " + compact(broken) + "}") << true
        << QStringList{
               QStringLiteral("message.action.buttons[0].reply.title: expected a string, got a number")};
    QTest::newRow("wrong type inside a bare message")
        << compact(broken) << true
        << QStringList{QStringLiteral("action.buttons[0].reply.title: expected a string, got a number")};
    QTest::newRow("wrong type inside a request body")
        << QByteArray("{\"waba_interactive_message\": " + compact(broken) + "}") << true
        << QStringList{QStringLiteral(
               "waba_interactive_message.action.buttons[0].reply.title: expected a string, got a number")};
}

void TestDraftFile::namesEveryProblemByPath()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isJson);
    QFETCH(QStringList, errors);
    const DraftFileContents contents = DraftFile::read(text);
    QCOMPARE(contents.isJson, isJson);
    QCOMPARE(errorLines(contents.errors), errors);
    QVERIFY(!contents.isParsed());
    QVERIFY(contents.draft.payload.isEmpty()); // nothing to import
}

void TestDraftFile::productLooksAtTheLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("error"); // empty: read
    QTest::newRow("name at 200") << QStringLiteral("name") << 200 << QString();
    QTest::newRow("name at 201") << QStringLiteral("name") << 201
                                 << QStringLiteral(
                                        "product_looks.SKU-1: the preview's name of product “SKU-1” "
                                        "is 201 characters long; at most 200");
    QTest::newRow("price at 40") << QStringLiteral("price") << 40 << QString();
    QTest::newRow("price at 41") << QStringLiteral("price") << 41
                                 << QStringLiteral(
                                        "product_looks.SKU-1: the preview's price of product “SKU-1” "
                                        "is 41 characters long; at most 40");
    QTest::newRow("image at 2000") << QStringLiteral("image") << 2000 << QString();
    QTest::newRow("image at 2001") << QStringLiteral("image") << 2001
                                   << QStringLiteral(
                                          "product_looks.SKU-1: the preview's image link of product "
                                          "“SKU-1” is 2001 characters long; at most 2000");
}

// A file may hold what the app would save, and no more: each field at its limit is read, one past it is an
// error naming the field and the product.
void TestDraftFile::productLooksAtTheLimits()
{
    QFETCH(QString, field);
    QFETCH(int, length);
    QFETCH(QString, error);
    const QString value = QStringLiteral("é").repeated(length); // characters, however many bytes
    const QJsonObject looks{{QStringLiteral("SKU-1"), QJsonObject{{field, value}}}};
    const QByteArray text = "{\"wa_composer_draft\": 1, \"product_looks\": " + compact(looks) +
                            ", \"message\": " + storedMessage("button.json") + "}";
    const DraftFileContents contents = DraftFile::read(text);
    if (!error.isEmpty()) {
        QCOMPARE(errorLines(contents.errors), QStringList{error});
        return;
    }
    QVERIFY2(contents.isParsed(), qPrintable(errorLines(contents.errors).join(u'\n')));
    const ProductLook look = contents.draft.productLooks.value(QStringLiteral("SKU-1"));
    QCOMPARE(field == u"name" ? look.name : field == u"price" ? look.price : look.imageLink, value);
    // And written back as read.
    Draft draft = DraftFile::toDraft(contents, QStringLiteral("x"));
    QCOMPARE(DraftFile::read(DraftFile::toJson(draft)).draft.productLooks, contents.draft.productLooks);
}

// Files written before product looks existed have no such key: they import as they always did.
void TestDraftFile::aFileWithoutProductLooksImports()
{
    const QByteArray text = "{\"wa_composer_draft\": 1, \"name\": \"Old\", \"variables\": {\"store\": "
                            "\"Dublin\"}, \"message\": " +
                            storedMessage("button.json") + "}";
    const DraftFileContents contents = DraftFile::read(text);
    QVERIFY2(contents.isParsed(), qPrintable(errorLines(contents.errors).join(u'\n')));
    QVERIFY(contents.draft.productLooks.isEmpty());
    const Draft draft = DraftFile::toDraft(contents, QStringLiteral("x"));
    QCOMPARE(draft.name, QStringLiteral("Old"));
    QVERIFY(draft.productLooks.isEmpty());
    QVERIFY(!DraftFile::toJson(draft).contains("product_looks")); // and none is written
}

void TestDraftFile::importKeepsRuleBreakingMessages()
{
    // A 21-character button title breaks WhatsApp's rules but is no structure error: the draft is kept,
    // and the issue named where the file has it.
    const QJsonObject message = test::buttonWithTooLongTitle();

    Draft draft = fullDraft();
    draft.payload = compact(message);
    const DraftFileContents contents = DraftFile::read(DraftFile::toJson(draft));
    QVERIFY(contents.isParsed());
    QList<ValidationIssue> issues;
    const Draft imported = DraftFile::toDraft(contents, QString(), &issues);
    QCOMPARE(imported.payload, MessageJson::toJson(contents.message, JsonWriter::Format::Compact));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("message.action.buttons[0].reply.title"));
    QCOMPARE(issues.first().severity, Severity::Error);
    QCOMPARE(DraftFile::check(contents), issues);
}

void TestDraftFile::importNormalizesOrDropsTheRecipient_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("issue");
    QTest::newRow("E.164") << "+353838000000"
                           << "+353838000000"
                           << "";
    QTest::newRow("spaced") << "+353 83 800 0000"
                            << "+353838000000"
                            << "";
    QTest::newRow("no country code") << "083 800 0000"
                                     << ""
                                     << "default_recipient: warning: \"083 800 0000\": No country code";
    QTest::newRow("not a number") << "call me"
                                  << ""
                                  << "default_recipient: warning: \"call me\": Not a phone number";
}

void TestDraftFile::importNormalizesOrDropsTheRecipient()
{
    QFETCH(QString, written);
    QFETCH(QString, kept);
    QFETCH(QString, issue);
    Draft draft = fullDraft();
    draft.defaultRecipient = written;
    QList<ValidationIssue> issues;
    const Draft imported = DraftFile::toDraft(DraftFile::read(DraftFile::toJson(draft)), QString(), &issues);
    QCOMPARE(imported.defaultRecipient, kept);
    if (issue.isEmpty()) {
        QVERIFY(issues.isEmpty());
    } else {
        QCOMPARE(issues.size(), 1);
        const ValidationIssue& found = issues.first();
        const QString line = found.path + QStringLiteral(": warning: ") + found.message;
        QVERIFY2(line.startsWith(issue), qPrintable(line));
        QCOMPARE(found.severity, Severity::Warning);
    }
}

void TestDraftFile::nameFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::newRow("json") << "/tmp/x/Spring offer.json"
                          << "Spring offer";
    QTest::newRow("JSON") << "Offer.JSON"
                          << "Offer";
    QTest::newRow("two dots") << "a/b.c.json"
                              << "b.c";
    QTest::newRow("other extension") << "notes.txt"
                                     << "notes.txt";
    QTest::newRow("only .json") << "dir/.json"
                                << "";
}

void TestDraftFile::nameFromPath()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QCOMPARE(DraftFile::nameFromPath(path), name);
}

void TestDraftFile::fileNameIsSafe_data()
{
    QTest::addColumn<QString>("draftName");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain") << "Spring offer"
                           << "Spring offer";
    QTest::newRow("unicode kept") << "Été 🌞 — ofertas"
                                  << "Été 🌞 — ofertas";
    QTest::newRow("slashes") << "a/b\\c"
                             << "a_b_c";
    QTest::newRow("path escape") << "../../etc/passwd"
                                 << "_.._etc_passwd";
    QTest::newRow("control characters") << QStringLiteral("tab\there\nnew\x01") << "tab_here_new_";
    QTest::newRow("bidi override") << QStringLiteral("offer\u202Egpj.exe") << "offer_gpj.exe";
    QTest::newRow("leading dots") << "..hidden"
                                  << "hidden";
    QTest::newRow("leading dots and spaces") << " . .x "
                                             << "x";
    QTest::newRow("only dots") << ".."
                               << "draft";
    QTest::newRow("empty") << ""
                           << "draft";
    QTest::newRow("long") << QString(300, u'é') << QString(100, u'é'); // 200 bytes of UTF-8
    QTest::newRow("long emoji") << QString(60, QChar(u'x')) + QString::fromUtf8("😀").repeated(50)
                                << QString(60, QChar(u'x')) + QString::fromUtf8("😀").repeated(35);
}

void TestDraftFile::fileNameIsSafe()
{
    QFETCH(QString, draftName);
    QFETCH(QString, fileName);
    QCOMPARE(DraftFile::fileNameFor(draftName), fileName);
}

void TestDraftFile::verbsReadADraftFile()
{
    // An exported draft is something `validate`, `format` and `request` read as they are.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Draft draft = fullDraft();
    draft.payload =
        R"({"type":"location_request_message","body":{"text":""},"action":{"name":"send_location"}})";
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(DraftFile::toJson(draft));
    file.close();

    const Payload payload = PayloadInput::load(path, nullptr);
    QVERIFY(payload.isParsed());
    QVERIFY(payload.draft);
    QCOMPARE(payload.draft->name, draft.name);
    QCOMPARE(payload.messagePath, QStringLiteral("message"));

    const test::CliRun validate = test::runCli({QStringLiteral("validate"), path});
    QCOMPARE(validate.exitCode, 1);
    QCOMPARE(validate.out, QStringLiteral("message.body.text: Must not be empty.\n"));

    const test::CliRun request = test::runCli({QStringLiteral("request"), QStringLiteral("--compact"), path});
    QCOMPARE(request.exitCode, 1);
    QCOMPARE(request.err, QStringLiteral("message.body.text: Must not be empty.\n"));

    // Once valid, the draft's recipient and teammate make the request; the options still win.
    file.open(QIODevice::WriteOnly);
    draft.payload =
        R"({"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}})";
    file.write(DraftFile::toJson(draft));
    file.close();
    const test::CliRun fromFile =
        test::runCli({QStringLiteral("request"), QStringLiteral("--compact"), path});
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromFile.out,
             QStringLiteral(R"({"destination_phone":"+353838000000","waba_interactive_message":)"
                            R"({"type":"location_request_message","body":{"text":"Where?"},)"
                            R"("action":{"name":"send_location"}},"intercom_teammate_id":"5173352"})"
                            "\n"));
    const test::CliRun overridden = test::runCli({QStringLiteral("request"), QStringLiteral("--compact"),
                                                  QStringLiteral("--to"), QStringLiteral("+16502530000"),
                                                  QStringLiteral("--teammate"), QStringLiteral("9"), path});
    QCOMPARE(overridden.exitCode, 0);
    QVERIFY(overridden.out.startsWith(QStringLiteral(R"({"destination_phone":"+16502530000",)")));
    QVERIFY(overridden.out.endsWith(QStringLiteral(R"("intercom_teammate_id":"9"})"
                                                   "\n")));

    // format keeps the wrapper, canonical.
    const test::CliRun format = test::runCli({QStringLiteral("format"), path});
    QCOMPARE(format.exitCode, 0);
    QCOMPARE(format.out.toUtf8(), DraftFile::toJson(draft));
}

QTEST_GUILESS_MAIN(TestDraftFile)
#include "tst_draftfile.moc"
