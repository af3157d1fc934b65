#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QPushButton;
class QVBoxLayout;

namespace wa {

class MessageDocument;
class TextField;
struct ListAction;

// A list message's action: the button label, and sections of rows (id, title, description). Add, remove
// and reorder rows, also across sections: moving the first row of a section up puts it at the end of the
// section above.
class ListActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ListActionEditor(MessageDocument* document, QWidget* parent = nullptr);

    void show(const ListAction& action);
    QList<TextField*> fields() const;

    // Where a row dropped at pos (in this widget's coordinates) goes: section and index there.
    std::optional<std::pair<qsizetype, qsizetype>> dropTarget(const QPoint& pos) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    using Change = std::function<void(ListAction&)>;
    void editList(const QString& description, const Change& change, const QString& mergeKey = {});
    void rebuild(const ListAction& action);
    QWidget* sectionWidget(const ListAction& action, qsizetype s);
    QWidget* rowWidget(const ListAction& action, qsizetype s, qsizetype r);
    TextField* addField(QWidget* parent, const QString& path, int limit, const QString& placeholder,
                        const std::function<void(ListAction&, const QString&)>& apply);

    MessageDocument* m_document;
    TextField* m_button;
    QVBoxLayout* m_sections;
    QPushButton* m_addSection;
    QList<QWidget*> m_sectionWidgets;
    QList<QPushButton*> m_addRowButtons;
    QList<qsizetype> m_shape; // rows per section, as built
    QList<TextField*> m_fields;
    QList<QWidget*> m_tabChain;          // the sections' focusable widgets, in reading order
    QList<QList<QWidget*>> m_rowWidgets; // per section, its rows' widgets
    QPoint m_dragStart;
};

} // namespace wa
