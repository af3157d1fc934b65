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
        return false;
    }
    return false;
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
    }
    return ReplyButtonsAction{};
}

} // namespace wa
