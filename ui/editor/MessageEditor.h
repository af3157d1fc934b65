#pragma once

#include "message/InteractiveMessage.h"
#include "message/Validator.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace wa {

class MessageDocument;
class CarouselEditor;
class DraftSession;
class FlowEditor;
class ListActionEditor;
class ProductListEditor;
class ReplyButtonsEditor;
class SimpleActionEditor;
class TextField;

// The form: the type, one editor per part of the message, and the list of every issue. Editors edit the
// document; on every change the form redraws from it and marks each field's issue.
class MessageEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MessageEditor(MessageDocument* document, QWidget* parent = nullptr);

    static QString typeLabel(MessageType type); // "Reply buttons", "List" ...

    // The field an issue at this path belongs to (the exact field, or the first one inside it), among those
    // built: a list section out of sight may still be waiting (ListActionEditor).
    TextField* fieldFor(const QString& issuePath) const;
    const QList<ValidationIssue>& issues() const { return m_issues; }
    // The default country of Settings, for what depends on where the customer is (address requests).
    void setDefaultRegion(const QString& region);
    // Warnings from outside the validator, listed after its issues: what the preview found loading the
    // message's pictures (MessageMedia::warnings()).
    void setMediaWarnings(const QList<ValidationIssue>& warnings);
    // The open draft's session: the product editors show and change its preview-only product details
    // through it. Without one they are not offered.
    void setDraftSession(DraftSession* session);

signals:
    // After a type switch, what could not be kept (one sentence each).
    void partsDropped(const QStringList& parts);

private:
    void showDocument();
    void showIssues();
    void focusIssue(QListWidgetItem* item);
    struct FieldPlace
    {
        QString path; // where its issues are reported
        TextField* field;
    };
    QList<TextField*> allFields() const;
    QList<FieldPlace> fieldPlaces() const;
    static TextField* fieldFor(const QString& issuePath, const QList<FieldPlace>& places);
    QString mediaPath() const;

    MessageDocument* m_document;
    QFormLayout* m_form;
    QComboBox* m_type;
    QComboBox* m_headerKind;
    TextField* m_headerText;
    QComboBox* m_mediaSource;
    TextField* m_media;
    TextField* m_filename;
    TextField* m_body;
    TextField* m_footer;
    // The action editors are made the first time a message needs one: a window opened on a list builds no
    // carousel, flow or address form before its first frame.
    template <typename Editor> Editor* actionEditor(Editor*& editor);
    QVBoxLayout* m_actionEditors;
    ReplyButtonsEditor* m_buttons = nullptr;
    ListActionEditor* m_list = nullptr;
    FlowEditor* m_flow = nullptr;
    ProductListEditor* m_products = nullptr;
    CarouselEditor* m_carousel = nullptr;
    SimpleActionEditor* m_simpleAction = nullptr;
    DraftSession* m_session = nullptr;
    QString m_defaultRegion;
    QLabel* m_actionPending;
    QListWidget* m_issueList;
    QList<ValidationIssue> m_issues;
    QList<ValidationIssue> m_mediaWarnings;
    std::optional<std::pair<MessageType, HeaderKind>> m_headerKindsShownFor;
};

} // namespace wa
