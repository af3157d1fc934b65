#pragma once

#include <QMainWindow>

namespace wa {

// The composer window. For now it frames the app: the form, preview and JSON pane arrive with their issues.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void createActions();
};

} // namespace wa
