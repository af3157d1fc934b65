#include "Warnings.h"

#include <QMessageBox>

namespace wa {

void showWarning(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                 const QStringList& details)
{
    constexpr qsizetype ShownDetails = 6;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    if (!details.isEmpty()) {
        box->setInformativeText(details.mid(0, ShownDetails).join(u'\n'));
        box->setDetailedText(details.join(u'\n'));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace wa
