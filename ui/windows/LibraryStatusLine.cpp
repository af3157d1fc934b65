#include "LibraryStatusLine.h"

#include "drafts/DraftLibrary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace wa {

LibraryStatusLine::LibraryStatusLine(DraftLibrary& library, QWidget* parent)
    : QFrame(parent), m_library(library), m_text(new QLabel(this)),
      m_tryNow(new QPushButton(tr("Try Now"), this))
{
    setObjectName(QStringLiteral("libraryStatusLine"));
    m_text->setObjectName(QStringLiteral("libraryStatusText"));
    m_tryNow->setObjectName(QStringLiteral("libraryTryNow"));
    // The platform's colours for a passing notice, as tooltips have them.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_tryNow);
    connect(m_tryNow, &QPushButton::clicked, this, [this] {
        m_tryNow->setEnabled(false); // until this try answers
        m_library.reconnectNow();
    });
    connect(&m_library, &DraftLibrary::reachabilityChanged, this, &LibraryStatusLine::showState);
    showState();
}

void LibraryStatusLine::showState()
{
    setVisible(!m_library.isReachable());
    m_tryNow->setEnabled(true);
    if (m_library.isReachable())
        return;
    const QString since =
        QLocale().toString(m_library.awaySince().toLocalTime().time(), QLocale::ShortFormat);
    m_text->setText(tr("The team library is out of reach since %1. Your message is kept on this computer; "
                       "wa-composer reconnects by itself.")
                        .arg(since));
    m_text->setToolTip(m_library.whyAway());
}

} // namespace wa
