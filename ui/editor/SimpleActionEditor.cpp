#include "SimpleActionEditor.h"

#include "ProductLookEditor.h"
#include "TextField.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

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
    m_productLook = new ProductLookEditor(QStringLiteral("productLooks.product"), this);
    m_form->addRow(m_productLook);
    m_thumbnail = addField(QStringLiteral("action.parameters.thumbnail_product_retailer_id"), 0,
                           tr("T&humbnail"), tr("Retailer id of the product shown (optional)"),
                           [](InteractiveMessage& m, const QString& text) {
                               if (auto* catalog = m.actionAs<CatalogAction>())
                                   catalog->thumbnailProductRetailerId = text;
                           });

    m_callText = addField(QStringLiteral("action.parameters.display_text"), Limits::VoiceCallDisplayTextMax,
                          tr("Button te&xt"), tr("Call Now (WhatsApp's default)"),
                          [](InteractiveMessage& m, const QString& text) {
                              if (auto* call = m.actionAs<VoiceCallAction>())
                                  call->displayText = text;
                          });
    m_callLasts = new QSpinBox(this);
    m_callLasts->setObjectName(QStringLiteral("action.parameters.ttl_minutes"));
    m_callLasts->setRange(0, Limits::VoiceCallTtlMinutesMax);
    m_callLasts->setSpecialValueText(tr("WhatsApp's default (7 days)"));
    m_callLasts->setSuffix(tr(" minutes"));
    m_callLasts->setToolTip(tr("How long the button works: 1 minute to 30 days (43200 minutes)"));
    connect(m_callLasts, &QSpinBox::valueChanged, this, [this](int minutes) {
        const auto* call = m_document->message().actionAs<VoiceCallAction>();
        const std::optional<qint64> wanted = minutes == 0 ? std::nullopt : std::optional<qint64>(minutes);
        if (!call || call->ttlMinutes == wanted)
            return; // shown from the document, not changed by the agent
        m_document->edit(
            tr("Edit how long the call button works"),
            [wanted](InteractiveMessage& m) {
                if (auto* c = m.actionAs<VoiceCallAction>())
                    c->ttlMinutes = wanted;
            },
            m_callLasts->objectName());
    });
    m_form->addRow(tr("Works for"), m_callLasts);
    m_callPayload = addField(QStringLiteral("action.parameters.payload"), Limits::VoiceCallPayloadMax,
                             tr("Pa&yload"), tr("Returned in the call's webhooks (optional)"),
                             [](InteractiveMessage& m, const QString& text) {
                                 if (auto* call = m.actionAs<VoiceCallAction>())
                                     call->payload = text;
                             });
    m_callPermission =
        new QLabel(tr("WhatsApp asks the customer whether the business may call them, with "
                      "answers it sets itself: only the body is yours. WhatsApp limits how often "
                      "one customer can be asked."),
                   this);
    m_callPermission->setWordWrap(true);
    m_form->addRow(m_callPermission);
    m_contactInfo = new QLabel(tr("The customer gets a \"Share contact info\" button (WhatsApp's wording); "
                                  "their contact card comes back as a message."),
                               this);
    m_contactInfo->setWordWrap(true);
    m_form->addRow(m_contactInfo);

    m_addressNote = new QLabel(tr("India only: WhatsApp shows an address form to customers in India of "
                                  "India-based businesses. Fill in what you already know (optional)."),
                               this);
    m_addressNote->setWordWrap(true);
    m_form->addRow(m_addressNote);
    m_addressRegionWarning = new QLabel(this);
    m_addressRegionWarning->setObjectName(QStringLiteral("addressRegionWarning"));
    m_addressRegionWarning->setWordWrap(true);
    m_addressRegionWarning->setStyleSheet(
        QStringLiteral("color: %1;").arg(TextField::issueColour(Severity::Warning).name()));
    m_form->addRow(m_addressRegionWarning);
    const QStringList labels{tr("Name"),     tr("Phone number"), tr("PIN code"), tr("House number"),
                             tr("Floor"),    tr("Tower"),        tr("Building"), tr("Address"),
                             tr("Landmark"), tr("City"),         tr("State")};
    const QList<QLatin1StringView>& keys = addressFieldKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QLatin1StringView key = keys[i];
        m_addressFields.append(
            addField(QStringLiteral("action.parameters.values.") + key,
                     key == QLatin1StringView("in_pin_code") ? Limits::AddressPinCodeDigitsMax : 0,
                     labels.value(i), QString(), [key](InteractiveMessage& m, const QString& text) {
                         if (auto* address = m.actionAs<AddressAction>())
                             address->setValue(key, text);
                     }));
    }
    m_savedAddresses = new QLabel(this);
    m_savedAddresses->setWordWrap(true);
    m_form->addRow(m_savedAddresses);
}

void SimpleActionEditor::setDefaultRegion(const QString& region)
{
    m_region = region;
    if (const auto* address = m_document->message().actionAs<AddressAction>())
        showAddress(*address);
}

void SimpleActionEditor::showAddress(const AddressAction& address)
{
    m_addressRegionWarning->setText(
        m_region == u"IN" ? QString()
        : m_region.isEmpty()
            ? tr("Your default country (Settings) is not set: address messages reach customers in India "
                 "only.")
            : tr("Your default country (Settings) is %1: address messages reach customers in India only.")
                  .arg(m_region));
    m_form->setRowVisible(m_addressRegionWarning, !m_addressRegionWarning->text().isEmpty());
    const QList<QLatin1StringView>& keys = addressFieldKeys();
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_addressFields[i]->setText(address.value(keys[i]));
    m_savedAddresses->setText(address.savedAddresses.isEmpty() && address.validationErrors.isEmpty()
                                  ? QString()
                                  : tr("Kept as imported: %n saved address(es) offered to pick from", nullptr,
                                       int(address.savedAddresses.size())) +
                                        (address.validationErrors.isEmpty()
                                             ? QString()
                                             : tr(", and %n field error(s) shown to the customer", nullptr,
                                                  int(address.validationErrors.size()))) +
                                        u'.');
    m_form->setRowVisible(m_savedAddresses, !m_savedAddresses->text().isEmpty());
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

void SimpleActionEditor::setDraftSession(DraftSession* session)
{
    m_productLook->setSession(session);
}

void SimpleActionEditor::show(const InteractiveMessage& message)
{
    const auto* cta = message.actionAs<CtaUrlAction>();
    const auto* product = message.actionAs<ProductAction>();
    const auto* catalog = message.actionAs<CatalogAction>();
    const bool location = message.actionAs<LocationRequestAction>();
    const auto* call = message.actionAs<VoiceCallAction>();
    const auto* address = message.actionAs<AddressAction>();
    const bool callPermission = message.actionAs<CallPermissionRequestAction>();
    const bool contactInfo = message.actionAs<ContactInfoRequestAction>();
    m_form->setRowVisible(m_location, location);
    m_form->setRowVisible(m_callPermission, callPermission);
    m_form->setRowVisible(m_contactInfo, contactInfo);
    for (QWidget* row : {static_cast<QWidget*>(m_callText), static_cast<QWidget*>(m_callLasts),
                         static_cast<QWidget*>(m_callPayload)})
        m_form->setRowVisible(row, call);
    m_form->setRowVisible(m_addressNote, address);
    for (TextField* field : std::as_const(m_addressFields))
        m_form->setRowVisible(field, address);
    if (!address) {
        m_form->setRowVisible(m_addressRegionWarning, false);
        m_form->setRowVisible(m_savedAddresses, false);
    }
    m_form->setRowVisible(m_displayText, cta);
    m_form->setRowVisible(m_url, cta);
    m_form->setRowVisible(m_catalogId, product);
    m_form->setRowVisible(m_productId, product);
    m_form->setRowVisible(m_productLook, product);
    m_productLook->showProducts(product ? QStringList{product->productRetailerId} : QStringList());
    m_form->setRowVisible(m_thumbnail, catalog);
    m_active.clear();
    if (cta)
        m_active << m_displayText << m_url;
    if (product)
        m_active << m_catalogId << m_productId;
    if (catalog)
        m_active << m_thumbnail;
    if (call)
        m_active << m_callText << m_callPayload;
    if (address)
        m_active += m_addressFields;
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
    if (call) {
        m_callText->setText(call->displayText);
        m_callPayload->setText(call->payload);
        const QSignalBlocker blocker(m_callLasts);
        m_callLasts->setValue(
            int(std::clamp<qint64>(call->ttlMinutes.value_or(0), 0, Limits::VoiceCallTtlMinutesMax)));
    }
    if (address)
        showAddress(*address);
}

bool SimpleActionEditor::handles(const InteractiveMessage& message)
{
    return message.actionAs<CtaUrlAction>() || message.actionAs<ProductAction>() ||
           message.actionAs<CatalogAction>() || message.actionAs<LocationRequestAction>() ||
           message.actionAs<VoiceCallAction>() || message.actionAs<AddressAction>() ||
           message.actionAs<CallPermissionRequestAction>() || message.actionAs<ContactInfoRequestAction>();
}

} // namespace wa
