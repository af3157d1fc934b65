#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace wa {

// The interactive types of SPEC.md, in the order of the Action variant below.
enum class MessageType {
    Button,
    List,
    CtaUrl,
    LocationRequest,
    Flow,
    Product,
    ProductList,
    Catalog,
    // SPEC.md, "Newer interactive types"
    Carousel,
    VoiceCall,
    CallPermissionRequest,
    ContactInfoRequest,
    Address,
};

QString messageTypeName(MessageType type); // the wire name, e.g. "cta_url"
std::optional<MessageType> messageTypeFromName(QStringView name);
QList<MessageType> allMessageTypes();

enum class HeaderKind { None, Text, Image, Video, Document };

QString headerKindName(HeaderKind kind); // the wire name, e.g. "document"
std::optional<HeaderKind> headerKindFromName(QStringView name);

// SPEC.md's table: which header a type may have (HeaderKind::None is always allowed, except that a
// product list requires a text header, which the validator checks).
bool headerAllowed(MessageType type, HeaderKind kind);
// Whether a type may have a footer: not a location request, a carousel, nor the types WhatsApp fixes all but
// the body of.
bool footerAllowed(MessageType type);

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

// One card of a carousel: a media card with a URL button or quick replies, or a product card.
struct CarouselCard
{
    enum class Kind { Url, QuickReplies, Product }; // the card's "type": cta_url, button, product

    qint64 index = 0; // card_index as written: the validator wants 0 to n-1, each once
    Kind kind = Kind::Url;
    Header header;                   // media cards: an image or a video
    std::optional<QString> body;     // media cards, optional
    CtaUrlAction url;                // Kind::Url
    QList<ReplyButton> quickReplies; // Kind::QuickReplies
    QString productRetailerId;       // Kind::Product
    QString catalogId;               // Kind::Product

    bool isMedia() const { return kind != Kind::Product; }
    friend bool operator==(const CarouselCard&, const CarouselCard&) = default;
};

QString carouselCardKindName(CarouselCard::Kind kind); // the wire name: "cta_url", "button", "product"
std::optional<CarouselCard::Kind> carouselCardKindFromName(QStringView name);

struct CarouselAction
{
    QList<CarouselCard> cards;
    bool isProductCarousel() const
    {
        return !cards.isEmpty() && cards.first().kind == CarouselCard::Kind::Product;
    }
    friend bool operator==(const CarouselAction&, const CarouselAction&) = default;
};

// A button the customer taps to call the business on WhatsApp. Every parameter is optional; absent,
// WhatsApp shows "Call Now" for 10080 minutes.
struct VoiceCallAction
{
    QString displayText;              // optional: empty means absent
    std::optional<qint64> ttlMinutes; // optional
    QString payload;                  // optional: empty means absent

    bool hasParameters() const { return !displayText.isEmpty() || ttlMinutes || !payload.isEmpty(); }
    friend bool operator==(const VoiceCallAction&, const VoiceCallAction&) = default;
};

// Asks the customer's permission to call them; WhatsApp fixes everything but the body.
struct CallPermissionRequestAction
{
    friend bool operator==(const CallPermissionRequestAction&, const CallPermissionRequestAction&) = default;
};

// Asks the customer to share their contact card ("Share contact info", fixed by WhatsApp).
struct ContactInfoRequestAction
{
    friend bool operator==(const ContactInfoRequestAction&, const ContactInfoRequestAction&) = default;
};

// One field of an Indian delivery address, by its wire key ("in_pin_code").
struct AddressField
{
    QString key;
    QString value;
    friend bool operator==(const AddressField&, const AddressField&) = default;
};

// The address fields WhatsApp knows, in the order they are written.
const QList<QLatin1StringView>& addressFieldKeys();
qsizetype addressFieldRank(QStringView key); // its place in addressFieldKeys(), -1 for another key

struct SavedAddress
{
    QString id;
    QList<AddressField> values;
    friend bool operator==(const SavedAddress&, const SavedAddress&) = default;
};

// Asks the customer for a delivery address in a form WhatsApp draws (India only).
struct AddressAction
{
    QString country = QStringLiteral("IN");
    QList<AddressField> values;           // prefilled, in addressFieldKeys() order
    QList<SavedAddress> savedAddresses;   // offered to pick from
    QList<AddressField> validationErrors; // shown under the fields, by key

    QString value(QLatin1StringView key) const;
    void setValue(QLatin1StringView key, const QString& value); // empty removes it; keeps the order
    friend bool operator==(const AddressAction&, const AddressAction&) = default;
};

// One alternative per MessageType, in the same order, so the type is the variant's index.
using Action = std::variant<ReplyButtonsAction, ListAction, CtaUrlAction, LocationRequestAction, FlowAction,
                            ProductAction, ProductListAction, CatalogAction, CarouselAction, VoiceCallAction,
                            CallPermissionRequestAction, ContactInfoRequestAction, AddressAction>;

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
