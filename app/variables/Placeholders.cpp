#include "Placeholders.h"

#include "message/TextMetrics.h"

namespace wa {

namespace {
constexpr QStringView Open = u"{{";
constexpr QStringView Close = u"}}";
constexpr QStringView Escape = u"{{{{";
constexpr qsizetype ShownInErrorMax = 30; // characters of a malformed placeholder quoted in its error

// The placeholder as the agent wrote it, cut short when long, for the error message.
QString quoted(QStringView text, qsizetype start, qsizetype end)
{
    const QStringView written = text.mid(start, end - start);
    if (written.size() <= ShownInErrorMax)
        return written.toString();
    return written.left(ShownInErrorMax).toString() + QStringLiteral("…");
}
} // namespace

bool PlaceholderText::hasPlaceholders() const
{
    return std::any_of(tokens.begin(), tokens.end(), [](const PlaceholderToken& token) {
        return token.kind == PlaceholderToken::Kind::Placeholder;
    });
}

PlaceholderText Placeholders::parse(QStringView text)
{
    PlaceholderText result;
    qsizetype from = 0;
    while ((from = text.indexOf(Open, from)) >= 0) {
        if (text.mid(from, Escape.size()) == Escape) {
            result.tokens.append({PlaceholderToken::Kind::Escape, from, Escape.size(), {}, {}});
            from += Escape.size();
            continue;
        }
        const auto fail = [&](const QString& message) {
            result.error = PlaceholderError{TextMetrics::codePointCount(text.left(from)) + 1, message};
            return result;
        };
        const qsizetype close = text.indexOf(Close, from + Open.size());
        const qsizetype lineEnd = text.indexOf(u'\n', from + Open.size());
        if (close < 0 || (lineEnd >= 0 && lineEnd < close)) {
            const qsizetype end = lineEnd >= 0 ? lineEnd : text.size();
            return fail(tr("\"%1\" is not closed with }} (write {{{{ for a literal {{).")
                            .arg(quoted(text, from, end)));
        }
        const qsizetype end = close + Close.size();
        const QStringView inner = text.mid(from + Open.size(), close - from - Open.size());
        const qsizetype bar = inner.indexOf(u'|');
        const QStringView name = (bar < 0 ? inner : inner.left(bar)).trimmed();
        if (name.isEmpty())
            return fail(tr("\"%1\" has no name.").arg(quoted(text, from, end)));
        const auto wrong = std::find_if_not(name.begin(), name.end(), isNameCharacter);
        if (wrong != name.end()) {
            const QString character = wrong->isSpace() ? tr("a space") : QStringLiteral("'%1'").arg(*wrong);
            return fail(tr("\"%1\": %2 cannot be in a name; names hold letters, digits, _ and . "
                           "(write {{{{ for a literal {{).")
                            .arg(quoted(text, from, end), character));
        }
        std::optional<QString> fallback;
        if (bar >= 0) {
            const QStringView written = inner.mid(bar + 1);
            if (written.contains(Open))
                return fail(
                    tr("\"%1\": a fallback cannot hold another placeholder.").arg(quoted(text, from, end)));
            fallback = written.toString();
        }
        result.tokens.append(
            {PlaceholderToken::Kind::Placeholder, from, end - from, name.toString(), std::move(fallback)});
        from = end;
    }
    return result;
}

QString Placeholders::fill(const QString& text, const PlaceholderText& parsed, const Resolve& resolve)
{
    if (parsed.tokens.isEmpty())
        return text;
    QString filled;
    filled.reserve(text.size());
    qsizetype copied = 0;
    for (const PlaceholderToken& token : parsed.tokens) {
        filled.append(QStringView(text).mid(copied, token.start - copied));
        copied = token.start + token.length;
        if (token.kind == PlaceholderToken::Kind::Escape) {
            filled.append(Open);
            continue;
        }
        if (const std::optional<QString> value = resolve(token))
            filled.append(*value);
        else
            filled.append(QStringView(text).mid(token.start, token.length));
    }
    filled.append(QStringView(text).mid(copied));
    return filled;
}

qsizetype Placeholders::fixedLength(QStringView text, const PlaceholderText& parsed)
{
    qsizetype length = TextMetrics::codePointCount(text);
    for (const PlaceholderToken& token : parsed.tokens) {
        if (token.kind == PlaceholderToken::Kind::Escape)
            length -= Open.size(); // "{{{{" shows as "{{"
        else
            length -= TextMetrics::codePointCount(text.mid(token.start, token.length));
    }
    return length;
}

} // namespace wa
