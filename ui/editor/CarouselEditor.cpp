#include "CarouselEditor.h"

#include "FreshId.h"
#include "ProductLookEditor.h"
#include "TextField.h"
#include "WidgetDisposal.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wa {

namespace {
using Kind = CarouselCard::Kind;

QSet<QString> replyIds(const CarouselAction& action)
{
    QSet<QString> ids;
    for (const CarouselCard& card : action.cards)
        for (const ReplyButton& button : card.quickReplies)
            ids.insert(button.id);
    return ids;
}

// The card_index of every card is its place: cards added, removed or moved never leave a gap.
void renumber(CarouselAction& action)
{
    for (qsizetype i = 0; i < action.cards.size(); ++i)
        action.cards[i].index = i;
}
} // namespace

CarouselEditor::CarouselEditor(MessageDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("carouselEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = m_form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("carouselKind"));
    m_kind->addItem(tr("Pictures with a link button"), int(Kind::Url));
    m_kind->addItem(tr("Pictures with quick replies"), int(Kind::QuickReplies));
    m_kind->addItem(tr("Products from a catalog"), int(Kind::Product));
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = Kind(m_kind->itemData(index).toInt());
        editCards(tr("Change card type"), [kind](CarouselAction& a) { a = withKind(a, kind); });
    });
    form->addRow(tr("&Cards"), m_kind);
    m_catalog =
        new TextField(QStringLiteral("action.cards[0].action.catalog_id"), 0, TextField::Lines::One, this);
    m_catalog->setPlaceholder(tr("One catalog for every card, from Commerce Manager"));
    connect(m_catalog, &TextField::edited, this, [this](const QString& text) {
        editCards(
            tr("Edit catalog id"),
            [&](CarouselAction& a) {
                for (CarouselCard& card : a.cards)
                    card.catalogId = text;
            },
            m_catalog->path());
    });
    form->addRow(tr("Catalog id"), m_catalog);
    layout->addLayout(form);
    m_cards = new QVBoxLayout;
    layout->addLayout(m_cards);
    m_add = new QPushButton(tr("Add card"), this);
    m_add->setObjectName(QStringLiteral("addCard"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        editCards(tr("Add card"), [](CarouselAction& a) {
            CarouselCard card;
            if (!a.cards.isEmpty()) {
                // Like the last card, so kinds and numbers of buttons match as WhatsApp wants.
                const CarouselCard& last = a.cards.last();
                card.kind = last.kind;
                card.header = Header{last.header.kind, {}, {}, {}, {}};
                card.catalogId = last.catalogId;
                QSet<QString> taken = replyIds(a);
                for (qsizetype b = 0; b < last.quickReplies.size(); ++b) {
                    const QString id = freshId(QStringLiteral("reply-"), taken);
                    taken.insert(id);
                    card.quickReplies.append({id, last.quickReplies[b].title});
                }
            } else {
                card.header.kind = HeaderKind::Image;
            }
            a.cards.append(card);
            renumber(a);
        });
    });
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    m_looks = new ProductLookEditor(QStringLiteral("productLooks.carousel"), this);
    layout->addWidget(m_looks);
}

void CarouselEditor::setDraftSession(DraftSession* session)
{
    m_looks->setSession(session);
}

CarouselAction CarouselEditor::withKind(CarouselAction action, Kind kind)
{
    QSet<QString> taken;
    for (CarouselCard& card : action.cards) {
        card.kind = kind;
        card.url = {};
        card.quickReplies.clear();
        card.productRetailerId.clear();
        if (kind == Kind::Product) {
            card.header = {};
            card.body.reset();
        } else {
            if (card.header.kind != HeaderKind::Video)
                card.header = card.header.withKind(HeaderKind::Image);
            card.catalogId.clear();
        }
        if (kind == Kind::QuickReplies) {
            const QString id = freshId(QStringLiteral("reply-"), taken);
            taken.insert(id);
            card.quickReplies.append({id, {}});
        }
    }
    return action;
}

bool CarouselEditor::mediaById(const CarouselCard& card, qsizetype i) const
{
    return !card.header.mediaId.isEmpty() || (card.header.mediaLink.isEmpty() && m_idChosen.contains(i));
}

CarouselEditor::Shape CarouselEditor::shapeOf(const CarouselAction& action) const
{
    Shape shape;
    shape.kind = action.cards.isEmpty() ? Kind::Url : action.cards.first().kind;
    for (qsizetype i = 0; i < action.cards.size(); ++i) {
        const CarouselCard& card = action.cards[i];
        shape.cards.append({card.header.kind, mediaById(card, i), card.quickReplies.size()});
    }
    return shape;
}

void CarouselEditor::editCards(const QString& description, const std::function<void(CarouselAction&)>& change,
                               const QString& mergeKey)
{
    m_document->editAction<CarouselAction>(description, change, mergeKey);
}

TextField* CarouselEditor::addText(QWidget* parent, const QString& path, int limit,
                                   const QString& placeholder, const QString& description,
                                   const std::function<void(CarouselCard&, const QString&)>& apply,
                                   qsizetype card, bool manyLines)
{
    auto* field =
        new TextField(path, limit, manyLines ? TextField::Lines::Many : TextField::Lines::One, parent);
    field->setPlaceholder(placeholder);
    connect(field, &TextField::edited, this, [this, field, apply, card, description](const QString& text) {
        editCards(
            description,
            [&](CarouselAction& a) {
                if (card < a.cards.size())
                    apply(a.cards[card], text);
            },
            field->path());
    });
    return field;
}

QWidget* CarouselEditor::buildCard(const CarouselAction& action, qsizetype i)
{
    const CarouselCard& card = action.cards[i];
    const QString base = QStringLiteral("action.cards[%1]").arg(i);
    auto* box = new QGroupBox(tr("Card %1").arg(i + 1), this);
    box->setObjectName(base);
    auto* form = new QFormLayout(box);
    const auto read = [this](TextField* field, std::function<QString(const CarouselCard&)> get,
                             qsizetype at) {
        m_readers.append({field, [get, at](const CarouselAction& a) {
                              return at < a.cards.size() ? get(a.cards[at]) : QString();
                          }});
        m_fields.append(field);
    };

    if (card.kind == Kind::Product) {
        auto* product = addText(
            box, base + QStringLiteral(".action.product_retailer_id"), 0,
            tr("The product's retailer id (SKU)"), tr("Edit product id"),
            [](CarouselCard& c, const QString& t) { c.productRetailerId = t; }, i);
        form->addRow(tr("Product id"), product);
        read(
            product, [](const CarouselCard& c) { return c.productRetailerId; }, i);
    } else {
        auto* kind = new QComboBox(box);
        kind->setObjectName(base + QStringLiteral(".header.type"));
        kind->addItem(tr("Image"), int(HeaderKind::Image));
        kind->addItem(tr("Video"), int(HeaderKind::Video));
        kind->setCurrentIndex(card.header.kind == HeaderKind::Video ? 1 : 0);
        connect(kind, &QComboBox::activated, this, [this, kind, i] {
            const auto headerKind = HeaderKind(kind->currentData().toInt());
            editCards(tr("Change card media"), [&](CarouselAction& a) {
                if (i < a.cards.size())
                    a.cards[i].header = a.cards[i].header.withKind(headerKind);
            });
        });
        auto* source = new QComboBox(box);
        source->setObjectName(base + QStringLiteral(".header.source"));
        source->addItem(tr("Link (https)"));
        source->addItem(tr("Media id"));
        const bool byId = mediaById(card, i);
        source->setCurrentIndex(byId ? 1 : 0);
        auto* mediaRow = new QHBoxLayout;
        mediaRow->addWidget(kind);
        mediaRow->addWidget(source);
        form->addRow(tr("Media"), mediaRow);
        const QString kindName = headerKindName(card.header.isMedia() ? card.header.kind : HeaderKind::Image);
        auto* media = addText(
            box,
            base + QStringLiteral(".header.%1.%2")
                       .arg(kindName, byId ? QStringLiteral("id") : QStringLiteral("link")),
            0, byId ? tr("Id of media uploaded to WhatsApp") : tr("https://example.com/picture.jpg"),
            tr("Edit card media"),
            [byId](CarouselCard& c, const QString& t) {
                if (!c.header.isMedia())
                    c.header.kind = HeaderKind::Image;
                c.header.mediaId = byId ? t : QString();
                c.header.mediaLink = byId ? QString() : t;
            },
            i);
        form->addRow(QString(), media);
        read(
            media, [byId](const CarouselCard& c) { return byId ? c.header.mediaId : c.header.mediaLink; }, i);
        connect(source, &QComboBox::activated, this, [this, media, i](int index) {
            const QString value = media->text();
            if (index == 1)
                m_idChosen.insert(i);
            else
                m_idChosen.remove(i);
            m_shape.reset(); // the field's path changes with its source
            editCards(tr("Change card media"), [&](CarouselAction& a) {
                if (i >= a.cards.size())
                    return;
                Header& header = a.cards[i].header;
                if (!header.isMedia())
                    header.kind = HeaderKind::Image;
                header.mediaId = index == 1 ? value : QString();
                header.mediaLink = index == 1 ? QString() : value;
            });
        });
        auto* body = addText(
            box, base + QStringLiteral(".body.text"), Limits::CardBodyTextMax,
            tr("A few words under the picture (optional)"), tr("Edit card text"),
            [](CarouselCard& c, const QString& t) { c.body = t.isEmpty() ? std::nullopt : std::optional(t); },
            i, true);
        form->addRow(tr("Text"), body);
        read(
            body, [](const CarouselCard& c) { return c.body.value_or(QString()); }, i);
        if (card.kind == Kind::Url) {
            const QString parameters = base + QStringLiteral(".action.parameters");
            auto* text = addText(
                box, parameters + QStringLiteral(".display_text"), Limits::CtaDisplayTextMax,
                tr("e.g. Buy now"), tr("Edit button text"),
                [](CarouselCard& c, const QString& t) { c.url.displayText = t; }, i);
            auto* url = addText(
                box, parameters + QStringLiteral(".url"), 0, tr("https://example.com/product"),
                tr("Edit link"), [](CarouselCard& c, const QString& t) { c.url.url = t; }, i);
            form->addRow(tr("Button"), text);
            form->addRow(tr("Link"), url);
            read(
                text, [](const CarouselCard& c) { return c.url.displayText; }, i);
            read(
                url, [](const CarouselCard& c) { return c.url.url; }, i);
        } else {
            for (qsizetype b = 0; b < card.quickReplies.size(); ++b) {
                const QString reply = base + QStringLiteral(".action.buttons[%1].quick_reply").arg(b);
                auto* title = addText(
                    box, reply + QStringLiteral(".title"), Limits::CardQuickReplyTitleMax,
                    tr("Title the customer taps"), tr("Edit quick reply"),
                    [b](CarouselCard& c, const QString& t) {
                        if (b < c.quickReplies.size())
                            c.quickReplies[b].title = t;
                    },
                    i);
                auto* id = addText(
                    box, reply + QStringLiteral(".id"), Limits::CardQuickReplyIdMax,
                    tr("Id your system receives"), tr("Edit quick reply id"),
                    [b](CarouselCard& c, const QString& t) {
                        if (b < c.quickReplies.size())
                            c.quickReplies[b].id = t;
                    },
                    i);
                auto* remove = new QToolButton(box);
                remove->setObjectName(reply + QStringLiteral(".remove"));
                remove->setText(tr("Remove"));
                connect(remove, &QToolButton::clicked, this, [this, b] {
                    // From every card: the number of quick replies matches across cards.
                    editCards(tr("Remove quick reply"), [b](CarouselAction& a) {
                        for (CarouselCard& c : a.cards)
                            if (b < c.quickReplies.size())
                                c.quickReplies.removeAt(b);
                    });
                });
                auto* row = new QHBoxLayout;
                row->addWidget(title, 3);
                row->addWidget(id, 2);
                row->addWidget(remove);
                form->addRow(tr("Reply %1").arg(b + 1), row);
                read(
                    title, [b](const CarouselCard& c) { return c.quickReplies.value(b).title; }, i);
                read(
                    id, [b](const CarouselCard& c) { return c.quickReplies.value(b).id; }, i);
            }
            if (i == 0) {
                auto* addReply = new QPushButton(tr("Add quick reply to every card"), box);
                addReply->setObjectName(QStringLiteral("addQuickReply"));
                addReply->setEnabled(card.quickReplies.size() < Limits::CardQuickRepliesMax);
                addReply->setToolTip(tr("Phones show %1 per card; WhatsApp takes at most %2.")
                                         .arg(Limits::CardQuickRepliesShown)
                                         .arg(Limits::CardQuickRepliesMax));
                connect(addReply, &QPushButton::clicked, this, [this] {
                    editCards(tr("Add quick reply"), [](CarouselAction& a) {
                        QSet<QString> taken = replyIds(a);
                        for (CarouselCard& c : a.cards) {
                            const QString id = freshId(QStringLiteral("reply-"), taken);
                            taken.insert(id);
                            c.quickReplies.append({id, {}});
                        }
                    });
                });
                form->addRow(QString(), addReply);
            }
        }
    }
    auto* remove = new QPushButton(tr("Remove card"), box);
    remove->setObjectName(base + QStringLiteral(".remove"));
    connect(remove, &QPushButton::clicked, this, [this, i] {
        m_idChosen.clear(); // the cards after it move up a place
        editCards(tr("Remove card"), [i](CarouselAction& a) {
            if (i < a.cards.size())
                a.cards.removeAt(i);
            renumber(a);
        });
    });
    form->addRow(QString(), remove);
    return box;
}

void CarouselEditor::rebuild(const CarouselAction& action)
{
    discardLater(m_cardWidgets);
    m_cardWidgets.clear();
    m_readers.clear();
    m_fields.clear();
    const bool products = action.isProductCarousel();
    if (products)
        m_fields.append(m_catalog);
    for (qsizetype i = 0; i < action.cards.size(); ++i) {
        QWidget* card = buildCard(action, i);
        m_cards->addWidget(card);
        m_cardWidgets.append(card);
    }
}

void CarouselEditor::show(const CarouselAction& action)
{
    const Shape shape = shapeOf(action);
    if (m_shape != shape) {
        m_shape = shape;
        rebuild(action);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(shape.kind)));
    const bool products = shape.kind == Kind::Product;
    m_form->setRowVisible(m_catalog, products);
    m_catalog->setText(products && !action.cards.isEmpty() ? action.cards.first().catalogId : QString());
    for (const auto& [field, get] : m_readers)
        field->setText(get(action));
    QStringList ids;
    if (products)
        for (const CarouselCard& card : action.cards)
            ids.append(card.productRetailerId);
    m_looks->showProducts(ids);
    const bool full = action.cards.size() >= Limits::CarouselCardsMax;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("A carousel holds at most %1 cards.").arg(Limits::CarouselCardsMax)
                           : tr("Add a card like the last one"));
}

} // namespace wa
