#include "ProductLookEditor.h"

#include "WidgetDisposal.h"
#include "drafts/DraftSession.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wa {

ProductLookEditor::ProductLookEditor(const QString& objectName, QWidget* parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* box = new QGroupBox(tr("Preview only"), this);
    box->setObjectName(QStringLiteral("productLooks.box"));
    auto* inside = new QVBoxLayout(box);
    m_note =
        new QLabel(tr("How each product shows in this preview. Never sent: the customer's phone shows the "
                      "name, price and picture from your catalog."),
                   box);
    m_note->setObjectName(QStringLiteral("productLooks.note"));
    m_note->setWordWrap(true);
    inside->addWidget(m_note);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(2, 1);
    m_grid->setColumnStretch(3, 3);
    const QString headings[] = {tr("Product"), tr("Name"), tr("Price"), tr("Picture link")};
    for (int column = 0; column < 4; ++column)
        m_grid->addWidget(
            new QLabel(QStringLiteral("<small>%1</small>").arg(headings[column].toHtmlEscaped()), box), 0,
            column);
    inside->addLayout(m_grid);
    layout->addWidget(box);
    setVisible(false);
}

QString ProductLookEditor::fieldName(const QString& retailerId, const char* field)
{
    return QStringLiteral("preview.products[%1].%2").arg(retailerId, QLatin1StringView(field));
}

void ProductLookEditor::setSession(DraftSession* session)
{
    if (m_session == session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &DraftSession::productLooksChanged, this, &ProductLookEditor::refresh);
    refresh();
}

void ProductLookEditor::showProducts(const QStringList& retailerIds)
{
    QStringList ids;
    for (const QString& id : retailerIds)
        if (!id.trimmed().isEmpty() && !ids.contains(id))
            ids.append(id);
    if (ids != m_ids) {
        m_ids = ids;
        rebuild();
    }
    refresh();
}

void ProductLookEditor::rebuild()
{
    discardLater(m_rowWidgets);
    m_rowWidgets.clear();
    m_rows.clear();
    QWidget* box = m_note->parentWidget();
    const auto line = [&](const QString& id, const char* field, int limit, const QString& placeholder) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(fieldName(id, field));
        // In UTF-16 units: a little stricter than the limit in characters for text with emoji, never looser.
        edit->setMaxLength(limit);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, [this, id, field] { edited(id, field); });
        m_rowWidgets.append(edit);
        return edit;
    };
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const QString& id = m_ids[i];
        Row row;
        row.id = new QLabel(box);
        row.id->setTextFormat(Qt::PlainText);
        row.id->setText(id);
        row.id->setToolTip(tr("Retailer id (SKU) %1").arg(id));
        m_rowWidgets.append(row.id);
        row.name =
            line(id, ProductLookRules::NameKey, ProductLookRules::NameMax, tr("Name as in the catalog"));
        row.price = line(id, ProductLookRules::PriceKey, ProductLookRules::PriceMax, tr("e.g. ₹1,299"));
        row.image =
            line(id, ProductLookRules::ImageKey, ProductLookRules::ImageLinkMax, tr("https://… (optional)"));
        const int r = int(i) + 1;
        m_grid->addWidget(row.id, r, 0);
        m_grid->addWidget(row.name, r, 1);
        m_grid->addWidget(row.price, r, 2);
        m_grid->addWidget(row.image, r, 3);
        m_rows.append(row);
    }
}

void ProductLookEditor::refresh()
{
    setVisible(m_session && !m_ids.isEmpty());
    if (!m_session)
        return;
    const ProductLooks& looks = m_session->productLooks();
    const auto show = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text); // not textEdited: no edit of its own
    };
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const ProductLook look = looks.value(m_ids[i]);
        show(m_rows[i].name, look.name);
        show(m_rows[i].price, look.price);
        show(m_rows[i].image, look.imageLink);
    }
}

void ProductLookEditor::edited(const QString& retailerId, const char* field)
{
    const qsizetype i = m_ids.indexOf(retailerId);
    if (!m_session || i < 0)
        return;
    const Row& row = m_rows[i];
    m_session->setProductLook(retailerId, {row.name->text(), row.price->text(), row.image->text()},
                              fieldName(retailerId, field));
}

} // namespace wa
