#pragma once

#include "ProductLook.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wa {

struct Draft
{
    qint64 id = 0;            // assigned by create()
    QString name;             // unique among the drafts not in the trash, ignoring case; stored trimmed
    QByteArray payload;       // the interactive message's JSON, compact UTF-8 (MessageJson::toJson)
    QString defaultRecipient; // optional: E.164 or empty
    QString teammateId;       // optional
    QMap<QString, QString> variableDefaults; // optional: values for its variables, by name, under any given
    // Preview only, never sent: how its products look (ProductLook), by retailer id.
    ProductLooks productLooks;
    QStringList tags;    // stored trimmed, without empty ones or duplicates (ignoring case), in order
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt; // UTC, set by the store
    QDateTime trashedAt; // null unless in the trash
    // Raised by every save and rename, set by the store; 0 for a draft not read from the library. Given to
    // update(), it says which version the change was made to.
    qint64 version = 0;
    QString updatedBy; // the display name of whoever saved it last; empty when not known

    friend bool operator==(const Draft&, const Draft&) = default;
};

// One line of the library: enough to show and pick a draft without reading its message.
struct DraftSummary
{
    qint64 id = 0;
    QString name;
    QString type;    // the payload's "type": "button", "list" ... (empty when the payload is not JSON)
    QString excerpt; // one line: the header text, else the body; whitespace collapsed, at most 120 chars
    QStringList tags;
    QDateTime updatedAt;
    QDateTime trashedAt;
    QString updatedBy;
};

struct DraftQuery
{
    enum class Sort { UpdatedNewestFirst, Name };

    // Words to look for in names, tags and the message's texts; each is a prefix, all must match. With
    // words, results come best match first (a name above a tag above the text; then newest first) whatever
    // `sort` says, except when every word is a single letter (a first keystroke): then newest first; without
    // (or with nothing but punctuation and emoji), everything in `sort` order.
    QString search;
    QString tag; // only drafts with this tag (ignoring case); empty: any
    Sort sort = Sort::UpdatedNewestFirst;
    bool trash = false; // list the trash instead of the library
    int limit = -1;     // negative: no limit
};

} // namespace wa
