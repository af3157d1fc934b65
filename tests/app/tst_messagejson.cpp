// The JSON codec of interactive messages (MessageJson, JsonReader, JsonWriter) and the Octopods request body
// around it: round trips of realistic payloads, the exact text written, and every kind of bad input.

#include "message/MessageJson.h"
#include "message/Validator.h"
#include "sending/OctopodsRequest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace wa;
using namespace Qt::StringLiterals;
using Format = JsonWriter::Format;

Q_DECLARE_METATYPE(wa::InteractiveMessage)
Q_DECLARE_METATYPE(wa::MessageType)
Q_DECLARE_METATYPE(wa::JsonWriter::Format)

// Declared before the helpers: moc mis-reads raw string literals that end in a quote, such as R"("x")".
class TestMessageJson : public QObject
{
    Q_OBJECT

private slots:
    void fileRoundTrip_data();
    void fileRoundTrip();
    void fileModels();
    void indentedLayout_data();
    void indentedLayout();

    void octopodsExamples_data();
    void octopodsExamples();
    void octopodsFullRequest();
    void octopodsStringForm_data();
    void octopodsStringForm();
    void octopodsErrors_data();
    void octopodsErrors();

    void compactOutput_data();
    void compactOutput();
    void indentedOutput_data();
    void indentedOutput();
    void writerMatchesQJsonDocument_data();
    void writerMatchesQJsonDocument();
    void valueRoundTrip_data();
    void valueRoundTrip();
    void omitsAbsentOptionals_data();
    void omitsAbsentOptionals();
    void stringEscaping_data();
    void stringEscaping();

    void malformed_data();
    void malformed();
    void notAnObjectValue_data();
    void notAnObjectValue();
    void rootPathPrefix_data();
    void rootPathPrefix();
    void syntaxErrors_data();
    void syntaxErrors();
    void hugeBody();
    void deepFlowData();
    void deeperThanTheParser();

private:
    void addMessageRows();
};

namespace {

using L1 = QLatin1StringView;

// ---- files ---------------------------------------------------------------------------------------------

QString dataFile(const QString& relative)
{
    return QStringLiteral(WA_TEST_DATA "/") + relative;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct MessageFile
{
    const char* name;
    MessageType type;
};

// One valid, realistic payload per type (and per notable variant) under tests/data/messages.
const MessageFile messageFiles[] = {
    {"button", MessageType::Button},
    {"button_document", MessageType::Button},
    {"list", MessageType::List},
    {"cta_url", MessageType::CtaUrl},
    {"location_request_message", MessageType::LocationRequest},
    {"flow", MessageType::Flow},
    {"flow_by_name", MessageType::Flow},
    {"product", MessageType::Product},
    {"product_list", MessageType::ProductList},
    {"catalog_message", MessageType::Catalog},
    {"catalog_message_plain", MessageType::Catalog},
    {"carousel", MessageType::Carousel},
    {"carousel_quick_replies", MessageType::Carousel},
    {"carousel_products", MessageType::Carousel},
    {"voice_call", MessageType::VoiceCall},
    {"voice_call_defaults", MessageType::VoiceCall},
    {"call_permission_request", MessageType::CallPermissionRequest},
    {"request_contact_info", MessageType::ContactInfoRequest},
    {"address_message", MessageType::Address},
};

QByteArray messageFileBytes(const QString& name)
{
    return readFile(dataFile(QStringLiteral("messages/%1.json").arg(name)));
}

// ---- diagnostics ---------------------------------------------------------------------------------------

QString errorsText(const QList<JsonError>& errors)
{
    QStringList lines;
    for (const JsonError& error : errors)
        lines.append(error.toString());
    return lines.isEmpty() ? QStringLiteral("(no errors)") : lines.join(u"\n  ");
}

QByteArray jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

QString mismatch(const QJsonValue& actual, const QJsonValue& expected)
{
    return QStringLiteral("\n   actual: %1\n expected: %2")
        .arg(QString::fromUtf8(jsonText(actual).left(4000)),
             QString::fromUtf8(jsonText(expected).left(4000)));
}

QString mismatch(const QByteArray& actual, const QByteArray& expected)
{
    return QStringLiteral("\n   actual: %1\n expected: %2")
        .arg(QString::fromUtf8(actual.left(4000)), QString::fromUtf8(expected.left(4000)));
}

#define WA_COMPARE_JSON(actual, expected)                                                                    \
    do {                                                                                                     \
        const QJsonValue actual_ = (actual);                                                                 \
        const QJsonValue expected_ = (expected);                                                             \
        QVERIFY2(actual_ == expected_, qPrintable(mismatch(actual_, expected_)));                            \
    } while (false)

#define WA_COMPARE_BYTES(actual, expected)                                                                   \
    do {                                                                                                     \
        const QByteArray actual_ = (actual);                                                                 \
        const QByteArray expected_ = (expected);                                                             \
        QVERIFY2(actual_ == expected_, qPrintable(mismatch(actual_, expected_)));                            \
    } while (false)

#define WA_VERIFY_PARSED(result)                                                                             \
    do {                                                                                                     \
        QVERIFY2((result).errors.isEmpty(),                                                                  \
                 qPrintable(QLatin1StringView("unexpected errors:\n  ") + errorsText((result).errors)));     \
        QVERIFY((result).message.has_value());                                                               \
        QVERIFY((result).ok());                                                                              \
    } while (false)

// Text that must parse as a JSON object with no error.
QJsonObject strictObject(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), text.left(200).constData());
    return document.object();
}

// The value at "action.sections[0].rows[1].description", or undefined when any step is absent.
QJsonValue valueAt(QJsonValue value, const QString& path)
{
    static const QRegularExpression step(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    auto it = step.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.hasCaptured(1)) {
            if (!value.isObject())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toObject().value(match.captured(1));
        } else {
            const qsizetype index = match.captured(2).toLongLong();
            if (!value.isArray() || index >= value.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toArray().at(index);
        }
    }
    return value;
}

// Removes the whitespace outside strings: indented output minified must be the compact output.
QByteArray minified(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n') {
            out += c;
        }
    }
    return out;
}

QStringList sortedPaths(const QList<JsonError>& errors)
{
    QStringList paths;
    for (const JsonError& error : errors)
        paths.append(error.path);
    paths.sort();
    return paths;
}

// ---- building messages ---------------------------------------------------------------------------------

InteractiveMessage makeMessage(Action action, Header header = {}, std::optional<QString> body = std::nullopt,
                               std::optional<QString> footer = std::nullopt)
{
    InteractiveMessage message;
    message.action = std::move(action);
    message.header = std::move(header);
    message.body = std::move(body);
    message.footer = std::move(footer);
    return message;
}

Header mediaHeader(HeaderKind kind, const QString& id, const QString& link, const QString& filename = {})
{
    Header header;
    header.kind = kind;
    header.mediaId = id;
    header.mediaLink = link;
    header.filename = filename;
    return header;
}

FlowAction flowAction(const QString& id, const QString& name, const QString& cta)
{
    FlowAction action;
    action.flowId = id;
    action.flowName = name;
    action.cta = cta;
    return action;
}

ListAction fullListAction()
{
    ListAction action;
    action.button = QStringLiteral("Browse");
    action.sections = {
        {QStringLiteral("Running"),
         {{QStringLiteral("run-1"), QStringLiteral("Trail Runner X2"), QString::fromUtf8("€129")},
          {QStringLiteral("run-2"), QStringLiteral("Road Lite 3"), {}}}},
        {QStringLiteral("Everyday"),
         {{QStringLiteral("day-1"), QStringLiteral("Canvas Low"), QStringLiteral("6 colours")}}},
    };
    return action;
}

InteractiveMessage fullList()
{
    return makeMessage(fullListAction(), Header::fromText(QStringLiteral("Find your next pair")),
                       QStringLiteral("Pick a category"), QStringLiteral("Free returns"));
}

QJsonObject flowData()
{
    return strictObject(R"({"size": 39.5, "wide": false, "days": ["sat", "sun"], "note": null})");
}

// A location request is the smallest message: a body and a constant action.
QByteArray locationRequestWithBody(const QByteArray& bodyJson)
{
    return R"({"type":"location_request_message","body":{"text":)" + bodyJson +
           R"(},"action":{"name":"send_location"}})";
}

// A valid message of the given type with the given action, for the malformed-input rows.
QByteArray withAction(const QByteArray& type, const QByteArray& action, const QByteArray& header = {})
{
    QByteArray json = "{\"type\":\"" + type + '"';
    if (!header.isEmpty())
        json += R"(,"header":)" + header;
    return json + R"(,"body":{"text":"Hi"},"action":)" + action + '}';
}

QByteArray buttonsWithHeader(const QByteArray& header)
{
    return withAction("button", R"({"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}}]})",
                      header);
}

const QByteArray validButtonsAction = R"({"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}}]})";

} // namespace

// ---- realistic payloads --------------------------------------------------------------------------------

void TestMessageJson::fileRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<Format>("format");
    for (const MessageFile& file : messageFiles) {
        QTest::addRow("%s/indented", file.name)
            << QString::fromLatin1(file.name) << file.type << Format::Indented;
        QTest::addRow("%s/compact", file.name)
            << QString::fromLatin1(file.name) << file.type << Format::Compact;
    }
}

void TestMessageJson::fileRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(MessageType, type);
    QFETCH(Format, format);

    const QByteArray bytes = messageFileBytes(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(QStringLiteral("cannot read messages/%1.json").arg(file)));
    QJsonParseError parseError;
    const QJsonDocument original = QJsonDocument::fromJson(bytes, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(original.isObject());

    const MessageParseResult parsed = MessageJson::fromJson(bytes);
    WA_VERIFY_PARSED(parsed);
    QCOMPARE(int(parsed.message->type()), int(type));

    // The object the codec builds and the text it writes are both the file's JSON value.
    WA_COMPARE_JSON(MessageJson::toJsonObject(*parsed.message), original.object());
    const QByteArray written = MessageJson::toJson(*parsed.message, format);
    const QJsonDocument rewritten = QJsonDocument::fromJson(written, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY2(rewritten == original, qPrintable(mismatch(rewritten.object(), original.object())));
    if (format == Format::Compact)
        QVERIFY(!written.contains('\n'));
    else
        QVERIFY(written.endsWith("}\n"));

    // And the text reads back to the same value.
    const MessageParseResult reparsed = MessageJson::fromJson(written);
    WA_VERIFY_PARSED(reparsed);
    QVERIFY(*reparsed.message == *parsed.message);

    // The QJsonValue entry point agrees with the text one.
    const MessageParseResult fromValue = MessageJson::fromJson(QJsonValue(original.object()));
    WA_VERIFY_PARSED(fromValue);
    QVERIFY(*fromValue.message == *parsed.message);
}

// Round trips alone would not notice a field read into the wrong member and written back from it.
void TestMessageJson::fileModels()
{
    // Every file under messages/ is one of the files the round-trip tests go through.
    QStringList listed;
    for (const MessageFile& file : messageFiles)
        listed.append(QLatin1StringView(file.name) + u".json"_s);
    listed.sort();
    QCOMPARE(QDir(dataFile(u"messages"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name), listed);

    const auto load = [](const char* name) {
        return MessageJson::fromJson(messageFileBytes(QLatin1StringView(name)));
    };

    {
        const MessageParseResult r = load("button");
        WA_VERIFY_PARSED(r);
        const InteractiveMessage& m = *r.message;
        QCOMPARE(m.header.kind, HeaderKind::Image);
        QCOMPARE(m.header.mediaLink,
                 u"https://cdn.strideshoes.example/products/trail-runner-x2/forest-green.jpg"_s);
        QVERIFY(m.header.mediaId.isEmpty());
        QVERIFY(m.body && m.body->startsWith(QString::fromUtf8("Hi Aoife! 👟")));
        QCOMPARE(m.footer, std::optional(QString::fromUtf8("Stride Shoes · Grafton Street, Dublin")));
        const auto* action = m.actionAs<ReplyButtonsAction>();
        QVERIFY(action);
        QCOMPARE(action->buttons.size(), 3);
        QCOMPARE(action->buttons[0].id, u"reserve-trx2-grn-39"_s);
        QCOMPARE(action->buttons[0].title, u"Yes, reserve it"_s);
        QCOMPARE(action->buttons[2].id, u"no-thanks"_s);
        QCOMPARE(action->buttons[2].title, u"No, thanks"_s);
    }
    {
        const MessageParseResult r = load("button_document");
        WA_VERIFY_PARSED(r);
        const InteractiveMessage& m = *r.message;
        QCOMPARE(m.header.kind, HeaderKind::Document);
        QCOMPARE(m.header.mediaId, u"1013859600285441"_s);
        QVERIFY(m.header.mediaLink.isEmpty());
        QCOMPARE(m.header.filename, u"Stride-Shoes-invoice-48213.pdf"_s);
        QVERIFY(!m.footer);
        QCOMPARE(m.actionAs<ReplyButtonsAction>()->buttons.size(), 2);
    }
    {
        const MessageParseResult r = load("list");
        WA_VERIFY_PARSED(r);
        const InteractiveMessage& m = *r.message;
        QCOMPARE(m.header.kind, HeaderKind::Text);
        QCOMPARE(m.header.text, u"Find your next pair"_s);
        QCOMPARE(m.footer, std::optional(QStringLiteral("Free returns within 30 days")));
        const auto* action = m.actionAs<ListAction>();
        QVERIFY(action);
        QCOMPARE(action->button, u"Browse styles"_s);
        QCOMPARE(action->sections.size(), 2);
        QCOMPARE(action->rowCount(), 4);
        QCOMPARE(action->sections[0].title, u"Running"_s);
        QCOMPARE(action->sections[0].rows[0].id, u"run-trail-runner-x2"_s);
        QCOMPARE(action->sections[0].rows[0].title, u"Trail Runner X2"_s);
        QCOMPARE(action->sections[0].rows[0].description,
                 QString::fromUtf8("Grippy outsole for wet trails · €129"));
        QCOMPARE(action->sections[1].title, u"Everyday"_s);
        QCOMPARE(action->sections[1].rows[1].title, u"Leather Loafer"_s);
        QVERIFY(action->sections[1].rows[1].description.isEmpty());
    }
    {
        const MessageParseResult r = load("cta_url");
        WA_VERIFY_PARSED(r);
        const InteractiveMessage& m = *r.message;
        QCOMPARE(m.header.kind, HeaderKind::Video);
        QCOMPARE(m.header.mediaLink,
                 u"https://cdn.strideshoes.example/campaigns/autumn-2024/lookbook-30s.mp4"_s);
        const auto* action = m.actionAs<CtaUrlAction>();
        QVERIFY(action);
        QCOMPARE(action->displayText, u"Shop the collection"_s);
        QCOMPARE(action->url,
                 u"https://www.strideshoes.example/collections/autumn?utm_source=whatsapp&utm_medium=cta"_s);
    }
    {
        const MessageParseResult r = load("location_request_message");
        WA_VERIFY_PARSED(r);
        QCOMPARE(r.message->header.kind, HeaderKind::None);
        QVERIFY(!r.message->footer);
        QVERIFY(r.message->actionAs<LocationRequestAction>());
    }
    {
        const MessageParseResult r = load("flow");
        WA_VERIFY_PARSED(r);
        const auto* action = r.message->actionAs<FlowAction>();
        QVERIFY(action);
        QCOMPARE(action->messageVersion, u"3"_s);
        QCOMPARE(action->flowToken, u"AQAAAAACS5FpgQ_cAAAAAD0QI3s."_s);
        QCOMPARE(action->flowId, u"1627019861106475"_s);
        QVERIFY(action->flowName.isEmpty());
        QCOMPARE(action->cta, u"Book a fitting"_s);
        QCOMPARE(action->mode, u"published"_s);
        QCOMPARE(action->flowAction, u"navigate"_s);
        QCOMPARE(action->screen, u"FITTING_DETAILS"_s);
        QVERIFY(action->data.has_value());
        const QJsonObject& data = *action->data;
        QCOMPARE(data.value(L1("customer_name")).toString(), u"Aoife"_s);
        QCOMPARE(data.value(L1("store_id")).toInteger(), qint64(14));
        QCOMPARE(data.value(L1("shoe_size_eu")).toDouble(), 39.5);
        QCOMPARE(data.value(L1("weekly_km")).toInteger(), qint64(-1));
        QVERIFY(data.value(L1("wide_fit")).isBool() && !data.value(L1("wide_fit")).toBool());
        QVERIFY(data.value(L1("newsletter_opt_in")).toBool());
        QVERIFY(data.value(L1("previous_order")).isNull());
        QCOMPARE(data.value(L1("preferred_days")).toArray(), (QJsonArray{L1("saturday"), L1("sunday")}));
        QCOMPARE(valueAt(data, QStringLiteral("basket.items[0].unit_price")).toDouble(), 129.95);
        QCOMPARE(valueAt(data, QStringLiteral("available_slots[1].enabled")), QJsonValue(false));
    }
    {
        const MessageParseResult r = load("flow_by_name");
        WA_VERIFY_PARSED(r);
        const auto* action = r.message->actionAs<FlowAction>();
        QVERIFY(action);
        QVERIFY(action->flowId.isEmpty());
        QCOMPARE(action->flowName, u"shoe_care_survey"_s);
        QCOMPARE(action->cta, u"Start the survey"_s);
        QCOMPARE(action->flowAction, u"data_exchange"_s);
        QVERIFY(action->flowToken.isEmpty());
        QVERIFY(action->mode.isEmpty());
        QVERIFY(!action->hasPayload());
    }
    {
        const MessageParseResult r = load("product");
        WA_VERIFY_PARSED(r);
        const auto* action = r.message->actionAs<ProductAction>();
        QVERIFY(action);
        QCOMPARE(action->catalogId, u"367025965434465"_s);
        QCOMPARE(action->productRetailerId, u"TRX2-GRN-39"_s);
    }
    {
        const MessageParseResult r = load("product_list");
        WA_VERIFY_PARSED(r);
        QCOMPARE(r.message->header.text, u"Autumn picks for you"_s);
        const auto* action = r.message->actionAs<ProductListAction>();
        QVERIFY(action);
        QCOMPARE(action->catalogId, u"367025965434465"_s);
        QCOMPARE(action->sections.size(), 2);
        QCOMPARE(action->productCount(), 5);
        QCOMPARE(action->sections[1].title, u"Boots"_s);
        QCOMPARE(action->sections[1].productRetailerIds,
                 (QStringList{u"CHELSEA-BRN-39"_s, u"HIKER-WTP-39"_s, u"WINTER-LND-39"_s}));
    }
    {
        const MessageParseResult r = load("catalog_message");
        WA_VERIFY_PARSED(r);
        QCOMPARE(r.message->actionAs<CatalogAction>()->thumbnailProductRetailerId, u"TRX2-GRN-39"_s);
    }
    {
        const MessageParseResult r = load("catalog_message_plain");
        WA_VERIFY_PARSED(r);
        QVERIFY(r.message->actionAs<CatalogAction>()->thumbnailProductRetailerId.isEmpty());
    }
    {
        const MessageParseResult r = load("carousel");
        WA_VERIFY_PARSED(r);
        QCOMPARE(r.message->header.kind, HeaderKind::None);
        const auto* action = r.message->actionAs<CarouselAction>();
        QVERIFY(action);
        QCOMPARE(action->cards.size(), 3);
        const CarouselCard& last = action->cards[2];
        QCOMPARE(last.index, 2);
        QCOMPARE(last.kind, CarouselCard::Kind::Url);
        QCOMPARE(last.header.kind, HeaderKind::Image);
        QCOMPARE(last.header.mediaId, u"1558081531584829"_s);
        QCOMPARE(last.body, std::optional(u"*Snake plant*\nThrives on neglect."_s));
        QCOMPARE(last.url.displayText, u"Buy now"_s);
        QCOMPARE(last.url.url, u"https://www.greenleaf.example/plants/snake-plant?utm_source=whatsapp"_s);
    }
    {
        const MessageParseResult r = load("carousel_quick_replies");
        WA_VERIFY_PARSED(r);
        const CarouselCard& second = r.message->actionAs<CarouselAction>()->cards[1];
        QCOMPARE(second.kind, CarouselCard::Kind::QuickReplies);
        QVERIFY(!second.body);
        QCOMPARE(second.quickReplies.size(), 2);
        QCOMPARE(second.quickReplies[1].id, u"save-pothos"_s);
        QCOMPARE(second.quickReplies[1].title, u"Add to favorites"_s);
    }
    {
        const MessageParseResult r = load("carousel_products");
        WA_VERIFY_PARSED(r);
        const auto* action = r.message->actionAs<CarouselAction>();
        QVERIFY(action->isProductCarousel());
        QCOMPARE(action->cards[1].productRetailerId, u"wpf-boot-blk-40"_s);
        QCOMPARE(action->cards[1].catalogId, u"1037543291543636"_s);
        QCOMPARE(action->cards[1].header.kind, HeaderKind::None);
    }
    {
        const MessageParseResult r = load("voice_call");
        WA_VERIFY_PARSED(r);
        const auto* call = r.message->actionAs<VoiceCallAction>();
        QVERIFY(call);
        QCOMPARE(call->displayText, u"Call support"_s);
        QCOMPARE(call->ttlMinutes, std::optional<qint64>(1440));
        QCOMPARE(call->payload, u"order-48213"_s);
        QCOMPARE(r.message->footer, std::optional(u"Lines open 9:00 to 18:00"_s));
    }
    {
        const MessageParseResult r = load("voice_call_defaults");
        WA_VERIFY_PARSED(r);
        QVERIFY(!r.message->actionAs<VoiceCallAction>()->hasParameters());
    }
    QVERIFY(load("call_permission_request").message->actionAs<CallPermissionRequestAction>());
    QVERIFY(load("request_contact_info").message->actionAs<ContactInfoRequestAction>());
    {
        const MessageParseResult r = load("address_message");
        WA_VERIFY_PARSED(r);
        const auto* address = r.message->actionAs<AddressAction>();
        QVERIFY(address);
        QCOMPARE(address->country, u"IN"_s);
        QCOMPARE(address->values.size(), 9);
        QCOMPARE(address->value(QLatin1StringView("in_pin_code")), u"400063"_s);
        QCOMPARE(address->value(QLatin1StringView("landmark_area")), u"Near Oberoi Mall"_s);
        QCOMPARE(address->savedAddresses.size(), 1);
        QCOMPARE(address->savedAddresses[0].id, u"home"_s);
        QCOMPARE(address->savedAddresses[0].values.size(), 7);
        QVERIFY(address->validationErrors.isEmpty());
    }
}

void TestMessageJson::indentedLayout_data()
{
    QTest::addColumn<QString>("file");
    for (const MessageFile& file : messageFiles)
        QTest::newRow(file.name) << QString::fromLatin1(file.name);
}

// Indented output is laid out like QJsonDocument's: four spaces per level, one member per line, a final
// newline.
void TestMessageJson::indentedLayout()
{
    QFETCH(QString, file);
    const MessageParseResult parsed = MessageJson::fromJson(messageFileBytes(file));
    WA_VERIFY_PARSED(parsed);
    const QByteArray indented = MessageJson::toJson(*parsed.message, Format::Indented);
    const QByteArray compact = MessageJson::toJson(*parsed.message, Format::Compact);

    QVERIFY(MessageJson::toJson(*parsed.message) == indented); // Indented is the default
    QVERIFY(indented.startsWith("{\n    \"type\": "));
    QVERIFY(indented.endsWith("\n}\n"));
    QVERIFY(!indented.endsWith("\n\n"));
    QVERIFY(!indented.contains('\t'));
    QVERIFY(!indented.contains('\r'));
    QVERIFY(compact.startsWith("{\"type\":\""));
    QVERIFY(compact.endsWith("}"));
    WA_COMPARE_BYTES(minified(indented), compact);

    const QList<QByteArray> lines = indented.chopped(1).split('\n');
    int depth = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype spaces = line.size() - line.trimmed().size();
        const QByteArray content = line.mid(spaces);
        QVERIFY2(!content.isEmpty(), qPrintable(QStringLiteral("empty line %1").arg(i + 1)));
        QVERIFY2(!line.endsWith(' '), qPrintable(QStringLiteral("trailing space on line %1").arg(i + 1)));
        if (content.startsWith('}') || content.startsWith(']'))
            --depth;
        QVERIFY2(spaces == 4 * depth, qPrintable(QStringLiteral("line %1 indented by %2, expected %3: %4")
                                                     .arg(i + 1)
                                                     .arg(spaces)
                                                     .arg(4 * depth)
                                                     .arg(QString::fromUtf8(line))));
        if (content.endsWith('{') || content.endsWith('['))
            ++depth;
    }
    QCOMPARE(depth, 0);
}

// ---- Octopods request bodies ---------------------------------------------------------------------------

void TestMessageJson::octopodsExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<MessageType>("type");
    QTest::newRow("reply buttons") << QStringLiteral("octopods_reply_buttons.json") << MessageType::Button;
    QTest::newRow("list") << QStringLiteral("octopods_list.json") << MessageType::List;
}

void TestMessageJson::octopodsExamples()
{
    QFETCH(QString, file);
    QFETCH(MessageType, type);
    const QByteArray bytes = readFile(dataFile(file));
    QVERIFY(!bytes.isEmpty());
    const QJsonObject original = strictObject(bytes);
    QVERIFY(OctopodsRequest::isRequestBody(original));

    const RequestParseResult result = OctopodsRequest::fromJson(original);
    QVERIFY2(result.ok(), qPrintable(errorsText(result.errors)));
    QVERIFY(!result.hasDestinationPhone);
    QVERIFY(result.request.destinationPhone.isEmpty());
    QVERIFY(result.request.intercomTeammateId.isEmpty());
    QVERIFY(!result.request.openIntercomConversation);
    QCOMPARE(int(result.request.message.type()), int(type));
    WA_COMPARE_JSON(result.request.toJsonObject(), original);

    // The message inside is what the bare codec reads.
    const MessageParseResult bare = MessageJson::fromJson(original.value(L1("waba_interactive_message")));
    WA_VERIFY_PARSED(bare);
    QVERIFY(*bare.message == result.request.message);

    // And the request's own text reads back the same.
    for (const Format format : {Format::Indented, Format::Compact}) {
        const QByteArray written = result.request.toJson(format);
        WA_COMPARE_JSON(strictObject(written), original);
        QVERIFY(written.startsWith(format == Format::Compact
                                       ? "{\"waba_interactive_message\":{\"type\":\""
                                       : "{\n    \"waba_interactive_message\": {\n        \"type\": \""));
    }
}

void TestMessageJson::octopodsFullRequest()
{
    const QByteArray text =
        R"({"destination_phone":"+353838000000","waba_interactive_message":{"type":"location_request_message",)"
        R"("body":{"text":"Where are you?"},"action":{"name":"send_location"}},"intercom_teammate_id":"5173352",)"
        R"("open_intercom_conversation":false})";
    const QJsonObject original = strictObject(text);
    const RequestParseResult result = OctopodsRequest::fromJson(original);
    QVERIFY2(result.ok(), qPrintable(errorsText(result.errors)));
    QVERIFY(result.hasDestinationPhone);
    QCOMPARE(result.request.destinationPhone, u"+353838000000"_s);
    QCOMPARE(result.request.intercomTeammateId, u"5173352"_s);
    QCOMPARE(result.request.openIntercomConversation, std::optional(false));
    WA_COMPARE_JSON(result.request.toJsonObject(), original);
    // Keys in the documented order, not QJsonObject's alphabetical one.
    WA_COMPARE_BYTES(result.request.toJson(Format::Compact), text);
}

void TestMessageJson::octopodsStringForm_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<Format>("format");
    const auto add = [](const QString& name, const QJsonObject& message) {
        QTest::addRow("%s/compact string", qPrintable(name)) << message << Format::Compact;
        QTest::addRow("%s/indented string", qPrintable(name)) << message << Format::Indented;
    };
    for (const char* file : {"octopods_reply_buttons.json", "octopods_list.json"})
        add(QLatin1StringView(file), strictObject(readFile(dataFile(QLatin1StringView(file))))
                                         .value(L1("waba_interactive_message"))
                                         .toObject());
    for (const MessageFile& file : messageFiles)
        add(QLatin1StringView(file.name), strictObject(messageFileBytes(QLatin1StringView(file.name))));
}

// The newer endpoint takes waba_interactive_message as a JSON string: it must read like the object form.
void TestMessageJson::octopodsStringForm()
{
    QFETCH(QJsonObject, message);
    QFETCH(Format, format);
    QVERIFY(!message.isEmpty());
    const QJsonObject objectForm{{L1("waba_interactive_message"), message}};
    const QString text =
        QString::fromUtf8(format == Format::Compact ? QJsonDocument(message).toJson(QJsonDocument::Compact)
                                                    : QJsonDocument(message).toJson(QJsonDocument::Indented));
    const QJsonObject stringForm{{L1("waba_interactive_message"), text}};

    const RequestParseResult fromObject = OctopodsRequest::fromJson(objectForm);
    const RequestParseResult fromString = OctopodsRequest::fromJson(stringForm);
    QVERIFY2(fromObject.ok(), qPrintable(errorsText(fromObject.errors)));
    QVERIFY2(fromString.ok(), qPrintable(errorsText(fromString.errors)));
    QVERIFY(fromString.request == fromObject.request);
    // Written back, it is always the object form.
    WA_COMPARE_JSON(fromString.request.toJsonObject(), objectForm);
}

void TestMessageJson::octopodsErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("paths");

    const QJsonObject badButtons = strictObject(withAction("button", R"({"buttons":{"type":"reply"}})"));
    const QJsonObject badRow = strictObject(
        withAction("list", R"({"button":"Browse","sections":[{"rows":[{"id":"a","title":"A"},"b"]}]})"));
    const QJsonObject good = strictObject(locationRequestWithBody(R"("Where are you?")"));
    const auto compact = [](const QJsonObject& o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    const auto body = [](const QJsonValue& message) {
        return QJsonObject{{L1("waba_interactive_message"), message}};
    };

    QTest::newRow("object form: action.buttons not an array")
        << body(badButtons) << QStringList{u"waba_interactive_message.action.buttons"_s};
    QTest::newRow("string form: action.buttons not an array")
        << body(compact(badButtons)) << QStringList{u"waba_interactive_message.action.buttons"_s};
    QTest::newRow("object form: row is a string")
        << body(badRow) << QStringList{u"waba_interactive_message.action.sections[0].rows[1]"_s};
    QTest::newRow("string form: row is a string")
        << body(compact(badRow)) << QStringList{u"waba_interactive_message.action.sections[0].rows[1]"_s};
    QTest::newRow("missing type inside")
        << body(strictObject(R"({"body":{"text":"Hi"},"action":{"name":"send_location"}})"))
        << QStringList{u"waba_interactive_message.type"_s};
    QTest::newRow("string form: syntax error")
        << body(QStringLiteral(R"({"type":"button",)")) << QStringList{u"waba_interactive_message"_s};
    QTest::newRow("string form: not JSON at all")
        << body(QStringLiteral("Hello there")) << QStringList{u"waba_interactive_message"_s};

    QJsonObject unknownTop = body(good);
    unknownTop.insert(L1("destination"), QStringLiteral("+353838000000"));
    QTest::newRow("unknown top-level key") << unknownTop << QStringList{u"destination"_s};

    QJsonObject twoUnknown = body(strictObject(R"({"type":"location_request_message","body":{"text":"Hi"},)"
                                               R"("action":{"name":"send_location","colour":"red"}})"));
    twoUnknown.insert(L1("phone"), QStringLiteral("+353838000000"));
    twoUnknown.insert(L1("waba_message"), QJsonObject{});
    QTest::newRow("unknown keys outside and inside")
        << twoUnknown
        << QStringList{u"phone"_s, u"waba_interactive_message.action.colour"_s, u"waba_message"_s};

    QJsonObject teammate = body(good);
    teammate.insert(L1("intercom_teammate_id"), 5173352);
    QTest::newRow("intercom_teammate_id a number") << teammate << QStringList{u"intercom_teammate_id"_s};
    QJsonObject open = body(good);
    open.insert(L1("open_intercom_conversation"), QStringLiteral("yes"));
    QTest::newRow("open_intercom_conversation a string")
        << open << QStringList{u"open_intercom_conversation"_s};
    QJsonObject phone = body(good);
    phone.insert(L1("destination_phone"), 353838000000.0);
    QTest::newRow("destination_phone a number") << phone << QStringList{u"destination_phone"_s};

    QTest::newRow("waba_interactive_message missing")
        << QJsonObject{{L1("destination_phone"), QStringLiteral("+353838000000")}}
        << QStringList{u"waba_interactive_message"_s};
    QTest::newRow("waba_interactive_message a number")
        << body(42) << QStringList{u"waba_interactive_message"_s};
    QTest::newRow("waba_interactive_message an array")
        << body(QJsonArray{good}) << QStringList{u"waba_interactive_message"_s};
    QTest::newRow("waba_interactive_message null")
        << body(QJsonValue()) << QStringList{u"waba_interactive_message"_s};
    QTest::newRow("string form holding an array")
        << body(QStringLiteral("[]")) << QStringList{u"waba_interactive_message"_s};
    QTest::newRow("string form holding a number")
        << body(QStringLiteral("42")) << QStringList{u"waba_interactive_message"_s};
}

void TestMessageJson::octopodsErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, paths);
    const RequestParseResult result = OctopodsRequest::fromJson(body);
    QVERIFY(!result.ok());
    QStringList expected = paths;
    expected.sort();
    QVERIFY2(sortedPaths(result.errors) == expected,
             qPrintable(QStringLiteral("got:\n  %1\nexpected paths: %2")
                            .arg(errorsText(result.errors), expected.join(u", "))));
}

// ---- exact output --------------------------------------------------------------------------------------

void TestMessageJson::addMessageRows()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("full list")
        << fullList()
        << QByteArray(
               R"({"type":"list","header":{"type":"text","text":"Find your next pair"},)"
               R"("body":{"text":"Pick a category"},"footer":{"text":"Free returns"},)"
               R"("action":{"button":"Browse","sections":[)"
               R"({"title":"Running","rows":[{"id":"run-1","title":"Trail Runner X2","description":"€129"},)"
               R"({"id":"run-2","title":"Road Lite 3"}]},)"
               R"({"title":"Everyday","rows":[{"id":"day-1","title":"Canvas Low","description":"6 colours"}]}]}})");

    ReplyButtonsAction buttons;
    buttons.buttons = {{u"yes"_s, u"Reserve"_s}, {u"no"_s, u"No thanks"_s}};
    QTest::newRow("reply buttons, image header by link")
        << makeMessage(buttons, mediaHeader(HeaderKind::Image, {}, u"https://cdn.example/x.jpg"_s),
                       u"Back in stock"_s, u"Stride Shoes"_s)
        << QByteArray(
               R"({"type":"button","header":{"type":"image","image":{"link":"https://cdn.example/x.jpg"}},)"
               R"("body":{"text":"Back in stock"},"footer":{"text":"Stride Shoes"},)"
               R"("action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Reserve"}},)"
               R"({"type":"reply","reply":{"id":"no","title":"No thanks"}}]}})");

    ReplyButtonsAction oneButton;
    oneButton.buttons = {{u"ok"_s, u"All good"_s}};
    QTest::newRow("document header by id with filename")
        << makeMessage(oneButton,
                       mediaHeader(HeaderKind::Document, u"1013859600285441"_s, {}, u"invoice.pdf"_s),
                       u"Invoice"_s)
        << QByteArray(R"({"type":"button","header":{"type":"document","document":{"id":"1013859600285441",)"
                      R"("filename":"invoice.pdf"}},"body":{"text":"Invoice"},)"
                      R"("action":{"buttons":[{"type":"reply","reply":{"id":"ok","title":"All good"}}]}})");
    QTest::newRow("image header with both id and link")
        << makeMessage(oneButton, mediaHeader(HeaderKind::Image, u"123"_s, u"https://cdn.example/x.jpg"_s),
                       u"Hi"_s)
        << QByteArray(
               R"({"type":"button","header":{"type":"image","image":{"id":"123","link":"https://cdn.example/x.jpg"}},)"
               R"("body":{"text":"Hi"},"action":{"buttons":[{"type":"reply","reply":{"id":"ok","title":"All good"}}]}})");

    QTest::newRow("cta_url, video header")
        << makeMessage(CtaUrlAction{u"Shop now"_s, u"https://shop.example/autumn"_s},
                       mediaHeader(HeaderKind::Video, {}, u"https://cdn.example/v.mp4"_s), u"Watch"_s)
        << QByteArray(
               R"({"type":"cta_url","header":{"type":"video","video":{"link":"https://cdn.example/v.mp4"}},)"
               R"("body":{"text":"Watch"},"action":{"name":"cta_url","parameters":)"
               R"({"display_text":"Shop now","url":"https://shop.example/autumn"}}})");

    QTest::newRow("location request") << makeMessage(LocationRequestAction{}, {}, u"Where are you?"_s)
                                      << locationRequestWithBody(R"("Where are you?")");

    FlowAction flow = flowAction(u"1627019861106475"_s, {}, u"Book now"_s);
    flow.flowToken = u"tok-1"_s;
    flow.mode = u"draft"_s;
    flow.flowAction = u"navigate"_s;
    flow.screen = u"FITTING"_s;
    flow.data = flowData();
    QTest::newRow("flow, every parameter")
        << makeMessage(flow, Header::fromText(u"Book a fitting"_s), u"Free gait analysis"_s)
        << QByteArray(R"({"type":"flow","header":{"type":"text","text":"Book a fitting"},)"
                      R"("body":{"text":"Free gait analysis"},"action":{"name":"flow","parameters":{)"
                      R"("flow_message_version":"3","flow_id":"1627019861106475",)"
                      R"("flow_cta":"Book now","flow_token":"tok-1","mode":"draft","flow_action":"navigate",)"
                      R"("flow_action_payload":{"screen":"FITTING","data":)"
                      R"({"days":["sat","sun"],"note":null,"size":39.5,"wide":false}}}}})");

    QTest::newRow("flow by name")
        << makeMessage(flowAction({}, u"shoe_care_survey"_s, u"Start"_s), {}, u"Survey"_s)
        << QByteArray(R"({"type":"flow","body":{"text":"Survey"},"action":{"name":"flow","parameters":{)"
                      R"("flow_message_version":"3","flow_name":"shoe_care_survey","flow_cta":"Start"}}})");

    QTest::newRow("product without body")
        << makeMessage(ProductAction{u"367025965434465"_s, u"TRX2-GRN-39"_s})
        << QByteArray(
               R"({"type":"product","action":{"catalog_id":"367025965434465","product_retailer_id":"TRX2-GRN-39"}})");

    ProductListAction products;
    products.catalogId = u"367025965434465"_s;
    products.sections = {{u"Running"_s, {u"TRX2"_s, u"RDL3"_s}}, {u"Boots"_s, {u"CHL"_s}}};
    QTest::newRow("product_list")
        << makeMessage(products, Header::fromText(u"Autumn picks"_s), u"For you"_s)
        << QByteArray(
               R"({"type":"product_list","header":{"type":"text","text":"Autumn picks"},"body":{"text":"For you"},)"
               R"("action":{"catalog_id":"367025965434465","sections":[)"
               R"({"title":"Running","product_items":[{"product_retailer_id":"TRX2"},{"product_retailer_id":"RDL3"}]},)"
               R"({"title":"Boots","product_items":[{"product_retailer_id":"CHL"}]}]}})");

    QTest::newRow("catalog with thumbnail")
        << makeMessage(CatalogAction{u"TRX2"_s}, {}, u"Browse"_s, u"Stride"_s)
        << QByteArray(
               R"({"type":"catalog_message","body":{"text":"Browse"},"footer":{"text":"Stride"},)"
               R"("action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"TRX2"}}})");
    QTest::newRow("catalog without thumbnail")
        << makeMessage(CatalogAction{}, {}, u"Browse"_s)
        << QByteArray(
               R"({"type":"catalog_message","body":{"text":"Browse"},"action":{"name":"catalog_message"}})");

    QTest::newRow("present but empty body and footer")
        << makeMessage(LocationRequestAction{}, {}, QString(), QString())
        << QByteArray(R"({"type":"location_request_message","body":{"text":""},"footer":{"text":""},)"
                      R"("action":{"name":"send_location"}})");
}

void TestMessageJson::compactOutput_data()
{
    addMessageRows();
}

// Byte for byte, with the keys in the spec's order (QJsonObject alone would sort them alphabetically).
void TestMessageJson::compactOutput()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QByteArray, compact);
    WA_COMPARE_BYTES(MessageJson::toJson(message, Format::Compact), compact);
    // The same value as the object form.
    WA_COMPARE_JSON(strictObject(compact), MessageJson::toJsonObject(message));
}

void TestMessageJson::indentedOutput_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QByteArray>("indented");

    QTest::newRow("location request") << makeMessage(LocationRequestAction{}, {}, u"Where are you?"_s)
                                      << QByteArray("{\n"
                                                    "    \"type\": \"location_request_message\",\n"
                                                    "    \"body\": {\n"
                                                    "        \"text\": \"Where are you?\"\n"
                                                    "    },\n"
                                                    "    \"action\": {\n"
                                                    "        \"name\": \"send_location\"\n"
                                                    "    }\n"
                                                    "}\n");
    ReplyButtonsAction buttons;
    buttons.buttons = {{u"yes"_s, u"Reserve"_s}, {u"no"_s, u"No thanks"_s}};
    QTest::newRow("reply buttons with image header")
        << makeMessage(buttons, mediaHeader(HeaderKind::Image, {}, u"https://cdn.example/x.jpg"_s),
                       u"Back in stock"_s)
        << QByteArray("{\n"
                      "    \"type\": \"button\",\n"
                      "    \"header\": {\n"
                      "        \"type\": \"image\",\n"
                      "        \"image\": {\n"
                      "            \"link\": \"https://cdn.example/x.jpg\"\n"
                      "        }\n"
                      "    },\n"
                      "    \"body\": {\n"
                      "        \"text\": \"Back in stock\"\n"
                      "    },\n"
                      "    \"action\": {\n"
                      "        \"buttons\": [\n"
                      "            {\n"
                      "                \"type\": \"reply\",\n"
                      "                \"reply\": {\n"
                      "                    \"id\": \"yes\",\n"
                      "                    \"title\": \"Reserve\"\n"
                      "                }\n"
                      "            },\n"
                      "            {\n"
                      "                \"type\": \"reply\",\n"
                      "                \"reply\": {\n"
                      "                    \"id\": \"no\",\n"
                      "                    \"title\": \"No thanks\"\n"
                      "                }\n"
                      "            }\n"
                      "        ]\n"
                      "    }\n"
                      "}\n");
    FlowAction flow = flowAction(u"42"_s, {}, u"Go"_s);
    flow.screen = u"S"_s;
    flow.data = strictObject(R"({"days": ["sat", "sun"], "size": 39.5})");
    QTest::newRow("flow data array") << makeMessage(flow, {}, u"Hi"_s)
                                     << QByteArray("{\n"
                                                   "    \"type\": \"flow\",\n"
                                                   "    \"body\": {\n"
                                                   "        \"text\": \"Hi\"\n"
                                                   "    },\n"
                                                   "    \"action\": {\n"
                                                   "        \"name\": \"flow\",\n"
                                                   "        \"parameters\": {\n"
                                                   "            \"flow_message_version\": \"3\",\n"
                                                   "            \"flow_id\": \"42\",\n"
                                                   "            \"flow_cta\": \"Go\",\n"
                                                   "            \"flow_action_payload\": {\n"
                                                   "                \"screen\": \"S\",\n"
                                                   "                \"data\": {\n"
                                                   "                    \"days\": [\n"
                                                   "                        \"sat\",\n"
                                                   "                        \"sun\"\n"
                                                   "                    ],\n"
                                                   "                    \"size\": 39.5\n"
                                                   "                }\n"
                                                   "            }\n"
                                                   "        }\n"
                                                   "    }\n"
                                                   "}\n");
}

void TestMessageJson::indentedOutput()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QByteArray, indented);
    WA_COMPARE_BYTES(MessageJson::toJson(message, Format::Indented), indented);
    WA_COMPARE_BYTES(MessageJson::toJson(message), indented);
}

void TestMessageJson::writerMatchesQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    // A plain value keeps QJsonObject's alphabetical key order, so the writer's output must be exactly
    // QJsonDocument's (containers here are non-empty: Qt writes an empty one over two lines, the writer as
    // {}).
    QTest::newRow("flow data") << QByteArray(
        R"({"customer_name":"Aoife","store_id":14,"shoe_size_eu":39.5,)"
        R"("wide_fit":false,"newsletter_opt_in":true,"previous_order":null,)"
        R"("preferred_days":["saturday","sunday"],)"
        R"("basket":{"items":[{"sku":"TRX2-GRN-39","quantity":1,"unit_price":129.95}],)"
        R"("total":129.95,"currency":"EUR"}})");
    QTest::newRow("nested arrays") << QByteArray(
        R"([[1,[2,[3,[4]]]],[true,false,null],[{"a":[{"b":"c"}]}]])");
    QTest::newRow("numbers") << QByteArray(
        R"({"big":9007199254740993,"small":1.5e-7,"negative":-42,"pi":3.14159,)"
        R"("huge":1e300,"zero":0,"tenth":0.1,"whole":3.0,"negzero":-0.0})");
    QTest::newRow("escapes and unicode") << QByteArray(
        "{\"s\":\"quote \\\" backslash \\\\ slash / nl \\n cr \\r tab \\t bs \\b ff \\f "
        "ctl \\u0001 \\u001f del \x7f emoji \xf0\x9f\x91\x9f arabic \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
        "ls \xe2\x80\xa8\",\"\\u0001key \\\"q\\\"\":\"v\"}");
    QTest::newRow("spec key names in a plain value") << QByteArray(
        R"({"type":"x","title":"t","id":"1","action":{"name":"n","buttons":[{"reply":{"title":"a","id":"b"}}]}})");
    QTest::newRow("scalars in array") << QByteArray(R"(["x",1,2.5,true,false,null,""])");
}

void TestMessageJson::writerMatchesQJsonDocument()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonValue value =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    WA_COMPARE_BYTES(JsonWriter::write(value, Format::Indented), document.toJson(QJsonDocument::Indented));
    WA_COMPARE_BYTES(JsonWriter::write(value, Format::Compact), document.toJson(QJsonDocument::Compact));
}

// ---- value round trips ---------------------------------------------------------------------------------

void TestMessageJson::valueRoundTrip_data()
{
    addMessageRows();
    const QByteArray unused;

    QTest::newRow("media header with neither id nor link")
        << makeMessage(CtaUrlAction{u"Go"_s, u"https://x.example"_s}, mediaHeader(HeaderKind::Image, {}, {}),
                       u"Hi"_s)
        << unused;
    QTest::newRow("text header with empty text")
        << makeMessage(fullListAction(), Header::fromText({}), u"Hi"_s) << unused;
    QTest::newRow("document by link without filename")
        << makeMessage(CtaUrlAction{u"Go"_s, u"https://x.example"_s},
                       mediaHeader(HeaderKind::Document, {}, u"https://cdn.example/menu.pdf"_s), u"Hi"_s)
        << unused;

    FlowAction emptyData = flowAction(u"1"_s, {}, u"Go"_s);
    emptyData.screen = u"S"_s;
    emptyData.data = QJsonObject{};
    QTest::newRow("flow with empty data object") << makeMessage(emptyData, {}, u"Hi"_s) << unused;
    FlowAction screenOnly = flowAction(u"1"_s, {}, u"Go"_s);
    screenOnly.screen = u"WELCOME"_s;
    screenOnly.messageVersion = u"4"_s;
    QTest::newRow("flow with screen only, version 4") << makeMessage(screenOnly, {}, u"Hi"_s) << unused;
    FlowAction both = flowAction(u"1"_s, u"by_name"_s, u"Go"_s);
    both.data = strictObject(R"({"id":1,"title":"t","type":"x","nested":{"deep":[[],{},[{"z":null}]]}})");
    both.screen = u"S"_s;
    QTest::newRow("flow with id and name, data with spec key names")
        << makeMessage(both, {}, u"Hi"_s) << unused;
    FlowAction dataOnly = flowAction(u"1"_s, {}, u"Go"_s);
    dataOnly.flowAction = u"data_exchange"_s;
    dataOnly.data = strictObject(R"({"order_id":"48213"})");
    QTest::newRow("flow payload with data but no screen") << makeMessage(dataOnly, {}, u"Hi"_s) << unused;

    QTest::newRow("list with no sections") << makeMessage(ListAction{u"Browse"_s, {}}, {}, u"Hi"_s) << unused;
    QTest::newRow("buttons empty") << makeMessage(ReplyButtonsAction{}, {}, u"Hi"_s) << unused;
    QTest::newRow("product with empty ids")
        << makeMessage(ProductAction{}, {}, std::nullopt, u"f"_s) << unused;
    QTest::newRow("product_list section with empty title")
        << makeMessage(ProductListAction{u"1"_s, {{QString(), {u"A"_s}}}}, Header::fromText(u"h"_s), u"b"_s)
        << unused;
    QTest::newRow("default message") << InteractiveMessage{} << unused;

    ListAction tenRows;
    tenRows.button = u"Sizes"_s;
    for (int s = 0; s < 2; ++s) {
        ListSection section{QStringLiteral("Section %1").arg(s + 1), {}};
        for (int r = 0; r < 5; ++r)
            section.rows.append(ListRow{QStringLiteral("s%1-r%2").arg(s).arg(r),
                                        QStringLiteral("EU %1").arg(36 + 5 * s + r),
                                        r % 2 ? QString() : QStringLiteral("In stock")});
        tenRows.sections.append(section);
    }
    QTest::newRow("list with ten rows") << makeMessage(tenRows, {}, u"Choose"_s) << unused;
}

void TestMessageJson::valueRoundTrip()
{
    QFETCH(InteractiveMessage, message);

    const MessageParseResult fromObject = MessageJson::fromJson(MessageJson::toJsonObject(message));
    WA_VERIFY_PARSED(fromObject);
    QVERIFY(*fromObject.message == message);
    for (const Format format : {Format::Indented, Format::Compact}) {
        const QByteArray text = MessageJson::toJson(message, format);
        const MessageParseResult fromText = MessageJson::fromJson(text);
        WA_VERIFY_PARSED(fromText);
        QVERIFY2(*fromText.message == message, text.constData());
        // Writing what was read gives the same text again.
        WA_COMPARE_BYTES(MessageJson::toJson(*fromText.message, format), text);
    }
}

// ---- absent optionals ----------------------------------------------------------------------------------

void TestMessageJson::omitsAbsentOptionals_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("absent"); // the path of a key that must not be written

    ReplyButtonsAction buttons;
    buttons.buttons = {{u"yes"_s, u"Reserve"_s}};
    const InteractiveMessage plainButtons = makeMessage(buttons, {}, u"Back in stock"_s);
    QTest::newRow("no header") << plainButtons << u"header"_s;
    QTest::newRow("no footer") << plainButtons << u"footer"_s;
    QTest::newRow("no body") << makeMessage(ProductAction{u"1"_s, u"A"_s}) << u"body"_s;

    ListAction list;
    list.button = u"Browse"_s;
    list.sections = {
        {QString(), {{u"r1"_s, u"Trail Runner"_s, QString()}, {u"r2"_s, u"Loafer"_s, u"Leather"_s}}}};
    const InteractiveMessage untitled = makeMessage(list, {}, u"Pick"_s);
    QTest::newRow("row with empty description") << untitled << u"action.sections[0].rows[0].description"_s;
    QTest::newRow("single untitled section") << untitled << u"action.sections[0].title"_s;

    QTest::newRow("catalog without thumbnail")
        << makeMessage(CatalogAction{}, {}, u"Browse"_s) << u"action.parameters"_s;

    const InteractiveMessage bareFlow =
        makeMessage(flowAction(u"1627019861106475"_s, {}, u"Book"_s), {}, u"Hi"_s);
    QTest::newRow("flow without payload") << bareFlow << u"action.parameters.flow_action_payload"_s;
    QTest::newRow("flow without token") << bareFlow << u"action.parameters.flow_token"_s;
    QTest::newRow("flow without mode") << bareFlow << u"action.parameters.mode"_s;
    QTest::newRow("flow without flow_action") << bareFlow << u"action.parameters.flow_action"_s;
    QTest::newRow("flow by id has no flow_name") << bareFlow << u"action.parameters.flow_name"_s;
    QTest::newRow("flow by name has no flow_id")
        << makeMessage(flowAction({}, u"survey"_s, u"Start"_s), {}, u"Hi"_s)
        << u"action.parameters.flow_id"_s;
    FlowAction screenOnly = flowAction(u"1"_s, {}, u"Book"_s);
    screenOnly.screen = u"WELCOME"_s;
    QTest::newRow("flow payload without data")
        << makeMessage(screenOnly, {}, u"Hi"_s) << u"action.parameters.flow_action_payload.data"_s;

    QTest::newRow("image by link has no id")
        << makeMessage(buttons, mediaHeader(HeaderKind::Image, {}, u"https://cdn.example/a.jpg"_s), u"Hi"_s)
        << u"header.image.id"_s;
    QTest::newRow("video by id has no link")
        << makeMessage(buttons, mediaHeader(HeaderKind::Video, u"555"_s, {}), u"Hi"_s)
        << u"header.video.link"_s;
    QTest::newRow("document without filename")
        << makeMessage(buttons, mediaHeader(HeaderKind::Document, u"555"_s, {}), u"Hi"_s)
        << u"header.document.filename"_s;
    QTest::newRow("text header has no media object")
        << makeMessage(buttons, Header::fromText(u"Hello"_s), u"Hi"_s) << u"header.image"_s;
}

void TestMessageJson::omitsAbsentOptionals()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, absent);

    const qsizetype dot = absent.lastIndexOf(u'.');
    const QString parentPath = dot < 0 ? QString() : absent.left(dot);
    const QString key = absent.mid(dot + 1);

    const QJsonObject object = MessageJson::toJsonObject(message);
    QList<QJsonValue> outputs{object};
    for (const Format format : {Format::Indented, Format::Compact})
        outputs.append(strictObject(MessageJson::toJson(message, format)));
    for (const QJsonValue& output : outputs) {
        const QJsonValue parent = parentPath.isEmpty() ? output : valueAt(output, parentPath);
        QVERIFY2(parent.isObject(),
                 qPrintable(u"no object at "_s + parentPath + mismatch(output, QJsonValue())));
        QVERIFY2(!parent.toObject().contains(key),
                 qPrintable(u"written: "_s + absent + mismatch(output, QJsonValue())));
    }

    // What is left out still reads back as the same value.
    const MessageParseResult reparsed = MessageJson::fromJson(MessageJson::toJson(message));
    WA_VERIFY_PARSED(reparsed);
    QVERIFY(*reparsed.message == message);
}

// ---- strings -------------------------------------------------------------------------------------------

void TestMessageJson::stringEscaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("literal"); // how the compact output must write it, quotes included

    QTest::newRow("plain") << u"Trail Runner X2"_s << QByteArray(R"("Trail Runner X2")");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("quotes") << u"the \"Trail Runner\" X2"_s << QByteArray(R"("the \"Trail Runner\" X2")");
    QTest::newRow("backslashes") << u"C:\\shoes\\ and \\\\ and \\u0041"_s
                                 << QByteArray(R"("C:\\shoes\\ and \\\\ and \\u0041")");
    QTest::newRow("newline, tab, return")
        << u"line 1\nline 2\tend\r\n"_s << QByteArray(R"("line 1\nline 2\tend\r\n")");
    QTest::newRow("backspace and form feed") << u"\b\f"_s << QByteArray(R"("\b\f")");
    QTest::newRow("control U+0001") << u"a\u0001b"_s << QByteArray(R"("a\u0001b")");
    QTest::newRow("control U+001F and U+0000")
        << QString(QList<QChar>{QChar(0x1f), QChar(0), QChar(u'x')}.constData(), 3)
        << QByteArray(R"("\u001f\u0000x")");
    QTest::newRow("DEL and slash are written as is")
        << u"\u007f / </script>"_s << QByteArray("\"\x7f / </script>\"");
    QTest::newRow("emoji")
        << u"👟🥾 sale 🏃‍♀️ 👍🏽"_s
        << QByteArray(
               "\"\xf0\x9f\x91\x9f\xf0\x9f\xa5\xbe sale \xf0\x9f\x8f\x83\xe2\x80\x8d\xe2\x99\x80\xef\xb8\x8f "
               "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\"");
    QTest::newRow("Arabic") << u"مرحبا بك في متجر الأحذية"_s
                            << QByteArray("\""
                                          "مرحبا بك في متجر الأحذية"
                                          "\"");
    QTest::newRow("mixed scripts and markdown")
        << u"*مقاس* 39 — _Größe_ 39 — ~尺码~ 39"_s << QByteArray("\"*مقاس* 39 — _Größe_ 39 — ~尺码~ 39\"");
    // Half a surrogate pair has no UTF-8 form: escaped, as QJsonDocument does, so nothing turns into '?'.
    QTest::newRow("lone high surrogate") << (u"a"_s + QChar(0xD800) + u"b"_s) << QByteArray(R"("a\ud800b")");
    QTest::newRow("lone low surrogate at the end") << (u"a"_s + QChar(0xDC00)) << QByteArray(R"("a\udc00")");
    QTest::newRow("reversed pair") << (QString(QChar(0xDE00)) + QChar(0xD83D))
                                   << QByteArray(R"("\ude00\ud83d")");
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029c"_s
                                                   << QByteArray("\"a\xe2\x80\xa8"
                                                                 "b\xe2\x80\xa9"
                                                                 "c\"");

    // A long string mixing everything, written without a lone surrogate.
    const QString unit = u"Größe 39 \"EU\" \\ 👟 مرحبا\n\t\u0001 "_s;
    const QByteArray unitLiteral = "Gr\xc3\xb6\xc3\x9f"
                                   "e 39 \\\"EU\\\" \\\\ \xf0\x9f\x91\x9f "
                                   "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7\\n\\t\\u0001 ";
    QTest::newRow("long mixed string") << unit.repeated(20000) << ('"' + unitLiteral.repeated(20000) + '"');
}

void TestMessageJson::stringEscaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, literal);

    // In body.text: the exact bytes, and back.
    const InteractiveMessage message = makeMessage(LocationRequestAction{}, {}, text);
    const QByteArray compact = MessageJson::toJson(message, Format::Compact);
    WA_COMPARE_BYTES(compact, locationRequestWithBody(literal));
    for (const Format format : {Format::Compact, Format::Indented}) {
        const MessageParseResult parsed = MessageJson::fromJson(MessageJson::toJson(message, format));
        WA_VERIFY_PARSED(parsed);
        QCOMPARE(parsed.message->body, std::optional(text));
    }
    // Qt reads the same string out of it.
    QCOMPARE(valueAt(strictObject(compact), u"body.text"_s).toString(), text);
    // The codec reads the literal as written by hand, too.
    const MessageParseResult handWritten = MessageJson::fromJson(locationRequestWithBody(literal));
    WA_VERIFY_PARSED(handWritten);
    QCOMPARE(handWritten.message->body, std::optional(text));

    // In every other kind of place: a header, a row, an id, flow data keys and values.
    ListAction list;
    list.button = u"Browse"_s;
    list.sections = {{text, {{text + u"-id"_s, text, text}}}};
    FlowAction flow = flowAction(text, {}, text);
    flow.screen = u"SCREEN "_s + text;
    flow.data =
        QJsonObject{{text + u"-key"_s, text}, {u"list"_s, QJsonArray{text, QJsonObject{{text, text}}}}};
    for (const InteractiveMessage& other :
         {makeMessage(list, Header::fromText(text), text, text), makeMessage(flow, {}, text)}) {
        for (const Format format : {Format::Compact, Format::Indented}) {
            const MessageParseResult parsed = MessageJson::fromJson(MessageJson::toJson(other, format));
            WA_VERIFY_PARSED(parsed);
            QVERIFY(*parsed.message == other);
        }
    }
}

// ---- malformed input -----------------------------------------------------------------------------------

void TestMessageJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("paths");   // every error's path, in any order
    QTest::addColumn<QString>("description"); // part of the message of the first error at paths[0]

    const auto row = [](const char* name, const QByteArray& json, const QStringList& paths,
                        const QString& description = {}) {
        QTest::newRow(name) << json << paths << description;
    };

    // Not an object at all: valid JSON, but not a message.
    row("not an object: array", "[]", {u"$"_s}, u"an array"_s);
    row("not an object: array of a message", '[' + locationRequestWithBody(R"("Hi")") + ']', {u"$"_s},
        u"an array"_s);
    row("not an object: string", R"("x")", {u"$"_s}, u"a string"_s);
    row("not an object: number", "42", {u"$"_s}, u"a number"_s);
    row("not an object: true", "true", {u"$"_s});
    row("not an object: null", "null", {u"$"_s});

    // The root.
    row("missing type", R"({"body":{"text":"Hi"},"action":{"name":"send_location"}})", {u"type"_s},
        u"missing"_s);
    row("type a number", R"({"type":3,"body":{"text":"Hi"},"action":{"name":"send_location"}})", {u"type"_s},
        u"a number"_s);
    row("unknown type", withAction("buttons", validButtonsAction), {u"type"_s}, u"buttons"_s);
    row("type of a later spec (order_details)", withAction("order_details", R"({"name":"review_and_pay"})"),
        {u"type"_s});
    row("type in upper case", withAction("BUTTON", validButtonsAction), {u"type"_s});
    row("unknown root key",
        R"({"type":"location_request_message","colour":"red","body":{"text":"Hi"},)"
        R"("action":{"name":"send_location"}})",
        {u"colour"_s}, u"unknown key"_s);
    row("messaging_product belongs to the Cloud API envelope",
        R"({"messaging_product":"whatsapp","type":"location_request_message","body":{"text":"Hi"},"action":{"name":"send_location"}})",
        {u"messaging_product"_s});
    row("missing action", R"({"type":"location_request_message","body":{"text":"Hi"}})", {u"action"_s},
        u"missing"_s);
    row("action an array", R"({"type":"location_request_message","body":{"text":"Hi"},"action":[]})",
        {u"action"_s}, u"an array"_s);
    row("action null", R"({"type":"location_request_message","body":{"text":"Hi"},"action":null})",
        {u"action"_s});
    row("body a string",
        R"({"type":"location_request_message","body":"Hi","action":{"name":"send_location"}})", {u"body"_s},
        u"a string"_s);
    row("body.text a number", locationRequestWithBody("42"), {u"body.text"_s}, u"a number"_s);
    row("body.text null", locationRequestWithBody("null"), {u"body.text"_s}, u"null"_s);
    row("body.text an object", locationRequestWithBody(R"({"text":"Hi"})"), {u"body.text"_s}, u"an object"_s);
    row("body without text",
        R"({"type":"location_request_message","body":{},"action":{"name":"send_location"}})",
        {u"body.text"_s}, u"missing"_s);
    row("body with an unknown key",
        R"({"type":"location_request_message","body":{"text":"Hi","preview_url":true},"action":{"name":"send_location"}})",
        {u"body.preview_url"_s});
    row("footer with an unknown key",
        R"({"type":"button","body":{"text":"Hi"},"footer":{"text":"f","emoji":true},)"
        R"("action":)" +
            validButtonsAction + '}',
        {u"footer.emoji"_s});
    row("footer.text a boolean",
        R"({"type":"button","body":{"text":"Hi"},"footer":{"text":false},)"
        R"("action":)" +
            validButtonsAction + '}',
        {u"footer.text"_s}, u"true or false"_s);

    // Headers.
    row("header a string", buttonsWithHeader(R"("Hello")"), {u"header"_s}, u"a string"_s);
    row("header missing type", buttonsWithHeader(R"({"text":"Hello"})"), {u"header.type"_s}, u"missing"_s);
    row("header type a number", buttonsWithHeader(R"({"type":1,"text":"Hello"})"), {u"header.type"_s});
    row("header with unknown type",
        buttonsWithHeader(R"({"type":"audio","audio":{"link":"https://a.example/a.mp3"}})"),
        {u"header.type"_s}, u"audio"_s);
    row("text header missing text", buttonsWithHeader(R"({"type":"text"})"), {u"header.text"_s},
        u"missing"_s);
    row("text header with an image",
        buttonsWithHeader(R"({"type":"text","text":"Hi","image":{"link":"https://a.example/a.jpg"}})"),
        {u"header.image"_s}, u"unknown key"_s);
    row("media header missing both id and link", buttonsWithHeader(R"({"type":"image","image":{}})"),
        {u"header.image"_s});
    row("media header without its object", buttonsWithHeader(R"({"type":"image"})"), {u"header.image"_s},
        u"missing"_s);
    row("media header object under the wrong kind",
        buttonsWithHeader(R"({"type":"image","video":{"link":"https://a.example/a.mp4"}})"),
        {u"header.image"_s, u"header.video"_s});
    row("media header with a caption",
        buttonsWithHeader(
            R"({"type":"image","image":{"link":"https://a.example/a.jpg","caption":"New in"}})"),
        {u"header.image.caption"_s}, u"unknown key"_s);
    row("image header with a filename",
        buttonsWithHeader(R"({"type":"image","image":{"id":"1","filename":"a.jpg"}})"),
        {u"header.image.filename"_s});
    row("video header link a number", buttonsWithHeader(R"({"type":"video","video":{"link":7}})"),
        {u"header.video.link"_s}, u"a number"_s);
    row("document header filename a number",
        buttonsWithHeader(R"({"type":"document","document":{"id":"1","filename":12}})"),
        {u"header.document.filename"_s});
    row("document header missing both id and link",
        buttonsWithHeader(R"({"type":"document","document":{"filename":"a.pdf"}})"), {u"header.document"_s});

    // Reply buttons.
    row("action.buttons not an array", withAction("button", R"({"buttons":{"type":"reply"}})"),
        {u"action.buttons"_s}, u"an array"_s);
    row("action.buttons missing", withAction("button", R"({})"), {u"action.buttons"_s}, u"missing"_s);
    row("button that is a string",
        withAction("button", R"({"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}},"B"]})"),
        {u"action.buttons[1]"_s}, u"a string"_s);
    row("button type url",
        withAction("button", R"({"buttons":[{"type":"url","reply":{"id":"a","title":"A"}}]})"),
        {u"action.buttons[0].type"_s}, u"reply"_s);
    row("button missing type", withAction("button", R"({"buttons":[{"reply":{"id":"a","title":"A"}}]})"),
        {u"action.buttons[0].type"_s}, u"missing"_s);
    row("button missing reply", withAction("button", R"({"buttons":[{"type":"reply"}]})"),
        {u"action.buttons[0].reply"_s}, u"missing"_s);
    row("reply id a number",
        withAction("button", R"({"buttons":[{"type":"reply","reply":{"id":1,"title":"A"}}]})"),
        {u"action.buttons[0].reply.id"_s});
    row("reply missing title",
        withAction(
            "button",
            R"({"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}},)"
            R"({"type":"reply","reply":{"id":"b","title":"B"}},{"type":"reply","reply":{"id":"c"}}]})"),
        {u"action.buttons[2].reply.title"_s}, u"missing"_s);
    row("reply with an unknown key",
        withAction("button",
                   R"({"buttons":[{"type":"reply","reply":{"id":"a","title":"A","payload":"x"}}]})"),
        {u"action.buttons[0].reply.payload"_s});
    row("unknown key in action",
        withAction("button",
                   R"({"colour":"red","buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]})"),
        {u"action.colour"_s}, u"unknown key"_s);
    row("list action under a button message", withAction("button", R"({"button":"Browse","sections":[]})"),
        {u"action.button"_s, u"action.buttons"_s, u"action.sections"_s});

    // Lists.
    const QByteArray goodRow = R"({"id":"a","title":"A"})";
    row("row that is a string",
        withAction("list",
                   R"({"button":"Browse","sections":[{"title":"S","rows":[)" + goodRow + R"(,"b"]}]})"),
        {u"action.sections[0].rows[1]"_s}, u"a string"_s);
    row("row missing id in the second section",
        withAction("list", R"({"button":"Browse","sections":[{"title":"S1","rows":[)" + goodRow +
                               R"(]},{"title":"S2","rows":[{"title":"B"}]}]})"),
        {u"action.sections[1].rows[0].id"_s}, u"missing"_s);
    row("row description a number",
        withAction("list",
                   R"({"button":"Browse","sections":[{"rows":[{"id":"a","title":"A","description":5}]}]})"),
        {u"action.sections[0].rows[0].description"_s});
    row("row with an unknown key",
        withAction("list",
                   R"({"button":"Browse","sections":[{"rows":[{"id":"a","title":"A","price":"€5"}]}]})"),
        {u"action.sections[0].rows[0].price"_s});
    row("sections not an array", withAction("list", R"({"button":"Browse","sections":{"rows":[]}})"),
        {u"action.sections"_s});
    row("section that is an array", withAction("list", R"({"button":"Browse","sections":[[]]})"),
        {u"action.sections[0]"_s}, u"an array"_s);
    row("section title a number",
        withAction("list", R"({"button":"Browse","sections":[{"title":1,"rows":[)" + goodRow + "]}]}"),
        {u"action.sections[0].title"_s});
    row("section missing rows", withAction("list", R"({"button":"Browse","sections":[{"title":"S"}]})"),
        {u"action.sections[0].rows"_s}, u"missing"_s);
    row("list missing button", withAction("list", R"({"sections":[{"rows":[)" + goodRow + "]}]}"),
        {u"action.button"_s}, u"missing"_s);
    row("list with an unknown action key",
        withAction("list", R"({"button":"Browse","colour":"red","sections":[{"rows":[)" + goodRow + "]}]}"),
        {u"action.colour"_s});

    // cta_url.
    const QByteArray ctaParameters = R"("parameters":{"display_text":"Shop","url":"https://shop.example"})";
    row("cta_url named url", withAction("cta_url", R"({"name":"url",)" + ctaParameters + '}'),
        {u"action.name"_s}, u"cta_url"_s);
    row("cta_url without name", withAction("cta_url", '{' + ctaParameters + '}'), {u"action.name"_s},
        u"missing"_s);
    row("cta_url name a number", withAction("cta_url", R"({"name":1,)" + ctaParameters + '}'),
        {u"action.name"_s});
    row("cta_url without parameters", withAction("cta_url", R"({"name":"cta_url"})"),
        {u"action.parameters"_s}, u"missing"_s);
    row("cta_url without url",
        withAction("cta_url", R"({"name":"cta_url","parameters":{"display_text":"Shop"}})"),
        {u"action.parameters.url"_s}, u"missing"_s);
    row("cta_url display_text a number",
        withAction("cta_url",
                   R"({"name":"cta_url","parameters":{"display_text":1,"url":"https://shop.example"}})"),
        {u"action.parameters.display_text"_s});
    row("cta_url with buttons",
        withAction("cta_url", R"({"name":"cta_url",)" + ctaParameters + R"(,"buttons":[]})"),
        {u"action.buttons"_s});

    // location_request_message.
    row("send-location misspelt", withAction("location_request_message", R"({"name":"send-location"})"),
        {u"action.name"_s}, u"send_location"_s);
    row("location with parameters",
        withAction("location_request_message", R"({"name":"send_location","parameters":{}})"),
        {u"action.parameters"_s});
    row("location without name", withAction("location_request_message", "{}"), {u"action.name"_s},
        u"missing"_s);

    // flow.
    const auto flowWith = [](const QByteArray& parameters) {
        return withAction(
            "flow",
            R"({"name":"flow","parameters":{"flow_message_version":"3","flow_id":"1","flow_cta":"Go")" +
                parameters + "}}");
    };
    row("flow named flows",
        withAction("flow", R"({"name":"flows","parameters":{"flow_message_version":"3","flow_cta":"Go"}})"),
        {u"action.name"_s}, u"flow"_s);
    row("flow without parameters", withAction("flow", R"({"name":"flow"})"), {u"action.parameters"_s},
        u"missing"_s);
    row("flow_message_version a number",
        withAction("flow", R"({"name":"flow","parameters":{"flow_message_version":3,"flow_cta":"Go"}})"),
        {u"action.parameters.flow_message_version"_s}, u"a number"_s);
    row("flow without flow_cta",
        withAction("flow", R"({"name":"flow","parameters":{"flow_message_version":"3"}})"),
        {u"action.parameters.flow_cta"_s}, u"missing"_s);
    row("flow mode a boolean", flowWith(R"(,"mode":true)"), {u"action.parameters.mode"_s});
    row("flow with an unknown parameter", flowWith(R"(,"flow_json":"{}")"),
        {u"action.parameters.flow_json"_s});
    // A payload without a screen loads (the validator names what is missing): see valueRoundTrip.
    row("flow payload data an array", flowWith(R"(,"flow_action_payload":{"screen":"S","data":[1]})"),
        {u"action.parameters.flow_action_payload.data"_s}, u"an array"_s);
    row("flow payload a string", flowWith(R"(,"flow_action_payload":"S")"),
        {u"action.parameters.flow_action_payload"_s});
    row("flow payload with an unknown key", flowWith(R"(,"flow_action_payload":{"screen":"S","extra":1})"),
        {u"action.parameters.flow_action_payload.extra"_s});

    // An optional key that is present but empty: the model holds "absent" as empty, so the key would vanish
    // on the way through; the reader says so instead of dropping it.
    row("flow_token empty", flowWith(R"(,"flow_token":"")"), {u"action.parameters.flow_token"_s}, u"empty"_s);
    row("flow mode and flow_name empty", flowWith(R"(,"mode":"","flow_name":"")"),
        {u"action.parameters.mode"_s, u"action.parameters.flow_name"_s}, u"empty"_s);
    row("flow payload empty", flowWith(R"(,"flow_action":"navigate","flow_action_payload":{})"),
        {u"action.parameters.flow_action_payload"_s}, u"empty"_s);
    row("row description empty",
        withAction("list",
                   R"({"button":"Go","sections":[{"rows":[{"id":"a","title":"A","description":""}]}]})"),
        {u"action.sections[0].rows[0].description"_s}, u"empty"_s);
    row("section title empty",
        withAction("list", R"({"button":"Go","sections":[{"title":"","rows":[{"id":"a","title":"A"}]}]})"),
        {u"action.sections[0].title"_s}, u"empty"_s);
    row("media id empty beside a link",
        buttonsWithHeader(R"({"type":"image","image":{"id":"","link":"https://example.com/a.png"}})"),
        {u"header.image.id"_s}, u"empty"_s);
    row("document filename empty",
        buttonsWithHeader(
            R"({"type":"document","document":{"link":"https://example.com/a.pdf","filename":""}})"),
        {u"header.document.filename"_s}, u"empty"_s);
    row("catalog parameters empty",
        withAction("catalog_message", R"({"name":"catalog_message","parameters":{}})"),
        {u"action.parameters"_s}, u"empty"_s);
    row("catalog thumbnail empty",
        withAction("catalog_message",
                   R"({"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":""}})"),
        {u"action.parameters.thumbnail_product_retailer_id"_s}, u"empty"_s);

    // product and product_list.
    row("product without catalog_id", withAction("product", R"({"product_retailer_id":"A"})"),
        {u"action.catalog_id"_s}, u"missing"_s);
    row("product_retailer_id a number",
        withAction("product", R"({"catalog_id":"1","product_retailer_id":7})"),
        {u"action.product_retailer_id"_s});
    row("product with a name",
        withAction("product", R"({"name":"product","catalog_id":"1","product_retailer_id":"A"})"),
        {u"action.name"_s});
    row("product_list section without title",
        withAction("product_list",
                   R"({"catalog_id":"1","sections":[{"product_items":[{"product_retailer_id":"A"}]}]})",
                   R"({"type":"text","text":"h"})"),
        {u"action.sections[0].title"_s}, u"missing"_s);
    row("product item that is a string",
        withAction(
            "product_list",
            R"({"catalog_id":"1","sections":[{"title":"S","product_items":[{"product_retailer_id":"A"},"B"]}]})"),
        {u"action.sections[0].product_items[1]"_s});
    row("product item with the wrong key",
        withAction("product_list",
                   R"({"catalog_id":"1","sections":[{"title":"S","product_items":[{"id":"A"}]}]})"),
        {u"action.sections[0].product_items[0].id"_s,
         u"action.sections[0].product_items[0].product_retailer_id"_s});
    row("product_items not an array",
        withAction(
            "product_list",
            R"({"catalog_id":"1","sections":[{"title":"S","product_items":[{"product_retailer_id":"A"}]},)"
            R"({"title":"T","product_items":"B"}]})"),
        {u"action.sections[1].product_items"_s});

    // catalog_message.
    row("catalog named catalog", withAction("catalog_message", R"({"name":"catalog"})"), {u"action.name"_s},
        u"catalog_message"_s);
    row("catalog parameters a string",
        withAction("catalog_message", R"({"name":"catalog_message","parameters":"A"})"),
        {u"action.parameters"_s});
    row("catalog thumbnail a number",
        withAction("catalog_message",
                   R"({"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":1}})"),
        {u"action.parameters.thumbnail_product_retailer_id"_s});
    row("catalog with an unknown parameter",
        withAction("catalog_message", R"({"name":"catalog_message","parameters":{"thumbnail":"A"}})"),
        {u"action.parameters.thumbnail"_s});

    // Several at once: all of them, not just the first.
    row("seven errors in a list",
        R"({"type":"list","colour":"red","header":{"type":"banner"},"body":{"text":42},"footer":{"text":"x","emoji":true},)"
        R"("action":{"button":"Browse","colour":1,"sections":[{"title":"A","rows":[{"id":"a","title":"A"},"row"]},)"
        R"({"title":"B","rows":[{"title":"B1"}]}]}})",
        {u"colour"_s, u"header.type"_s, u"body.text"_s, u"footer.emoji"_s, u"action.colour"_s,
         u"action.sections[0].rows[1]"_s, u"action.sections[1].rows[0].id"_s});
    row("every button broken",
        withAction("button", R"({"buttons":[{"type":"url","reply":{"id":"a","title":"A"}},{"type":"reply"},)"
                             R"({"type":"reply","reply":{"id":7,"title":"C","payload":"x"}},"four"]})"),
        {u"action.buttons[0].type"_s, u"action.buttons[1].reply"_s, u"action.buttons[2].reply.id"_s,
         u"action.buttons[2].reply.payload"_s, u"action.buttons[3]"_s});
    // The newer types (SPEC.md, "Newer interactive types").
    const QByteArray image = R"("header":{"type":"image","image":{"link":"https://example.com/a.jpg"}})";
    const auto card = [&](const QByteArray& index, const QByteArray& rest) {
        return R"({"card_index":)" + index + "," + rest + "}";
    };
    const QByteArray cta =
        R"("action":{"name":"cta_url","parameters":{"display_text":"Go","url":"https://e.com"}})";
    row("carousel: card_index a string",
        withAction("carousel",
                   R"({"cards":[)" + card(R"("0")", R"("type":"cta_url",)" + image + "," + cta) + "]}"),
        {u"action.cards[0].card_index"_s}, u"a number"_s);
    row("carousel: card_index not whole",
        withAction("carousel",
                   R"({"cards":[)" + card("0.5", R"("type":"cta_url",)" + image + "," + cta) + "]}"),
        {u"action.cards[0].card_index"_s}, u"whole number"_s);
    row("carousel: unknown card type",
        withAction("carousel", R"({"cards":[)" + card("0", R"("type":"link",)" + image + "," + cta) + "]}"),
        {u"action.cards[0].type"_s}, u"cta_url, button or product"_s);
    row("carousel: a product card with a header",
        withAction("carousel",
                   R"({"cards":[)" +
                       card("0", R"("type":"product",)" + image +
                                     R"(,"action":{"product_retailer_id":"a","catalog_id":"c"})") +
                       "]}"),
        {u"action.cards[0].header"_s});
    row("carousel: a quick reply of another type",
        withAction(
            "carousel",
            R"({"cards":[)" +
                card("0",
                     R"("type":"button",)" + image +
                         R"(,"action":{"buttons":[{"type":"reply","quick_reply":{"id":"a","title":"A"}}]})") +
                "]}"),
        {u"action.cards[0].action.buttons[0].type"_s}, u"quick_reply"_s);
    row("carousel: no cards", withAction("carousel", R"({"card":[]})"),
        {u"action.card"_s, u"action.cards"_s});
    row("voice call: ttl in words",
        withAction("voice_call", R"({"name":"voice_call","parameters":{"ttl_minutes":"1 day"}})"),
        {u"action.parameters.ttl_minutes"_s}, u"a number"_s);
    row("voice call: empty parameters", withAction("voice_call", R"({"name":"voice_call","parameters":{}})"),
        {u"action.parameters"_s}, u"leave the key out"_s);
    row("voice call: another name", withAction("voice_call", R"({"name":"call"})"), {u"action.name"_s},
        u"voice_call"_s);
    row("call permission: parameters",
        withAction("call_permission_request",
                   R"({"name":"call_permission_request","parameters":{"phone_number":"+1"}})"),
        {u"action.parameters"_s});
    row("contact info: another name", withAction("request_contact_info", R"({"name":"contact_request"})"),
        {u"action.name"_s}, u"request_contact_info"_s);
    row("address: unknown field",
        withAction("address_message",
                   R"({"name":"address_message","parameters":{"country":"IN","values":{"zip":"1"}}})"),
        {u"action.parameters.values.zip"_s}, u"in_pin_code"_s);
    row("address: no country", withAction("address_message", R"({"name":"address_message","parameters":{}})"),
        {u"action.parameters.country"_s}, u"missing"_s);
    row("address: a number for a value",
        withAction(
            "address_message",
            R"({"name":"address_message","parameters":{"country":"IN","values":{"in_pin_code":400063}}})"),
        {u"action.parameters.values.in_pin_code"_s}, u"a string"_s);
    row("two unknown root keys and a missing action",
        R"({"type":"location_request_message","body":{"text":"Hi"},"Action":{},"typ":"x"})",
        {u"Action"_s, u"action"_s, u"typ"_s});
}

void TestMessageJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, paths);
    QFETCH(QString, description);

    const MessageParseResult result = MessageJson::fromJson(json);
    QVERIFY(!result.message.has_value());
    QVERIFY(!result.ok());
    QStringList expected = paths;
    expected.sort();
    QVERIFY2(sortedPaths(result.errors) == expected,
             qPrintable(QStringLiteral("got:\n  %1\nexpected paths: %2")
                            .arg(errorsText(result.errors), expected.join(u", "))));
    if (!description.isEmpty()) {
        const auto it = std::find_if(result.errors.cbegin(), result.errors.cend(),
                                     [&](const JsonError& error) { return error.path == paths.first(); });
        QVERIFY(it != result.errors.cend());
        QVERIFY2(it->message.contains(description),
                 qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(it->message, description)));
    }
    for (const JsonError& error : result.errors)
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.path));

    // The parsed value gives the same errors as the text, when the text is a JSON object or array.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        const QJsonValue value =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const MessageParseResult fromValue = MessageJson::fromJson(value);
        QVERIFY(!fromValue.message.has_value());
        QCOMPARE(fromValue.errors, result.errors);
    }
}

void TestMessageJson::notAnObjectValue_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("description");
    QTest::newRow("null") << QJsonValue() << u"null"_s;
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << u"nothing"_s;
    QTest::newRow("number") << QJsonValue(42) << u"a number"_s;
    QTest::newRow("string") << QJsonValue(u"{\"type\":\"button\"}"_s) << u"a string"_s;
    QTest::newRow("boolean") << QJsonValue(true) << u"true or false"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{QJsonObject{{L1("type"), L1("button")}}})
                           << u"an array"_s;
}

void TestMessageJson::notAnObjectValue()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, description);
    const MessageParseResult result = MessageJson::fromJson(value);
    QVERIFY(!result.message.has_value());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].path, u"$"_s);
    QVERIFY2(result.errors[0].message.contains(description), qPrintable(result.errors[0].message));
}

void TestMessageJson::rootPathPrefix_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("inner error") << QJsonValue(strictObject(withAction("button", R"({"buttons":"x"})")))
                                 << QStringList{u"payload.action.buttons"_s};
    QTest::newRow("missing type") << QJsonValue(strictObject(R"({"action":{}})"))
                                  << QStringList{u"payload.type"_s};
    QTest::newRow("unknown root key")
        << QJsonValue(strictObject(
               R"({"type":"location_request_message","body":{"text":"Hi"},"action":{"name":"send_location"},"x":1})"))
        << QStringList{u"payload.x"_s};
    QTest::newRow("root not an object") << QJsonValue(42) << QStringList{u"payload"_s};
    QTest::newRow("root an array") << QJsonValue(QJsonArray{}) << QStringList{u"payload"_s};
}

void TestMessageJson::rootPathPrefix()
{
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, paths);
    const MessageParseResult result = MessageJson::fromJson(value, u"payload"_s);
    QVERIFY(!result.message.has_value());
    QVERIFY2(sortedPaths(result.errors) == paths, qPrintable(errorsText(result.errors)));
}

// ---- text that is not JSON -----------------------------------------------------------------------------

void TestMessageJson::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");

    const QByteArray valid = locationRequestWithBody(R"("Hi")");
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("only whitespace") << QByteArray("   ") << 1;
    QTest::newRow("not JSON") << QByteArray("Hello, I'd like some shoes") << 1;
    QTest::newRow("truncated object") << valid.left(valid.size() - 1) << 1;
    QTest::newRow("truncated in a string") << QByteArray(R"({"type":"loca)") << 1;
    QTest::newRow("truncated in a key") << QByteArray(R"({"ty)") << 1;
    QTest::newRow("truncated after a colon") << QByteArray(R"({"type":)") << 1;
    QTest::newRow("trailing comma") << QByteArray(R"({"type":"list",})") << 1;
    QTest::newRow("garbage after the object") << (valid + " x") << 1;
    QTest::newRow("two objects") << (valid + valid) << 1;
    QTest::newRow("single quotes") << QByteArray("{'type':'list'}") << 1;
    QTest::newRow("unquoted key") << QByteArray(R"({type:"list"})") << 1;
    QTest::newRow("NaN") << QByteArray(R"({"type":NaN})") << 1;
    QTest::newRow("bad unicode escape") << QByteArray(R"({"type":"\u12G4"})") << 1;
    QTest::newRow("comment") << QByteArray("{\"type\":\"list\" // a list\n}") << 1;
    QTest::newRow("error on line 3") << QByteArray("{\n  \"type\": \"list\",\n  oops\n}") << 3;

    const QByteArray list = messageFileBytes(u"list"_s);
    const QByteArray half = list.left(list.size() / 2);
    QTest::newRow("half of list.json") << half << int(half.count('\n') + 1);

    QTest::newRow("5000 nested arrays") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << 1;
    QTest::newRow("5000 nested objects")
        << (QByteArray(R"({"a":)").repeated(5000) + "1" + QByteArray(5000, '}')) << 1;
    QTest::newRow("5000 unclosed arrays") << QByteArray(5000, '[') << 1;
    QTest::newRow("deep nesting in flow data")
        << (R"({"type":"flow","body":{"text":"Hi"},"action":{"name":"flow","parameters":{"flow_message_version":"3",)"
            R"("flow_id":"1","flow_cta":"Go","flow_action_payload":{"screen":"S","data":)" +
            QByteArray(R"({"a":)").repeated(5000) + "1" + QByteArray(5000, '}') + "}}}}")
        << 1;

    QTest::newRow("invalid UTF-8 ff fe in body.text")
        << locationRequestWithBody("\"Hi \xff\xfe there\"") << 1;
    QTest::newRow("overlong UTF-8 in body.text") << locationRequestWithBody("\"\xc0\xaf\"") << 1;
    QTest::newRow("UTF-8 encoded surrogate in body.text") << locationRequestWithBody("\"\xed\xa0\x80\"") << 1;
    QTest::newRow("truncated UTF-8 sequence in body.text")
        << locationRequestWithBody("\"\xf0\x9f\x91\"") << 1;
    QTest::newRow("invalid UTF-8 in a key") << QByteArray("{\"\xff\":1}") << 1;
    QTest::newRow("UTF-16 text") << QByteArray("{\0\"\0t\0\"\0:\0"
                                               "1\0}\0",
                                               14)
                                 << 1;
}

void TestMessageJson::syntaxErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);

    const MessageParseResult result = MessageJson::fromJson(text);
    QVERIFY(!result.message.has_value());
    QVERIFY2(result.errors.size() == 1, qPrintable(errorsText(result.errors)));
    const JsonError& error = result.errors.first();
    QVERIFY2(error.path.contains(u"line") && error.path.contains(u"column"), qPrintable(error.toString()));
    static const QRegularExpression where(QStringLiteral(R"(^line (\d+), column (\d+)$)"));
    const QRegularExpressionMatch match = where.match(error.path);
    QVERIFY2(match.hasMatch(), qPrintable(error.toString()));
    QCOMPARE(match.captured(1).toInt(), line);
    QVERIFY(match.captured(2).toInt() >= 1);
    QVERIFY2(!error.message.isEmpty(), qPrintable(error.toString()));

    // parseDocument reports the same.
    JsonError direct;
    QVERIFY(!MessageJson::parseDocument(text, &direct).has_value());
    QCOMPARE(direct, error);
}

// The codec takes any size (limits are the validator's job): a 10 MB body reads, writes and reads back.
void TestMessageJson::hugeBody()
{
    const QByteArray unit =
        "Stride Shoes \xf0\x9f\x91\x9f autumn sale, \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7! ";
    const QByteArray bodyUtf8 = unit.repeated(10 * 1024 * 1024 / unit.size() + 1);
    QVERIFY(bodyUtf8.size() >= 10 * 1024 * 1024);
    const QString body = QString::fromUtf8(bodyUtf8);

    const MessageParseResult parsed = MessageJson::fromJson(locationRequestWithBody('"' + bodyUtf8 + '"'));
    WA_VERIFY_PARSED(parsed);
    QCOMPARE(parsed.message->body->size(), body.size());
    QVERIFY(*parsed.message->body == body);

    const QByteArray written = MessageJson::toJson(*parsed.message, Format::Compact);
    WA_COMPARE_BYTES(written.left(64), locationRequestWithBody('"' + bodyUtf8 + '"').left(64));
    QCOMPARE(written.size(), locationRequestWithBody('"' + bodyUtf8 + '"').size());
    const MessageParseResult reparsed = MessageJson::fromJson(written);
    WA_VERIFY_PARSED(reparsed);
    QVERIFY(*reparsed.message == *parsed.message);
}

// Nesting the JSON parser accepts (it stops at 1024 levels) reads and writes back, in flow data.
void TestMessageJson::deepFlowData()
{
    const int depth = 1000; // plus the five levels of the message around the data
    const QByteArray nested = QByteArray(R"({"a":[)").repeated(depth / 2) + R"("leaf",1,null)" +
                              QByteArray("]}").repeated(depth / 2);
    const QByteArray text =
        R"({"type":"flow","body":{"text":"Hi"},"action":{"name":"flow","parameters":{"flow_message_version":"3",)"
        R"("flow_id":"1","flow_cta":"Go","flow_action_payload":{"screen":"S","data":)" +
        nested + "}}}}";
    const QJsonObject original = strictObject(text);
    QVERIFY(!original.isEmpty());

    const MessageParseResult parsed = MessageJson::fromJson(text);
    WA_VERIFY_PARSED(parsed);
    for (const Format format : {Format::Compact, Format::Indented}) {
        const QByteArray written = MessageJson::toJson(*parsed.message, format);
        WA_COMPARE_JSON(strictObject(written), original);
        const MessageParseResult reparsed = MessageJson::fromJson(written);
        WA_VERIFY_PARSED(reparsed);
        QVERIFY(*reparsed.message == *parsed.message);
    }
    WA_COMPARE_BYTES(MessageJson::toJson(*parsed.message, Format::Compact), text);
}

// Flow data built in code can nest deeper than Qt's JSON parser accepts (1024 levels): writing must still
// work, reading the text back must fail cleanly, and the validator must refuse the message.
void TestMessageJson::deeperThanTheParser()
{
    QJsonValue deep = u"leaf"_s;
    for (int i = 0; i < 1100; ++i)
        deep = QJsonObject{{L1("a"), deep}};
    FlowAction flow = flowAction(u"1"_s, {}, u"Go"_s);
    flow.screen = u"S"_s;
    flow.data = deep.toObject();
    const InteractiveMessage message = makeMessage(flow, {}, u"Hi"_s);

    const QByteArray compact = MessageJson::toJson(message, Format::Compact);
    QVERIFY(
        compact.startsWith(R"({"type":"flow","body":{"text":"Hi"},"action":{"name":"flow","parameters":{)"));
    QCOMPARE(compact.count(R"({"a":)"), 1100);
    QVERIFY(MessageJson::toJson(message, Format::Indented).endsWith("}\n"));

    const MessageParseResult reparsed = MessageJson::fromJson(compact);
    QVERIFY(!reparsed.message.has_value());
    QCOMPARE(reparsed.errors.size(), 1);
    QVERIFY2(reparsed.errors[0].path.startsWith(u"line 1, column "),
             qPrintable(reparsed.errors[0].toString()));

    // The object form goes through Qt's parser and cannot hold this; the validator refuses such a message.
    const QList<ValidationIssue> issues = Validator::check(message);
    QVERIFY(std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& issue) {
        return issue.path == u"action.parameters.flow_action_payload.data"_s && issue.code == u"too-deep"_s &&
               issue.severity == Severity::Error;
    }));
}

QTEST_GUILESS_MAIN(TestMessageJson)
#include "tst_messagejson.moc"
