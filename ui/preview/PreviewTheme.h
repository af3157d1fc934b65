#pragma once

#include "settings/PhoneSize.h"

#include <QColor>
#include <QFont>

namespace wa {

// Everything the preview's look depends on, as data: the layout and paint code hold no colour, size or
// font of their own. Colours start from WhatsApp's 2021+ redesign (DESIGN.md); sizes are logical pixels.
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
    // A document's icon, by its type, as WhatsApp colours them.
    QColor documentPdf;
    QColor documentWord;
    QColor documentSheet;
    QColor documentSlides;
    QColor documentTypeText; // the type written on the icon
    QColor documentColour(const QString& type) const
    {
        if (type == u"PDF")
            return documentPdf;
        if (type == u"DOC" || type == u"DOCX" || type == u"RTF" || type == u"ODT")
            return documentWord;
        if (type == u"XLS" || type == u"XLSX" || type == u"CSV" || type == u"ODS")
            return documentSheet;
        if (type == u"PPT" || type == u"PPTX" || type == u"ODP")
            return documentSlides;
        return mediaPlaceholder;
    }
    QColor surround;        // around the phone, when the preview is wider than the phone chosen
    QColor shimmer;         // the light band passing over a loading picture
    QColor playMark;        // the round mark behind a video's play triangle
    QColor badgeBackground; // the "Local picture" pill over a stand-in
    QColor badgeText;
    QColor codeBackground;
    QColor quoteBar;
    QColor error;              // outline of what WhatsApp would refuse
    QColor placeholderChip;    // behind a {{placeholder}} while the message is shown as written
    QColor placeholderOutline; // around a variable with no value, once filled
    QColor scrim;              // over the chat while the list sheet is open
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
    QFont readMoreFont;     // "Read more" under a collapsed body
    QFont documentTypeFont; // "PDF" on a document's icon
    QFont monospaceFont;
    QFont titleFont;    // business name in the top bar, sheet title
    QFont subtitleFont; // "business account" under the name, date chip
    QFont rowTitleFont;
    QFont rowDescriptionFont;
    QFont sectionTitleFont;
    QFont productNameFont;  // a product's name from the draft's preview-only look, in the text colour
    QFont productPriceFont; // its price, under it, in the secondary text colour

    // Geometry, area by area

    // The top bar
    qreal topBarHeight = 56;
    qreal barIconSize = 24; // the top bar's back arrow and the list sheet's close button
    qreal backArrowLeft = 6;
    qreal avatarLeft = 34;
    qreal avatarSize = 38;
    qreal avatarInitialRatio = 0.45; // the initial's pixel size, as a share of the avatar's diameter
    qreal avatarGap = 12;            // between the avatar and the business's name
    qreal topBarPaddingRight = 12;
    qreal titleTop = 8; // the business's name
    qreal titleHeight = 22;
    qreal subtitleTop = 30;
    qreal subtitleHeight = 16;

    // The composer
    qreal composerHeight = 52;
    qreal composerPaddingX = 6; // around and between the message field and the round button
    qreal composerPaddingY = 5;
    qreal composerHintPaddingLeft = 18; // the "Message" hint inside the field
    qreal composerHintPaddingRight = 12;
    qreal microphoneInset = 11; // between the round button's edge and the microphone's box

    // The chat
    qreal wallpaperDoodleWidth = 1.4; // the doodles' line width
    qreal chatMargin = 10;            // between the screen's edge and the bubble's tail side
    qreal chatPaddingBottom = 12;     // under the bubble, when the chat is scrolled to its end
    qreal dateChipTop = 10;
    qreal dateChipHeight = 26;
    qreal dateChipPaddingX = 12;
    qreal dateChipRadius = 7.5;
    qreal dateChipGap = 10; // between the date chip and the bubble
    qreal scrollIndicatorWidth = 3;
    qreal scrollIndicatorMargin = 2; // between the indicator and the viewport's right edge
    qreal scrollIndicatorMinLength = 24;
    qreal scrollIndicatorOpacity = 0.5;

    // The bubble
    qreal bubbleMaxWidth = 400; // a phone's bubble stops growing at about this width
    qreal bubbleMaxWidthRatio = 0.86;
    qreal bubbleMaxWidthFloor = 120; // on a very narrow screen the widest bubble is still this wide
    qreal bubbleMinWidth = 200;      // interactive messages are never narrower (their buttons need room)
    qreal bubbleRadius = 7.5;
    qreal bubbleShadowOffset = 1; // the shadow shows this far below the bubble
    qreal tailWidth = 8;
    qreal tailHeight = 13;
    qreal bubblePaddingX = 9;
    qreal bubblePaddingTop = 6;
    qreal bubblePaddingBottom = 8;
    qreal paragraphSpacing = 4;   // between header, body and footer
    qreal timeGap = 8;            // between the last line and the time when they share a line
    qreal timeBesideTextDrop = 3; // the time beside the last line sits this far below the line's bottom
    qreal timeBelowTextGap = 2;   // between the last line and the time on a line of its own

    // Paragraph kinds in a body or footer
    qreal quoteBarWidth = 4;
    qreal quoteBarInsetY = 1; // the bar stops this short of the quote's top and bottom
    qreal quoteIndent = 12;
    qreal listIndent = 20;
    qreal listMarkerGap = 6; // between a bullet or number and its text
    qreal listMarkerGapRightToLeft = 4;

    // The phone's screen width (View > Phone width): an iPhone SE, the most common Android width, an iPhone
    // Pro Max. The screen is as high as the preview.
    qreal smallPhoneWidth = 320;
    qreal typicalPhoneWidth = 360;
    qreal largePhoneWidth = 430;
    qreal phoneWidth(PhoneSize size) const
    {
        return size == PhoneSize::Small   ? smallPhoneWidth
               : size == PhoneSize::Large ? largePhoneWidth
                                          : typicalPhoneWidth;
    }

    // WhatsApp collapses a long body behind "Read more" (its count is not published: see docs/preview.md).
    int bodyCollapsedLines = 15;

    // Media: image and video placeholders, documents, product and catalog cards
    qreal mediaInset = 3;    // media sits inside the bubble with this much bubble around it
    qreal mediaAspect = 1.6; // width / height of an image or video placeholder
    // A loaded picture keeps its own shape within these; beyond them, the phone crops it.
    qreal mediaMinAspect = 1.0;   // as tall as wide at most
    qreal mediaMaxAspect = 1.91;  // Meta's recommended header shape is the widest shown
    qreal playMarkSize = 52;      // a video's round play mark
    qreal shimmerBandRatio = 0.6; // the loading band's width, as a share of the box's
    qreal badgeHeight = 22;
    qreal badgePaddingX = 8;
    qreal badgeMargin = 8;   // between the badge and the picture's corner
    qreal mediaRadius = 5.5; // a little less round than the bubble around it
    qreal mediaIconMaxSize = 56;
    qreal mediaIconRatio = 0.4;   // the placeholder's icon, as a share of the placeholder's height
    qreal mediaPadding = 10;      // inside the box: either side of the caption, a document's icon and name
    qreal mediaLineHeight = 20;   // the caption, a document's name and its details
    qreal mediaCaptionBottom = 8; // between the caption and the placeholder's bottom
    qreal documentHeight = 62;
    qreal documentIconSize = 32;
    qreal documentTextTop = 12; // from the document's top to its name

    // The buttons under the bubble
    qreal buttonHeight = 44;
    qreal buttonPaddingX = 16; // the label and its icon never come closer to the button's edges
    qreal iconSize = 18;       // a button's icon
    qreal buttonIconGap = 8;   // between the icon and the label
    qreal separatorWidth = 1;

    // A carousel's cards, under the body's bubble
    qreal cardWidth = 236;
    qreal cardMinWidth = 120;
    qreal cardPeek = 24;         // how much of the next card a narrow screen still shows
    qreal cardGap = 8;           // between two cards
    qreal cardsTopGap = 6;       // between the body's bubble and the cards
    qreal cardMediaAspect = 1.3; // width / height of a card's picture
    qreal cardPaddingX = 9;
    qreal cardTextPaddingY = 7; // above and below a card's text
    qreal productPriceGap = 2;  // between a product card's name and its price

    // The list sheet
    qreal sheetRadius = 14;
    qreal sheetTopBarHeight = 56;
    qreal sheetCloseOutdent = 4;     // the close button's box starts this far left of the rows' text
    qreal sheetCloseTouchMargin = 8; // taps this close around the close button still close the sheet
    qreal sheetTitleGap = 8;         // between the close button and the title
    qreal sheetRowPaddingY = 12;
    qreal sheetPaddingX = 20;
    qreal sheetRowMinTextWidth = 40;
    qreal sheetRowDescriptionGap = 2; // between a row's title and its description
    qreal sheetSectionTitleHeight = 36;
    qreal sheetSendHeight = 72;   // the area at the bottom that holds the send button
    qreal sheetSendPaddingY = 14; // above and below the send button in that area
    qreal sheetMaxHeightRatio = 0.85;
    qreal radioSize = 20;
    qreal radioGap = 16; // between a row's text and its radio button
    qreal radioLineWidth = 2;
    qreal radioDotInset = 5; // between the radio button's box and its dot when checked

    // Placeholders: chips as written, outlines where a variable has no value
    qreal placeholderRadius = 4;
    qreal placeholderOutsetX = 1;
    qreal placeholderOutlineWidth = 1.5;

    // What WhatsApp would refuse, outlined in the error colour
    qreal outlineWidth = 2;
    qreal outlineOutsetX = 2; // the outline stands this far outside the part it marks
    qreal outlineOutsetY = 1;
    qreal outlineRadius = 4;
    qreal buttonOutlineInset = 2; // a button's outline sits inside the button
    qreal sheetRowOutlineInsetX = 4;
    qreal sheetRowOutlineInsetY = 2;
};

} // namespace wa
