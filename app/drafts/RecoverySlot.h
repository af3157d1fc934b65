#pragma once

#include "ProductLook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace wa {

class Database;

// The message being composed as the autosave last kept it.
struct Recovery
{
    qint64 draftId = 0; // 0 when the message was never saved (or its draft was purged since)
    QString name;
    QByteArray payload;
    QDateTime savedAt;    // UTC; an invalid one is replaced by the current time
    QString library = {}; // the library of that draft (DraftLibrary::identity()): empty for this computer's
    ProductLooks productLooks = {}; // the preview's product details as they were, unsaved or not
    friend bool operator==(const Recovery&, const Recovery&) = default;
};

// The autosave slot in the app's own database on this computer: one message, overwritten often, read back
// after a crash. It stays here whichever library the drafts live in (a team library is no place for a
// half-typed message). The caller debounces: this is a write to disk, not something for every keystroke.
class RecoverySlot
{
    Q_DECLARE_TR_FUNCTIONS(wa::RecoverySlot)
public:
    using Clock = std::function<QDateTime()>;

    explicit RecoverySlot(Database& database, Clock clock = {});

    bool save(const Recovery& recovery, QString* error = nullptr);
    // nullopt when there is none (not an error) or it cannot be read (an error).
    std::optional<Recovery> read(QString* error = nullptr);
    bool clear(QString* error = nullptr);

private:
    Database& m_database;
    Clock m_clock;
};

} // namespace wa
