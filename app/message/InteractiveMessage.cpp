#include "InteractiveMessage.h"

#include <array>

namespace wa {

namespace {
struct TypeName
{
    MessageType type;
    QLatin1StringView name;
};
constexpr std::array typeNames{
    TypeName{MessageType::Button, QLatin1StringView("button")},
    TypeName{MessageType::List, QLatin1StringView("list")},
    TypeName{MessageType::CtaUrl, QLatin1StringView("cta_url")},
    TypeName{MessageType::LocationRequest, QLatin1StringView("location_request_message")},
    TypeName{MessageType::Flow, QLatin1StringView("flow")},
    TypeName{MessageType::Product, QLatin1StringView("product")},
    TypeName{MessageType::ProductList, QLatin1StringView("product_list")},
    TypeName{MessageType::Catalog, QLatin1StringView("catalog_message")},
    TypeName{MessageType::Carousel, QLatin1StringView("carousel")},
    TypeName{MessageType::VoiceCall, QLatin1StringView("voice_call")},
    TypeName{MessageType::CallPermissionRequest, QLatin1StringView("call_permission_request")},
    TypeName{MessageType::ContactInfoRequest, QLatin1StringView("request_contact_info")},
    TypeName{MessageType::Address, QLatin1StringView("address_message")},
};

struct KindName
{
    HeaderKind kind;
    QLatin1StringView name;
};
constexpr std::array kindNames{
    KindName{HeaderKind::Text, QLatin1StringView("text")},
    KindName{HeaderKind::Image, QLatin1StringView("image")},
    KindName{HeaderKind::Video, QLatin1StringView("video")},
    KindName{HeaderKind::Document, QLatin1StringView("document")},
};
} // namespace

QString messageTypeName(MessageType type)
{
    for (const auto& entry : typeNames)
        if (entry.type == type)
            return entry.name;
    return {};
}

std::optional<MessageType> messageTypeFromName(QStringView name)
{
    for (const auto& entry : typeNames)
        if (entry.name == name)
            return entry.type;
    return std::nullopt;
}

QList<MessageType> allMessageTypes()
{
    QList<MessageType> types;
    for (const auto& entry : typeNames)
        types.append(entry.type);
    return types;
}

QString headerKindName(HeaderKind kind)
{
    for (const auto& entry : kindNames)
        if (entry.kind == kind)
            return entry.name;
    return {};
}

std::optional<HeaderKind> headerKindFromName(QStringView name)
{
    for (const auto& entry : kindNames)
        if (entry.name == name)
            return entry.kind;
    return std::nullopt;
}

Header Header::withKind(HeaderKind newKind) const
{
    Header header;
    header.kind = newKind;
    if (newKind == HeaderKind::Text)
        header.text = text;
    if (isMediaKind(newKind)) {
        header.mediaId = mediaId;
        header.mediaLink = mediaLink;
    }
    if (newKind == HeaderKind::Document)
        header.filename = filename;
    return header;
}

bool headerAllowed(MessageType type, HeaderKind kind)
{
    if (kind == HeaderKind::None)
        return true;
    switch (type) {
    case MessageType::Button:
    case MessageType::CtaUrl:
        return true;
    case MessageType::List:
    case MessageType::Flow:
    case MessageType::ProductList:
        return kind == HeaderKind::Text;
    case MessageType::LocationRequest:
    case MessageType::Product:
    case MessageType::Catalog:
    case MessageType::Carousel: // its cards have headers; the message has none
    case MessageType::VoiceCall:
    case MessageType::CallPermissionRequest:
    case MessageType::ContactInfoRequest:
    case MessageType::Address:
        return false;
    }
    return false;
}

bool footerAllowed(MessageType type)
{
    switch (type) {
    case MessageType::LocationRequest:
    case MessageType::Carousel:
    case MessageType::CallPermissionRequest:
    case MessageType::ContactInfoRequest:
        return false;
    default:
        return true;
    }
}

QString carouselCardKindName(CarouselCard::Kind kind)
{
    switch (kind) {
    case CarouselCard::Kind::Url:
        break;
    case CarouselCard::Kind::QuickReplies:
        return QStringLiteral("button");
    case CarouselCard::Kind::Product:
        return QStringLiteral("product");
    }
    return QStringLiteral("cta_url");
}

std::optional<CarouselCard::Kind> carouselCardKindFromName(QStringView name)
{
    for (auto kind : {CarouselCard::Kind::Url, CarouselCard::Kind::QuickReplies, CarouselCard::Kind::Product})
        if (name == carouselCardKindName(kind))
            return kind;
    return std::nullopt;
}

const QList<QLatin1StringView>& addressFieldKeys()
{
    static const QList<QLatin1StringView> keys{
        QLatin1StringView("name"),          QLatin1StringView("phone_number"),
        QLatin1StringView("in_pin_code"),   QLatin1StringView("house_number"),
        QLatin1StringView("floor_number"),  QLatin1StringView("tower_number"),
        QLatin1StringView("building_name"), QLatin1StringView("address"),
        QLatin1StringView("landmark_area"), QLatin1StringView("city"),
        QLatin1StringView("state")};
    return keys;
}

QString AddressAction::value(QLatin1StringView key) const
{
    for (const AddressField& field : values)
        if (field.key == key)
            return field.value;
    return {};
}

qsizetype addressFieldRank(QStringView key)
{
    const QList<QLatin1StringView>& keys = addressFieldKeys();
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return i;
    return -1;
}

void AddressAction::setValue(QLatin1StringView key, const QString& value)
{
    values.removeIf([key](const AddressField& field) { return field.key == key; });
    if (value.isEmpty())
        return;
    const qsizetype rank = addressFieldRank(QString(key));
    qsizetype at = 0;
    while (at < values.size() && addressFieldRank(values[at].key) < rank)
        ++at;
    values.insert(at, {QString(key), value});
}

int ListAction::rowCount() const
{
    int count = 0;
    for (const auto& section : sections)
        count += int(section.rows.size());
    return count;
}

int ProductListAction::productCount() const
{
    int count = 0;
    for (const auto& section : sections)
        count += int(section.productRetailerIds.size());
    return count;
}

Action InteractiveMessage::emptyAction(MessageType type)
{
    switch (type) {
    case MessageType::Button:
        return ReplyButtonsAction{};
    case MessageType::List:
        return ListAction{};
    case MessageType::CtaUrl:
        return CtaUrlAction{};
    case MessageType::LocationRequest:
        return LocationRequestAction{};
    case MessageType::Flow:
        return FlowAction{};
    case MessageType::Product:
        return ProductAction{};
    case MessageType::ProductList:
        return ProductListAction{};
    case MessageType::Catalog:
        return CatalogAction{};
    case MessageType::Carousel:
        return CarouselAction{};
    case MessageType::VoiceCall:
        return VoiceCallAction{};
    case MessageType::CallPermissionRequest:
        return CallPermissionRequestAction{};
    case MessageType::ContactInfoRequest:
        return ContactInfoRequestAction{};
    case MessageType::Address:
        return AddressAction{};
    }
    return ReplyButtonsAction{};
}

} // namespace wa
