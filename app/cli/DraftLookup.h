#pragma once

#include "Command.h"
#include "drafts/DraftLibrary.h"

namespace wa::cli {

// Finds a draft by the name a user typed, and when there is none says so with the names they may have meant.
class DraftLookup
{
    Q_DECLARE_TR_FUNCTIONS(wa::cli::DraftLookup)
public:
    // The draft outside the trash with this name, ignoring case. Otherwise says why on io.err (no such
    // draft, with close names; or the database could not be read) and sets exitCode to Unreadable.
    static std::optional<Draft> find(DraftLibrary& store, const QString& name, Io& io, int& exitCode);
    // Up to `count` names close to `name`: those a search for it finds, else those a few typos away.
    static QStringList closeNames(DraftLibrary& store, const QString& name, int count = 3);
};

} // namespace wa::cli
