#pragma once

#include <QString>
#include <QWidget>

namespace wa::test {

// The widget of that type and object name under root; a warning names it when there is none, so that a
// failing check says which widget was missing.
template <typename T> T* find(QWidget& root, const QString& name)
{
    auto* widget = root.findChild<T*>(name);
    if (!widget)
        qWarning("no %s", qPrintable(name));
    return widget;
}

} // namespace wa::test
