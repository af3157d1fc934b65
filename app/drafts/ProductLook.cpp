#include "ProductLook.h"

#include "message/TextMetrics.h"

#include <QJsonDocument>
#include <QVariant>

namespace wa {

namespace {
using L1 = QLatin1StringView;

QString tooLong(const QString& field, const QString& retailerId, qsizetype length, int limit)
{
    return ProductLookRules::tr("the preview's %1 of product “%2” is %n characters long; at most %3", nullptr,
                                int(length))
        .arg(field, retailerId, QString::number(limit));
}
} // namespace

QString ProductLookRules::problem(const QString& retailerId, const ProductLook& look)
{
    if (retailerId.trimmed().isEmpty())
        return tr("a product's preview details have no retailer id");
    if (const qsizetype length = TextMetrics::codePointCount(retailerId); length > RetailerIdMax)
        return tr("the retailer id of a product's preview details is %n characters long; at most %1", nullptr,
                  int(length))
            .arg(RetailerIdMax);
    if (const qsizetype length = TextMetrics::codePointCount(look.name); length > NameMax)
        return tooLong(tr("name"), retailerId, length, NameMax);
    if (const qsizetype length = TextMetrics::codePointCount(look.price); length > PriceMax)
        return tooLong(tr("price"), retailerId, length, PriceMax);
    if (const qsizetype length = TextMetrics::codePointCount(look.imageLink); length > ImageLinkMax)
        return tooLong(tr("image link"), retailerId, length, ImageLinkMax);
    return {};
}

QString ProductLookRules::problem(const ProductLooks& looks)
{
    if (looks.size() > LooksMax)
        return tr("preview details are given for %n products; at most %1", nullptr, int(looks.size()))
            .arg(LooksMax);
    for (auto it = looks.constBegin(); it != looks.constEnd(); ++it)
        if (QString why = problem(it.key(), it.value()); !why.isEmpty())
            return why;
    return {};
}

QJsonObject ProductLookRules::toJson(const ProductLooks& looks)
{
    QJsonObject object;
    for (auto it = looks.constBegin(); it != looks.constEnd(); ++it) {
        if (it->isEmpty())
            continue;
        QJsonObject look;
        if (!it->name.isEmpty())
            look.insert(L1(NameKey), it->name);
        if (!it->price.isEmpty())
            look.insert(L1(PriceKey), it->price);
        if (!it->imageLink.isEmpty())
            look.insert(L1(ImageKey), it->imageLink);
        object.insert(it.key(), look);
    }
    return object;
}

ProductLooks ProductLookRules::fromJson(const QJsonObject& object)
{
    ProductLooks looks;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject look = it->toObject();
        ProductLook read{look.value(L1(NameKey)).toString(), look.value(L1(PriceKey)).toString(),
                         look.value(L1(ImageKey)).toString()};
        if (!read.isEmpty())
            looks.insert(it.key(), read);
    }
    return looks;
}

QVariant ProductLookRules::toColumn(const ProductLooks& looks)
{
    const QJsonObject object = toJson(looks);
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ProductLooks ProductLookRules::fromColumn(const QVariant& value)
{
    if (value.isNull())
        return {};
    return fromJson(QJsonDocument::fromJson(value.toString().toUtf8()).object());
}

} // namespace wa
