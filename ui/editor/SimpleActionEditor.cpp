#include "SimpleActionEditor.h"

#include "TextField.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"

#include <QFormLayout>
#include <QLabel>

namespace wa {

SimpleActionEditor::SimpleActionEditor(MessageDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("simpleActionEditor"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_location = new QLabel(
        tr("The customer gets a \"Send location\" button; there is nothing else to fill in."), this);
    m_location->setWordWrap(true);
    m_form->addRow(m_location);
    m_displayText = addField(QStringLiteral("action.parameters.display_text"), Limits::CtaDisplayTextMax,
                             tr("Button &text"), tr("e.g. Track my order"),
                             [](InteractiveMessage& m, const QString& text) {
                                 if (auto* cta = m.actionAs<CtaUrlAction>())
                                     cta->displayText = text;
                             });
    m_url = addField(QStringLiteral("action.parameters.url"), 0, tr("&Link"),
                     tr("https://example.com/orders/123"), [](InteractiveMessage& m, const QString& text) {
                         if (auto* cta = m.actionAs<CtaUrlAction>())
                             cta->url = text;
                     });
    m_catalogId = addField(QStringLiteral("action.catalog_id"), 0, tr("&Catalog id"),
                           tr("From Commerce Manager"), [](InteractiveMessage& m, const QString& text) {
                               if (auto* product = m.actionAs<ProductAction>())
                                   product->catalogId = text;
                           });
    m_productId =
        addField(QStringLiteral("action.product_retailer_id"), 0, tr("&Product id"),
                 tr("The product's retailer id (SKU)"), [](InteractiveMessage& m, const QString& text) {
                     if (auto* product = m.actionAs<ProductAction>())
                         product->productRetailerId = text;
                 });
    m_thumbnail = addField(QStringLiteral("action.parameters.thumbnail_product_retailer_id"), 0,
                           tr("T&humbnail"), tr("Retailer id of the product shown (optional)"),
                           [](InteractiveMessage& m, const QString& text) {
                               if (auto* catalog = m.actionAs<CatalogAction>())
                                   catalog->thumbnailProductRetailerId = text;
                           });
}

TextField* SimpleActionEditor::addField(const QString& path, int limit, const QString& label,
                                        const QString& placeholder,
                                        const std::function<void(InteractiveMessage&, const QString&)>& apply)
{
    auto* field = new TextField(path, limit, TextField::Lines::One, this);
    field->setPlaceholder(placeholder);
    connect(field, &TextField::edited, this, [this, field, apply, label](const QString& text) {
        m_document->edit(
            tr("Edit %1").arg(QString(label).remove(u'&').toLower()),
            [&](InteractiveMessage& m) { apply(m, text); }, field->path());
    });
    m_form->addRow(label, field);
    return field;
}

QList<TextField*> SimpleActionEditor::fields() const
{
    return m_active;
}

bool SimpleActionEditor::show(const InteractiveMessage& message)
{
    const auto* cta = message.actionAs<CtaUrlAction>();
    const auto* product = message.actionAs<ProductAction>();
    const auto* catalog = message.actionAs<CatalogAction>();
    const bool location = message.actionAs<LocationRequestAction>();
    m_form->setRowVisible(m_location, location);
    m_form->setRowVisible(m_displayText, cta);
    m_form->setRowVisible(m_url, cta);
    m_form->setRowVisible(m_catalogId, product);
    m_form->setRowVisible(m_productId, product);
    m_form->setRowVisible(m_thumbnail, catalog);
    m_active.clear();
    if (cta)
        m_active << m_displayText << m_url;
    if (product)
        m_active << m_catalogId << m_productId;
    if (catalog)
        m_active << m_thumbnail;
    if (cta) {
        m_displayText->setText(cta->displayText);
        m_url->setText(cta->url);
    }
    if (product) {
        m_catalogId->setText(product->catalogId);
        m_productId->setText(product->productRetailerId);
    }
    if (catalog)
        m_thumbnail->setText(catalog->thumbnailProductRetailerId);
    return cta || product || catalog || location;
}

} // namespace wa
