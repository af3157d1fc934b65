#pragma once

#include "message/InteractiveMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace wa {

// Octopods' two calls that send an interactive message, by name rather than a path to type (SPEC.md, "The
// Octopods request"): the same header and body go to either.
enum class SendEndpoint {
    Messages,    // POST /api/v1/sms/messages: the first one documented, and the default
    Interactive, // POST /api/v1/whatsapp/interactive: the newer one, with open_intercom_conversation
};

class SendEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(wa::SendEndpoints)
public:
    static QList<SendEndpoint> all() { return {SendEndpoint::Messages, SendEndpoint::Interactive}; }
    static QString path(SendEndpoint endpoint);
    // The stable name the settings and the CLI's --endpoint use: "messages" or "interactive".
    static QString name(SendEndpoint endpoint);
    static std::optional<SendEndpoint> fromName(QStringView name);
    // The endpoint a path names, for settings written when the path was typed; nullopt for any other path.
    static std::optional<SendEndpoint> fromPath(QStringView path);
    // As an agent picks it: "Interactive (/api/v1/whatsapp/interactive)".
    static QString label(SendEndpoint endpoint);
    // Whether the body may carry open_intercom_conversation.
    static bool takesOpenConversation(SendEndpoint endpoint);
    // Whether Octopods documents this type for the endpoint. The interactive endpoint names button, list,
    // product, product_list, flow and catalog_message; whether it refuses others is not said, so they are
    // warned of, never blocked.
    static bool documents(SendEndpoint endpoint, MessageType type);
    // The warning for a type the endpoint does not document, naming both; empty when it documents it.
    static QString undocumentedTypeWarning(SendEndpoint endpoint, MessageType type);
};

} // namespace wa
