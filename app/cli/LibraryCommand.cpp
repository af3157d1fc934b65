#include "LibraryCommand.h"

#include "AppServices.h"

namespace wa::cli {

DraftLibrary& LibraryCommand::library() const
{
    return m_services.drafts();
}

} // namespace wa::cli
