#include "PreviewWidget.h"

#include "PreviewPainter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace wa {

namespace {

// Qt 6.4 has no colour-scheme hint: a dark window colour is what "the system is dark" looks like.
PreviewTheme::Kind systemThemeKind(const QWidget& widget)
{
    return widget.palette().color(QPalette::Window).lightness() < 128 ? PreviewTheme::Kind::Dark
                                                                      : PreviewTheme::Kind::Light;
}

// The loading band's steps: smooth enough to read as motion, cheap enough to leave typing alone.
constexpr std::chrono::milliseconds ShimmerFrame(40);
constexpr qreal ShimmerStep = 0.03; // of a crossing: about 1.3 s from edge to edge

template <typename Item> const Item* itemAt(const QList<Item>& items, QPointF point)
{
    for (const Item& item : items) {
        if (item.rect.contains(point))
            return &item;
    }
    return nullptr;
}

} // namespace

PreviewWidget::PreviewWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("preview"));
    setAccessibleName(tr("WhatsApp preview"));
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // the wallpaper covers every pixel
    m_input.businessName = tr("Your business");
    m_input.message.action = InteractiveMessage::emptyAction(MessageType::Button);
    m_shimmer = new QTimer(this);
    m_shimmer->setInterval(ShimmerFrame);
    connect(m_shimmer, &QTimer::timeout, this, &PreviewWidget::moveShimmer);
    applyTheme();
}

void PreviewWidget::setMedia(const QHash<QString, MediaResult>& media)
{
    m_input.media = media;
    relayout();
}

void PreviewWidget::setMessage(const InteractiveMessage& message, const QList<ValidationIssue>& issues)
{
    if (message.type() != MessageType::List)
        setSheetOpen(false); // the list it showed is gone
    if (message.type() != m_input.message.type())
        m_input.cardsScroll = 0;
    m_input.message = message;
    m_input.issues = issues;
    if (const auto* list = message.actionAs<ListAction>(); list && m_input.selectedRow >= list->rowCount())
        m_input.selectedRow = -1;
    relayoutChat();
}

void PreviewWidget::showFromTheTop()
{
    setSheetOpen(false);
    m_input.chatScroll = 0;
    m_input.cardsScroll = 0;
    m_input.bodyExpanded = false;
    relayout();
}

void PreviewWidget::setBusinessName(const QString& name)
{
    m_input.businessName = name;
    relayout();
}

void PreviewWidget::setTime(const QString& time)
{
    if (m_input.time == time)
        return;
    m_input.time = time;
    relayout();
}

void PreviewWidget::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    applyTheme();
}

void PreviewWidget::applyTheme()
{
    const PreviewTheme::Kind kind = m_themeChoice == ThemeChoice::Dark    ? PreviewTheme::Kind::Dark
                                    : m_themeChoice == ThemeChoice::Light ? PreviewTheme::Kind::Light
                                                                          : systemThemeKind(*this);
    if (kind == m_layout.theme().kind)
        return;
    m_layout.setTheme(PreviewTheme::forKind(kind));
    relayout();
}

void PreviewWidget::setSheetOpen(bool open)
{
    open = open && m_input.message.type() == MessageType::List;
    if (open == m_input.sheetOpen)
        return;
    m_input.sheetOpen = open;
    m_input.sheetScroll = 0;
    if (!open)
        m_input.selectedRow = -1;
    relayout();
    emit sheetOpenChanged(open);
}

// Laid out when next painted or asked about, not on every change: keystrokes that arrive within one frame
// cost one layout, and typing in the form never waits for the preview.
void PreviewWidget::relayout()
{
    m_laidOut = false;
    update();
}

void PreviewWidget::relayoutChat()
{
    // The chat's place is known from the last layout, when nothing covers it; else all is painted again.
    const bool chatAlone = m_laidOut && !m_scene.sheet && m_scene.size == screenRect().size();
    const QRect chat = mapFromScene(m_scene.chatViewport);
    m_laidOut = false;
    if (chatAlone)
        update(chat);
    else
        update();
}

const PreviewScene& PreviewWidget::scene() const
{
    // A hidden widget is resized without a resize event: the size is checked too.
    const QSizeF screen = screenRect().size();
    if (!m_laidOut || m_scene.size != screen || m_scene.devicePixelRatio != devicePixelRatioF()) {
        m_scene = m_layout.layout(m_input, screen, devicePixelRatioF());
        m_laidOut = true;
    }
    return m_scene;
}

// The band moves only while something shown loads, and only while the preview can be seen.
void PreviewWidget::followLoading()
{
    const bool loading = isVisible() && !window()->isMinimized() && width() > 0 && scene().mediaLoading;
    if (loading && !m_shimmer->isActive())
        m_shimmer->start();
    else if (!loading)
        m_shimmer->stop();
}

void PreviewWidget::moveShimmer()
{
    m_input.shimmerPhase = std::fmod(m_input.shimmerPhase + ShimmerStep, 1.0);
    // Only the phase changed: the scene stays, and only the pictures are painted again.
    m_scene.shimmerPhase = m_input.shimmerPhase;
    if (m_scene.media && m_scene.media->look == PreviewMedia::Look::Loading)
        update(mapFromScene(m_scene.media->rect));
    for (const PreviewCard& card : m_scene.cards)
        if (card.media && card.media->look == PreviewMedia::Look::Loading)
            update(mapFromScene(card.media->rect).intersected(rect()));
    followLoading();
}

QImage PreviewWidget::renderImage(qreal devicePixelRatio) const
{
    const QSize screen = screenRect().size().toSize();
    QImage image(screen * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    // Laid out again when the ratio differs from the screen's, so that pictures are sharp in the image.
    const PreviewScene* shown = &scene();
    PreviewScene sharper;
    if (devicePixelRatio != shown->devicePixelRatio) {
        sharper = m_layout.layout(m_input, screen, devicePixelRatio);
        shown = &sharper;
    }
    PreviewPainter::paint(painter, *shown, m_layout.theme());
    return image;
}

QRectF PreviewWidget::screenRect() const
{
    const qreal width = std::min<qreal>(this->width(), m_layout.theme().phoneWidth(m_phoneSize));
    return QRectF(std::floor((this->width() - width) / 2), 0, width, height());
}

void PreviewWidget::setPhoneSize(PhoneSize size)
{
    if (size == m_phoneSize)
        return;
    m_phoneSize = size;
    relayout();
}

void PreviewWidget::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    const QRectF screen = screenRect();
    if (screen.width() < width()) {
        painter.fillRect(QRectF(0, 0, screen.left(), height()), m_layout.theme().surround);
        painter.fillRect(QRectF(screen.right(), 0, width() - screen.right(), height()),
                         m_layout.theme().surround);
    }
    painter.translate(screen.topLeft());
    // What this paint covers, in the phone's coordinates: the painter leaves out what lies outside it.
    painter.setClipRect(QRectF(QPointF(0, 0), screen.size())
                            .intersected(QRectF(event->rect()).translated(-screen.topLeft())));
    PreviewPainter::paint(painter, scene(), m_layout.theme());
    followLoading();
}

void PreviewWidget::resizeEvent(QResizeEvent*)
{
    relayout();
}

void PreviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void PreviewWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const PreviewScene& current = scene();
    const PreviewHit hit = PreviewLayout::hitTest(current, mapToScene(event->position()));
    switch (hit.kind) {
    case PreviewHit::Kind::Button:
        if (current.buttons[hit.index].role == PreviewButton::Role::OpenList)
            setSheetOpen(true);
        break;
    case PreviewHit::Kind::ReadMore:
        m_input.bodyExpanded = true;
        relayout();
        break;
    case PreviewHit::Kind::SheetRow:
        m_input.selectedRow = hit.index;
        relayout();
        break;
    case PreviewHit::Kind::SheetSend:
        if (current.sheet && current.sheet->sendEnabled)
            setSheetOpen(false);
        break;
    case PreviewHit::Kind::SheetClose:
    case PreviewHit::Kind::SheetOutside:
        setSheetOpen(false);
        break;
    case PreviewHit::Kind::SheetBody:
    case PreviewHit::Kind::Nothing:
        break;
    }
}

void PreviewWidget::mouseMoveEvent(QMouseEvent* event)
{
    const PreviewScene& current = scene();
    const PreviewHit hit = PreviewLayout::hitTest(current, mapToScene(event->position()));
    const bool tappable = hit.kind == PreviewHit::Kind::Button || hit.kind == PreviewHit::Kind::ReadMore ||
                          hit.kind == PreviewHit::Kind::SheetRow ||
                          hit.kind == PreviewHit::Kind::SheetClose ||
                          (hit.kind == PreviewHit::Kind::SheetSend && current.sheet->sendEnabled);
    setCursor(tappable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void PreviewWidget::wheelEvent(QWheelEvent* event)
{
    const qreal delta = -event->angleDelta().y() / 120.0 * 48;
    const PreviewScene& current = scene();
    // Over a carousel's cards, a sideways wheel (or Shift with the wheel) swipes through them.
    const QPoint sideways = event->angleDelta();
    const bool overCards = !m_input.sheetOpen && current.cardsStrip.contains(mapToScene(event->position()));
    if (overCards && (sideways.x() != 0 || event->modifiers() & Qt::ShiftModifier)) {
        const int step = sideways.x() != 0 ? sideways.x() : sideways.y();
        m_input.cardsScroll = current.cardsScroll - step / 120.0 * 48;
        relayout();
        event->accept();
        return;
    }
    // From where the last layout clamped the scroll to, so scrolling past the end and back is not sticky.
    if (m_input.sheetOpen)
        m_input.sheetScroll = scene().sheet->scroll + delta;
    else
        m_input.chatScroll = scene().chatScroll + delta;
    relayout();
    event->accept();
}

void PreviewWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_input.sheetOpen) {
        setSheetOpen(false);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PreviewWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(mapToScene(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

const PreviewMedia* PreviewWidget::mediaAt(QPointF point) const
{
    const PreviewScene& current = scene();
    if (current.sheet || !current.chatViewport.contains(point))
        return nullptr;
    if (current.media && current.media->rect.contains(point))
        return &*current.media;
    for (const PreviewCard& card : current.cards)
        if (card.media && card.media->rect.contains(point))
            return &*card.media;
    return nullptr;
}

void PreviewWidget::contextMenuEvent(QContextMenuEvent* event)
{
    const PreviewMedia* media = mediaAt(mapToScene(event->pos()));
    // Pictures only: a document's link is probed, never shown, and a product's picture is the draft's own.
    if (!media || media->link.isEmpty() || media->kind == HeaderKind::Document || media->previewOnly)
        return QWidget::contextMenuEvent(event);
    const QString link = media->link;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("previewPictureMenu"));
    QAction* choose = menu.addAction(tr("Show a Local Picture Instead…"));
    choose->setObjectName(QStringLiteral("actionStandIn"));
    choose->setToolTip(tr("For composing offline: the preview shows the picture you choose; the message "
                          "still sends the link."));
    connect(choose, &QAction::triggered, this, [this, link] { emit standInRequested(link); });
    if (media->standIn) {
        QAction* dismiss = menu.addAction(tr("Show the Link's Picture"));
        dismiss->setObjectName(QStringLiteral("actionDismissStandIn"));
        connect(dismiss, &QAction::triggered, this, [this, link] { emit standInDismissed(link); });
    }
    menu.exec(event->globalPos());
}

QString PreviewWidget::toolTipAt(QPointF point) const
{
    QStringList lines;
    const PreviewScene& current = scene();
    if (const PreviewMedia* media = mediaAt(point); media && !media->problem.isEmpty())
        lines.append(media->problem);
    // Only what can be seen: outlines scrolled out of the chat, or behind the sheet, say nothing.
    const QRectF visible = current.sheet ? current.sheet->rowsViewport : current.chatViewport;
    const QList<PreviewOutline>& outlines = current.sheet ? current.sheet->outlines : current.outlines;
    if (const PreviewOutline* outline = visible.contains(point) ? itemAt(outlines, point) : nullptr)
        lines.append(outline->message);
    const PreviewHit hit = PreviewLayout::hitTest(current, point);
    if (hit.kind == PreviewHit::Kind::Button && !current.buttons[hit.index].detail.isEmpty())
        lines.prepend(current.buttons[hit.index].detail);
    else if (hit.kind == PreviewHit::Kind::SheetRow)
        lines.prepend(tr("Row id: %1").arg(current.sheet->rows[hit.index].id));
    return lines.join(u'\n');
}

} // namespace wa
