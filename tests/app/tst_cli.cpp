#include "AppServices.h"
#include "cli/Cli.h"
#include "cli/SendCommand.h"
#include "media/MediaLoader.h"
#include "message/PayloadInput.h"
#include "support/CliRun.h"
#include "support/TestHttpServer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wa::cli;

namespace {

using Run = wa::test::CliRun;
using wa::test::runCli;

QString dataFile(const char* name)
{
    return QStringLiteral(WA_TEST_DATA "/") + QLatin1StringView(name);
}

QJsonObject articleMessage(const char* name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("waba_interactive_message"))
        .toObject();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Small edits of the article's examples, each breaking one rule.
using Edit = std::function<void(QJsonObject&)>;

QJsonObject edited(QJsonObject message, const Edit& edit)
{
    edit(message);
    return message;
}

QJsonArray buttons(const QJsonObject& message)
{
    return message[QStringLiteral("action")][QStringLiteral("buttons")].toArray();
}

void setButtons(QJsonObject& message, const QJsonArray& buttons)
{
    QJsonObject action = message[QStringLiteral("action")].toObject();
    action[QStringLiteral("buttons")] = buttons;
    message[QStringLiteral("action")] = action;
}

QJsonArray sections(const QJsonObject& message)
{
    return message[QStringLiteral("action")][QStringLiteral("sections")].toArray();
}

void setSections(QJsonObject& message, const QJsonArray& sections)
{
    QJsonObject action = message[QStringLiteral("action")].toObject();
    action[QStringLiteral("sections")] = sections;
    message[QStringLiteral("action")] = action;
}

QJsonObject row(int n)
{
    return {{QStringLiteral("id"), QStringLiteral("row-%1").arg(n)},
            {QStringLiteral("title"), QStringLiteral("Row %1").arg(n)}};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void acceptsTheArticleExamples_data();
    void acceptsTheArticleExamples();
    void acceptsTheNewerTypesExamples_data();
    void acceptsTheNewerTypesExamples();
    void refusesTheNewerTypesOnePastTheLimit_data();
    void refusesTheNewerTypesOnePastTheLimit();
    void rejectsBrokenVariants_data();
    void rejectsBrokenVariants();
    void reportsEveryIssueAsJson();
    void reportsUnreadableInputAsJson();
    void warningsDoNotFail();
    void unreadableInputExitsTwo_data();
    void unreadableInputExitsTwo();
    void inputIsCappedAt8MiB_data();
    void inputIsCappedAt8MiB();
    void aHostileFileUnderTheCapIsAnsweredQuickly_data();
    void aHostileFileUnderTheCapIsAnsweredQuickly();
    void formatIsCanonical();
    void requestBuildsTheOctopodsBody();
    void requestOptionFillsAnEmptyPhone();
    void requestRejects_data();
    void requestRejects();
    void usage();
    void runsWithoutADisplay();
    void takesTheDataDirOut_data();
    void takesTheDataDirOut();
    void dataDirWorksForEveryVerb();
    void statusExitCodesFromTheRealBinary_data();
    void statusExitCodesFromTheRealBinary();
    void noVerbAsksForThePicture_data();
    void noVerbAsksForThePicture();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCli::write(const QString& name, const QByteArray& bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestCli::acceptsTheArticleExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::newRow("reply buttons") << dataFile("octopods_reply_buttons.json") << "button";
    QTest::newRow("list") << dataFile("octopods_list.json") << "list";
}

void TestCli::acceptsTheArticleExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    const Run run = runCli({QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1: valid %2 message\n").arg(file, type));
    QVERIFY(run.err.isEmpty());

    // The bare interactive object, from standard input, is just as valid.
    const QByteArray bare =
        compact(articleMessage(type == u"list" ? "octopods_list.json" : "octopods_reply_buttons.json"));
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("-")}, bare).exitCode, 0);
}

// Meta's examples of the newer types (SPEC.md, "Newer interactive types"), as tests/data/messages keeps them
// in canonical form: valid, and format gives them back byte for byte.
void TestCli::acceptsTheNewerTypesExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    for (const char* name : {"carousel", "carousel_quick_replies", "carousel_products"})
        QTest::newRow(name) << dataFile("messages/") + QLatin1StringView(name) + QStringLiteral(".json")
                            << "carousel";
    QTest::newRow("voice_call") << dataFile("messages/voice_call.json") << "voice_call";
    QTest::newRow("voice_call defaults") << dataFile("messages/voice_call_defaults.json") << "voice_call";
    QTest::newRow("call_permission_request")
        << dataFile("messages/call_permission_request.json") << "call_permission_request";
    QTest::newRow("request_contact_info")
        << dataFile("messages/request_contact_info.json") << "request_contact_info";
    QTest::newRow("address_message") << dataFile("messages/address_message.json") << "address_message";
}

void TestCli::acceptsTheNewerTypesExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    const Run run = runCli({QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1: valid %2 message\n").arg(file, type));
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const Run formatted = runCli({QStringLiteral("format"), file});
    QCOMPARE(formatted.exitCode, 0);
    QCOMPARE(formatted.out.toUtf8(), original.readAll());
}

void TestCli::refusesTheNewerTypesOnePastTheLimit_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("expectedLine");
    const auto example = [](const char* name) {
        QFile file(dataFile("messages/") + QLatin1StringView(name) + QStringLiteral(".json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    const auto cardsOf = [](const QJsonObject& m) {
        return m[QStringLiteral("action")].toObject()[QStringLiteral("cards")].toArray();
    };
    const auto setCards = [](QJsonObject& m, const QJsonArray& cards) {
        QJsonObject action = m[QStringLiteral("action")].toObject();
        action[QStringLiteral("cards")] = cards;
        m[QStringLiteral("action")] = action;
    };
    const QJsonObject carousel = example("carousel");
    // 11 cards: the first card again, numbered on.
    QJsonObject eleven = carousel;
    QJsonArray cards;
    for (int i = 0; i < 11; ++i) {
        QJsonObject card = cardsOf(carousel)[0].toObject();
        card[QStringLiteral("card_index")] = i;
        cards.append(card);
    }
    setCards(eleven, cards);
    QTest::newRow("11 cards") << eleven << "action.cards: Has 11 cards; at most 10 allowed.";
    QJsonObject one = carousel;
    setCards(one, QJsonArray{cardsOf(carousel)[0]});
    QTest::newRow("1 card") << one << "action.cards: A carousel needs at least 2 cards.";
    QJsonObject longBody = carousel;
    QJsonArray longCards = cardsOf(carousel);
    QJsonObject first = longCards[0].toObject();
    first[QStringLiteral("body")] = QJsonObject{{QStringLiteral("text"), QString(161, u'x')}};
    longCards[0] = first;
    setCards(longBody, longCards);
    QTest::newRow("card body of 161")
        << longBody << "action.cards[0].body.text: Too long: 161 characters, at most 160 allowed.";
    QJsonObject replies = example("carousel_quick_replies");
    QJsonArray replyCards = cardsOf(replies);
    for (qsizetype c = 0; c < replyCards.size(); ++c) {
        QJsonObject card = replyCards[c].toObject();
        QJsonArray buttons;
        for (int b = 0; b < 4; ++b)
            buttons.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("quick_reply")},
                            {QStringLiteral("quick_reply"),
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1-b%2").arg(c).arg(b)},
                                         {QStringLiteral("title"), QStringLiteral("Reply %1").arg(b)}}}});
        card[QStringLiteral("action")] = QJsonObject{{QStringLiteral("buttons"), buttons}};
        replyCards[c] = card;
    }
    setCards(replies, replyCards);
    QTest::newRow("4 quick replies")
        << replies << "action.cards[0].action.buttons: Has 4 quick replies; at most 3 allowed.";
    const auto withParameter = [&](const char* key, const QJsonValue& value) {
        QJsonObject m = example("voice_call");
        QJsonObject action = m[QStringLiteral("action")].toObject();
        QJsonObject parameters = action[QStringLiteral("parameters")].toObject();
        parameters[QLatin1StringView(key)] = value;
        action[QStringLiteral("parameters")] = parameters;
        m[QStringLiteral("action")] = action;
        return m;
    };
    QTest::newRow("ttl 43201")
        << withParameter("ttl_minutes", 43201)
        << "action.parameters.ttl_minutes: 43201 minutes: the button stays from 1 to 43200 "
           "minutes (30 days).";
    QTest::newRow("display_text of 21")
        << withParameter("display_text", QString(21, u'x'))
        << "action.parameters.display_text: Too long: 21 characters, at most 20 "
           "allowed.";
    QTest::newRow("payload of 513")
        << withParameter("payload", QString(513, u'x'))
        << "action.parameters.payload: Too long: 513 characters, at most 512 allowed.";
    QJsonObject address = example("address_message");
    QJsonObject action = address[QStringLiteral("action")].toObject();
    QJsonObject parameters = action[QStringLiteral("parameters")].toObject();
    QJsonObject values = parameters[QStringLiteral("values")].toObject();
    values[QStringLiteral("in_pin_code")] = QStringLiteral("4000631");
    parameters[QStringLiteral("values")] = values;
    action[QStringLiteral("parameters")] = parameters;
    address[QStringLiteral("action")] = action;
    QTest::newRow("PIN of 7 digits")
        << address
        << "action.parameters.values.in_pin_code: \"4000631\": a PIN code is up to 6 "
           "digits.";
}

void TestCli::refusesTheNewerTypesOnePastTheLimit()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, expectedLine);
    const QString file = write(QStringLiteral("past-the-limit.json"), compact(message));
    const Run run = runCli({QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.split(u'\n').contains(expectedLine), qPrintable(run.out));
}

void TestCli::rejectsBrokenVariants_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("expectedLine");

    const QJsonObject list = articleMessage("octopods_list.json");
    const QJsonObject reply = articleMessage("octopods_reply_buttons.json");

    QTest::newRow("4th reply button") << edited(reply, [](QJsonObject& m) {
        QJsonArray b = buttons(m);
        for (int i = 3; i <= 4; ++i)
            b.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("reply")},
                                 {QStringLiteral("reply"),
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("ID_%1").arg(i)},
                                              {QStringLiteral("title"), QStringLiteral("T%1").arg(i)}}}});
        setButtons(m, b);
    }) << "action.buttons: Has 4 reply buttons; at most 3 allowed.";
    QTest::newRow("duplicate reply id") << edited(reply, [](QJsonObject& m) {
        QJsonArray b = buttons(m);
        QJsonObject second = b[1].toObject();
        QJsonObject r = second[QStringLiteral("reply")].toObject();
        r[QStringLiteral("id")] = QStringLiteral("UNIQUE_BUTTON_ID_1");
        second[QStringLiteral("reply")] = r;
        b[1] = second;
        setButtons(m, b);
    }) << "action.buttons[1].reply.id: Same id as action.buttons[0].reply.id; ids must be unique.";
    QTest::newRow("21-character button title") << edited(reply, [](QJsonObject& m) {
        QJsonArray b = buttons(m);
        QJsonObject first = b[0].toObject();
        QJsonObject r = first[QStringLiteral("reply")].toObject();
        r[QStringLiteral("title")] = QString(21, u'x');
        first[QStringLiteral("reply")] = r;
        b[0] = first;
        setButtons(m, b);
    }) << "action.buttons[0].reply.title: Too long: 21 characters, at most 20 allowed.";
    QTest::newRow("11th row") << edited(list, [](QJsonObject& m) {
        QJsonArray s = sections(m);
        QJsonObject second = s[1].toObject();
        QJsonArray rows = second[QStringLiteral("rows")].toArray();
        for (int i = 0; i < 7; ++i)
            rows.append(row(i));
        second[QStringLiteral("rows")] = rows;
        s[1] = second;
        setSections(m, s);
    }) << "action.sections[1].rows[8]: Row 11 of 11: a list holds at most 10 rows across all sections.";
    QTest::newRow("second section without title") << edited(list, [](QJsonObject& m) {
        QJsonArray s = sections(m);
        QJsonObject second = s[1].toObject();
        second.remove(QStringLiteral("title"));
        s[1] = second;
        setSections(m, s);
    }) << "action.sections[1].title: Every section needs a title when there is more than one section.";
    QTest::newRow("row without id") << edited(list, [](QJsonObject& m) {
        QJsonArray s = sections(m);
        QJsonObject second = s[1].toObject();
        QJsonArray rows = second[QStringLiteral("rows")].toArray();
        QJsonObject first = rows[0].toObject();
        first.remove(QStringLiteral("id"));
        rows[0] = first;
        second[QStringLiteral("rows")] = rows;
        s[1] = second;
        setSections(m, s);
    }) << "action.sections[1].rows[0].id: missing";
    QTest::newRow("empty body") << edited(list, [](QJsonObject& m) {
        m[QStringLiteral("body")] = QJsonObject{{QStringLiteral("text"), QString()}};
    }) << "body.text: Must not be empty.";
    QTest::newRow("image header on a list") << edited(list, [](QJsonObject& m) {
        m[QStringLiteral("header")] =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                        {QStringLiteral("image"),
                         QJsonObject{{QStringLiteral("link"), QStringLiteral("https://example.com/a.png")}}}};
    }) << "header: A \"image\" header is not allowed in a \"list\" message (allowed: text only).";
    QTest::newRow("http:// CTA URL without a host")
        << QJsonObject{{QStringLiteral("type"), QStringLiteral("cta_url")},
                       {QStringLiteral("body"),
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("See our offers")}}},
                       {QStringLiteral("action"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("cta_url")},
                                    {QStringLiteral("parameters"),
                                     QJsonObject{{QStringLiteral("display_text"), QStringLiteral("Open")},
                                                 {QStringLiteral("url"), QStringLiteral("http://")}}}}}}
        << "action.parameters.url: Not an absolute URL with a host, such as https://example.com/page.";
    QTest::newRow("unknown type")
        << edited(list, [](QJsonObject& m) { m[QStringLiteral("type")] = QStringLiteral("poll"); })
        << "type: unknown type \"poll\"; expected one of: button, list, cta_url, "
           "location_request_message, flow, product, product_list, catalog_message, carousel, voice_call, "
           "call_permission_request, request_contact_info, address_message";
}

void TestCli::rejectsBrokenVariants()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, expectedLine);
    const QString file = write(QStringLiteral("broken.json"), compact(message));
    const Run run = runCli({QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.split(u'\n').contains(expectedLine), qPrintable(run.out));

    // Inside a request body the same problem is named by its full path.
    const QJsonObject body{{QStringLiteral("destination_phone"), QStringLiteral("+353838000000")},
                           {QStringLiteral("waba_interactive_message"), message}};
    const Run wrapped = runCli({QStringLiteral("validate"), QStringLiteral("-")}, compact(body));
    QCOMPARE(wrapped.exitCode, 1);
    QVERIFY2(wrapped.out.split(u'\n').contains(QStringLiteral("waba_interactive_message.") + expectedLine),
             qPrintable(wrapped.out));
}

void TestCli::reportsEveryIssueAsJson()
{
    QJsonObject reply = articleMessage("octopods_reply_buttons.json");
    reply[QStringLiteral("footer")] = QJsonObject{{QStringLiteral("text"), QString()}};
    reply[QStringLiteral("body")] = QJsonObject{{QStringLiteral("text"), QString(1025, u'b')}};
    const Run run =
        runCli({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, compact(reply));
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(result[QStringLiteral("valid")], QJsonValue(false));
    QCOMPARE(result[QStringLiteral("type")], QJsonValue(QStringLiteral("button")));
    QStringList found;
    for (const QJsonValue& issue : result[QStringLiteral("issues")].toArray()) {
        QCOMPARE(issue[QStringLiteral("severity")], QJsonValue(QStringLiteral("error")));
        QVERIFY(!issue[QStringLiteral("message")].toString().isEmpty());
        found.append(issue[QStringLiteral("path")].toString() + u' ' +
                     issue[QStringLiteral("code")].toString());
    }
    QCOMPARE(found, (QStringList{QStringLiteral("body.text too-long"), QStringLiteral("footer.text empty")}));
}

void TestCli::reportsUnreadableInputAsJson()
{
    const Run run =
        runCli({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("-")}, "{\"type\":");
    QCOMPARE(run.exitCode, 2);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result[QStringLiteral("valid")], QJsonValue(false));
    const QJsonArray issues = result[QStringLiteral("issues")].toArray();
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0][QStringLiteral("code")], QJsonValue(QStringLiteral("unreadable")));
    QVERIFY(issues[0][QStringLiteral("message")].toString().startsWith(QStringLiteral("line 1, column ")));
    QVERIFY(!result.contains(QStringLiteral("type")));
}

void TestCli::warningsDoNotFail()
{
    QJsonObject reply = articleMessage("octopods_reply_buttons.json");
    reply[QStringLiteral("header")] = QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                  {QStringLiteral("text"), QStringLiteral("*Order* update")}};
    const Run run = runCli({QStringLiteral("validate"), QStringLiteral("-")}, compact(reply));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("header.text: warning: ")), qPrintable(run.out));
    QVERIFY(run.out.endsWith(QStringLiteral("-: valid button message\n")));
}

void TestCli::unreadableInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("missing file") << QStringList{QStringLiteral("validate"),
                                                 QStringLiteral("/nonexistent/x.json")}
                                  << QByteArray() << "cannot read /nonexistent/x.json";
    QTest::newRow("not JSON") << QStringList{QStringLiteral("validate"), QStringLiteral("-")}
                              << QByteArray("{\"type\": ") << "line 1, column 10: invalid JSON";
    // Columns count characters, as an editor does, not UTF-8 bytes: é and 😀 are one each.
    QTest::newRow("not JSON, after accents and emoji")
        << QStringList{QStringLiteral("validate"), QStringLiteral("-")}
        << QStringLiteral("{\"body\":\"é😀\", x}").toUtf8() << "line 1, column 16: invalid JSON";
    QTest::newRow("not JSON, second line") << QStringList{QStringLiteral("validate"), QStringLiteral("-")}
                                           << QByteArray("{\n  \"a\": ]") << "line 2, column 9: invalid JSON";
    QTest::newRow("empty input") << QStringList{QStringLiteral("validate"), QStringLiteral("-")}
                                 << QByteArray() << "invalid JSON";
    QTest::newRow("no file") << QStringList{QStringLiteral("validate")} << QByteArray() << "exactly one FILE";
    QTest::newRow("two files") << QStringList{QStringLiteral("format"), QStringLiteral("a"),
                                              QStringLiteral("b")}
                               << QByteArray() << "exactly one FILE";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--colour"),
                                                   QStringLiteral("-")}
                                    << QByteArray() << "colour";
    QTest::newRow("format of bad JSON")
        << QStringList{QStringLiteral("format"), QStringLiteral("-")} << QByteArray("[1,") << "invalid JSON";
    QTest::newRow("request without a phone") << QStringList{QStringLiteral("request"), QStringLiteral("-")}
                                             << compact(articleMessage("octopods_reply_buttons.json"))
                                             << "--to: the customer's phone number is required.";
    QTest::newRow("request of bad JSON") << QStringList{QStringLiteral("request"), QStringLiteral("--to"),
                                                        QStringLiteral("+353838000000"), QStringLiteral("-")}
                                         << QByteArray("nope") << "invalid JSON";
}

void TestCli::unreadableInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, errorContains);
    const Run run = runCli(arguments, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(errorContains), qPrintable(run.err));
}

void TestCli::inputIsCappedAt8MiB_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("refused");
    QTest::newRow("a message") << qint64(1024) << false;
    QTest::newRow("just under the cap") << wa::PayloadInput::MaxBytes - 1 << false;
    QTest::newRow("the cap") << wa::PayloadInput::MaxBytes << false;
    QTest::newRow("the cap + 1") << wa::PayloadInput::MaxBytes + 1 << true;
    QTest::newRow("far over the cap") << 3 * wa::PayloadInput::MaxBytes << true;
}

void TestCli::aHostileFileUnderTheCapIsAnsweredQuickly_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("lines") << false;
    QTest::newRow("--json") << true;
}

// Just under the cap, as many reply buttons as fit, their ids repeating and titles empty: every rule fires
// hundreds of thousands of times. The answer comes within 2 s (or, on a machine busy enough that reading a
// plain file of the same size is slow, within 4 times that) and lists a screenful, with counts of the rest.
void TestCli::aHostileFileUnderTheCapIsAnsweredQuickly()
{
    QFETCH(bool, json);
    QByteArray input = R"({"type":"button","body":{"text":"Hi"},"action":{"buttons":[)";
    const QByteArray closing = "]}}";
    for (int i = 0;; ++i) {
        const QByteArray button = (i ? "," : "") + QByteArray(R"({"type":"reply","reply":{"id":"id)") +
                                  QByteArray::number(i % 50) + R"(","title":""}})";
        if (input.size() + button.size() + closing.size() > wa::PayloadInput::MaxBytes)
            break;
        input += button;
    }
    input += closing;
    QVERIFY(input.size() > wa::PayloadInput::MaxBytes - 100);
    QElapsedTimer clock;
    clock.start();
    QStringList arguments{QStringLiteral("validate"), QStringLiteral("-")};
    if (json)
        arguments.insert(1, QStringLiteral("--json"));
    const Run run = runCli(arguments, input);
    const qint64 elapsed = clock.elapsed();
    qInfo("a hostile file of %lld bytes answered in %lld ms", qint64(input.size()), elapsed);
    QCOMPARE(run.exitCode, 1);
#if !defined(__SANITIZE_ADDRESS__)
    if (elapsed >= 2000) {
        // As many bytes in one long body, one rule firing once: what this machine needs to read the file.
        QByteArray plain = R"({"type":"button","body":{"text":")";
        const QByteArray tail =
            R"("},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]}})";
        plain += QByteArray(input.size() - plain.size() - tail.size(), 'a') + tail;
        clock.restart();
        runCli(arguments, plain);
        const qint64 reading = clock.elapsed();
        QVERIFY2(
            elapsed < 4 * reading,
            qPrintable(
                QStringLiteral("%1 ms; a plain file of the same size: %2 ms").arg(elapsed).arg(reading)));
    }
#endif
    if (json) {
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(result.value(QStringLiteral("issues")).toArray().size() <= 100);
        QStringList omitted;
        for (const QJsonValue& entry : result.value(QStringLiteral("omitted")).toArray())
            if (entry[QStringLiteral("count")].toInteger() > 100000)
                omitted.append(entry[QStringLiteral("code")].toString());
        omitted.sort();
        QCOMPARE(omitted, (QStringList{QStringLiteral("duplicate-id"), QStringLiteral("empty")}));
    } else {
        QVERIFY2(run.out.count(u'\n') < 100, qPrintable(QString::number(run.out.count(u'\n'))));
        QVERIFY2(run.out.contains(QStringLiteral("more 'duplicate-id' issue")),
                 qPrintable(run.out.right(300)));
        QVERIFY(run.out.contains(QStringLiteral("more 'empty' issue")));
    }
}

// An empty object padded with spaces to the size: JSON that parses, so only the size can refuse it.
void TestCli::inputIsCappedAt8MiB()
{
    QFETCH(qint64, size);
    QFETCH(bool, refused);
    QByteArray input = "{}";
    input.append(size - input.size(), ' ');
    const Run run = runCli({QStringLiteral("validate"), QStringLiteral("-")}, input);
    QCOMPARE(run.err.contains(QStringLiteral("larger than 8 MiB")), refused);
    QCOMPARE(run.exitCode, refused ? 2 : 1); // an empty object is readable but no message
}

void TestCli::formatIsCanonical()
{
    // Keys out of order, extra white space: format puts them in WhatsApp's order.
    const QByteArray scrambled =
        R"({ "action": {"name": "send_location"}, "body": {"text": "Where should we deliver?"},
                                      "type": "location_request_message" })";
    const Run compactRun =
        runCli({QStringLiteral("format"), QStringLiteral("--compact"), QStringLiteral("-")}, scrambled);
    QCOMPARE(compactRun.exitCode, 0);
    QCOMPARE(
        compactRun.out,
        QStringLiteral(R"({"type":"location_request_message","body":{"text":"Where should we deliver?"},)"
                       R"("action":{"name":"send_location"}})"
                       "\n"));
    const Run indented = runCli({QStringLiteral("format"), QStringLiteral("-")}, scrambled);
    QCOMPARE(indented.exitCode, 0);
    QVERIFY(indented.out.startsWith(QStringLiteral("{\n    \"type\": \"location_request_message\",\n")));

    // The article's request body keeps its wrapper and formats to the same JSON value.
    QFile file(dataFile("octopods_list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument original = QJsonDocument::fromJson(file.readAll());
    const Run article = runCli({QStringLiteral("format"), dataFile("octopods_list.json")});
    QCOMPARE(article.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(article.out.toUtf8()), original);

    const Run broken = runCli({QStringLiteral("format"), QStringLiteral("-")}, R"({"type":"button"})");
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.err, QStringLiteral("action: missing\n"));
}

void TestCli::requestBuildsTheOctopodsBody()
{
    const Run run = runCli({QStringLiteral("request"), QStringLiteral("--to"), QStringLiteral("083 800 0000"),
                            QStringLiteral("--region"), QStringLiteral("IE"), QStringLiteral("--teammate"),
                            QStringLiteral("5173352"), QStringLiteral("--compact"),
                            dataFile("octopods_reply_buttons.json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(body.keys(),
             (QStringList{QStringLiteral("destination_phone"), QStringLiteral("intercom_teammate_id"),
                          QStringLiteral("waba_interactive_message")}));
    QCOMPARE(body[QStringLiteral("destination_phone")], QJsonValue(QStringLiteral("+353838000000")));
    QCOMPARE(body[QStringLiteral("intercom_teammate_id")], QJsonValue(QStringLiteral("5173352")));
    QCOMPARE(body[QStringLiteral("waba_interactive_message")].toObject(),
             articleMessage("octopods_reply_buttons.json"));
    QVERIFY(run.out.startsWith(
        QStringLiteral(R"({"destination_phone":"+353838000000","waba_interactive_message":)")));

    // A bare message from standard input, a number already in E.164, no teammate.
    const Run bare = runCli({QStringLiteral("request"), QStringLiteral("--to"),
                             QStringLiteral("+1 650 253 0000"), QStringLiteral("-")},
                            compact(articleMessage("octopods_list.json")));
    QCOMPARE(bare.exitCode, 0);
    const QJsonObject bareBody = QJsonDocument::fromJson(bare.out.toUtf8()).object();
    QCOMPARE(bareBody[QStringLiteral("destination_phone")], QJsonValue(QStringLiteral("+16502530000")));
    QVERIFY(!bareBody.contains(QStringLiteral("intercom_teammate_id")));
}

void TestCli::requestOptionFillsAnEmptyPhone()
{
    // A body whose destination_phone is still empty: --to gives it, as the options win over the body.
    const QJsonObject body{
        {QStringLiteral("destination_phone"), QString()},
        {QStringLiteral("waba_interactive_message"), articleMessage("octopods_reply_buttons.json")}};
    const Run run = runCli({QStringLiteral("request"), QStringLiteral("--to"),
                            QStringLiteral("+353838000000"), QStringLiteral("-")},
                           compact(body));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("destination_phone")],
             QJsonValue(QStringLiteral("+353838000000")));
    const Run unset = runCli({QStringLiteral("validate"), QStringLiteral("-")}, compact(body));
    QCOMPARE(unset.exitCode, 1);
    QVERIFY(unset.out.startsWith(QStringLiteral("destination_phone: Missing")));
}

void TestCli::requestRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("errorContains");
    const QByteArray valid = compact(articleMessage("octopods_reply_buttons.json"));
    QJsonObject badPhoneBody{
        {QStringLiteral("destination_phone"), QStringLiteral("+353 8")},
        {QStringLiteral("waba_interactive_message"), articleMessage("octopods_reply_buttons.json")}};
    QTest::newRow("body's phone invalid") << QStringList{QStringLiteral("request"), QStringLiteral("-")}
                                          << compact(badPhoneBody) << "destination_phone: Too short";
    QTest::newRow("national number without region")
        << QStringList{QStringLiteral("request"), QStringLiteral("--to"), QStringLiteral("083 800 0000"),
                       QStringLiteral("-")}
        << valid << "--to: No country code";
    QTest::newRow("not a number") << QStringList{QStringLiteral("request"), QStringLiteral("--to"),
                                                 QStringLiteral("call me"), QStringLiteral("-")}
                                  << valid << "--to: Not a phone number";
    QJsonObject invalid = articleMessage("octopods_reply_buttons.json");
    invalid.remove(QStringLiteral("body"));
    QTest::newRow("invalid message") << QStringList{QStringLiteral("request"), QStringLiteral("--to"),
                                                    QStringLiteral("+353838000000"), QStringLiteral("-")}
                                     << compact(invalid)
                                     << "waba_interactive_message.body: A body is required";
}

void TestCli::requestRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, errorContains);
    const Run run = runCli(arguments, input);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty()); // nothing half-made to pipe into a send
    QVERIFY2(run.err.contains(errorContains), qPrintable(run.err));
}

void TestCli::usage()
{
    QVERIFY(Cli::handles({QStringLiteral("wa-composer"), QStringLiteral("validate")}));
    QVERIFY(Cli::handles({QStringLiteral("wa-composer"), QStringLiteral("--help")}));
    QVERIFY(!Cli::handles({QStringLiteral("wa-composer")}));
    QVERIFY(Cli::handles({QStringLiteral("wa-composer"), QStringLiteral("sned")}));
    QVERIFY(
        Cli::handles({QStringLiteral("wa-composer"), QStringLiteral("--json"), QStringLiteral("validate")}));
    QVERIFY(
        !Cli::handles({QStringLiteral("wa-composer"), QStringLiteral("-platform"), QStringLiteral("xcb")}));
    QVERIFY(!Cli::handles({QStringLiteral("wa-composer"), QStringLiteral("--style=Fusion")}));
    QVERIFY(!Cli::handles({QStringLiteral("wa-composer"), QStringLiteral("-reverse")}));

    const Run help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* verb : {"validate", "format", "request", "send", "drafts"})
        QVERIFY2(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1StringView(verb))), verb);
    QVERIFY(help.out.contains(QStringLiteral("--data-dir DIR")));
    QVERIFY(help.out.contains(QStringLiteral("WA_COMPOSER_DATA_DIR")));

    const Run verbHelp = runCli({QStringLiteral("request"), QStringLiteral("--help")});
    QCOMPARE(verbHelp.exitCode, 0);
    QVERIFY(verbHelp.out.startsWith(QStringLiteral("Usage: wa-composer request")));
    QVERIFY(verbHelp.out.contains(QStringLiteral("--teammate <ID>")));

    const Run unknown = runCli({QStringLiteral("sned")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.startsWith(QStringLiteral("Unknown verb 'sned'.")));

    const Run unknownOption = runCli({QStringLiteral("--json"), QStringLiteral("validate")});
    QCOMPARE(unknownOption.exitCode, 2);
    QVERIFY(unknownOption.err.startsWith(QStringLiteral("Unknown option '--json'.")));

    const Run version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("wa-composer ")));
}

void TestCli::runsWithoutADisplay()
{
    // The real executable, with no display and a platform that needs one: a verb must not open a window.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WA_COMPOSER_EXE), {QStringLiteral("validate"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    QFile file(dataFile("octopods_list.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    process.write(file.readAll());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray("-: valid list message\n"));

    process.start(QStringLiteral(WA_COMPOSER_EXE),
                  {QStringLiteral("validate"), QStringLiteral("/nonexistent.json")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);

    // A mistyped verb or a misplaced option is an error, not a window that cannot open.
    for (const QStringList& arguments : {QStringList{QStringLiteral("sned"), QStringLiteral("x.json")},
                                         QStringList{QStringLiteral("--json"), QStringLiteral("validate")}}) {
        process.start(QStringLiteral(WA_COMPOSER_EXE), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().startsWith("Unknown "));
    }
}

void TestCli::takesTheDataDirOut_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QString>("folder"); // "" when none is given
    QTest::addColumn<bool>("failed");
    const QString program = QStringLiteral("wa-composer");
    const QString dir = QStringLiteral("/tmp/wa data");
    const QString option = QStringLiteral("--data-dir");
    const QString list = QStringLiteral("list");
    const QString drafts = QStringLiteral("drafts");
    QTest::newRow("none") << QStringList{program, drafts, list} << QStringList{program, drafts, list} << ""
                          << false;
    QTest::newRow("first") << QStringList{program, option, dir, drafts, list}
                           << QStringList{program, drafts, list} << dir << false;
    QTest::newRow("after the verb") << QStringList{program, drafts, option, dir, list}
                                    << QStringList{program, drafts, list} << dir << false;
    QTest::newRow("last, with =") << QStringList{program, drafts, list, option + u'=' + dir}
                                  << QStringList{program, drafts, list} << dir << false;
    QTest::newRow("window") << QStringList{program, option, dir} << QStringList{program} << dir << false;
    QTest::newRow("window with Qt options")
        << QStringList{program, QStringLiteral("-style"), QStringLiteral("Fusion"), option, dir}
        << QStringList{program, QStringLiteral("-style"), QStringLiteral("Fusion")} << dir << false;
    QTest::newRow("the last one wins")
        << QStringList{program, option, QStringLiteral("/a"), drafts, option + QStringLiteral("=/b"), list}
        << QStringList{program, drafts, list} << "/b" << false;
    QTest::newRow("after --, a file name")
        << QStringList{program, QStringLiteral("validate"), QStringLiteral("--"), option}
        << QStringList{program, QStringLiteral("validate"), QStringLiteral("--"), option} << "" << false;
    QTest::newRow("no folder") << QStringList{program, drafts, list, option} << QStringList{} << "" << true;
    QTest::newRow("empty folder") << QStringList{program, option + u'=', drafts} << QStringList{} << ""
                                  << true;
}

void TestCli::takesTheDataDirOut()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, left);
    QFETCH(QString, folder);
    QFETCH(bool, failed);
    QString error;
    const std::optional<QString> taken = Cli::takeDataDir(arguments, &error);
    QCOMPARE(!error.isEmpty(), failed);
    if (failed) {
        QVERIFY(!taken);
        QVERIFY(error.startsWith(QStringLiteral("--data-dir: ")));
        return;
    }
    QCOMPARE(taken.value_or(QString()), folder);
    QCOMPARE(arguments, left);
}

void TestCli::dataDirWorksForEveryVerb()
{
    // The real executable: --data-dir anywhere puts the drafts (and the send history) in that folder, and
    // the verb never sees the option.
    const QString folder = m_dir.filePath(QStringLiteral("data dir"));
    const QString message = write(QStringLiteral("Menu.json"), compact(articleMessage("octopods_list.json")));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QString::fromLatin1(wa::AppServices::DataDirVariable));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WA_COMPOSER_EXE), {QStringLiteral("drafts"), QStringLiteral("import"),
                                                    QStringLiteral("--data-dir"), folder, message});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(),
             (message + QStringLiteral(": imported as \"Menu\"\n")).toUtf8());
    QVERIFY(QFile::exists(folder + QStringLiteral("/drafts.sqlite")));

    process.start(QStringLiteral(WA_COMPOSER_EXE),
                  {QStringLiteral("--data-dir=") + folder, QStringLiteral("drafts"), QStringLiteral("list"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray drafts = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts[0][QStringLiteral("name")].toString(), QStringLiteral("Menu"));

    // The environment variable does the same; the option wins over it.
    environment.insert(QString::fromLatin1(wa::AppServices::DataDirVariable), folder);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WA_COMPOSER_EXE),
                  {QStringLiteral("drafts"), QStringLiteral("show"), QStringLiteral("menu")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    process.start(QStringLiteral(WA_COMPOSER_EXE),
                  {QStringLiteral("drafts"), QStringLiteral("show"), QStringLiteral("menu"),
                   QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("empty"))});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("No draft named \"menu\""));

    process.start(QStringLiteral(WA_COMPOSER_EXE),
                  {QStringLiteral("validate"), message, QStringLiteral("--data-dir")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("--data-dir: "));
}

void TestCli::statusExitCodesFromTheRealBinary_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("known: 0") << 200 << QByteArray(R"({"status":"READ","channel_message_id":"wamid.9"})")
                              << 0;
    QTest::newRow("no such message: 3") << 404 << QByteArray(R"({"error":"Not found"})") << 3;
    QTest::newRow("the key refused: 3") << 401 << QByteArray() << 3;
    QTest::newRow("garbage: 4") << 200 << QByteArray("<html>maintenance</html>") << 4;
}

// `wa-composer status` as a script runs it: the real executable against a real server on 127.0.0.1, the
// test's event loop running the server while the process waits for it.
void TestCli::statusExitCodesFromTheRealBinary()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(int, exitCode);
    wa::test::TestHttpServer server;
    QVERIFY(server.listen());
    wa::test::TestHttpServer::Response response;
    response.status = httpStatus;
    response.body = body;
    server.setDefaultResponse(response);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WA_COMPOSER_API_KEY"), QStringLiteral("real-binary-key-0f3c"));
    environment.insert(QStringLiteral("WA_COMPOSER_DATA_DIR"), m_dir.filePath(QStringLiteral("status-data")));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(WA_COMPOSER_EXE), {QStringLiteral("status"), QStringLiteral("--base"),
                                                    server.baseUrl().toString(), QStringLiteral("msg-9")});
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == exitCode, qPrintable(output));
    QVERIFY(!output.contains(QStringLiteral("real-binary-key")));
    if (exitCode == 0)
        QVERIFY2(output.contains(QStringLiteral("Status: Read (READ)")) &&
                     output.contains(QStringLiteral("wamid.9")),
                 qPrintable(output));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().target, QByteArray("/api/v1/whatsapp/messages/msg-9"));
}

void TestCli::noVerbAsksForThePicture_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("validate") << "validate";
    QTest::newRow("request") << "request";
    QTest::newRow("send") << "send";
}

// A message whose image header links to the local test server: only the window's preview loads pictures, no
// verb asks for one. The link is https, as the validator wants, so asking for it would be a connection this
// plain-HTTP server accepts without reading a request from it: connections are counted as well as requests.
void TestCli::noVerbAsksForThePicture()
{
    QFETCH(QString, verb);
    wa::test::TestHttpServer server;
    QVERIFY(server.listen());
    QUrl picture = server.baseUrl();
    picture.setScheme(QStringLiteral("https"));
    picture.setPath(QStringLiteral("/picture.png"));
    QJsonObject message = articleMessage("octopods_reply_buttons.json");
    message[QStringLiteral("header")] =
        QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                    {QStringLiteral("image"), QJsonObject{{QStringLiteral("link"), picture.toString()}}}};
    QStringList arguments{verb};
    if (verb != u"validate")
        arguments << QStringLiteral("--to") << QStringLiteral("+353838000000");
    if (verb == u"send")
        arguments << QStringLiteral("--base") << server.baseUrl().toString();
    arguments << QStringLiteral("-");

    QTemporaryDir data; // the send history's, nobody else's
    QVERIFY(data.isValid());
    wa::AppServices services(data.path());
    qputenv(SendCommand::KeyVariable, "cli-media-key-7d1e");
    const Run run = runCli(arguments, compact(message), &services);
    qunsetenv(SendCommand::KeyVariable);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(!services.findChild<wa::MediaLoader*>()); // not even made
    QTest::qWait(100); // what a verb left asking would reach the server meanwhile

    const bool sent = verb == u"send";
    QCOMPARE(server.connections(), sent ? 1 : 0);
    QCOMPARE(server.requests().size(), sent ? 1 : 0);
    if (sent) {
        QCOMPARE(server.requests().first().method, QByteArray("POST"));
        QCOMPARE(server.requests().first().target, QByteArray("/api/v1/sms/messages"));
        QVERIFY(server.requests().first().body.contains(picture.toEncoded())); // the link, as written
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
