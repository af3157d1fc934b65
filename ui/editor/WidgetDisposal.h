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

namespace wa {

// Puts widgets in the tab order one after another, right after anchor. Rows an editor builds after its
// own buttons would otherwise come last of all, after every other part of the form.
inline void chainTabOrder(QWidget* anchor, const QList<QWidget*>& widgets)
{
    QWidget* previous = anchor;
    for (QWidget* widget : widgets) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace wa
