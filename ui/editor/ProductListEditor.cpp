#include "ProductListEditor.h"

#include "ProductLookEditor.h"
#include "TextField.h"
#include "WidgetDisposal.h"
#include "message/Limits.h"
#include "message/MessageDocument.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace wa {

namespace {
QStringList idsFromLines(const QString& text)
{
    QStringList ids = text.split(u'\n');
    // A trailing newline while typing is not a product yet.
    while (!ids.isEmpty() && ids.last().isEmpty())
        ids.removeLast();
    return ids;
}
} // namespace

ProductListEditor::ProductListEditor(MessageDocument* document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("productListEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* catalogRow = new QHBoxLayout;
    catalogRow->addWidget(new QLabel(tr("Catalog id"), this));
    m_catalog = new TextField(QStringLiteral("action.catalog_id"), 0, TextField::Lines::One, this);
    m_catalog->setPlaceholder(tr("From Commerce Manager"));
    connect(m_catalog, &TextField::edited, this, [this](const QString& text) {
        editProducts(
            tr("Edit catalog id"), [&](ProductListAction& a) { a.catalogId = text; }, m_catalog->path());
    });
    catalogRow->addWidget(m_catalog, 1);
    layout->addLayout(catalogRow);
    m_sections = new QVBoxLayout;
    layout->addLayout(m_sections);
    m_addSection = new QPushButton(tr("Add section"), this);
    m_addSection->setObjectName(QStringLiteral("addProductSection"));
    connect(m_addSection, &QPushButton::clicked, this, [this] {
        editProducts(tr("Add section"), [](ProductListAction& a) {
            a.sections.append({tr("Section %1").arg(a.sections.size() + 1), {}});
        });
    });
    layout->addWidget(m_addSection, 0, Qt::AlignLeft);
    m_looks = new ProductLookEditor(QStringLiteral("productLooks.productList"), this);
    layout->addWidget(m_looks);
}

void ProductListEditor::setDraftSession(DraftSession* session)
{
    m_looks->setSession(session);
}

QList<TextField*> ProductListEditor::fields() const
{
    return m_sectionFields + QList<TextField*>{m_catalog};
}

void ProductListEditor::editProducts(const QString& description,
                                     const std::function<void(ProductListAction&)>& change,
                                     const QString& mergeKey)
{
    m_document->editAction<ProductListAction>(description, change, mergeKey);
}

void ProductListEditor::rebuild(qsizetype sections)
{
    discardLater(m_sectionWidgets);
    m_sectionWidgets.clear();
    m_sectionFields.clear();
    for (qsizetype s = 0; s < sections; ++s) {
        const QString base = QStringLiteral("action.sections[%1]").arg(s);
        auto* section = new QFrame(this);
        section->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(section);
        auto* header = new QHBoxLayout;
        auto* title = new TextField(base + QStringLiteral(".title"), Limits::ProductSectionTitleMax,
                                    TextField::Lines::One, section);
        title->setPlaceholder(tr("Section title"));
        connect(title, &TextField::edited, this, [this, s, path = title->path()](const QString& text) {
            editProducts(
                tr("Edit section title"),
                [&](ProductListAction& a) {
                    if (s < a.sections.size())
                        a.sections[s].title = text;
                },
                path);
        });
        auto* remove = new QToolButton(section);
        remove->setObjectName(base + QStringLiteral(".remove"));
        remove->setText(tr("Remove section"));
        connect(remove, &QToolButton::clicked, this, [this, s] {
            editProducts(tr("Remove section"), [s](ProductListAction& a) { a.sections.removeAt(s); });
        });
        header->addWidget(title, 1);
        header->addWidget(remove);
        layout->addLayout(header);
        auto* items =
            new TextField(base + QStringLiteral(".product_items"), 0, TextField::Lines::Many, section);
        items->setPlaceholder(tr("Product retailer ids (SKUs), one per line"));
        connect(items, &TextField::edited, this, [this, s, path = items->path()](const QString& text) {
            const QStringList ids = idsFromLines(text);
            editProducts(
                tr("Edit products"),
                [&](ProductListAction& a) {
                    if (s < a.sections.size())
                        a.sections[s].productRetailerIds = ids;
                },
                path);
        });
        layout->addWidget(items);
        m_sections->addWidget(section);
        m_sectionWidgets.append(section);
        m_sectionFields << title << items;
    }
}

void ProductListEditor::show(const ProductListAction& action)
{
    if (m_sectionWidgets.size() != action.sections.size())
        rebuild(action.sections.size());
    m_catalog->setText(action.catalogId);
    for (qsizetype s = 0; s < action.sections.size(); ++s) {
        m_sectionFields[2 * s]->setText(action.sections[s].title);
        TextField* items = m_sectionFields[2 * s + 1];
        // Keep a trailing newline the agent just typed: it means the same ids.
        if (idsFromLines(items->text()) != action.sections[s].productRetailerIds)
            items->setText(action.sections[s].productRetailerIds.join(u'\n'));
    }
    QStringList ids;
    for (const ProductSection& section : action.sections)
        ids += section.productRetailerIds;
    m_looks->showProducts(ids);
    const bool full = action.sections.size() >= Limits::ProductSectionsMax;
    m_addSection->setEnabled(!full);
    m_addSection->setToolTip(
        full ? tr("A product list holds at most %1 sections.").arg(Limits::ProductSectionsMax)
             : tr("Add a section"));
}

} // namespace wa
