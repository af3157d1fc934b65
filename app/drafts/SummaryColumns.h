#pragma once

#include <QSqlDatabase>
#include <QString>

namespace wa {

// Each draft's one-line summary (DraftSearch::gist: the message's type and a line of its text) as the drafts
// table keeps it, in summary_type and summary_excerpt: written with every save of a message, so that listing
// a page of a big library reads two columns instead of parsing every message (issue 21).
class SummaryColumns
{
public:
    // Fills both columns of every draft from its message: the schema step that adds them, on either engine.
    static bool fillAll(const QSqlDatabase& db, QString* sqlError);

private:
    static bool fillBatches(const QSqlDatabase& db, QString* sqlError);

    static constexpr int BatchSize = 1000;
};

} // namespace wa
