#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariant>

namespace wa {

// How a product of the catalog looks in the preview: its name, its price as the agent writes it ("₹1,299",
// "$24.99") and a picture's link. WhatsApp fills these in from the catalog on the customer's phone; the app
// cannot read the catalog, so the agent may tell the preview. Kept with the draft, never part of the message,
// never sent.
struct ProductLook
{
    QString name;
    QString price;
    QString imageLink; // optional

    bool isEmpty() const { return name.isEmpty() && price.isEmpty() && imageLink.isEmpty(); }
    friend bool operator==(const ProductLook&, const ProductLook&) = default;
};

// The looks of a draft's products, by retailer id (the SKU as the message writes it).
using ProductLooks = QMap<QString, ProductLook>;

// Our own limits (not WhatsApp's, which never sees these), and the one place that checks them and turns
// looks into JSON and back: the database columns and the draft file share the shape
// {"SKU-1": {"name": "...", "price": "...", "image": "https://..."}}.
class ProductLookRules
{
    Q_DECLARE_TR_FUNCTIONS(wa::ProductLookRules)
public:
    static constexpr int NameMax = 200;       // characters (code points); Meta's catalog titles allow 200
    static constexpr int PriceMax = 40;       // "US$ 1,299.99 (was US$ 1,499.99)" fits
    static constexpr int ImageLinkMax = 2000; // what browsers and servers reliably take
    static constexpr int RetailerIdMax = 100; // Meta's retailer ids are at most 100 characters
    static constexpr int LooksMax = 100; // a product list holds 30, a carousel 10: room for both and more

    // The JSON keys of one look.
    static constexpr const char* NameKey = "name";
    static constexpr const char* PriceKey = "price";
    static constexpr const char* ImageKey = "image";

    // What is wrong with one look, in a sentence naming the field and the product; empty when nothing.
    static QString problem(const QString& retailerId, const ProductLook& look);
    // The first problem of any of them (too many, an empty or too long retailer id, a field too long).
    static QString problem(const ProductLooks& looks);

    // Empty looks are left out; an empty map is an empty object.
    static QJsonObject toJson(const ProductLooks& looks);
    // Read back from the database: only this app writes those columns, so what is not a look is left out.
    static ProductLooks fromJson(const QJsonObject& object);
    // As the database keeps them: the object as compact text, NULL (a null QVariant) when there are none.
    static QVariant toColumn(const ProductLooks& looks);
    static ProductLooks fromColumn(const QVariant& value);
};

} // namespace wa
