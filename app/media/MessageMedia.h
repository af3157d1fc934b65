#pragma once

#include "MediaResult.h"

#include "drafts/ProductLook.h"

#include "message/InteractiveMessage.h"
#include "message/Validator.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace wa {

class MediaLoader;

// The pictures one message's preview shows (its image header, its carousel cards' image headers, and the
// pictures the draft's preview-only product looks give its single product or product cards), loaded
// through the MediaLoader, and what the customer's phone will make of each; a document header's link is
// probed for its size and whether it answers. A link is asked for only once the
// agent has stopped typing it (settleDelay), never while it still holds a {{placeholder}}, and never when a
// local picture stands in for it. Results are kept by the link as written in the message.
class MessageMedia : public QObject
{
    Q_OBJECT
public:
    // Long enough that "https://exa" is not looked up on the way to "https://example.com/a.jpg".
    static constexpr std::chrono::milliseconds DefaultSettleDelay = std::chrono::milliseconds(600);

    // An image link of a message, and where it is in the payload ("action.cards[1].header.image.link"); or a
    // product look's picture, which is in no payload ("preview.products[SKU-1].image", previewOnly).
    struct Link
    {
        QString path;
        QString link;
        bool document = false;    // only probed (an HTTP HEAD): its size, and whether it answers
        bool previewOnly = false; // the customer's phone never loads it: no warning is said about it
        friend bool operator==(const Link&, const Link&) = default;
    };
    // The image links the preview of message shows, in the payload's order, then the pictures of the product
    // looks of the products it shows (a single product, product cards); links with placeholders left out.
    static QList<Link> imageLinks(const InteractiveMessage& message, const ProductLooks& looks = {});
    // The document header's link, likewise.
    static QList<Link> documentLinks(const InteractiveMessage& message);

    // A link's key among the stand-ins: the link without its query (which may be a signature) or fragment.
    static QString standInKey(const QString& link);
    // A link to a domain reserved for examples (example.com, *.test ...): shown as a placeholder (unless a
    // local picture stands in for it), never asked.
    static bool isReservedForExamples(const QString& link);

    explicit MessageMedia(MediaLoader& loader, QObject* parent = nullptr);

    void setSettleDelay(std::chrono::milliseconds delay) { m_settle.setInterval(delay); }

    // The message now shown: its links are looked up once settled; those it no longer has are forgotten.
    void show(const InteractiveMessage& message, const ProductLooks& looks = {});
    // Asks at once for what show() was waiting to ask (a screenshot does not wait for typing to stop).
    void settleNow();

    // Local pictures shown in place of links' (standInKey(link) -> file), in the preview only: never sent,
    // and a link with one is never asked for. A file that cannot be read shows as a failure that says so.
    void setStandIns(const QHash<QString, QString>& files);
    const QHash<QString, QString>& standIns() const { return m_standInFiles; }

    // What is known of each link shown: Loading until its answer (and while it settles).
    const QHash<QString, MediaResult>& results() const { return m_results; }
    // The links of the message that failed, as warnings at their paths ("The customer's phone will not be
    // able to load ..."). A product look's picture that failed is no warning: the customer never loads it
    // (the preview's tooltip says why it is not shown).
    QList<ValidationIssue> warnings() const;
    // Nothing shown is waiting for an answer.
    bool isSettled() const;

signals:
    void changed();
    // Every link shown has its answer (emitted after changed()).
    void settled();

private:
    void refresh();
    void requestShown();
    void take(const QUrl& link, const MediaResult& result, bool probed);
    bool isDocument(const QString& link) const; // shown as a document's link
    MediaResult standInResult(const QString& link) const;

    MediaLoader& m_loader;
    QList<Link> m_shown;
    QHash<QString, MediaResult> m_results;
    QHash<QString, QString> m_standInFiles;
    QTimer m_settle;
};

} // namespace wa
