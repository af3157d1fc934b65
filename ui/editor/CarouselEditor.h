#pragma once

#include "message/InteractiveMessage.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace wa {

class DraftSession;
class MessageDocument;
class ProductLookEditor;
class TextField;

// A carousel's cards: what every card carries (a URL button, quick replies, or a product), then each card
// with its picture or video, its text and its buttons; add and remove cards, 2 to 10. The card_index of
// every card follows its place, so the agent never numbers them.
class CarouselEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CarouselEditor(MessageDocument* document, QWidget* parent = nullptr);

    void show(const CarouselAction& action);
    QList<TextField*> fields() const { return m_fields; }
    // Where the product cards' preview-only details are read and changed.
    void setDraftSession(DraftSession* session);

    // The cards converted to another kind, keeping what the new kind can carry (header, text); quick replies
    // start with one each, with ids unique across the carousel.
    static CarouselAction withKind(CarouselAction action, CarouselCard::Kind kind);

private:
    // What the rows are built for: the kind and, per card, its header kind, whether its media is an id, and
    // its number of quick replies. Text changes never rebuild.
    struct Shape
    {
        CarouselCard::Kind kind = CarouselCard::Kind::Url;
        QList<std::tuple<HeaderKind, bool, qsizetype>> cards;
        friend bool operator==(const Shape&, const Shape&) = default;
    };
    Shape shapeOf(const CarouselAction& action) const;
    bool mediaById(const CarouselCard& card, qsizetype i) const;

    void rebuild(const CarouselAction& action);
    QWidget* buildCard(const CarouselAction& action, qsizetype i);
    TextField* addText(QWidget* parent, const QString& path, int limit, const QString& placeholder,
                       const QString& description,
                       const std::function<void(CarouselCard&, const QString&)>& apply, qsizetype card,
                       bool manyLines = false);
    void editCards(const QString& description, const std::function<void(CarouselAction&)>& change,
                   const QString& mergeKey = {});

    MessageDocument* m_document;
    QFormLayout* m_form;
    QComboBox* m_kind;
    TextField* m_catalog; // product cards: one catalog for every card
    QVBoxLayout* m_cards;
    QPushButton* m_add;
    ProductLookEditor* m_looks;
    QList<QWidget*> m_cardWidgets;
    // Each card field and how it reads what the document holds; rebuilt with the cards.
    QList<std::pair<TextField*, std::function<QString(const CarouselAction&)>>> m_readers;
    QList<TextField*> m_fields; // m_catalog (for products) and the cards'
    std::optional<Shape> m_shape;
    QSet<qsizetype> m_idChosen; // cards whose media source was set to "Media id" before an id was typed
};

} // namespace wa
