#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace wa {

// The questions whose answer is a file or a folder, asked through one object: the window and the drafts
// panel are given it, main() gives them the system's dialogs and tests give them their answers. (Message
// boxes need no such seam: they open window-modal with an object name, and tests click them.)
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;

    // Each returns an empty answer when the agent cancels.
    virtual QString openFile(QWidget* parent, const QString& caption, const QString& filter);
    virtual QStringList openFiles(QWidget* parent, const QString& caption, const QString& filter);
    // `filters` separated by ";;" as QFileDialog takes them; *chosenFilter starts as the one offered first
    // and ends as the one chosen.
    virtual QString saveFile(QWidget* parent, const QString& caption, const QString& suggested,
                             const QString& filters, QString* chosenFilter = nullptr);
    virtual QString folder(QWidget* parent, const QString& caption);
};

} // namespace wa
