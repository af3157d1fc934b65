#pragma once

#include <QWidget>

#include <functional>

class QPushButton;
class QVBoxLayout;

namespace wa {

class DraftSession;
class MessageDocument;
class ProductLookEditor;
class TextField;
struct ProductListAction;

// A product list's action: the catalog, and sections each with a title and its products' retailer ids,
// one per line (paste a column from a spreadsheet).
class ProductListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProductListEditor(MessageDocument* document, QWidget* parent = nullptr);

    void show(const ProductListAction& action);
    QList<TextField*> fields() const;
    // Where the products' preview-only details are read and changed.
    void setDraftSession(DraftSession* session);

private:
    void editProducts(const QString& description, const std::function<void(ProductListAction&)>& change,
                      const QString& mergeKey = {});
    void rebuild(qsizetype sections);

    MessageDocument* m_document;
    TextField* m_catalog;
    QVBoxLayout* m_sections;
    QPushButton* m_addSection;
    ProductLookEditor* m_looks;
    QList<QWidget*> m_sectionWidgets;
    QList<TextField*> m_sectionFields; // title, items for each section
};

} // namespace wa
