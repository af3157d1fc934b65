#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace wa {

class DraftLibrary;

// One line over the window while the team library's server is away: since when, that the message is safe on
// this computer, and Try Now. Hidden while the library answers; the library itself keeps trying.
class LibraryStatusLine : public QFrame
{
    Q_OBJECT
public:
    explicit LibraryStatusLine(DraftLibrary& library, QWidget* parent = nullptr);

private:
    void showState();

    DraftLibrary& m_library;
    QLabel* m_text;
    QPushButton* m_tryNow;
};

} // namespace wa
