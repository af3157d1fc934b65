#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace wa {

// What came of loading a header's media link, for the preview to paint or to warn about.
struct MediaResult
{
    Q_DECLARE_TR_FUNCTIONS(wa::MediaResult)
public:
    enum class State {
        Loading,    // asked, no answer yet (what a preview shows meanwhile)
        Loaded,     // image holds the picture
        Failed,     // the link was tried and gave no picture: reason says why
        NotAllowed, // the link was never tried (not https, nor plain http on this machine): reason says why
    };

    State state = State::Loading;
    QImage image;        // when Loaded
    qint64 byteSize = 0; // the bytes as downloaded (or as kept on disk)
    QString contentType; // as the server named it; may be empty
    int httpStatus = 0;  // 0 when no answer came (or when read from the disk cache)
    // Why there is no picture, in words (never the link's query, which may hold a signature).
    QString reason;
    // A local picture the agent chose to stand in for the link, in the preview only: the link was not asked.
    bool standIn = false;

    bool isLoaded() const { return state == State::Loaded; }
    bool isFinal() const { return state != State::Loading; }
    // The warning an agent reads beside the preview: what the customer's phone will make of the link.
    QString warning() const;
    // The same for a document header's link.
    QString documentWarning() const;

    static MediaResult failed(State state, const QString& reason, int httpStatus = 0);
};

} // namespace wa
