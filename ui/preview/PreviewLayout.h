#pragma once

#include "PreviewTheme.h"

#include "drafts/ProductLook.h"
#include "media/MediaResult.h"
#include "message/InteractiveMessage.h"
#include "message/TextFormatting.h"
#include "message/Validator.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QTextLayout>

#include <memory>
#include <optional>
#include <vector>

namespace wa {

enum class PreviewIcon {
    None,
    Reply,
    List,
    ExternalLink,
    Location,
    Flow,
    Catalog,
    Cart,
    Image,
    BrokenImage,
    Video,
    Document,
    Phone,
    Contact,
};

// How a text's {{placeholders}} show: as chips while the message is shown as written; once filled, the
// variables left without a value are outlined.
struct PlaceholderMarks
{
    bool chips = false;
    QStringList unfilled;
    bool any() const { return chips || !unfilled.isEmpty(); }
    friend bool operator==(const PlaceholderMarks&, const PlaceholderMarks&) = default;
};

// What the preview shows and the state of the phone around it.
struct PreviewInput
{
    InteractiveMessage message;
    PlaceholderMarks placeholders;
    QList<ValidationIssue> issues;
    QString businessName;
    QString time; // "09:41"
    bool sheetOpen = false;
    int selectedRow = -1; // in the list sheet, counted across sections
    qreal chatScroll = 0;
    qreal sheetScroll = 0;
    qreal cardsScroll = 0;     // a carousel's cards, sideways
    bool bodyExpanded = false; // "Read more" was tapped: a long body shows whole
    // What is known of the image links shown (MessageMedia::results()); a link not in it is a placeholder.
    QHash<QString, MediaResult> media;
    qreal shimmerPhase = 0; // 0 to 1: where the light band of a loading picture is
    // The draft's preview-only product details (name, price, picture) by retailer id: a product shows them
    // as the phone shows the catalog's; without one, WhatsApp's neutral box.
    ProductLooks productLooks;
};

// A paragraph of text laid out once; its lines are positioned from the part's top-left corner.
struct PreviewParagraph
{
    std::unique_ptr<QTextLayout> layout;
    qreal top = 0;
    qreal indent = 0; // room on the leading side for a quote bar, a bullet or a number
    bool rightToLeft = false;
    TextFormatting::BlockKind kind = TextFormatting::BlockKind::Paragraph;
    QString marker; // "•" or "3."
    qreal height = 0;
};

// One laid-out text (a header, a body, a footer, a row title): the paragraphs of its lines.
struct PreviewTextPart
{
    std::vector<PreviewParagraph> paragraphs;
    qreal width = 0;        // the width it was wrapped to
    qreal naturalWidth = 0; // the widest line, indent included
    qreal height = 0;
    qreal lastLineWidth = 0; // for placing the time beside the last line
    bool lastLineRightToLeft = false;
    // Only the first lines were laid out (PreviewLayout::text's shownLines): height, naturalWidth and the
    // last line's are those of the lines laid out.
    bool cut = false;
};

// A laid-out text placed somewhere, with its default colour (formats carry the rest).
struct PreviewText
{
    std::shared_ptr<const PreviewTextPart> part;
    QPointF position;
    qreal width = 0; // the box it is aligned in: right-to-left lines sit at its right edge
    QColor colour;
    PlaceholderMarks placeholders;
    // A collapsed body: only its lines within this height are painted (negative: every line).
    qreal shownHeight = -1;
};

struct PreviewButton
{
    // What tapping it does on the phone.
    enum class Role {
        Reply,
        OpenList,
        OpenUrl,
        SendLocation,
        OpenFlow,
        ViewCatalog,
        ViewProduct,
        ViewItems,
        Call,
        AnswerCallPermission,
        ShareContact,
        ProvideAddress,
    };
    Role role = Role::Reply;
    QRectF rect;
    QString label;
    PreviewIcon icon = PreviewIcon::None;
    QString detail; // shown on hover: the reply id, the URL, the flow ...
    QString path;   // where in the payload, e.g. "action.buttons[1]"
    // A right-to-left message's button: the row mirrored, its icon right of its label (where an Arabic reader
    // starts), and the arrows among icons pointing the other way.
    bool rightToLeft = false;
};

struct PreviewMedia
{
    enum class Look {
        Placeholder, // WhatsApp's grey box with the kind's icon (a video's with the play mark)
        Loading,     // the placeholder with a light band passing over it
        Picture,     // the picture, cropped to the box
        Failed,      // the placeholder with the broken-picture mark; problem says why
    };
    HeaderKind kind = HeaderKind::Image; // Image, Video, Document; product cards use Image
    PreviewIcon icon = PreviewIcon::Image;
    QRectF rect;
    QString name;   // a document's file name, a product's retailer id
    QString detail; // a document's type ("PDF"), a media id
    QString link;   // an image's link as written: what the preview's media results are asked about
    Look look = Look::Placeholder;
    QImage picture;       // Look::Picture: cropped to rect and scaled for the device pixel ratio
    QString problem;      // Look::Failed: why, as its tooltip
    bool standIn = false; // a local picture stands in for the link (shown, or failing to be read)
    // Over the picture: "Local picture" when one stands in for the link; on a document's icon, its type.
    QString badge;
    bool previewOnly = false; // a product look's picture: the customer's phone never loads this link
};

// One card of a carousel, side by side under the body's bubble; its buttons are among the scene's.
struct PreviewCard
{
    QRectF rect;
    std::optional<PreviewMedia> media;
    std::optional<PreviewText> body;
    QList<PreviewText> product; // a product card's name and price, from the draft's product look
    QString path;               // "action.cards[1]"
};

// Where the validator found an error: painted as an outline in the error colour, its issue as tooltip.
struct PreviewOutline
{
    QRectF rect;
    QString message;
};

struct PreviewSheetRow
{
    QRectF rect;
    PreviewText title;
    std::optional<PreviewText> description;
    QRectF radio;
    bool selected = false;
    QString id;
    QString path; // "action.sections[1].rows[0]"
};

struct PreviewSheetSection
{
    QRectF titleRect; // empty when the section has no title
    QString title;
};

// The list's bottom sheet, as the phone opens it from the list button.
struct PreviewSheet
{
    QRectF rect;
    QRectF closeButton;
    QRectF closeTarget; // where a tap closes the sheet: the close button and a margin for the finger
    QRectF titleRect;
    QString title;       // the list button's label
    QRectF rowsViewport; // rows scroll inside it
    qreal rowsHeight = 0;
    qreal scroll = 0;
    QList<PreviewSheetSection> sections;
    QList<PreviewSheetRow> rows;
    QList<QLineF> separators;
    QRectF sendButton;
    QString sendLabel;
    bool sendEnabled = false;
    QList<PreviewOutline> outlines;
};

// The whole phone screen, in the widget's coordinates.
struct PreviewScene
{
    QSizeF size;
    qreal devicePixelRatio = 1;
    QRectF topBar;
    QRectF backArrow;
    QRectF avatar;
    QString avatarInitial;
    QRectF nameRect;
    QString businessName;
    QRectF subtitleRect;
    QString subtitle;

    QRectF chatViewport; // between the top bar and the composer; the chat scrolls inside it
    qreal chatContentHeight = 0;
    qreal chatScroll = 0;
    QRectF dateChip;
    QString dateText;

    QRectF bubble; // the card: header, body, footer, time and the buttons under it
    QRectF tail;   // the small triangle at the bubble's top-left
    std::optional<PreviewMedia> media;
    QList<PreviewText> texts;
    QRectF timeRect;
    QString time;
    QRectF readMore; // under a collapsed body: "Read more", which shows it whole
    QString readMoreLabel;
    QList<QLineF> separators;
    QList<PreviewButton> buttons;
    QList<PreviewOutline> outlines;
    bool mediaLoading = false; // some picture shown is loading: its shimmer moves
    qreal shimmerPhase = 0;

    // A carousel's cards scroll sideways inside cardsStrip, as on the phone.
    QList<PreviewCard> cards;
    QRectF cardsStrip; // the screen's width, the cards' height
    qreal cardsScroll = 0;
    qreal cardsMaxScroll = 0;

    QRectF composer;
    QString composerHint;

    std::optional<PreviewSheet> sheet;
};

// What is under a point of the screen.
struct PreviewHit
{
    enum class Kind { Nothing, Button, ReadMore, SheetRow, SheetClose, SheetSend, SheetBody, SheetOutside };
    Kind kind = Kind::Nothing;
    int index = -1; // the button or the row
};

// Lays a message out as the customer's phone shows it: pure geometry, computed once per change, painted
// by PreviewPainter and hit-tested by PreviewWidget. Text layouts are cached, so a keystroke in the body
// lays out the body again and nothing else.
class PreviewLayout
{
    Q_DECLARE_TR_FUNCTIONS(wa::PreviewLayout)
public:
    explicit PreviewLayout(PreviewTheme theme = PreviewTheme::light());

    const PreviewTheme& theme() const { return m_theme; }
    void setTheme(const PreviewTheme& theme);

    // Pictures are fitted once for the device pixel ratio of the screen (or image) they are painted on.
    PreviewScene layout(const PreviewInput& input, QSizeF size, qreal devicePixelRatio = 1);

    static PreviewHit hitTest(const PreviewScene& scene, QPointF point);
    // The errors that apply to a part of the payload at path (its own, its children's and its parents').
    static QStringList errorsAt(const QList<ValidationIssue>& issues, QStringView path);
    // Only its own and its children's: a card's part is not outlined for what is wrong with the carousel.
    static QStringList errorsWithin(const QList<ValidationIssue>& issues, QStringView path);

private:
    enum class TextRole { Header, Body, Footer, RowTitle, RowDescription, ProductName, ProductPrice };
    struct CacheKey
    {
        TextRole role;
        QString text;
        int width;
        int shownLines;
        friend bool operator==(const CacheKey&, const CacheKey&) = default;
    };
    friend size_t qHash(const CacheKey& key, size_t seed)
    {
        return qHashMulti(seed, int(key.role), key.text, key.width, key.shownLines);
    }

    // A text wrapped to `width`. With shownLines, only what a collapsed text shows is laid out: its first
    // shownLines lines and one more when it has more (a 4,096-character body shows fifteen of its hundred).
    std::shared_ptr<const PreviewTextPart> text(TextRole role, const QString& source, qreal width,
                                                int shownLines = -1);
    // The height of a part's first `lines` lines, when it has more; nullopt when it has no more.
    static std::optional<qreal> collapsedHeight(const PreviewTextPart& part, int lines);
    static std::optional<PreviewMedia> mediaFor(const InteractiveMessage& message);
    static std::optional<PreviewMedia> mediaFor(const Header& header);
    static std::optional<PreviewMedia> mediaFor(const CarouselCard& card);
    static std::optional<PreviewMedia> catalogBox(PreviewIcon icon);
    // A product as the phone shows it: the look's picture (or the neutral box), and its name and price (none
    // without a look), each text with its colour.
    static std::optional<PreviewMedia> productBox(const QString& retailerId, const PreviewInput& input);
    QList<std::pair<std::shared_ptr<const PreviewTextPart>, QColor>>
    productTexts(const QString& retailerId, const PreviewInput& input, qreal width);
    // What is known of the media's link: its look, its problem, its picture (the whole, until fitted).
    static void dressMedia(PreviewMedia& media, const PreviewInput& input);
    // The media box's width / height: a loaded picture's own, within the theme's bounds.
    qreal mediaAspect(const PreviewMedia& media) const;
    // Crops the dressed picture to the placed box, scaled for the device (cached across passes).
    void fitPicture(PreviewMedia& media, qreal devicePixelRatio);
    static QList<PreviewButton> buttonsFor(const CarouselCard& card, const QString& path);
    void layoutCards(const CarouselAction& carousel, const PreviewInput& input, PreviewScene& scene);
    static QList<PreviewButton> buttonsFor(const InteractiveMessage& message);
    PreviewSheet layoutSheet(const ListAction& action, const PreviewInput& input, QSizeF size);

    PreviewTheme m_theme;
    QFontMetricsF m_chipMetrics;
    QFontMetricsF m_timeMetrics;
    QFontMetricsF m_buttonMetrics;
    QFontMetricsF m_readMoreMetrics;
    qreal m_bodyCharacterWidth = 0; // the body font's average, for guessing how much text fifteen lines hold
    // Text layouts of this pass and the one before; anything older is dropped, so memory stays bounded.
    QHash<CacheKey, std::shared_ptr<const PreviewTextPart>> m_cache;
    QHash<CacheKey, std::shared_ptr<const PreviewTextPart>> m_previousCache;
    // Pictures cropped and scaled to their boxes, by the picture's cache key and the box's pixel size; kept
    // for this pass and the one before, like the texts.
    QHash<std::pair<qint64, QSize>, QImage> m_pictures;
    QHash<std::pair<qint64, QSize>, QImage> m_previousPictures;
};

} // namespace wa
