#pragma once

#include "message/InteractiveMessage.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace wa {

class DraftSession;
class MessageDocument;
class ProductLookEditor;
class TextField;

// The actions that are a few fixed fields: a call-to-action link (display text, URL), a single product
// (catalog id, product id), a catalog (thumbnail product), a call button (text, how long, payload), an Indian
// address request (the prefilled address), and those with nothing to fill in (a location request, a call
// permission request, a contact info request), which say what the customer sees.
class SimpleActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SimpleActionEditor(MessageDocument* document, QWidget* parent = nullptr);

    // Shows the fields of this action's type; returns false for types it does not edit.
    // Whether show() takes this message: its action is one of the simple ones.
    static bool handles(const InteractiveMessage& message);
    void show(const InteractiveMessage& message);
    QList<TextField*> fields() const; // those of the action last shown
    // The default country of Settings: an address request warns when it is not India.
    void setDefaultRegion(const QString& region);
    // Where the single product's preview-only details are read and changed.
    void setDraftSession(DraftSession* session);

private:
    TextField* addField(const QString& path, int limit, const QString& label, const QString& placeholder,
                        const std::function<void(InteractiveMessage&, const QString&)>& apply);

    void showAddress(const AddressAction& address);

    MessageDocument* m_document;
    QFormLayout* m_form;
    QLabel* m_location;
    QLabel* m_callPermission;
    QLabel* m_contactInfo;
    TextField* m_callText;
    QSpinBox* m_callLasts;
    TextField* m_callPayload;
    QLabel* m_addressNote;
    QLabel* m_addressRegionWarning;
    QList<TextField*> m_addressFields; // in addressFieldKeys() order
    QLabel* m_savedAddresses;
    QString m_region;
    TextField* m_displayText;
    TextField* m_url;
    TextField* m_catalogId;
    TextField* m_productId;
    TextField* m_thumbnail;
    ProductLookEditor* m_productLook;
    QList<TextField*> m_active; // the fields of the action shown
};

} // namespace wa
