#include "DraftComparisonDialog.h"

#include "drafts/Draft.h"
#include "message/MessageJson.h"
#include "message/Validator.h"
#include "preview/PreviewWidget.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace wa {

DraftComparisonDialog::DraftComparisonDialog(const Draft& theirs, const InteractiveMessage& yours,
                                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("draftComparison"));
    setWindowTitle(tr("“%1”: theirs and yours").arg(theirs.name));
    const QString when = QLocale().toString(theirs.updatedAt.toLocalTime(), QLocale::ShortFormat);
    auto* theirsLabel =
        new QLabel(theirs.updatedBy.isEmpty() ? tr("Saved elsewhere at %1").arg(when)
                                              : tr("Saved by %1 at %2").arg(theirs.updatedBy, when),
                   this);
    auto* yoursLabel = new QLabel(tr("Yours, not saved"), this);
    auto* theirsPreview = new PreviewWidget(this);
    theirsPreview->setObjectName(QStringLiteral("comparisonTheirs"));
    auto* yoursPreview = new PreviewWidget(this);
    yoursPreview->setObjectName(QStringLiteral("comparisonYours"));

    const MessageParseResult parsed = MessageJson::fromJson(theirs.payload);
    if (parsed.message)
        theirsPreview->setMessage(*parsed.message, Validator::check(*parsed.message));
    else
        theirsLabel->setText(tr("Their message cannot be shown: it is not a message wa-composer can read."));
    yoursPreview->setMessage(yours, Validator::check(yours));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QGridLayout(this);
    layout->addWidget(theirsLabel, 0, 0);
    layout->addWidget(yoursLabel, 0, 1);
    layout->addWidget(theirsPreview, 1, 0);
    layout->addWidget(yoursPreview, 1, 1);
    layout->addWidget(buttons, 2, 0, 1, 2);
}

} // namespace wa
