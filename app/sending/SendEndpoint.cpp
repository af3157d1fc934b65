#include "SendEndpoint.h"

namespace wa {

QString SendEndpoints::path(SendEndpoint endpoint)
{
    switch (endpoint) {
    case SendEndpoint::Messages:
        break;
    case SendEndpoint::Interactive:
        return QStringLiteral("/api/v1/whatsapp/interactive");
    }
    return QStringLiteral("/api/v1/sms/messages");
}

QString SendEndpoints::name(SendEndpoint endpoint)
{
    return endpoint == SendEndpoint::Interactive ? QStringLiteral("interactive") : QStringLiteral("messages");
}

std::optional<SendEndpoint> SendEndpoints::fromName(QStringView name)
{
    for (SendEndpoint endpoint : all())
        if (name.compare(SendEndpoints::name(endpoint), Qt::CaseInsensitive) == 0)
            return endpoint;
    return std::nullopt;
}

std::optional<SendEndpoint> SendEndpoints::fromPath(QStringView path)
{
    for (SendEndpoint endpoint : all())
        if (path == SendEndpoints::path(endpoint) || path == SendEndpoints::path(endpoint).sliced(1))
            return endpoint;
    return std::nullopt;
}

QString SendEndpoints::label(SendEndpoint endpoint)
{
    return endpoint == SendEndpoint::Interactive ? tr("Interactive (%1)").arg(path(endpoint))
                                                 : tr("Messages (%1)").arg(path(endpoint));
}

bool SendEndpoints::takesOpenConversation(SendEndpoint endpoint)
{
    return endpoint == SendEndpoint::Interactive;
}

bool SendEndpoints::documents(SendEndpoint endpoint, MessageType type)
{
    if (endpoint == SendEndpoint::Messages)
        return true; // its article shows every type of SPEC.md's table
    switch (type) {
    case MessageType::Button:
    case MessageType::List:
    case MessageType::Product:
    case MessageType::ProductList:
    case MessageType::Flow:
    case MessageType::Catalog:
        return true;
    default:
        return false;
    }
}

QString SendEndpoints::undocumentedTypeWarning(SendEndpoint endpoint, MessageType type)
{
    if (documents(endpoint, type))
        return {};
    return tr("Octopods' %1 endpoint does not document %2 messages (only button, list, product, "
              "product_list, flow and catalog_message): it may refuse this one. The %3 endpoint takes it.")
        .arg(label(endpoint), messageTypeName(type), label(SendEndpoint::Messages));
}

} // namespace wa
