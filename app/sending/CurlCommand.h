#pragma once

#include "OctopodsClient.h"

namespace wa {

// The send as a cURL command an agent can paste into a terminal or a ticket. The key is never in it: the
// command reads it from $OCTOPODS_API_KEY when it runs.
class CurlCommand
{
public:
    static QString forRequest(const OctopodsClient::Config& config, const OctopodsRequest& request);
    // 'text' for a POSIX shell: inside single quotes nothing expands.
    static QString shellQuoted(const QString& text);
};

} // namespace wa
