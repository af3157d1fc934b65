#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace wa {

// The interactive types of SPEC.md, in the order of the Action variant below.
enum class MessageType { Button, List, CtaUrl, LocationRequest, Flow, Product, ProductList, Catalog };

QString messageTypeName(MessageType type); // the wire name, e.g. "cta_url"
std::optional<MessageType> messageTypeFromName(QStringView name);
QList<MessageType> allMessageTypes();

enum class HeaderKind { None, Text, Image, Video, Document };

QString headerKindName(HeaderKind kind); // the wire name, e.g. "document"
std::optional<HeaderKind> headerKindFromName(QStringView name);

// SPEC.md's table: which header a type may have (HeaderKind::None is always allowed, except that a
// product list requires a text header, which the validator checks).
bool headerAllowed(MessageType type, HeaderKind kind);

struct Header
{
    HeaderKind kind = HeaderKind::None;
    QString text;      // Text
    QString mediaId;   // media kinds: WhatsApp wants exactly one of id and link;
    QString mediaLink; // both are kept so a payload that has both still round-trips and is flagged
    QString filename;  // Document only, optional

    bool isMedia() const { return isMediaKind(kind); }
    static bool isMediaKind(HeaderKind kind)
    {
        return kind == HeaderKind::Image || kind == HeaderKind::Video || kind == HeaderKind::Document;
    }
    // The same header as another kind, keeping only what that kind has (a link survives image -> video),
    // so that nothing the JSON cannot carry lingers in the model.
    Header withKind(HeaderKind newKind) const;
    static Header fromText(const QString& text) { return {HeaderKind::Text, text, {}, {}, {}}; }
    friend bool operator==(const Header&, const Header&) = default;
};

struct ReplyButton
{
    QString id;
    QString title;
    friend bool operator==(const ReplyButton&, const ReplyButton&) = default;
};

struct ReplyButtonsAction
{
    QList<ReplyButton> buttons;
    friend bool operator==(const ReplyButtonsAction&, const ReplyButtonsAction&) = default;
};

struct ListRow
{
    QString id;
    QString title;
    QString description; // optional: empty means absent
    friend bool operator==(const ListRow&, const ListRow&) = default;
};

struct ListSection
{
    QString title; // optional for a single section: empty means absent
    QList<ListRow> rows;
    friend bool operator==(const ListSection&, const ListSection&) = default;
};

struct ListAction
{
    QString button;
    QList<ListSection> sections;
    int rowCount() const;
    friend bool operator==(const ListAction&, const ListAction&) = default;
};

struct CtaUrlAction
{
    QString displayText;
    QString url;
    friend bool operator==(const CtaUrlAction&, const CtaUrlAction&) = default;
};

struct LocationRequestAction
{
    friend bool operator==(const LocationRequestAction&, const LocationRequestAction&) = default;
};

struct FlowAction
{
    QString messageVersion = QStringLiteral("3");
    QString flowToken; // optional
    QString flowId;    // one of flowId and flowName
    QString flowName;
    QString cta;
    QString mode;                    // optional: "draft" or "published"
    QString flowAction;              // optional: "navigate" or "data_exchange"
    QString screen;                  // flow_action_payload.screen
    std::optional<QJsonObject> data; // flow_action_payload.data, any JSON object

    bool hasPayload() const { return !screen.isEmpty() || data.has_value(); }
    friend bool operator==(const FlowAction&, const FlowAction&) = default;
};

struct ProductAction
{
    QString catalogId;
    QString productRetailerId;
    friend bool operator==(const ProductAction&, const ProductAction&) = default;
};

struct ProductSection
{
    QString title;
    QStringList productRetailerIds;
    friend bool operator==(const ProductSection&, const ProductSection&) = default;
};

struct ProductListAction
{
    QString catalogId;
    QList<ProductSection> sections;
    int productCount() const;
    friend bool operator==(const ProductListAction&, const ProductListAction&) = default;
};

struct CatalogAction
{
    QString thumbnailProductRetailerId; // optional
    friend bool operator==(const CatalogAction&, const CatalogAction&) = default;
};

// One alternative per MessageType, in the same order, so the type is the variant's index.
using Action = std::variant<ReplyButtonsAction, ListAction, CtaUrlAction, LocationRequestAction, FlowAction,
                            ProductAction, ProductListAction, CatalogAction>;

// A WhatsApp interactive message as a plain value: what the form edits and the codec reads and writes.
struct InteractiveMessage
{
    Header header;
    std::optional<QString> body; // present but empty is kept, so the validator can say so
    std::optional<QString> footer;
    Action action;

    MessageType type() const { return static_cast<MessageType>(action.index()); }
    static Action emptyAction(MessageType type);

    template <typename T> const T* actionAs() const { return std::get_if<T>(&action); }
    template <typename T> T* actionAs() { return std::get_if<T>(&action); }

    friend bool operator==(const InteractiveMessage&, const InteractiveMessage&) = default;
};

} // namespace wa
