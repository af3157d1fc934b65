#include "DraftSearch.h"

#include <algorithm>

#include "message/MessageJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wa {

namespace {

using L1 = QLatin1StringView;

// At most `max` code points (a pair of surrogates is never split), the last an ellipsis when cut.
QString shortened(const QString& text, qsizetype max)
{
    const QList<uint> points = text.toUcs4();
    if (points.size() <= max)
        return text;
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), max - 1).trimmed() +
           QChar(0x2026);
}

void appendStrings(const QJsonValue& value, QStringList* texts)
{
    if (value.isString() && !value.toString().isEmpty()) {
        texts->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            appendStrings(item, texts);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            appendStrings(it.value(), texts);
    }
}

} // namespace

DraftSearch::Gist DraftSearch::gist(const QByteArray& payload)
{
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    if (!document.isObject())
        return {};
    const QJsonObject message = document.object();
    const QJsonObject header = message.value(L1("header")).toObject();
    QString line;
    if (header.value(L1("type")).toString() == L1("text"))
        line = header.value(L1("text")).toString().simplified();
    if (line.isEmpty())
        line = message.value(L1("body")).toObject().value(L1("text")).toString().simplified();
    return {message.value(L1("type")).toString(), shortened(line, MaxExcerptLength)};
}

QStringList DraftSearch::searchableTexts(const QByteArray& payload)
{
    const MessageParseResult parsed = MessageJson::fromJson(payload);
    QStringList texts;
    if (!parsed.ok()) {
        // Unfinished or foreign: whatever text it holds is still worth finding.
        const QJsonDocument document = QJsonDocument::fromJson(payload);
        if (document.isObject())
            appendStrings(document.object(), &texts);
        else if (document.isArray())
            appendStrings(document.array(), &texts);
        return texts;
    }
    const InteractiveMessage& message = *parsed.message;
    const auto add = [&](const QString& text) {
        if (!text.isEmpty())
            texts.append(text);
    };
    if (message.header.kind == HeaderKind::Text)
        add(message.header.text);
    if (message.header.kind == HeaderKind::Document)
        add(message.header.filename); // the phone shows it
    add(message.body.value_or(QString()));
    add(message.footer.value_or(QString()));
    // Titles and labels, never ids: an id is for the bot, not something a person remembers a draft by.
    if (const auto* buttons = message.actionAs<ReplyButtonsAction>()) {
        for (const ReplyButton& button : buttons->buttons)
            add(button.title);
    } else if (const auto* list = message.actionAs<ListAction>()) {
        add(list->button);
        for (const ListSection& section : list->sections) {
            add(section.title);
            for (const ListRow& row : section.rows) {
                add(row.title);
                add(row.description);
            }
        }
    } else if (const auto* cta = message.actionAs<CtaUrlAction>()) {
        add(cta->displayText);
        add(cta->url);
    } else if (const auto* flow = message.actionAs<FlowAction>()) {
        add(flow->cta);
    } else if (const auto* products = message.actionAs<ProductListAction>()) {
        for (const ProductSection& section : products->sections)
            add(section.title);
    }
    return texts;
}

QStringList DraftSearch::words(const QString& text)
{
    // Every run of letters and digits (the characters unicode61 indexes; anything else separates words there
    // too), with the marks that combine with it.
    QStringList found;
    QString word;
    bool hasLetter = false;
    const auto flush = [&] {
        if (hasLetter)
            found.append(word);
        word.clear();
        hasLetter = false;
    };
    for (const uint point : text.normalized(QString::NormalizationForm_C).toUcs4()) {
        const char32_t c = point;
        const bool letter = QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
        if (letter || (QChar::isMark(c) && !word.isEmpty())) {
            word.append(QString::fromUcs4(&c, 1));
            hasLetter = hasLetter || letter;
        } else {
            flush();
        }
    }
    flush();
    return found;
}

QString DraftSearch::folded(const QString& word)
{
    QString bare;
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            bare.append(c);
    return bare.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString DraftSearch::ftsQuery(const QString& search)
{
    return ftsQuery(words(search));
}

QString DraftSearch::ftsQuery(const QStringList& words)
{
    // Each word a quoted prefix term, all required. Quoting makes AND, NEAR, column filters and the like
    // plain words. Quoting alone is not enough: a NUL inside quotes is an "unterminated string" to FTS5, and
    // a term with no letters is an empty phrase that matches nothing, so that one stray "-" would empty the
    // results; hence words(). Doubling quotes is belt and braces: none survives it.
    QStringList terms;
    for (QString word : words)
        terms.append(QLatin1Char('"') + word.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QStringLiteral("\"*"));
    return terms.join(QStringLiteral(" AND "));
}

bool DraftSearch::isBroad(const QStringList& words)
{
    return !words.isEmpty() && std::all_of(words.begin(), words.end(), [](const QString& word) {
        return QStringView(word).toUcs4().size() == 1;
    });
}

} // namespace wa
