#pragma once

#include <QProxyStyle>

namespace wa {

// The application's own style, whose standard icons (the menu bar's overflow arrow, a search field's clear
// button, a dock's buttons...) are read from their files only when first drawn or measured. Qt reads such a
// file through every image plugin on the machine, loading each; the window built them all before its first
// frame although it shows none of them (issue 21: no plugin loaded before the first frame but the
// platform's). The icons are the style's own, drawn the same.
class DeferredIconStyle : public QProxyStyle
{
public:
    // Over `base` (taken: QApplication::style(), say), or over the desktop's style.
    explicit DeferredIconStyle(QStyle* base = nullptr);
    QIcon standardIcon(StandardPixmap which, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace wa
