#pragma once

#include "settings/ThemeChoice.h"

#include "PreviewLayout.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace wa {

// The customer's phone: paints the laid-out message and answers taps like the phone does (the list
// button opens the list sheet; outside it, its close button or Escape closes it). Hovering a button
// shows its id; hovering an outlined part shows why WhatsApp would refuse it.
class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    using ThemeChoice = wa::ThemeChoice;

    explicit PreviewWidget(QWidget* parent = nullptr);

    void setMessage(const InteractiveMessage& message, const QList<ValidationIssue>& issues);
    // Call before setMessage(): the next layout shows them.
    void setPlaceholderMarks(const PlaceholderMarks& marks) { m_input.placeholders = marks; }
    // Another message was opened: as the phone shows a new message, scrolled to its top, its body collapsed.
    void showFromTheTop();
    // The draft's preview-only product details; call before setMessage(), like the marks.
    void setProductLooks(const ProductLooks& looks) { m_input.productLooks = looks; }
    void setBusinessName(const QString& name);
    void setTime(const QString& time);
    // What is known of the image links shown (MessageMedia::results()).
    void setMedia(const QHash<QString, MediaResult>& media);
    void setThemeChoice(ThemeChoice choice);
    ThemeChoice themeChoice() const { return m_themeChoice; }
    PreviewTheme::Kind themeKind() const { return m_layout.theme().kind; }

    // The phone's width; the screen is centred in the widget, and narrower when the widget is.
    void setPhoneSize(PhoneSize size);
    PhoneSize phoneSize() const { return m_phoneSize; }
    // Where the phone's screen is in the widget: the scene's coordinates are the screen's.
    QRectF screenRect() const;
    QPointF mapFromScene(QPointF point) const { return point + screenRect().topLeft(); }
    QRect mapFromScene(const QRectF& rect) const
    {
        return rect.translated(screenRect().topLeft()).toAlignedRect();
    }
    QPointF mapToScene(QPointF point) const { return point - screenRect().topLeft(); }

    bool isSheetOpen() const { return m_input.sheetOpen; }
    void setSheetOpen(bool open);

    const PreviewScene& scene() const; // laid out for the current message and screen
    // The phone's screen as an image of its current size, at the given device pixel ratio (2 for a sharp
    // PNG).
    QImage renderImage(qreal devicePixelRatio) const;

    QSize sizeHint() const override { return {380, 640}; }
    QSize minimumSizeHint() const override { return {320, 360}; }

signals:
    void sheetOpenChanged(bool open);
    // From the picture's context menu: a local picture to stand in for the link, or no longer.
    void standInRequested(const QString& link);
    void standInDismissed(const QString& link);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void relayout();
    // A change inside the chat (the message, its issues): the top bar and the composer keep their pixels.
    void relayoutChat();
    void applyTheme();
    QString toolTipAt(QPointF point) const;
    const PreviewMedia* mediaAt(QPointF point) const;
    void followLoading();
    void moveShimmer();

    ThemeChoice m_themeChoice = ThemeChoice::System;
    PhoneSize m_phoneSize = PhoneSize::Typical;
    mutable PreviewLayout m_layout;
    PreviewInput m_input;
    mutable PreviewScene m_scene;
    mutable bool m_laidOut = false;
    QTimer* m_shimmer = nullptr; // runs while a picture shown is loading
};

} // namespace wa
