#pragma once

#include <QList>
#include <QWidget>

namespace wa {

// Removes widgets that an editor rebuilds, safely: the click that started the rebuild may still be running
// in one of them, so they are deleted later, and unparented now so that findChild() no longer sees them.
inline void discardLater(const QList<QWidget*>& widgets)
{
    for (QWidget* widget : widgets) {
        widget->hide();
        widget->setParent(nullptr);
        widget->deleteLater();
    }
}

} // namespace wa
