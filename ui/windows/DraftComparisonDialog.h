#pragma once

#include <QDialog>

namespace wa {

struct Draft;
struct InteractiveMessage;

// Theirs beside yours, as the customer would see each: what an agent looks at before choosing to keep both
// or to overwrite a teammate's save. Only shows; the choice is asked again once it closes.
class DraftComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    DraftComparisonDialog(const Draft& theirs, const InteractiveMessage& yours, QWidget* parent = nullptr);
};

} // namespace wa
