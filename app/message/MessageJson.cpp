#include "MessageJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace wa::MessageJson {

namespace {

using Presence = JsonReader::Presence;
using L1 = QLatin1StringView;

// Names the translation context, so lupdate and the runtime agree on it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::MessageJson)
};

// ---- writing -------------------------------------------------------------------------------------------
// Keys go out in the order of SPEC.md and WhatsApp's examples; optional keys only when set.

void writeText(JsonWriter& out, L1 key, const QString& text)
{
    out.key(key);
    out.beginObject();
    out.member(L1("text"), text);
    out.endObject();
}

void writeHeader(JsonWriter& out, const Header& header)
{
    out.key(L1("header"));
    out.beginObject();
    const QString kind = headerKindName(header.kind);
    out.member(L1("type"), kind);
    if (header.kind == HeaderKind::Text) {
        out.member(L1("text"), header.text);
    } else {
        const QByteArray kindLatin1 = kind.toLatin1();
        out.key(L1(kindLatin1));
        out.beginObject();
        if (!header.mediaId.isEmpty())
            out.member(L1("id"), header.mediaId);
        if (!header.mediaLink.isEmpty() || header.mediaId.isEmpty())
            out.member(L1("link"), header.mediaLink);
        if (header.kind == HeaderKind::Document && !header.filename.isEmpty())
            out.member(L1("filename"), header.filename);
        out.endObject();
    }
    out.endObject();
}

// "buttons": [{"type": kind, kind: {"id", "title"}}, ...]: reply buttons ("reply") or quick replies
// ("quick_reply").
void writeReplyButtons(JsonWriter& out, const QList<ReplyButton>& buttons, L1 kind)
{
    out.key(L1("buttons"));
    out.beginArray();
    for (const auto& button : buttons) {
        out.beginObject();
        out.member(L1("type"), QString(kind));
        out.key(kind);
        out.beginObject();
        out.member(L1("id"), button.id);
        out.member(L1("title"), button.title);
        out.endObject();
        out.endObject();
    }
    out.endArray();
}

void writeAction(JsonWriter& out, const ReplyButtonsAction& action)
{
    writeReplyButtons(out, action.buttons, L1("reply"));
}

void writeAction(JsonWriter& out, const ListAction& action)
{
    out.member(L1("button"), action.button);
    out.key(L1("sections"));
    out.beginArray();
    for (const auto& section : action.sections) {
        out.beginObject();
        if (!section.title.isEmpty())
            out.member(L1("title"), section.title);
        out.key(L1("rows"));
        out.beginArray();
        for (const auto& row : section.rows) {
            out.beginObject();
            out.member(L1("id"), row.id);
            out.member(L1("title"), row.title);
            if (!row.description.isEmpty())
                out.member(L1("description"), row.description);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
}

void writeCtaParameters(JsonWriter& out, const CtaUrlAction& action);

void writeAction(JsonWriter& out, const CtaUrlAction& action)
{
    writeCtaParameters(out, action);
}

void writeAction(JsonWriter& out, const LocationRequestAction&)
{
    out.member(L1("name"), QStringLiteral("send_location"));
}

void writeAction(JsonWriter& out, const FlowAction& action)
{
    const auto memberIfSet = [&](L1 key, const QString& value) {
        if (!value.isEmpty())
            out.member(key, value);
    };
    out.member(L1("name"), QStringLiteral("flow"));
    out.key(L1("parameters"));
    out.beginObject();
    // SPEC.md's order (Meta's own examples put flow_token second).
    out.member(L1("flow_message_version"), action.messageVersion);
    memberIfSet(L1("flow_id"), action.flowId);
    memberIfSet(L1("flow_name"), action.flowName);
    out.member(L1("flow_cta"), action.cta);
    memberIfSet(L1("flow_token"), action.flowToken);
    memberIfSet(L1("mode"), action.mode);
    memberIfSet(L1("flow_action"), action.flowAction);
    if (action.hasPayload()) {
        out.key(L1("flow_action_payload"));
        out.beginObject();
        memberIfSet(L1("screen"), action.screen);
        if (action.data) {
            out.key(L1("data"));
            out.value(*action.data);
        }
        out.endObject();
    }
    out.endObject();
}

void writeAction(JsonWriter& out, const ProductAction& action)
{
    out.member(L1("catalog_id"), action.catalogId);
    out.member(L1("product_retailer_id"), action.productRetailerId);
}

void writeAction(JsonWriter& out, const ProductListAction& action)
{
    out.member(L1("catalog_id"), action.catalogId);
    out.key(L1("sections"));
    out.beginArray();
    for (const auto& section : action.sections) {
        out.beginObject();
        out.member(L1("title"), section.title);
        out.key(L1("product_items"));
        out.beginArray();
        for (const auto& id : section.productRetailerIds) {
            out.beginObject();
            out.member(L1("product_retailer_id"), id);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
}

void writeAction(JsonWriter& out, const CatalogAction& action)
{
    out.member(L1("name"), QStringLiteral("catalog_message"));
    if (!action.thumbnailProductRetailerId.isEmpty()) {
        out.key(L1("parameters"));
        out.beginObject();
        out.member(L1("thumbnail_product_retailer_id"), action.thumbnailProductRetailerId);
        out.endObject();
    }
}

void writeCtaParameters(JsonWriter& out, const CtaUrlAction& action)
{
    out.member(L1("name"), QStringLiteral("cta_url"));
    out.key(L1("parameters"));
    out.beginObject();
    out.member(L1("display_text"), action.displayText);
    out.member(L1("url"), action.url);
    out.endObject();
}

void writeCard(JsonWriter& out, const CarouselCard& card)
{
    out.beginObject();
    out.member(L1("card_index"), card.index);
    out.member(L1("type"), carouselCardKindName(card.kind));
    if (card.isMedia()) {
        if (card.header.kind != HeaderKind::None)
            writeHeader(out, card.header);
        if (card.body)
            writeText(out, L1("body"), *card.body);
    }
    out.key(L1("action"));
    out.beginObject();
    switch (card.kind) {
    case CarouselCard::Kind::Url:
        writeCtaParameters(out, card.url);
        break;
    case CarouselCard::Kind::QuickReplies:
        writeReplyButtons(out, card.quickReplies, L1("quick_reply"));
        break;
    case CarouselCard::Kind::Product:
        out.member(L1("product_retailer_id"), card.productRetailerId);
        out.member(L1("catalog_id"), card.catalogId);
        break;
    }
    out.endObject();
    out.endObject();
}

void writeAction(JsonWriter& out, const CarouselAction& action)
{
    out.key(L1("cards"));
    out.beginArray();
    for (const CarouselCard& card : action.cards)
        writeCard(out, card);
    out.endArray();
}

void writeAction(JsonWriter& out, const VoiceCallAction& action)
{
    out.member(L1("name"), QStringLiteral("voice_call"));
    if (!action.hasParameters())
        return; // WhatsApp's defaults
    out.key(L1("parameters"));
    out.beginObject();
    if (!action.displayText.isEmpty())
        out.member(L1("display_text"), action.displayText);
    if (action.ttlMinutes)
        out.member(L1("ttl_minutes"), *action.ttlMinutes);
    if (!action.payload.isEmpty())
        out.member(L1("payload"), action.payload);
    out.endObject();
}

void writeAction(JsonWriter& out, const CallPermissionRequestAction&)
{
    out.member(L1("name"), QStringLiteral("call_permission_request"));
}

void writeAction(JsonWriter& out, const ContactInfoRequestAction&)
{
    out.member(L1("name"), QStringLiteral("request_contact_info"));
}

void writeAddressFields(JsonWriter& out, L1 key, const QList<AddressField>& fields)
{
    out.key(key);
    out.beginObject();
    for (const AddressField& field : fields) {
        const QByteArray name = field.key.toLatin1();
        out.member(L1(name), field.value);
    }
    out.endObject();
}

void writeAction(JsonWriter& out, const AddressAction& action)
{
    out.member(L1("name"), QStringLiteral("address_message"));
    out.key(L1("parameters"));
    out.beginObject();
    out.member(L1("country"), action.country);
    if (!action.values.isEmpty())
        writeAddressFields(out, L1("values"), action.values);
    if (!action.savedAddresses.isEmpty()) {
        out.key(L1("saved_addresses"));
        out.beginArray();
        for (const SavedAddress& saved : action.savedAddresses) {
            out.beginObject();
            out.member(L1("id"), saved.id);
            writeAddressFields(out, L1("value"), saved.values);
            out.endObject();
        }
        out.endArray();
    }
    if (!action.validationErrors.isEmpty())
        writeAddressFields(out, L1("validation_errors"), action.validationErrors);
    out.endObject();
}

// ---- reading -------------------------------------------------------------------------------------------

class MessageReader
{
public:
    explicit MessageReader(const QString& rootPath) : m_in(rootPath) {}

    MessageParseResult read(const QJsonValue& json)
    {
        MessageParseResult result;
        InteractiveMessage message;
        if (const auto root = m_in.objectAt(json, m_root))
            readRoot(*root, message);
        result.errors = m_in.errors();
        if (result.errors.isEmpty())
            result.message = std::move(message);
        return result;
    }

private:
    void readRoot(const QJsonObject& root, InteractiveMessage& message)
    {
        m_in.rejectUnknownKeys(root, {L1("type"), L1("header"), L1("body"), L1("footer"), L1("action")},
                               m_root);
        const auto typeName = m_in.string(root, L1("type"), m_root);
        std::optional<MessageType> type;
        if (typeName) {
            type = messageTypeFromName(*typeName);
            if (!type) {
                QStringList names;
                for (MessageType known : allMessageTypes())
                    names.append(messageTypeName(known));
                m_in.error(m_root.child(L1("type")), Text::tr("unknown type \"%1\"; expected one of: %2")
                                                         .arg(typeName->left(40), names.join(u", ")));
            }
        }
        if (const auto header = m_in.object(root, L1("header"), m_root, Presence::Optional))
            message.header = readHeader(*header, m_root.child(L1("header")));
        message.body = readText(root, L1("body"), m_root);
        message.footer = readText(root, L1("footer"), m_root);
        const auto action = m_in.object(root, L1("action"), m_root);
        if (type && action)
            message.action = readAction(*type, *action);
    }

    std::optional<QString> readText(const QJsonObject& parent, L1 key, const JsonPath& parentPath)
    {
        const auto object = m_in.object(parent, key, parentPath, Presence::Optional);
        if (!object)
            return std::nullopt;
        const JsonPath path = parentPath.child(key);
        m_in.rejectUnknownKeys(*object, {L1("text")}, path);
        return m_in.string(*object, L1("text"), path);
    }

    Header readHeader(const QJsonObject& json, const JsonPath& path)
    {
        Header header;
        const auto kindName = m_in.string(json, L1("type"), path);
        if (!kindName)
            return header;
        const auto kind = headerKindFromName(*kindName);
        if (!kind) {
            m_in.error(path.child(L1("type")),
                       Text::tr("unknown header type \"%1\"; expected text, image, video or document")
                           .arg(kindName->left(40)));
            return header;
        }
        header.kind = *kind;
        if (*kind == HeaderKind::Text) {
            m_in.rejectUnknownKeys(json, {L1("type"), L1("text")}, path);
            header.text = m_in.string(json, L1("text"), path).value_or(QString());
            return header;
        }
        const QByteArray kindLatin1 = headerKindName(*kind).toLatin1();
        const L1 mediaKey(kindLatin1);
        m_in.rejectUnknownKeys(json, {L1("type"), mediaKey}, path);
        const auto media = m_in.object(json, mediaKey, path);
        if (!media)
            return header;
        const JsonPath mediaPath = path.child(mediaKey);
        if (*kind == HeaderKind::Document)
            m_in.rejectUnknownKeys(*media, {L1("id"), L1("link"), L1("filename")}, mediaPath);
        else
            m_in.rejectUnknownKeys(*media, {L1("id"), L1("link")}, mediaPath);
        const bool hasId = media->contains(L1("id"));
        if (!hasId && !media->contains(L1("link"))) {
            m_in.error(mediaPath, Text::tr("needs an \"id\" or a \"link\""));
        } else {
            header.mediaId = m_in.string(*media, L1("id"), mediaPath, Presence::Optional).value_or(QString());
            // Without an id the link is the media, and may still be empty while it is being written (the
            // writer puts "link": "" there so that the header keeps its shape); the validator reports it.
            header.mediaLink =
                m_in.string(*media, L1("link"), mediaPath, hasId ? Presence::Optional : Presence::Required)
                    .value_or(QString());
        }
        if (*kind == HeaderKind::Document)
            header.filename =
                m_in.string(*media, L1("filename"), mediaPath, Presence::Optional).value_or(QString());
        return header;
    }

    Action readAction(MessageType type, const QJsonObject& json)
    {
        switch (type) {
        case MessageType::Button:
            return readButtons(json);
        case MessageType::List:
            return readList(json);
        case MessageType::CtaUrl:
            return readCtaUrl(json);
        case MessageType::LocationRequest:
            m_in.rejectUnknownKeys(json, {L1("name")}, m_action);
            m_in.constant(json, L1("name"), L1("send_location"), m_action);
            return LocationRequestAction{};
        case MessageType::Flow:
            return readFlow(json);
        case MessageType::Product:
            return readProduct(json);
        case MessageType::ProductList:
            return readProductList(json);
        case MessageType::Catalog:
            return readCatalog(json);
        case MessageType::Carousel:
            return readCarousel(json);
        case MessageType::VoiceCall:
            return readVoiceCall(json);
        case MessageType::CallPermissionRequest:
            m_in.rejectUnknownKeys(json, {L1("name")}, m_action);
            m_in.constant(json, L1("name"), L1("call_permission_request"), m_action);
            return CallPermissionRequestAction{};
        case MessageType::ContactInfoRequest:
            m_in.rejectUnknownKeys(json, {L1("name")}, m_action);
            m_in.constant(json, L1("name"), L1("request_contact_info"), m_action);
            return ContactInfoRequestAction{};
        case MessageType::Address:
            return readAddress(json);
        }
        return {};
    }

    // Calls read(element, elementPath) for each element of json[key] that is an object.
    template <typename Read>
    void forEachObject(const QJsonObject& json, L1 key, const JsonPath& path, Read read)
    {
        const auto array = m_in.array(json, key, path);
        if (!array)
            return;
        const JsonPath arrayPath = path.child(key);
        for (qsizetype i = 0; i < array->size(); ++i) {
            const JsonPath elementPath = arrayPath.at(i);
            if (const auto element = m_in.objectAt(array->at(i), elementPath))
                read(*element, elementPath);
        }
    }

    ReplyButtonsAction readButtons(const QJsonObject& json)
    {
        return {readReplyButtons(json, m_action, L1("reply"))};
    }

    // {"buttons": [{"type": kind, kind: {"id", "title"}}, ...]}: a message's reply buttons ("reply") or a
    // carousel card's quick replies ("quick_reply").
    QList<ReplyButton> readReplyButtons(const QJsonObject& json, const JsonPath& path, L1 kind)
    {
        QList<ReplyButton> buttons;
        m_in.rejectUnknownKeys(json, {L1("buttons")}, path);
        forEachObject(json, L1("buttons"), path, [&](const QJsonObject& element, const JsonPath& at) {
            m_in.rejectUnknownKeys(element, {L1("type"), kind}, at);
            m_in.constant(element, L1("type"), kind, at);
            ReplyButton button;
            if (const auto reply = m_in.object(element, kind, at)) {
                const JsonPath replyPath = at.child(kind);
                m_in.rejectUnknownKeys(*reply, {L1("id"), L1("title")}, replyPath);
                button.id = m_in.string(*reply, L1("id"), replyPath).value_or(QString());
                button.title = m_in.string(*reply, L1("title"), replyPath).value_or(QString());
            }
            buttons.append(button);
        });
        return buttons;
    }

    ListAction readList(const QJsonObject& json)
    {
        ListAction action;
        m_in.rejectUnknownKeys(json, {L1("button"), L1("sections")}, m_action);
        action.button = m_in.string(json, L1("button"), m_action).value_or(QString());
        forEachObject(json, L1("sections"), m_action, [&](const QJsonObject& element, const JsonPath& path) {
            m_in.rejectUnknownKeys(element, {L1("title"), L1("rows")}, path);
            ListSection section;
            section.title = m_in.string(element, L1("title"), path, Presence::Optional).value_or(QString());
            forEachObject(
                element, L1("rows"), path, [&](const QJsonObject& rowJson, const JsonPath& rowPath) {
                    m_in.rejectUnknownKeys(rowJson, {L1("id"), L1("title"), L1("description")}, rowPath);
                    ListRow row;
                    row.id = m_in.string(rowJson, L1("id"), rowPath).value_or(QString());
                    row.title = m_in.string(rowJson, L1("title"), rowPath).value_or(QString());
                    row.description = m_in.string(rowJson, L1("description"), rowPath, Presence::Optional)
                                          .value_or(QString());
                    section.rows.append(row);
                });
            action.sections.append(section);
        });
        return action;
    }

    // Reads {"name": name, "parameters": {...}} at path (the message's action by default) and returns the
    // parameters object.
    std::optional<QJsonObject> namedParameters(const QJsonObject& json, L1 name, Presence presence)
    {
        return namedParameters(json, name, presence, m_action);
    }
    std::optional<QJsonObject> namedParameters(const QJsonObject& json, L1 name, Presence presence,
                                               const JsonPath& path)
    {
        m_in.rejectUnknownKeys(json, {L1("name"), L1("parameters")}, path);
        m_in.constant(json, L1("name"), name, path);
        return m_in.object(json, L1("parameters"), path, presence);
    }

    CtaUrlAction readCtaUrl(const QJsonObject& json) { return readCtaUrl(json, m_action); }
    CtaUrlAction readCtaUrl(const QJsonObject& json, const JsonPath& actionPath)
    {
        CtaUrlAction action;
        const auto parameters = namedParameters(json, L1("cta_url"), Presence::Required, actionPath);
        if (!parameters)
            return action;
        const JsonPath path = actionPath.child(L1("parameters"));
        m_in.rejectUnknownKeys(*parameters, {L1("display_text"), L1("url")}, path);
        action.displayText = m_in.string(*parameters, L1("display_text"), path).value_or(QString());
        action.url = m_in.string(*parameters, L1("url"), path).value_or(QString());
        return action;
    }

    CarouselAction readCarousel(const QJsonObject& json)
    {
        CarouselAction action;
        m_in.rejectUnknownKeys(json, {L1("cards")}, m_action);
        forEachObject(json, L1("cards"), m_action, [&](const QJsonObject& element, const JsonPath& path) {
            action.cards.append(readCard(element, path));
        });
        return action;
    }

    CarouselCard readCard(const QJsonObject& json, const JsonPath& path)
    {
        CarouselCard card;
        card.index = m_in.integer(json, L1("card_index"), path).value_or(0);
        const auto kindName = m_in.string(json, L1("type"), path);
        const auto kind = kindName ? carouselCardKindFromName(*kindName) : std::nullopt;
        if (kindName && !kind)
            m_in.error(path.child(L1("type")),
                       Text::tr("unknown card type \"%1\"; expected cta_url, button or product")
                           .arg(kindName->left(40)));
        if (!kind)
            return card;
        card.kind = *kind;
        const JsonPath actionPath = path.child(L1("action"));
        if (card.kind == CarouselCard::Kind::Product) {
            m_in.rejectUnknownKeys(json, {L1("card_index"), L1("type"), L1("action")}, path);
            if (const auto action = m_in.object(json, L1("action"), path)) {
                m_in.rejectUnknownKeys(*action, {L1("product_retailer_id"), L1("catalog_id")}, actionPath);
                card.productRetailerId =
                    m_in.string(*action, L1("product_retailer_id"), actionPath).value_or(QString());
                card.catalogId = m_in.string(*action, L1("catalog_id"), actionPath).value_or(QString());
            }
            return card;
        }
        m_in.rejectUnknownKeys(json, {L1("card_index"), L1("type"), L1("header"), L1("body"), L1("action")},
                               path);
        // The header is required, but read as optional so the validator can say what a card lacks.
        if (const auto header = m_in.object(json, L1("header"), path, Presence::Optional))
            card.header = readHeader(*header, path.child(L1("header")));
        card.body = readText(json, L1("body"), path);
        const auto action = m_in.object(json, L1("action"), path);
        if (!action)
            return card;
        if (card.kind == CarouselCard::Kind::Url) {
            card.url = readCtaUrl(*action, actionPath);
            return card;
        }
        card.quickReplies = readReplyButtons(*action, actionPath, L1("quick_reply"));
        return card;
    }

    VoiceCallAction readVoiceCall(const QJsonObject& json)
    {
        VoiceCallAction action;
        const auto parameters = namedParameters(json, L1("voice_call"), Presence::Optional);
        if (!parameters)
            return action;
        if (parameters->isEmpty())
            m_in.error(m_parameters, Text::tr("empty: leave the key out for WhatsApp's defaults"));
        m_in.rejectUnknownKeys(*parameters, {L1("display_text"), L1("ttl_minutes"), L1("payload")},
                               m_parameters);
        action.displayText = m_in.string(*parameters, L1("display_text"), m_parameters, Presence::Optional)
                                 .value_or(QString());
        action.ttlMinutes = m_in.integer(*parameters, L1("ttl_minutes"), m_parameters, Presence::Optional);
        action.payload =
            m_in.string(*parameters, L1("payload"), m_parameters, Presence::Optional).value_or(QString());
        return action;
    }

    // An object of address fields, by their keys; values are strings.
    QList<AddressField> readAddressFields(const QJsonObject& json, const JsonPath& path)
    {
        QList<AddressField> fields;
        for (const QLatin1StringView key : addressFieldKeys())
            if (const auto value = m_in.string(json, key, path, Presence::Optional))
                fields.append({QString(key), *value});
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            if (addressFieldRank(it.key()) < 0)
                m_in.error(JsonReader::child(path.toString(), it.key().left(40)),
                           Text::tr("not an address field; expected one of: %1")
                               .arg(addressKeyNames().join(QStringLiteral(", "))));
        return fields;
    }

    static QStringList addressKeyNames()
    {
        QStringList names;
        for (const QLatin1StringView key : addressFieldKeys())
            names.append(key);
        return names;
    }

    AddressAction readAddress(const QJsonObject& json)
    {
        AddressAction action;
        const auto parameters = namedParameters(json, L1("address_message"), Presence::Required);
        if (!parameters)
            return action;
        const JsonPath& path = m_parameters;
        m_in.rejectUnknownKeys(
            *parameters, {L1("country"), L1("values"), L1("saved_addresses"), L1("validation_errors")}, path);
        action.country = m_in.string(*parameters, L1("country"), path).value_or(QString());
        if (const auto values = m_in.object(*parameters, L1("values"), path, Presence::Optional))
            action.values = readAddressFields(*values, path.child(L1("values")));
        if (const auto errors = m_in.object(*parameters, L1("validation_errors"), path, Presence::Optional))
            action.validationErrors = readAddressFields(*errors, path.child(L1("validation_errors")));
        if (parameters->contains(L1("saved_addresses")))
            forEachObject(*parameters, L1("saved_addresses"), path,
                          [&](const QJsonObject& element, const JsonPath& at) {
                              m_in.rejectUnknownKeys(element, {L1("id"), L1("value")}, at);
                              SavedAddress saved;
                              saved.id = m_in.string(element, L1("id"), at).value_or(QString());
                              if (const auto value = m_in.object(element, L1("value"), at))
                                  saved.values = readAddressFields(*value, at.child(L1("value")));
                              action.savedAddresses.append(saved);
                          });
        return action;
    }

    FlowAction readFlow(const QJsonObject& json)
    {
        FlowAction action;
        const auto parameters = namedParameters(json, L1("flow"), Presence::Required);
        if (!parameters)
            return action;
        const JsonPath& path = m_parameters;
        m_in.rejectUnknownKeys(*parameters,
                               {L1("flow_message_version"), L1("flow_id"), L1("flow_name"), L1("flow_cta"),
                                L1("flow_token"), L1("mode"), L1("flow_action"), L1("flow_action_payload")},
                               path);
        const auto optional = [&](L1 key) {
            return m_in.string(*parameters, key, path, Presence::Optional).value_or(QString());
        };
        action.messageVersion =
            m_in.string(*parameters, L1("flow_message_version"), path).value_or(QString());
        action.cta = m_in.string(*parameters, L1("flow_cta"), path).value_or(QString());
        action.flowToken = optional(L1("flow_token"));
        action.flowId = optional(L1("flow_id"));
        action.flowName = optional(L1("flow_name"));
        action.mode = optional(L1("mode"));
        action.flowAction = optional(L1("flow_action"));
        if (const auto payload =
                m_in.object(*parameters, L1("flow_action_payload"), path, Presence::Optional)) {
            const JsonPath payloadPath = path.child(L1("flow_action_payload"));
            if (payload->isEmpty())
                m_in.error(payloadPath, Text::tr("empty: leave the key out, or give the first screen"));
            m_in.rejectUnknownKeys(*payload, {L1("screen"), L1("data")}, payloadPath);
            // A payload without a screen still loads, so the validator can point at what is missing.
            action.screen =
                m_in.string(*payload, L1("screen"), payloadPath, Presence::Optional).value_or(QString());
            action.data = m_in.object(*payload, L1("data"), payloadPath, Presence::Optional);
        }
        return action;
    }

    ProductAction readProduct(const QJsonObject& json)
    {
        m_in.rejectUnknownKeys(json, {L1("catalog_id"), L1("product_retailer_id")}, m_action);
        return {m_in.string(json, L1("catalog_id"), m_action).value_or(QString()),
                m_in.string(json, L1("product_retailer_id"), m_action).value_or(QString())};
    }

    ProductListAction readProductList(const QJsonObject& json)
    {
        ProductListAction action;
        m_in.rejectUnknownKeys(json, {L1("catalog_id"), L1("sections")}, m_action);
        action.catalogId = m_in.string(json, L1("catalog_id"), m_action).value_or(QString());
        forEachObject(json, L1("sections"), m_action, [&](const QJsonObject& element, const JsonPath& path) {
            m_in.rejectUnknownKeys(element, {L1("title"), L1("product_items")}, path);
            ProductSection section;
            section.title = m_in.string(element, L1("title"), path).value_or(QString());
            forEachObject(element, L1("product_items"), path,
                          [&](const QJsonObject& item, const JsonPath& itemPath) {
                              m_in.rejectUnknownKeys(item, {L1("product_retailer_id")}, itemPath);
                              section.productRetailerIds.append(
                                  m_in.string(item, L1("product_retailer_id"), itemPath).value_or(QString()));
                          });
            action.sections.append(section);
        });
        return action;
    }

    CatalogAction readCatalog(const QJsonObject& json)
    {
        CatalogAction action;
        const auto parameters = namedParameters(json, L1("catalog_message"), Presence::Optional);
        if (!parameters)
            return action;
        if (parameters->isEmpty())
            m_in.error(m_parameters, Text::tr("empty: leave the key out, or name the thumbnail's product"));
        m_in.rejectUnknownKeys(*parameters, {L1("thumbnail_product_retailer_id")}, m_parameters);
        action.thumbnailProductRetailerId =
            m_in.string(*parameters, L1("thumbnail_product_retailer_id"), m_parameters, Presence::Optional)
                .value_or(QString());
        return action;
    }

    JsonReader m_in;
    const JsonPath m_root;
    const JsonPath m_action = m_root.child(L1("action"));
    const JsonPath m_parameters = m_action.child(L1("parameters"));
};

} // namespace

void write(JsonWriter& out, const InteractiveMessage& message)
{
    out.beginObject();
    out.member(L1("type"), messageTypeName(message.type()));
    if (message.header.kind != HeaderKind::None)
        writeHeader(out, message.header);
    if (message.body)
        writeText(out, L1("body"), *message.body);
    if (message.footer)
        writeText(out, L1("footer"), *message.footer);
    out.key(L1("action"));
    out.beginObject();
    std::visit([&out](const auto& action) { writeAction(out, action); }, message.action);
    out.endObject();
    out.endObject();
}

QByteArray toJson(const InteractiveMessage& message, JsonWriter::Format format)
{
    JsonWriter out(format);
    write(out, message);
    return out.take();
}

QJsonObject toJsonObject(const InteractiveMessage& message)
{
    // One writer is the single source of truth for what a message looks like in JSON.
    return QJsonDocument::fromJson(toJson(message, JsonWriter::Format::Compact)).object();
}

MessageParseResult fromJson(const QJsonValue& json, const QString& rootPath)
{
    return MessageReader(rootPath).read(json);
}

std::optional<QJsonValue> parseDocument(const QByteArray& text, JsonError* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    // Qt 6.4 reads only objects and arrays at the top; a lone string or number is still JSON (RFC 8259),
    // just not a message, and deserves that answer rather than "invalid JSON".
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']');
    if (wrapped.isArray() && wrapped.array().size() == 1)
        return wrapped.array().first();

    const QByteArray before = text.left(parseError.offset);
    const qsizetype line = before.count('\n') + 1;
    // Columns in characters, as an editor shows them, not in UTF-8 bytes.
    const qsizetype column =
        QString::fromUtf8(before.sliced(before.lastIndexOf('\n') + 1)).toUcs4().size() + 1;
    error->path = Text::tr("line %1, column %2").arg(line).arg(column);
    error->message = Text::tr("invalid JSON: %1").arg(parseError.errorString());
    return std::nullopt;
}

MessageParseResult fromJson(const QByteArray& text)
{
    JsonError error;
    const auto value = parseDocument(text, &error);
    if (!value)
        return {std::nullopt, {error}};
    return fromJson(*value);
}

} // namespace wa::MessageJson
