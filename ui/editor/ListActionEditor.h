#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QFrame;
class QPushButton;
class QVBoxLayout;

namespace wa {

class MessageDocument;
class TextField;
struct ListAction;

// A list message's action: the button label, and sections of rows (id, title, description). Add, remove
// and reorder rows, also across sections: moving the first row of a section up puts it at the end of the
// section above.
//
// The first sections are built at once; until the editor has been painted, the others wait in empty frames of
// their estimated height and are built when they come into view or once the first frame is shown (issue 21:
// the largest list's ten sections are a tenth of the window's start, and three fill a form). Their fields
// join fields() then, and fieldsAdded() says so.
class ListActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ListActionEditor(MessageDocument* document, QWidget* parent = nullptr);

    void show(const ListAction& action);
    // The fields built so far; ensureBuilt() builds every section still waiting.
    QList<TextField*> fields() const;
    void ensureBuilt();

    // Where a row dropped at pos (in this widget's coordinates) goes: section and index there.
    std::optional<std::pair<qsizetype, qsizetype>> dropTarget(const QPoint& pos) const;

signals:
    void fieldsAdded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    using Change = std::function<void(ListAction&)>;
    void editList(const QString& description, const Change& change, const QString& mergeKey = {});
    void rebuild(const ListAction& action);
    void buildSection(const ListAction& action, qsizetype s);
    void buildPending(const std::function<bool(qsizetype)>& which);
    struct SectionHeights
    {
        int frame; // a section with no rows
        int row;   // and each row more
    };
    SectionHeights measureFirstSection() const;
    bool hasWaitingSections() const;
    void fillSection(const ListAction& action, qsizetype s);
    void updateAddButtons(const ListAction& action);
    void chainTabs();
    QWidget* rowWidget(const ListAction& action, qsizetype s, qsizetype r);
    TextField* addField(QWidget* parent, const QString& path, int limit, const QString& placeholder,
                        const std::function<void(ListAction&, const QString&)>& apply);

    // Sections built first, whatever the window: what a form shows at the window's usual size.
    static constexpr qsizetype SectionsBuiltAtOnce = 3;

    struct Section
    {
        QFrame* frame = nullptr;
        QPushButton* addRow = nullptr; // null while the section waits to be built
        QList<TextField*> fields;      // its title, then per row its title, id and description
        QList<QWidget*> rows;
        QList<QWidget*> tabChain; // its focusable widgets, in reading order
        bool isBuilt() const { return addRow != nullptr; }
    };

    MessageDocument* m_document;
    TextField* m_button;
    QVBoxLayout* m_sectionsLayout;
    QPushButton* m_addSection;
    QList<Section> m_sections;
    QList<qsizetype> m_shape; // rows per section, as built
    bool m_painted = false;   // once painted, every section is built at once
    bool m_pendingBuildQueued = false;
    QPoint m_dragStart;
};

} // namespace wa
