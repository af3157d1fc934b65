#pragma once

#include "message/InteractiveMessage.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace wa {

class MessageDocument;
class TextField;

// The actions that are a few fixed fields: a call-to-action link (display text, URL), a single product
// (catalog id, product id), a catalog (thumbnail product) and a location request (nothing to fill in).
class SimpleActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SimpleActionEditor(MessageDocument* document, QWidget* parent = nullptr);

    // Shows the fields of this action's type; returns false for types it does not edit.
    bool show(const InteractiveMessage& message);
    QList<TextField*> fields() const; // those of the action last shown

private:
    TextField* addField(const QString& path, int limit, const QString& label, const QString& placeholder,
                        const std::function<void(InteractiveMessage&, const QString&)>& apply);

    MessageDocument* m_document;
    QFormLayout* m_form;
    QLabel* m_location;
    TextField* m_displayText;
    TextField* m_url;
    TextField* m_catalogId;
    TextField* m_productId;
    TextField* m_thumbnail;
    QList<TextField*> m_active; // the fields of the action shown
};

} // namespace wa
