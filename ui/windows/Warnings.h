#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace wa {

// A warning over `parent` that does not block the event loop (window-modal, deleted once closed), named so
// that tests find and answer it. With `details`, the first few lines are shown and all of them behind
// "Show Details…".
void showWarning(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                 const QStringList& details = {});

} // namespace wa
