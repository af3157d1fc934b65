#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "drafts/RecoverySlot.h"
#include "editor/MessageEditor.h"
#include "media/MessageMedia.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "preview/PreviewLayout.h"
#include "storage/Database.h"
#include "support/WidgetLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wa;
using wa::test::find;

namespace {

QLineEdit* lookField(QWidget& root, const QString& sku, const char* field)
{
    return find<QLineEdit>(root,
                           QStringLiteral("preview.products[%1].%2").arg(sku, QLatin1StringView(field)));
}

// The text a laid-out part shows, its paragraphs joined by newlines.
QString textOf(const PreviewText& text)
{
    QStringList lines;
    for (const PreviewParagraph& paragraph : text.part->paragraphs)
        lines.append(paragraph.layout->text());
    return lines.join(u'\n');
}

InteractiveMessage productCarousel(const QStringList& skus)
{
    CarouselAction carousel;
    for (qsizetype i = 0; i < skus.size(); ++i) {
        CarouselCard card;
        card.index = i;
        card.kind = CarouselCard::Kind::Product;
        card.catalogId = QStringLiteral("catalog-1");
        card.productRetailerId = skus[i];
        carousel.cards.append(card);
    }
    InteractiveMessage message;
    message.body = QStringLiteral("Picked for you");
    message.action = carousel;
    return message;
}

QImage picture(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

MediaResult loaded(const QImage& image)
{
    MediaResult result;
    result.state = MediaResult::State::Loaded;
    result.image = image;
    return result;
}

const QString Sku = QStringLiteral("sku-1"); // the starter product's
const QString Link = QStringLiteral("https://cdn.example.com/x2.jpg");

} // namespace

// The preview-only details of products, from the form to the preview: the product editors offer a name, a
// price and a picture per retailer id, changed through the draft session (undoable, never in the message);
// the preview shows them as WhatsApp shows a catalog's product, and its neutral box without them.
class TestProductLooks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void singleProductOffersItsLook();
    void productListAndCarouselOfferEveryProduct();
    void withoutASessionNothingIsOffered();

    void singleProductShowsNamePriceAndPicture();
    void withoutALookTheNeutralBoxStays();
    void aPictureThatDoesNotLoadSaysItIsThePreviews();
    void productCardsShowTheirLooks();
    void productListKeepsItsButton();
    void thePicturesAreLoadedButNeverWarnedAbout();

private:
    PreviewInput inputFor(const InteractiveMessage& message, const ProductLooks& looks) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftStore> m_library;
    std::unique_ptr<RecoverySlot> m_slot;
    std::unique_ptr<MessageDocument> m_document;
    std::unique_ptr<DraftSession> m_session;
};

void TestProductLooks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("drafts.sqlite")));
    m_library = std::make_unique<DraftStore>(*m_database);
    m_slot = std::make_unique<RecoverySlot>(*m_database);
    m_document = std::make_unique<MessageDocument>();
    m_document->setMessage(StarterMessages::starter(MessageType::Product), QStringLiteral("start"));
    m_document->undoStack()->clear();
    m_session = std::make_unique<DraftSession>(*m_library, *m_slot, *m_document);
}

void TestProductLooks::cleanup()
{
    m_session.reset();
    m_document.reset();
    m_slot.reset();
    m_library.reset();
    m_database.reset();
    m_dir.reset();
}

PreviewInput TestProductLooks::inputFor(const InteractiveMessage& message, const ProductLooks& looks) const
{
    PreviewInput input;
    input.message = message;
    input.time = QStringLiteral("09:41");
    input.productLooks = looks;
    return input;
}

void TestProductLooks::singleProductOffersItsLook()
{
    MessageEditor editor(m_document.get());
    editor.setDraftSession(m_session.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* looks = find<QWidget>(editor, QStringLiteral("productLooks.product"));
    QVERIFY(looks && looks->isVisible());
    auto* note = find<QLabel>(*looks, QStringLiteral("productLooks.note"));
    QVERIFY(note && note->text().contains(QStringLiteral("Never sent")));
    const InteractiveMessage message = m_document->message();

    QLineEdit* name = lookField(editor, Sku, "name");
    QLineEdit* price = lookField(editor, Sku, "price");
    QLineEdit* image = lookField(editor, Sku, "image");
    QVERIFY(name && price && image);
    QTest::keyClicks(name, QStringLiteral("Trail Runner X2"));
    // QTest::keyClicks() types ASCII only: the rupee sign as a key event of its own.
    QTest::sendKeyEvent(QTest::Click, price, Qt::Key_unknown, QStringLiteral("₹"), Qt::NoModifier);
    QTest::keyClicks(price, QStringLiteral("1,299"));
    QTest::keyClicks(image, Link);
    QCOMPARE(m_session->productLooks().value(Sku),
             (ProductLook{QStringLiteral("Trail Runner X2"), QStringLiteral("₹1,299"), Link}));
    QCOMPARE(m_document->undoStack()->count(), 3); // a step per field, not per keystroke
    QVERIFY(m_session->isModified());
    QCOMPARE(m_document->message(), message); // never in the message
    QCOMPARE(name->maxLength(), ProductLookRules::NameMax);
    QCOMPARE(price->maxLength(), ProductLookRules::PriceMax);

    // Undo reaches the form through the session.
    m_document->undoStack()->undo();
    QCOMPARE(image->text(), QString());
    m_document->undoStack()->undo();
    QCOMPARE(price->text(), QString());
    QCOMPARE(name->text(), QStringLiteral("Trail Runner X2"));

    // Another product id: its own (empty) look; back again, the first one's.
    auto* productId = find<QLineEdit>(editor, QStringLiteral("action.product_retailer_id"));
    productId->selectAll();
    QTest::keyClicks(productId, QStringLiteral("sku-2"));
    QVERIFY(lookField(editor, QStringLiteral("sku-2"), "name"));
    QCOMPARE(lookField(editor, QStringLiteral("sku-2"), "name")->text(), QString());
    m_document->undoStack()->undo();
    QCOMPARE(lookField(editor, Sku, "name")->text(), QStringLiteral("Trail Runner X2"));

    // Saved with the draft, and shown again when it is opened.
    m_session->saveAsNamed(QStringLiteral("Shoes"));
    const std::optional<Draft> stored = m_library->findByName(QStringLiteral("Shoes"));
    QVERIFY(stored);
    QCOMPARE(stored->productLooks.value(Sku).name, QStringLiteral("Trail Runner X2"));
    m_session->startNew(StarterMessages::starter(MessageType::Product), QStringLiteral("New"));
    QCOMPARE(lookField(editor, Sku, "name")->text(), QString());
    m_session->open(stored->id);
    QCOMPARE(lookField(editor, Sku, "name")->text(), QStringLiteral("Trail Runner X2"));
}

void TestProductLooks::productListAndCarouselOfferEveryProduct()
{
    MessageEditor editor(m_document.get());
    editor.setDraftSession(m_session.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    InteractiveMessage list = StarterMessages::starter(MessageType::ProductList);
    auto& sections = list.actionAs<ProductListAction>()->sections;
    sections = {{QStringLiteral("Shoes"), {QStringLiteral("a-1"), QStringLiteral("a-2")}},
                {QStringLiteral("Socks"), {QStringLiteral("b-1"), QStringLiteral("a-1")}}}; // a-1 twice
    m_document->setMessage(list, QStringLiteral("list"));
    QVERIFY(find<QWidget>(editor, QStringLiteral("productLooks.productList"))->isVisible());
    for (const char* sku : {"a-1", "a-2", "b-1"})
        QVERIFY(lookField(editor, QString::fromLatin1(sku), "price"));
    QCOMPARE(editor.findChildren<QLineEdit*>(QStringLiteral("preview.products[a-1].price")).size(), 1);
    QTest::keyClicks(lookField(editor, QStringLiteral("b-1"), "price"), QStringLiteral("$4.99"));
    QCOMPARE(m_session->productLooks().value(QStringLiteral("b-1")).price, QStringLiteral("$4.99"));

    m_document->setMessage(productCarousel({QStringLiteral("c-1"), QStringLiteral("c-2")}),
                           QStringLiteral("carousel"));
    QVERIFY(!lookField(editor, QStringLiteral("b-1"), "price") ||
            !lookField(editor, QStringLiteral("b-1"), "price")->isVisible());
    QVERIFY(find<QWidget>(editor, QStringLiteral("productLooks.carousel"))->isVisible());
    QTest::keyClicks(lookField(editor, QStringLiteral("c-2"), "name"), QStringLiteral("Wool socks"));
    QCOMPARE(m_session->productLooks().value(QStringLiteral("c-2")).name, QStringLiteral("Wool socks"));
    // The looks of products no longer shown stay with the draft (a product put back finds its look).
    QCOMPARE(m_session->productLooks().value(QStringLiteral("b-1")).price, QStringLiteral("$4.99"));
}

void TestProductLooks::withoutASessionNothingIsOffered()
{
    MessageEditor editor(m_document.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const std::pair<MessageType, const char*> parts[] = {
        {MessageType::Product, "productLooks.product"},
        {MessageType::ProductList, "productLooks.productList"},
        {MessageType::Carousel, "productLooks.carousel"}};
    for (const auto& [type, name] : parts) {
        m_document->setMessage(StarterMessages::starter(type), QStringLiteral("starter"));
        QCoreApplication::processEvents();
        auto* part = find<QWidget>(editor, QString::fromLatin1(name));
        QVERIFY2(part && !part->isVisible(), name);
    }
}

void TestProductLooks::singleProductShowsNamePriceAndPicture()
{
    const InteractiveMessage message = StarterMessages::starter(MessageType::Product);
    PreviewInput input =
        inputFor(message, {{Sku, {QStringLiteral("Trail Runner X2"), QStringLiteral("₹1,299"), Link}}});
    input.media.insert(Link, loaded(picture({600, 600}, Qt::red)));
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, QSizeF(380, 640));
    QVERIFY(scene.media);
    QCOMPARE(scene.media->look, PreviewMedia::Look::Picture);
    QCOMPARE(scene.media->link, Link);
    QVERIFY(!scene.media->picture.isNull());
    QVERIFY(scene.media->badge.isEmpty()); // as the phone shows it

    // Under the picture: the name in the text colour, then the price in the secondary colour, then the body.
    QVERIFY(scene.texts.size() >= 3);
    QCOMPARE(textOf(scene.texts[0]), QStringLiteral("Trail Runner X2"));
    QCOMPARE(scene.texts[0].colour, layout.theme().text);
    QCOMPARE(textOf(scene.texts[1]), QStringLiteral("₹1,299"));
    QCOMPARE(scene.texts[1].colour, layout.theme().secondaryText);
    QCOMPARE(textOf(scene.texts[2]), *message.body);
    QVERIFY(scene.texts[0].position.y() >= scene.media->rect.bottom());
    QVERIFY(scene.texts[1].position.y() > scene.texts[0].position.y());
    QVERIFY(scene.texts[2].position.y() > scene.texts[1].position.y());
    for (const PreviewText& text : scene.texts)
        QVERIFY(text.position.y() + text.part->height <= scene.bubble.bottom());
    QCOMPARE(scene.texts[0].part->paragraphs.front().layout->font(), layout.theme().productNameFont);
    QCOMPARE(scene.texts[1].part->paragraphs.front().layout->font(), layout.theme().productPriceFont);
    QCOMPARE(scene.buttons.size(), 1);
    QCOMPARE(scene.buttons[0].role, PreviewButton::Role::ViewProduct);
}

void TestProductLooks::withoutALookTheNeutralBoxStays()
{
    const InteractiveMessage message = StarterMessages::starter(MessageType::Product);
    PreviewLayout layout;
    // No look at all, and a look of another product: the same neutral box, never the SKU.
    for (const ProductLooks& looks :
         {ProductLooks{}, ProductLooks{{QStringLiteral("other"), {QStringLiteral("X"), {}, Link}}}}) {
        const PreviewScene scene = layout.layout(inputFor(message, looks), QSizeF(380, 640));
        QVERIFY(scene.media);
        QCOMPARE(scene.media->look, PreviewMedia::Look::Placeholder);
        QCOMPARE(scene.media->icon, PreviewIcon::Cart);
        QVERIFY(scene.media->link.isEmpty());
        QCOMPARE(scene.texts.size(), 1); // the body only
        for (const PreviewText& text : scene.texts)
            QVERIFY(!textOf(text).contains(Sku));
    }
    // A name alone: the name, no picture.
    const PreviewScene named =
        layout.layout(inputFor(message, {{Sku, {QStringLiteral("Socks"), {}, {}}}}), QSizeF(380, 640));
    QCOMPARE(named.media->look, PreviewMedia::Look::Placeholder);
    QCOMPARE(textOf(named.texts[0]), QStringLiteral("Socks"));
    QCOMPARE(named.texts.size(), 2);
}

void TestProductLooks::aPictureThatDoesNotLoadSaysItIsThePreviews()
{
    PreviewInput input = inputFor(StarterMessages::starter(MessageType::Product), {{Sku, {{}, {}, Link}}});
    PreviewLayout layout;
    PreviewScene scene = layout.layout(input, QSizeF(380, 640));
    QCOMPARE(scene.media->look, PreviewMedia::Look::Placeholder); // nothing asked yet
    input.media.insert(Link, MediaResult());
    scene = layout.layout(input, QSizeF(380, 640));
    QCOMPARE(scene.media->look, PreviewMedia::Look::Loading);
    QVERIFY(scene.mediaLoading);
    input.media.insert(Link,
                       MediaResult::failed(MediaResult::State::Failed, QStringLiteral("HTTP 404"), 404));
    scene = layout.layout(input, QSizeF(380, 640));
    QCOMPARE(scene.media->look, PreviewMedia::Look::Failed);
    QVERIFY2(scene.media->problem.contains(QStringLiteral("HTTP 404")), qPrintable(scene.media->problem));
    QVERIFY2(!scene.media->problem.contains(QStringLiteral("customer")), qPrintable(scene.media->problem));
}

void TestProductLooks::productCardsShowTheirLooks()
{
    const InteractiveMessage message =
        productCarousel({QStringLiteral("c-1"), QStringLiteral("c-2"), QStringLiteral("c-3")});
    const QString tall = QStringLiteral("https://cdn.example.com/tall.png");
    PreviewInput input = inputFor(
        message,
        {{QStringLiteral("c-1"), {QStringLiteral("Trail Runner X2"), QStringLiteral("$24.99"), Link}},
         {QStringLiteral("c-3"), {QString(), QStringLiteral("$9"), tall}}});
    input.media.insert(Link, loaded(picture({800, 600}, Qt::blue)));
    input.media.insert(tall, MediaResult());
    PreviewLayout layout;
    const PreviewScene scene = layout.layout(input, QSizeF(380, 640));
    QCOMPARE(scene.cards.size(), 3);

    const PreviewCard& first = scene.cards[0];
    QVERIFY(first.media);
    QCOMPARE(first.media->look, PreviewMedia::Look::Picture);
    QCOMPARE(first.product.size(), 2);
    QCOMPARE(textOf(first.product[0]), QStringLiteral("Trail Runner X2"));
    QCOMPARE(first.product[0].colour, layout.theme().text);
    QCOMPARE(textOf(first.product[1]), QStringLiteral("$24.99"));
    QCOMPARE(first.product[1].colour, layout.theme().secondaryText);
    QVERIFY(first.product[0].position.y() >= first.media->rect.bottom());
    QVERIFY(first.product[1].position.y() >= first.product[0].position.y() + first.product[0].part->height);
    QVERIFY(first.rect.contains(QRectF(first.product[1].position, QSizeF(1, first.product[1].part->height))));

    const PreviewCard& second = scene.cards[1]; // no look: the neutral box, nothing written
    QCOMPARE(second.media->look, PreviewMedia::Look::Placeholder);
    QCOMPARE(second.media->icon, PreviewIcon::Cart);
    QVERIFY(second.product.isEmpty());
    QCOMPARE(scene.cards[2].media->look, PreviewMedia::Look::Loading);
    QCOMPARE(textOf(scene.cards[2].product.value(0)), QStringLiteral("$9"));
    // Every card as tall as the tallest, its button at the bottom.
    for (const PreviewCard& card : scene.cards)
        QCOMPARE(card.rect.height(), first.rect.height());
    for (const PreviewButton& button : scene.buttons)
        QVERIFY(button.rect.top() >= first.product[1].position.y() + first.product[1].part->height);
}

void TestProductLooks::productListKeepsItsButton()
{
    // WhatsApp shows a product list as its header, body, footer and a "View items" button; the items are
    // listed only in the catalog's own sheet, which the preview does not open. Looks change nothing here.
    const InteractiveMessage message = StarterMessages::starter(MessageType::ProductList);
    PreviewLayout layout;
    const PreviewScene without = layout.layout(inputFor(message, {}), QSizeF(380, 640));
    const QStringList skus = message.actionAs<ProductListAction>()->sections.value(0).productRetailerIds;
    ProductLooks looks;
    for (const QString& sku : skus)
        looks.insert(sku, {QStringLiteral("Name of ") + sku, QStringLiteral("$1"), Link});
    const PreviewScene with = layout.layout(inputFor(message, looks), QSizeF(380, 640));
    QCOMPARE(with.buttons.size(), 1);
    QCOMPARE(with.buttons[0].role, PreviewButton::Role::ViewItems);
    QCOMPARE(with.bubble, without.bubble);
    QCOMPARE(with.texts.size(), without.texts.size());
    QVERIFY(MessageMedia::imageLinks(message, looks).isEmpty());
}

void TestProductLooks::thePicturesAreLoadedButNeverWarnedAbout()
{
    const ProductLooks looks = {
        {Sku, {QStringLiteral("X2"), {}, Link}},
        {QStringLiteral("c-2"), {QStringLiteral("Socks"), {}, QStringLiteral("https://x/socks.jpg")}},
        {QStringLiteral("gone"), {{}, {}, QStringLiteral("https://x/gone.jpg")}}};
    QCOMPARE(
        MessageMedia::imageLinks(StarterMessages::starter(MessageType::Product), looks),
        (QList<MessageMedia::Link>{{QStringLiteral("preview.products[sku-1].image"), Link, false, true}}));
    QCOMPARE(MessageMedia::imageLinks(productCarousel({QStringLiteral("c-1"), QStringLiteral("c-2")}), looks),
             (QList<MessageMedia::Link>{{QStringLiteral("preview.products[c-2].image"),
                                         QStringLiteral("https://x/socks.jpg"), false, true}}));
    QVERIFY(MessageMedia::imageLinks(StarterMessages::starter(MessageType::Product)).isEmpty());
}

QTEST_MAIN(TestProductLooks)
#include "tst_productlooks.moc"
