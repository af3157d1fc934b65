#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wa {

// What the library's search and its one-line summaries make of a message, whatever engine stores it: the
// texts worth finding, the search words as an FTS5 query, and the summary's type and excerpt.
class DraftSearch
{
public:
    static constexpr qsizetype MaxExcerptLength = 120; // code points

    // The texts of a message that search looks through: header, body, footer, button and row titles,
    // descriptions, section titles, link text and URL, flow button... (ids left out). A payload that is not
    // a valid message gives every string value in its JSON; one that is not JSON gives nothing.
    static QStringList searchableTexts(const QByteArray& payload);
    // The words search knows in a text: runs of letters and digits (with their combining marks), composed
    // (NFC). What FTS5's unicode61 tokenizer indexes, and what the team library indexes.
    static QStringList words(const QString& text);
    // A word as the team library indexes and looks for it: without diacritics, case-folded ("Café" is
    // "cafe"), as FTS5's remove_diacritics does it on this computer.
    static QString folded(const QString& word);
    // The FTS5 query for what the user typed: each run of letters and digits a quoted prefix term, all
    // required. Empty when there is nothing to look for. Never an FTS5 syntax error.
    static QString ftsQuery(const QString& search);
    // The same, of words() already split (a backend splits what was typed once per keystroke).
    static QString ftsQuery(const QStringList& words);
    // True when every one of words() is a single letter: listed newest first rather than ranked.
    static bool isBroad(const QStringList& words);

    // A summary's line: the payload's "type" and one line of text (the header text, else the body, whitespace
    // collapsed, at most MaxExcerptLength). Read with Qt's JSON parser only, not the codec, so that an
    // unfinished message still shows what it has.
    struct Gist
    {
        QString type;
        QString excerpt;
    };
    static Gist gist(const QByteArray& payload);
    static QString excerpt(const QByteArray& payload) { return gist(payload).excerpt; }
};

} // namespace wa
