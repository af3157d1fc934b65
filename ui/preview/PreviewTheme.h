#pragma once

#include <QColor>
#include <QFont>

namespace wa {

// Everything the preview's look depends on, as data (the paint code holds no colour, size or font).
// Colours start from WhatsApp's 2021+ redesign (DESIGN.md); sizes are logical pixels.
struct PreviewTheme
{
    enum class Kind { Light, Dark };

    static PreviewTheme light();
    static PreviewTheme dark();
    static PreviewTheme forKind(Kind kind) { return kind == Kind::Dark ? dark() : light(); }

    Kind kind = Kind::Light;

    // Colours
    QColor wallpaper;
    QColor wallpaperDoodle; // the faint pattern over the wallpaper
    QColor topBar;
    QColor topBarText;
    QColor topBarSecondaryText;
    QColor avatar;
    QColor avatarText;
    QColor dateChip;
    QColor dateChipText;
    QColor bubble;
    QColor bubbleShadow;
    QColor text;
    QColor secondaryText; // time, footer, document details, section titles
    QColor link;
    QColor buttonText; // the buttons the customer taps
    QColor separator;
    QColor mediaPlaceholder;
    QColor mediaIcon;
    QColor documentBackground;
    QColor codeBackground;
    QColor quoteBar;
    QColor error; // outline of what WhatsApp would refuse
    QColor scrim; // over the chat while the list sheet is open
    QColor sheet;
    QColor sectionTitle;
    QColor radio;
    QColor radioChecked;
    QColor sendButton;
    QColor sendButtonDisabled;
    QColor sendButtonText;
    QColor composer; // the message field at the bottom
    QColor composerText;

    // Fonts (families list the colour emoji font so that every emoji is drawn in colour)
    QFont bodyFont;
    QFont headerFont; // the bold header text
    QFont footerFont;
    QFont timeFont;
    QFont buttonFont;
    QFont monospaceFont;
    QFont titleFont;    // business name in the top bar, sheet title
    QFont subtitleFont; // "business account" under the name, date chip
    QFont rowTitleFont;
    QFont rowDescriptionFont;
    QFont sectionTitleFont;

    // Geometry
    qreal topBarHeight = 56;
    qreal avatarSize = 38;
    qreal composerHeight = 52;
    qreal chatMargin = 10;      // between the screen's edge and the bubble's tail side
    qreal bubbleMaxWidth = 400; // a phone's bubble stops growing at about this width
    qreal bubbleMaxWidthRatio = 0.86;
    qreal bubbleMinWidth = 200; // interactive messages are never narrower (their buttons need room)
    qreal bubbleRadius = 7.5;
    qreal tailWidth = 8;
    qreal tailHeight = 13;
    qreal bubblePaddingX = 9;
    qreal bubblePaddingTop = 6;
    qreal bubblePaddingBottom = 8;
    qreal paragraphSpacing = 4; // between header, body and footer
    qreal mediaInset = 3;       // media sits inside the bubble with this much bubble around it
    qreal mediaAspect = 1.6;    // width / height of an image or video placeholder
    qreal documentHeight = 62;
    qreal timeGap = 8; // between the last line and the time when they share a line
    qreal buttonHeight = 44;
    qreal iconSize = 18;
    qreal quoteBarWidth = 4;
    qreal quoteIndent = 12;
    qreal listIndent = 20;
    qreal dateChipHeight = 26;
    qreal sheetRadius = 14;
    qreal sheetTopBarHeight = 56;
    qreal sheetRowPaddingY = 12;
    qreal sheetPaddingX = 20;
    qreal sheetSectionTitleHeight = 36;
    qreal sheetSendHeight = 72;
    qreal sheetMaxHeightRatio = 0.85;
    qreal radioSize = 20;
    qreal outlineWidth = 2;
};

} // namespace wa
