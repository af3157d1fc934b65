#include "FileDialogs.h"

#include <QFileDialog>

namespace wa {

QString FileDialogs::openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QStringList FileDialogs::openFiles(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggested,
                              const QString& filters, QString* chosenFilter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filters, chosenFilter);
}

QString FileDialogs::folder(QWidget* parent, const QString& caption)
{
    return QFileDialog::getExistingDirectory(parent, caption);
}

} // namespace wa
