#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>

namespace wa {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("wa-composer"));
    auto* placeholder =
        new QLabel(tr("The composer is being built.\n"
                      "Meanwhile, 'wa-composer validate FILE' checks a message from the command line."),
                   this);
    placeholder->setObjectName(QStringLiteral("composerPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createActions();
    resize(960, 640);
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
}

} // namespace wa
