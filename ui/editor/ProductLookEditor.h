#pragma once

#include "drafts/ProductLook.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace wa {

class DraftSession;

// The preview-only part of a product editor: for each retailer id of the message, the name, price and
// picture the preview shows in place of the catalog's (which the app cannot read), with a line saying they
// are never sent. It reads the looks from the draft session and changes them through it (undoable, saved
// with the draft); without a session it stays hidden.
class ProductLookEditor : public QWidget
{
    Q_OBJECT
public:
    // objectName: where it is, for tests ("productLooks.product"); its children are named by product.
    explicit ProductLookEditor(const QString& objectName, QWidget* parent = nullptr);

    void setSession(DraftSession* session);
    // The products to show, in order; empty and repeated ids are left out. Rows are rebuilt only when the
    // ids change.
    void showProducts(const QStringList& retailerIds);
    QStringList products() const { return m_ids; }

    // objectName of a product's field: "preview.products[SKU-1].name", ".price", ".image".
    static QString fieldName(const QString& retailerId, const char* field);

private:
    struct Row
    {
        QLabel* id;
        QLineEdit* name;
        QLineEdit* price;
        QLineEdit* image;
    };
    void rebuild();
    void refresh();
    void edited(const QString& retailerId, const char* field);

    QPointer<DraftSession> m_session;
    QStringList m_ids;
    QGridLayout* m_grid;
    QLabel* m_note;
    QList<Row> m_rows;
    QList<QWidget*> m_rowWidgets;
};

} // namespace wa
