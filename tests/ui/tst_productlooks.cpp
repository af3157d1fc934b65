#include "drafts/DraftSession.h"
#include "drafts/DraftStore.h"
#include "drafts/RecoverySlot.h"
#include "editor/MessageEditor.h"
#include "message/MessageDocument.h"
#include "message/MessageJson.h"
#include "message/StarterMessages.h"
#include "storage/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace wa;

namespace {

template <typename T> T* find(QWidget& root, const QString& name)
{
    auto* widget = root.findChild<T*>(name);
    if (!widget)
        qWarning("no %s", qPrintable(name));
    return widget;
}

QLineEdit* lookField(QWidget& root, const QString& sku, const char* field)
{
    return find<QLineEdit>(root,
                           QStringLiteral("preview.products[%1].%2").arg(sku, QLatin1StringView(field)));
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

const QString Sku = QStringLiteral("sku-1"); // the starter product's
const QString Link = QStringLiteral("https://cdn.example.com/x2.jpg");

} // namespace

// The preview-only details of products in the form: the product editors offer a name, a price and a picture
// per retailer id, changed through the draft session (undoable, never in the message).
class TestProductLooks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void singleProductOffersItsLook();
    void productListAndCarouselOfferEveryProduct();
    void withoutASessionNothingIsOffered();

private:
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
    for (const char* name : {"productLooks.product", "productLooks.productList", "productLooks.carousel"}) {
        auto* part = find<QWidget>(editor, QString::fromLatin1(name));
        QVERIFY(part && !part->isVisible());
    }
}

QTEST_MAIN(TestProductLooks)
#include "tst_productlooks.moc"
