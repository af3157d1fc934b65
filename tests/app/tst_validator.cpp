// wa::Validator::check against SPEC.md: every limit at and just past its edge (in code points), and the
// structural rules: required fields, duplicates, sections, headers, URLs, flows, and the warnings.
// Expectations come from SPEC.md, not from the validator's code.

#include "message/InteractiveMessage.h"
#include "message/Limits.h"
#include "message/Validator.h"
#include "support/TestMessages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include <functional>
#include <optional>

using namespace wa;
using namespace Qt::StringLiterals;

// What a row of the issue tables expects at its (path, code).
enum class Expect { Error, Warning, Absent };

Q_DECLARE_METATYPE(wa::InteractiveMessage)
Q_DECLARE_METATYPE(wa::MessageType)
Q_DECLARE_METATYPE(wa::HeaderKind)
Q_DECLARE_METATYPE(Expect)

namespace {

// ---------------------------------------------------------------------------------------------------------
// Text builders

QString ascii(int n)
{
    return QString(n, u'x');
}

// U+1F600: one code point, two UTF-16 units.
QString emoji(int n)
{
    return u"😀"_s.repeated(n);
}

// U+20000: also two UTF-16 units, but no emoji (flow_cta refuses emoji, and this must not trip that rule).
QString wideNonEmoji(int n)
{
    return u"𠀀"_s.repeated(n);
}

// A string of exactly n characters that starts with prefix, so that fields at their limit stay distinct.
QString sized(const QString& prefix, int n)
{
    Q_ASSERT(prefix.size() <= n);
    return prefix + QString(n - prefix.size(), u'x');
}

// ---------------------------------------------------------------------------------------------------------
// Message builders

ReplyButtonsAction& buttonsOf(InteractiveMessage& m)
{
    return std::get<ReplyButtonsAction>(m.action);
}
ListAction& listOf(InteractiveMessage& m)
{
    return std::get<ListAction>(m.action);
}
CtaUrlAction& ctaOf(InteractiveMessage& m)
{
    return std::get<CtaUrlAction>(m.action);
}
FlowAction& flowOf(InteractiveMessage& m)
{
    return std::get<FlowAction>(m.action);
}
ProductAction& productOf(InteractiveMessage& m)
{
    return std::get<ProductAction>(m.action);
}
ProductListAction& productListOf(InteractiveMessage& m)
{
    return std::get<ProductListAction>(m.action);
}
CarouselAction& carouselOf(InteractiveMessage& m)
{
    return std::get<CarouselAction>(m.action);
}
VoiceCallAction& voiceCallOf(InteractiveMessage& m)
{
    return std::get<VoiceCallAction>(m.action);
}
// Every card of the carousel with `count` quick replies, ids unique across the carousel.
void withQuickReplies(InteractiveMessage& m, int count)
{
    for (qsizetype c = 0; c < carouselOf(m).cards.size(); ++c) {
        CarouselCard& card = carouselOf(m).cards[c];
        card.kind = CarouselCard::Kind::QuickReplies;
        card.url = {};
        card.quickReplies.clear();
        for (int b = 0; b < count; ++b)
            card.quickReplies.append({u"card-%1-reply-%2"_s.arg(c).arg(b), u"Reply %1"_s.arg(b)});
    }
}

// A small message of the type that breaks no rule and draws no warning; tests change one thing in it.
InteractiveMessage validMessage(MessageType type)
{
    InteractiveMessage m;
    m.action = InteractiveMessage::emptyAction(type);
    m.body = u"Hello from the shop."_s;
    switch (type) {
    case MessageType::Button:
        m.header = Header::fromText(u"Your order"_s);
        m.footer = u"Reply below"_s;
        m.action = ReplyButtonsAction{{{u"yes"_s, u"Yes"_s}, {u"no"_s, u"No"_s}}};
        break;
    case MessageType::List:
        m.header = Header::fromText(u"Menu"_s);
        m.footer = u"Tap to choose"_s;
        m.action = ListAction{u"Choose"_s,
                              {ListSection{u"Drinks"_s,
                                           {ListRow{u"tea"_s, u"Tea"_s, u"Hot, with milk"_s},
                                            ListRow{u"coffee"_s, u"Coffee"_s, {}}}}}};
        break;
    case MessageType::CtaUrl:
        m.header = Header::fromText(u"New collection"_s);
        m.footer = u"See you soon"_s;
        m.action = CtaUrlAction{u"Open"_s, u"https://example.com/page"_s};
        break;
    case MessageType::LocationRequest:
        break; // no header, no footer: the body is all it has
    case MessageType::Flow: {
        m.header = Header::fromText(u"Appointments"_s);
        m.footer = u"Takes a minute"_s;
        FlowAction flow;
        flow.flowId = u"1234567890"_s;
        flow.cta = u"Book now"_s;
        flow.flowToken = u"token-1"_s;
        flow.mode = u"published"_s;
        flow.flowAction = u"navigate"_s;
        flow.screen = u"WELCOME"_s;
        m.action = flow;
        break;
    }
    case MessageType::Product:
        m.footer = u"In stock"_s;
        m.action = ProductAction{u"catalog-1"_s, u"sku-1"_s};
        break;
    case MessageType::ProductList:
        m.header = Header::fromText(u"Our picks"_s);
        m.footer = u"Free delivery"_s;
        m.action =
            ProductListAction{u"catalog-1"_s, {ProductSection{u"Bestsellers"_s, {u"sku-1"_s, u"sku-2"_s}}}};
        break;
    case MessageType::Catalog:
        m.footer = u"Browse it all"_s;
        m.action = CatalogAction{u"sku-1"_s};
        break;
    case MessageType::Carousel: {
        CarouselAction carousel;
        for (int i = 0; i < 2; ++i) {
            CarouselCard card;
            card.index = i;
            card.header = Header{HeaderKind::Image, {}, {}, u"https://example.com/%1.jpg"_s.arg(i), {}};
            card.url = {u"Shop"_s, u"https://example.com/shop/%1"_s.arg(i)};
            carousel.cards.append(card);
        }
        m.action = carousel;
        break;
    }
    case MessageType::VoiceCall:
        m.footer = u"We answer fast"_s;
        m.action = VoiceCallAction{u"Call us"_s, 60, u"order-1"_s};
        break;
    case MessageType::CallPermissionRequest:
    case MessageType::ContactInfoRequest:
        break; // the body is all they have
    case MessageType::Address: {
        AddressAction address;
        address.setValue(QLatin1StringView("in_pin_code"), u"400063"_s);
        m.action = address;
        break;
    }
    }
    return m;
}

// validMessage(type) with one change.
InteractiveMessage edited(MessageType type, const std::function<void(InteractiveMessage&)>& edit)
{
    InteractiveMessage m = validMessage(type);
    edit(m);
    return m;
}

InteractiveMessage withButtons(int count)
{
    InteractiveMessage m = validMessage(MessageType::Button);
    buttonsOf(m).buttons.clear();
    for (int i = 0; i < count; ++i)
        buttonsOf(m).buttons.append({u"id-%1"_s.arg(i), u"Button %1"_s.arg(i)});
    return m;
}

// A list with titled sections holding the given numbers of rows; ids and titles are unique.
InteractiveMessage withRows(const QList<int>& rowsPerSection)
{
    InteractiveMessage m = validMessage(MessageType::List);
    ListAction& list = listOf(m);
    list.sections.clear();
    for (qsizetype s = 0; s < rowsPerSection.size(); ++s) {
        ListSection section{u"Section %1"_s.arg(s), {}};
        for (int r = 0; r < rowsPerSection[s]; ++r)
            section.rows.append({u"row-%1-%2"_s.arg(s).arg(r), u"Row %1.%2"_s.arg(s).arg(r), {}});
        list.sections.append(section);
    }
    return m;
}

// A product list with titled sections holding the given numbers of distinct products.
InteractiveMessage withProducts(const QList<int>& itemsPerSection)
{
    InteractiveMessage m = validMessage(MessageType::ProductList);
    ProductListAction& list = productListOf(m);
    list.sections.clear();
    for (qsizetype s = 0; s < itemsPerSection.size(); ++s) {
        ProductSection section{u"Section %1"_s.arg(s), {}};
        for (int i = 0; i < itemsPerSection[s]; ++i)
            section.productRetailerIds.append(u"sku-%1-%2"_s.arg(s).arg(i));
        list.sections.append(section);
    }
    return m;
}

Header mediaHeader(HeaderKind kind, const QString& id, const QString& link, const QString& filename = {})
{
    return Header{kind, {}, id, link, filename};
}

// A header of the kind that is valid in itself, so only whether the type allows it is in question.
Header headerOfKind(HeaderKind kind)
{
    switch (kind) {
    case HeaderKind::None:
        return {};
    case HeaderKind::Text:
        return Header::fromText(u"Welcome"_s);
    case HeaderKind::Image:
    case HeaderKind::Video:
    case HeaderKind::Document:
        return mediaHeader(kind, u"1234567890"_s, {});
    }
    return {};
}

// SPEC.md's "header allowed" column, written out again rather than asked of the code under test.
QList<HeaderKind> specAllowedHeaders(MessageType type)
{
    const QList<HeaderKind> any{HeaderKind::Text, HeaderKind::Image, HeaderKind::Video, HeaderKind::Document};
    switch (type) {
    case MessageType::Button:
    case MessageType::CtaUrl:
        return any;
    case MessageType::List:
    case MessageType::Flow:
    case MessageType::ProductList:
        return {HeaderKind::Text};
    case MessageType::LocationRequest:
    case MessageType::Product:
    case MessageType::Catalog:
    case MessageType::Carousel:
    case MessageType::VoiceCall:
    case MessageType::CallPermissionRequest:
    case MessageType::ContactInfoRequest:
    case MessageType::Address:
        return {};
    }
    return {};
}

// SPEC.md: which types take a footer, written out again rather than asked of the code under test.
bool specAllowsFooter(MessageType type)
{
    return type != MessageType::LocationRequest && type != MessageType::Carousel &&
           type != MessageType::CallPermissionRequest && type != MessageType::ContactInfoRequest;
}

// Every field limit at its edge, all fields at once, with unique ids and titles: still no issue at all.
InteractiveMessage buttonsAtLimits()
{
    InteractiveMessage m = validMessage(MessageType::Button);
    m.header = Header::fromText(sized(u"Header "_s, Limits::HeaderTextMax));
    m.body = sized(u"Body "_s, Limits::BodyTextMax);
    m.footer = sized(u"Footer "_s, Limits::FooterTextMax);
    buttonsOf(m).buttons.clear();
    for (int i = 0; i < Limits::ReplyButtonsMax; ++i)
        buttonsOf(m).buttons.append({sized(u"id-%1-"_s.arg(i), Limits::ReplyIdMax),
                                     sized(u"Title %1 "_s.arg(i), Limits::ReplyTitleMax)});
    return m;
}

InteractiveMessage listAtLimits()
{
    InteractiveMessage m = validMessage(MessageType::List);
    m.header = Header::fromText(sized(u"Header "_s, Limits::HeaderTextMax));
    m.body = sized(u"Body "_s, Limits::BodyTextMax); // 1024: the list-body-long warning starts above
    m.footer = sized(u"Footer "_s, Limits::FooterTextMax);
    ListAction& list = listOf(m);
    list.button = sized(u"Menu "_s, Limits::ListButtonMax);
    list.sections.clear();
    // 10 rows across 2 sections: the cap counts all sections together.
    for (int s = 0; s < 2; ++s) {
        ListSection section{sized(u"Section %1 "_s.arg(s), Limits::SectionTitleMax), {}};
        for (int r = 0; r < Limits::ListRowsMax / 2; ++r)
            section.rows.append({sized(u"row-%1-%2-"_s.arg(s).arg(r), Limits::RowIdMax),
                                 sized(u"Row %1.%2 "_s.arg(s).arg(r), Limits::RowTitleMax),
                                 sized(u"About %1.%2 "_s.arg(s).arg(r), Limits::RowDescriptionMax)});
        list.sections.append(section);
    }
    return m;
}

InteractiveMessage ctaAtLimits()
{
    InteractiveMessage m = validMessage(MessageType::CtaUrl);
    m.header = mediaHeader(HeaderKind::Image, {}, u"https://cdn.example.com/images/banner.jpg"_s);
    m.body = sized(u"Body "_s, Limits::BodyTextMax);
    m.footer = sized(u"Footer "_s, Limits::FooterTextMax);
    ctaOf(m).displayText = sized(u"Open "_s, Limits::CtaDisplayTextMax);
    ctaOf(m).url = u"https://example.com/collections/summer?utm_source=whatsapp#top"_s;
    return m;
}

InteractiveMessage flowAtLimits()
{
    InteractiveMessage m = validMessage(MessageType::Flow);
    m.header = Header::fromText(sized(u"Header "_s, Limits::HeaderTextMax));
    m.body = sized(u"Body "_s, Limits::BodyTextMax);
    m.footer = sized(u"Footer "_s, Limits::FooterTextMax);
    flowOf(m).cta = sized(u"Book "_s, Limits::FlowCtaMax);
    flowOf(m).data = QJsonObject{{u"customer"_s, u"Ann"_s}};
    return m;
}

InteractiveMessage productListAtLimits()
{
    InteractiveMessage m = validMessage(MessageType::ProductList);
    m.header = Header::fromText(sized(u"Header "_s, Limits::HeaderTextMax));
    m.body = sized(u"Body "_s, Limits::BodyTextMax);
    m.footer = sized(u"Footer "_s, Limits::FooterTextMax);
    ProductListAction& list = productListOf(m);
    list.sections.clear();
    // 10 sections of 3: both the section cap and the 30-item cap, exactly.
    for (int s = 0; s < Limits::ProductSectionsMax; ++s) {
        ProductSection section{sized(u"Section %1 "_s.arg(s), Limits::ProductSectionTitleMax), {}};
        for (int i = 0; i < Limits::ProductItemsMax / Limits::ProductSectionsMax; ++i)
            section.productRetailerIds.append(u"sku-%1-%2"_s.arg(s).arg(i));
        list.sections.append(section);
    }
    return m;
}

// ---------------------------------------------------------------------------------------------------------
// Issue helpers

using test::issuesAt;

// For failure messages: every issue on one line.
QString describe(const QList<ValidationIssue>& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues)
        lines << u"%1 %2 [%3] %4"_s.arg(severityName(issue.severity), issue.path, issue.code, issue.message);
    return lines.isEmpty() ? u"(no issues)"_s : lines.join(u" | "_s);
}

// The severity SPEC.md (and the brief built on it) gives a code, where it does; nullopt where it says
// nothing.
std::optional<Severity> specSeverity(const ValidationIssue& issue)
{
    static const QStringList errors{u"too-long"_s, u"too-many"_s, u"too-few"_s, u"required"_s,
                                    u"not-allowed"_s, u"media-source"_s, u"url-scheme"_s, u"invalid-url"_s,
                                    u"duplicate-id"_s, u"invalid-value"_s, u"flow-identity"_s, u"emoji"_s,
                                    u"control-character"_s,
                                    // SPEC.md, "Newer interactive types"
                                    u"card-mismatch"_s, u"card-index"_s, u"catalog-mismatch"_s,
                                    u"out-of-range"_s, u"pin-code"_s, u"too-many-lines"_s};
    static const QStringList warnings{u"utf16-length"_s, u"list-body-long"_s, u"missing-title"_s,
                                      u"markdown-literal"_s, u"blank"_s,
                                      // "phones show 2 quick replies; warn above 2"; "warn when mixed"
                                      u"hidden-buttons"_s, u"mixed-media"_s, u"card-order"_s};
    if (errors.contains(issue.code))
        return Severity::Error;
    if (warnings.contains(issue.code))
        return Severity::Warning;
    // A required field left empty; an empty optional JSON object (flow data) is another matter.
    if (issue.code == u"empty"_s && !issue.path.endsWith(u".data"_s))
        return Severity::Error;
    // Reply titles must be unique; two rows with one title only confuse.
    if (issue.code == u"duplicate-title"_s)
        return issue.path.contains(u".reply."_s) || issue.path.contains(u".quick_reply."_s)
                   ? Severity::Error
                   : Severity::Warning;
    if (issue.code == u"outer-whitespace"_s) {
        if (issue.path.endsWith(u".reply.id"_s) || issue.path.endsWith(u".quick_reply.id"_s))
            return Severity::Error;
        if (issue.path.endsWith(u"title"_s))
            return Severity::Warning;
    }
    return std::nullopt;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void validMessages_data();
    void validMessages();
    void headerKindsPerType_data();
    void headerKindsPerType();
    void lengthLimits_data();
    void lengthLimits();
    void listBodyLength_data();
    void listBodyLength();
    void counts_data();
    void counts();
    void requiredAndEmpty_data();
    void requiredAndEmpty() { verifyExpectation(); }
    void duplicates_data();
    void duplicates() { verifyExpectation(); }
    void sections_data();
    void sections() { verifyExpectation(); }
    void mediaHeaders_data();
    void mediaHeaders() { verifyExpectation(); }
    void ctaUrls_data();
    void ctaUrls() { verifyExpectation(); }
    void locationRequest_data();
    void locationRequest() { verifyExpectation(); }
    void carousel_data();
    void carousel() { verifyExpectation(); }
    void voiceCall_data();
    void voiceCall() { verifyExpectation(); }
    void addressMessage_data();
    void addressMessage() { verifyExpectation(); }
    void flows_data();
    void flows() { verifyExpectation(); }
    void whitespaceMarkdownBlank_data();
    void whitespaceMarkdownBlank() { verifyExpectation(); }
    void controlCharacters_data();
    void controlCharacters() { verifyExpectation(); }
    void duplicatesAtScale();
    void hasErrors_data();
    void brokenText_data();
    void brokenText();
    void hasErrors();
    void severityNames();

private:
    static void addIssueColumns();
    static void verifyExpectation();
    static void verifyWellFormed(const InteractiveMessage& message, const QList<ValidationIssue>& issues);
};

// What must hold of any result: the same issues on a second run (the validator is pure), and every issue
// with a path, a code, a sentence for people, and the severity that SPEC.md gives its code.
void TestValidator::verifyWellFormed(const InteractiveMessage& message, const QList<ValidationIssue>& issues)
{
    QVERIFY2(Validator::check(message) == issues, "a second check of the same message gave other issues");
    for (const ValidationIssue& issue : issues) {
        const QString what = describe({issue});
        QVERIFY2(!issue.path.isEmpty(), qPrintable(what));
        QVERIFY2(!issue.code.isEmpty(), qPrintable(what));
        QVERIFY2(!issue.message.trimmed().isEmpty(), qPrintable(u"no message: "_s + what));
        if (const auto severity = specSeverity(issue))
            QVERIFY2(issue.severity == *severity, qPrintable(u"wrong severity: "_s + what));
    }
}

// ---------------------------------------------------------------------------------------------------------
// Whole messages

void TestValidator::validMessages_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    for (MessageType type : allMessageTypes())
        QTest::addRow("minimal %s", qPrintable(messageTypeName(type))) << validMessage(type);

    QTest::newRow("button: every field at its limit") << buttonsAtLimits();
    QTest::newRow("button: one button") << withButtons(1);
    QTest::newRow("button: no header, no footer") << edited(MessageType::Button, [](InteractiveMessage& m) {
        m.header = {};
        m.footer.reset();
    });
    QTest::newRow("button: image header by id") << edited(MessageType::Button, [](InteractiveMessage& m) {
        m.header = mediaHeader(HeaderKind::Image, u"1234567890"_s, {});
    });
    QTest::newRow("button: video header by https link")
        << edited(MessageType::Button, [](InteractiveMessage& m) {
               m.header = mediaHeader(HeaderKind::Video, {}, u"https://cdn.example.com/clip.mp4"_s);
           });
    QTest::newRow("button: document header with filename")
        << edited(MessageType::Button, [](InteractiveMessage& m) {
               m.header =
                   mediaHeader(HeaderKind::Document, {}, u"https://example.com/menu.pdf"_s, u"menu.pdf"_s);
           });
    QTest::newRow("button: markdown, emoji and a link in body and footer")
        << edited(MessageType::Button, [](InteractiveMessage& m) {
               m.body = u"*Hello* 😀 _there_, ~old~ `CODE10`"_s;
               m.footer = u"_Thanks_ 🙏 https://example.com"_s;
           });
    QTest::newRow("button: emoji in header and titles")
        << edited(MessageType::Button, [](InteractiveMessage& m) {
               m.header = Header::fromText(u"Order 📦"_s);
               buttonsOf(m).buttons[0].title = u"Yes 👍"_s;
           });

    QTest::newRow("list: 10 rows across 2 sections, every field at its limit") << listAtLimits();
    QTest::newRow("list: 10 rows in one section") << withRows({10});
    QTest::newRow("list: 10 sections of one row") << withRows(QList<int>(10, 1));
    QTest::newRow("list: rows without description") << edited(
        MessageType::List, [](InteractiveMessage& m) { listOf(m).sections[0].rows[0].description.clear(); });

    QTest::newRow("cta_url: every field at its limit, image link header") << ctaAtLimits();
    QTest::newRow("cta_url: http url")
        << edited(MessageType::CtaUrl, [](InteractiveMessage& m) { ctaOf(m).url = u"http://example.com"_s; });
    QTest::newRow("cta_url: https url with path") << edited(
        MessageType::CtaUrl, [](InteractiveMessage& m) { ctaOf(m).url = u"https://example.com/x"_s; });

    QTest::newRow("flow: at limits, navigate with data") << flowAtLimits();
    QTest::newRow("flow: by name, draft, data_exchange")
        << edited(MessageType::Flow, [](InteractiveMessage& m) {
               FlowAction& flow = flowOf(m);
               flow.flowId.clear();
               flow.flowName = u"appointment-booking"_s;
               flow.mode = u"draft"_s;
               flow.flowAction = u"data_exchange"_s;
               flow.screen.clear();
           });
    QTest::newRow("flow: only the required parameters")
        << edited(MessageType::Flow, [](InteractiveMessage& m) {
               FlowAction& flow = flowOf(m);
               flow.flowToken.clear();
               flow.mode.clear();
               flow.flowAction.clear();
               flow.screen.clear();
           });

    QTest::newRow("product: no footer")
        << edited(MessageType::Product, [](InteractiveMessage& m) { m.footer.reset(); });
    QTest::newRow("product_list: 10 sections, 30 items, titles at 24") << productListAtLimits();
    QTest::newRow("product_list: 30 items in one section") << withProducts({30});
    QTest::newRow("catalog_message: without thumbnail")
        << edited(MessageType::Catalog, [](InteractiveMessage& m) {
               std::get<CatalogAction>(m.action).thumbnailProductRetailerId.clear();
           });
}

void TestValidator::validMessages()
{
    QFETCH(InteractiveMessage, message);
    const QList<ValidationIssue> issues = Validator::check(message);
    verifyWellFormed(message, issues);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!Validator::hasErrors(issues), qPrintable(describe(issues)));
    // Not only valid: nothing in these messages deserves a warning either.
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestValidator::headerKindsPerType_data()
{
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<HeaderKind>("kind");
    QTest::addColumn<QString>("code"); // the error expected at "header"; empty: the message is valid
    const QList<HeaderKind> kinds{HeaderKind::None, HeaderKind::Text, HeaderKind::Image, HeaderKind::Video,
                                  HeaderKind::Document};
    for (MessageType type : allMessageTypes()) {
        for (HeaderKind kind : kinds) {
            QString code;
            if (kind == HeaderKind::None)
                code = type == MessageType::ProductList ? u"required"_s : QString();
            else if (!specAllowedHeaders(type).contains(kind))
                code = u"not-allowed"_s;
            const QString kindName = kind == HeaderKind::None ? u"no"_s : headerKindName(kind);
            QTest::addRow("%s, %s header", qPrintable(messageTypeName(type)), qPrintable(kindName))
                << type << kind << code;
        }
    }
}

void TestValidator::headerKindsPerType()
{
    QFETCH(MessageType, type);
    QFETCH(HeaderKind, kind);
    QFETCH(QString, code);
    InteractiveMessage message = validMessage(type);
    message.header = headerOfKind(kind);
    const QList<ValidationIssue> issues = Validator::check(message);
    verifyWellFormed(message, issues);
    if (QTest::currentTestFailed())
        return;
    const QString all = describe(issues);
    if (code.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(all));
        return;
    }
    const auto found = issuesAt(issues, u"header"_s, code);
    QVERIFY2(found.size() == 1, qPrintable(all));
    QCOMPARE(severityName(found.first().severity), u"error"_s);
    // A refused header is one problem, not one per field inside it.
    for (const ValidationIssue& issue : issues)
        QVERIFY2(issue.path == u"header"_s, qPrintable(all));
}

// ---------------------------------------------------------------------------------------------------------
// Lengths

namespace {
using TextSetter = std::function<void(InteractiveMessage&, const QString&)>;

struct TextField
{
    MessageType type;
    QString path;
    int limit;
    TextSetter set;
    std::function<QString(int)> wide = emoji; // n characters of two UTF-16 units each
};

// Every limited text field of SPEC.md's table, in every type that has it (the list body has its own test).
QList<TextField> limitedTextFields()
{
    QList<TextField> fields;
    for (MessageType type : allMessageTypes()) {
        if (specAllowedHeaders(type).contains(HeaderKind::Text))
            fields.append({type, u"header.text"_s, Limits::HeaderTextMax,
                           [](InteractiveMessage& m, const QString& t) { m.header = Header::fromText(t); }});
        if (type != MessageType::List)
            fields.append({type, u"body.text"_s, Limits::BodyTextMax,
                           [](InteractiveMessage& m, const QString& t) { m.body = t; }});
        const bool footer = specAllowsFooter(type);
        if (footer)
            fields.append({type, u"footer.text"_s, Limits::FooterTextMax,
                           [](InteractiveMessage& m, const QString& t) { m.footer = t; }});
    }
    fields.append({MessageType::Button, u"action.buttons[0].reply.title"_s, Limits::ReplyTitleMax,
                   [](InteractiveMessage& m, const QString& t) { buttonsOf(m).buttons[0].title = t; }});
    fields.append({MessageType::Button, u"action.buttons[1].reply.id"_s, Limits::ReplyIdMax,
                   [](InteractiveMessage& m, const QString& t) { buttonsOf(m).buttons[1].id = t; }});
    fields.append({MessageType::List, u"action.button"_s, Limits::ListButtonMax,
                   [](InteractiveMessage& m, const QString& t) { listOf(m).button = t; }});
    fields.append({MessageType::List, u"action.sections[0].title"_s, Limits::SectionTitleMax,
                   [](InteractiveMessage& m, const QString& t) { listOf(m).sections[0].title = t; }});
    fields.append({MessageType::List, u"action.sections[0].rows[1].id"_s, Limits::RowIdMax,
                   [](InteractiveMessage& m, const QString& t) { listOf(m).sections[0].rows[1].id = t; }});
    fields.append({MessageType::List, u"action.sections[0].rows[0].title"_s, Limits::RowTitleMax,
                   [](InteractiveMessage& m, const QString& t) { listOf(m).sections[0].rows[0].title = t; }});
    fields.append(
        {MessageType::List, u"action.sections[0].rows[1].description"_s, Limits::RowDescriptionMax,
         [](InteractiveMessage& m, const QString& t) { listOf(m).sections[0].rows[1].description = t; }});
    fields.append({MessageType::CtaUrl, u"action.parameters.display_text"_s, Limits::CtaDisplayTextMax,
                   [](InteractiveMessage& m, const QString& t) { ctaOf(m).displayText = t; }});
    fields.append({MessageType::Flow, u"action.parameters.flow_cta"_s, Limits::FlowCtaMax,
                   [](InteractiveMessage& m, const QString& t) { flowOf(m).cta = t; }, wideNonEmoji});
    fields.append({MessageType::ProductList, u"action.sections[0].title"_s, Limits::ProductSectionTitleMax,
                   [](InteractiveMessage& m, const QString& t) { productListOf(m).sections[0].title = t; }});
    fields.append({MessageType::Carousel, u"action.cards[1].body.text"_s, Limits::CardBodyTextMax,
                   [](InteractiveMessage& m, const QString& t) { carouselOf(m).cards[1].body = t; }});
    fields.append({MessageType::Carousel, u"action.cards[0].action.parameters.display_text"_s,
                   Limits::CtaDisplayTextMax, [](InteractiveMessage& m, const QString& t) {
                       carouselOf(m).cards[0].url.displayText = t;
                   }});
    fields.append({MessageType::Carousel, u"action.cards[1].action.buttons[1].quick_reply.title"_s,
                   Limits::CardQuickReplyTitleMax, [](InteractiveMessage& m, const QString& t) {
                       withQuickReplies(m, 2);
                       carouselOf(m).cards[1].quickReplies[1].title = t;
                   }});
    fields.append({MessageType::Carousel, u"action.cards[0].action.buttons[0].quick_reply.id"_s,
                   Limits::CardQuickReplyIdMax, [](InteractiveMessage& m, const QString& t) {
                       withQuickReplies(m, 2);
                       carouselOf(m).cards[0].quickReplies[0].id = t;
                   }});
    fields.append({MessageType::VoiceCall, u"action.parameters.display_text"_s,
                   Limits::VoiceCallDisplayTextMax,
                   [](InteractiveMessage& m, const QString& t) { voiceCallOf(m).displayText = t; }});
    fields.append({MessageType::VoiceCall, u"action.parameters.payload"_s, Limits::VoiceCallPayloadMax,
                   [](InteractiveMessage& m, const QString& t) { voiceCallOf(m).payload = t; }});
    return fields;
}
} // namespace

void TestValidator::lengthLimits_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("tooLong");
    QTest::addColumn<bool>("utf16Warning");
    for (const TextField& field : limitedTextFields()) {
        const auto add = [&](const QString& text, const char* what, int length, bool tooLong, bool utf16) {
            InteractiveMessage message = validMessage(field.type);
            field.set(message, text);
            QTest::addRow("%s %s: %d %s", qPrintable(messageTypeName(field.type)), qPrintable(field.path),
                          length, what)
                << message << field.path << tooLong << utf16;
        };
        const int n = field.limit;
        add(ascii(n), "ascii", n, false, false);
        add(ascii(n + 1), "ascii", n + 1, true, false);
        // Code points count, so n two-unit characters fit, with a warning for clients that count UTF-16.
        add(field.wide(n), "wide", n, false, true);
        add(field.wide(n + 1), "wide", n + 1, true, false);
    }
}

void TestValidator::lengthLimits()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, path);
    QFETCH(bool, tooLong);
    QFETCH(bool, utf16Warning);
    const QList<ValidationIssue> issues = Validator::check(message);
    verifyWellFormed(message, issues);
    if (QTest::currentTestFailed())
        return;
    const QString all = describe(issues);
    const auto tooLongHere = issuesAt(issues, path, u"too-long"_s);
    const auto utf16Here = issuesAt(issues, path, u"utf16-length"_s);
    if (tooLong) {
        QVERIFY2(tooLongHere.size() == 1, qPrintable(all));
        // The message was valid before this field grew: every error is about this field.
        for (const ValidationIssue& issue : issues)
            if (issue.severity == Severity::Error)
                QVERIFY2(issue.path == path, qPrintable(all));
    } else {
        QVERIFY2(!Validator::hasErrors(issues), qPrintable(all));
    }
    QVERIFY2(utf16Here.size() == (utf16Warning ? 1 : 0), qPrintable(all));
    if (!tooLong) // nothing else to say about a field within its limit
        QVERIFY2(issues.size() == utf16Here.size(), qPrintable(all));
}

void TestValidator::listBodyLength_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("tooLong");
    QTest::addColumn<bool>("longWarning"); // "list-body-long": beyond the interactive object's 1024
    QTest::addColumn<bool>("utf16Warning");
    QTest::newRow("1") << ascii(1) << false << false << false;
    QTest::newRow("1024") << ascii(Limits::BodyTextMax) << false << false << false;
    QTest::newRow("1025") << ascii(Limits::BodyTextMax + 1) << false << true << false;
    QTest::newRow("2000") << ascii(2000) << false << true << false;
    QTest::newRow("4096") << ascii(Limits::ListBodyTextMax) << false << true << false;
    QTest::newRow("4097") << ascii(Limits::ListBodyTextMax + 1) << true << false << false;
    // Within the object reference's 1024 characters, but not within 1024 UTF-16 units.
    QTest::newRow("512 emoji") << emoji(Limits::BodyTextMax / 2) << false << false << false;
    QTest::newRow("513 emoji") << emoji(Limits::BodyTextMax / 2 + 1) << false << false << true;
    QTest::newRow("1024 emoji") << emoji(Limits::BodyTextMax) << false << false << true;
    QTest::newRow("1025 emoji") << emoji(Limits::BodyTextMax + 1) << false << true << false;
    QTest::newRow("4096 emoji") << emoji(Limits::ListBodyTextMax) << false << true << true;
    QTest::newRow("4097 emoji") << emoji(Limits::ListBodyTextMax + 1) << true << false << false;
}

void TestValidator::listBodyLength()
{
    QFETCH(QString, body);
    QFETCH(bool, tooLong);
    QFETCH(bool, longWarning);
    QFETCH(bool, utf16Warning);
    InteractiveMessage message = validMessage(MessageType::List);
    message.body = body;
    const QList<ValidationIssue> issues = Validator::check(message);
    verifyWellFormed(message, issues);
    if (QTest::currentTestFailed())
        return;
    const QString all = describe(issues);
    const QString path = u"body.text"_s;
    QVERIFY2(issuesAt(issues, path, u"too-long"_s).size() == (tooLong ? 1 : 0), qPrintable(all));
    QVERIFY2(issuesAt(issues, path, u"list-body-long"_s).size() == (longWarning ? 1 : 0), qPrintable(all));
    QVERIFY2(issuesAt(issues, path, u"utf16-length"_s).size() == (utf16Warning ? 1 : 0), qPrintable(all));
    QCOMPARE(Validator::hasErrors(issues), tooLong);
    QVERIFY2(issues.size() == int(tooLong) + int(longWarning) + int(utf16Warning), qPrintable(all));
}

// ---------------------------------------------------------------------------------------------------------
// Counts of buttons, sections, rows, products

void TestValidator::counts_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("path"); // where the error is expected; empty: the message is valid
    QTest::addColumn<QString>("code");
    const QString none;

    QTest::newRow("buttons: 1") << withButtons(1) << none << none;
    QTest::newRow("buttons: 3") << withButtons(Limits::ReplyButtonsMax) << none << none;
    QTest::newRow("buttons: 0") << withButtons(0) << u"action.buttons"_s << u"too-few"_s;
    QTest::newRow("buttons: 4") << withButtons(Limits::ReplyButtonsMax + 1) << u"action.buttons"_s
                                << u"too-many"_s;

    QTest::newRow("list sections: 1") << withRows({1}) << none << none;
    QTest::newRow("list sections: 10") << withRows(QList<int>(10, 1)) << none << none;
    QTest::newRow("list sections: 0") << withRows({}) << u"action.sections"_s << u"too-few"_s;
    QTest::newRow("list sections: 11")
        << withRows(QList<int>(11, 1)) << u"action.sections"_s << u"too-many"_s;

    // The row cap counts across sections; the error sits on the first row past it.
    QTest::newRow("list rows: 10 in one section") << withRows({10}) << none << none;
    QTest::newRow("list rows: 6 + 4") << withRows({6, 4}) << none << none;
    QTest::newRow("list rows: 11 in one section")
        << withRows({11}) << u"action.sections[0].rows[10]"_s << u"too-many"_s;
    QTest::newRow("list rows: 6 + 5") << withRows({6, 5}) << u"action.sections[1].rows[4]"_s << u"too-many"_s;
    QTest::newRow("list rows: 5 + 5 + 1")
        << withRows({5, 5, 1}) << u"action.sections[2].rows[0]"_s << u"too-many"_s;
    QTest::newRow("list rows: 12 in one section")
        << withRows({12}) << u"action.sections[0].rows[10]"_s << u"too-many"_s;
    QTest::newRow("list rows: empty second section")
        << withRows({3, 0}) << u"action.sections[1].rows"_s << u"too-few"_s;
    QTest::newRow("list rows: empty only section")
        << withRows({0}) << u"action.sections[0].rows"_s << u"too-few"_s;

    QTest::newRow("product sections: 1") << withProducts({1}) << none << none;
    QTest::newRow("product sections: 10") << withProducts(QList<int>(10, 1)) << none << none;
    QTest::newRow("product sections: 0") << withProducts({}) << u"action.sections"_s << u"too-few"_s;
    QTest::newRow("product sections: 11")
        << withProducts(QList<int>(11, 1)) << u"action.sections"_s << u"too-many"_s;
    QTest::newRow("product items: 30 in one section") << withProducts({30}) << none << none;
    QTest::newRow("product items: 10 + 10 + 10") << withProducts({10, 10, 10}) << none << none;
    QTest::newRow("product items: 31 in one section")
        << withProducts({31}) << u"action.sections[0].product_items[30]"_s << u"too-many"_s;
    QTest::newRow("product items: 20 + 11")
        << withProducts({20, 11}) << u"action.sections[1].product_items[10]"_s << u"too-many"_s;
    QTest::newRow("product items: empty second section")
        << withProducts({2, 0}) << u"action.sections[1].product_items"_s << u"too-few"_s;
}

void TestValidator::counts()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, path);
    QFETCH(QString, code);
    const QList<ValidationIssue> issues = Validator::check(message);
    verifyWellFormed(message, issues);
    if (QTest::currentTestFailed())
        return;
    const QString all = describe(issues);
    if (path.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(all));
        return;
    }
    const auto found = issuesAt(issues, path, code);
    QVERIFY2(found.size() == 1, qPrintable(all));
    QCOMPARE(severityName(found.first().severity), u"error"_s);
}

// ---------------------------------------------------------------------------------------------------------
// Tables of single issues: (message, path, code, expect)

// WhatsApp refuses a NUL and the other control characters: every text and id names the first one by path,
// except a line feed or a tab in texts the phone shows (body, footer, titles...), never in an id.
void TestValidator::controlCharacters_data()
{
    addIssueColumns();
    const QString nul = QString(QChar(0));
    const auto body = [](const QString& text) {
        return edited(MessageType::Button, [text](InteractiveMessage& m) { m.body = text; });
    };
    QTest::newRow("NUL in the body") << body(u"Hi"_s + nul + u"there"_s) << u"body.text"_s
                                     << u"control-character"_s << Expect::Error;
    QTest::newRow("unit separator U+001F in the body")
        << body(u"Hi\x1fthere"_s) << u"body.text"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("DEL U+007F in the body")
        << body(u"Hi\x7fthere"_s) << u"body.text"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("C1 U+0085 in the body")
        << body(u"Hi\u0085there"_s) << u"body.text"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("carriage return in the body")
        << body(u"Hi\r\nthere"_s) << u"body.text"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("line feed in the body is a line break")
        << body(u"Hi\nthere"_s) << u"body.text"_s << u"control-character"_s << Expect::Absent;
    QTest::newRow("tab in the body is kept")
        << body(u"Size\t39"_s) << u"body.text"_s << u"control-character"_s << Expect::Absent;
    QTest::newRow("NUL in the footer")
        << edited(MessageType::Button, [nul](InteractiveMessage& m) { m.footer = u"Thanks"_s + nul; })
        << u"footer.text"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("escape in a header")
        << edited(MessageType::Button,
                  [](InteractiveMessage& m) { m.header = Header::fromText(u"\x1b[31mRed"_s); })
        << u"header.text"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("NUL in a reply title")
        << edited(MessageType::Button, [nul](InteractiveMessage& m) { buttonsOf(m).buttons[0].title += nul; })
        << u"action.buttons[0].reply.title"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("NUL in a reply id")
        << edited(MessageType::Button, [nul](InteractiveMessage& m) { buttonsOf(m).buttons[1].id += nul; })
        << u"action.buttons[1].reply.id"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("tab in a reply id")
        << edited(MessageType::Button, [](InteractiveMessage& m) { buttonsOf(m).buttons[1].id += u"\t"_s; })
        << u"action.buttons[1].reply.id"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("line feed in a row id")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].rows[0].id = u"a\nb"_s; })
        << u"action.sections[0].rows[0].id"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("NUL in a row description")
        << edited(MessageType::List,
                  [nul](InteractiveMessage& m) { listOf(m).sections[0].rows[0].description = u"x"_s + nul; })
        << u"action.sections[0].rows[0].description"_s << u"control-character"_s << Expect::Error;
    QTest::newRow("NUL in a link") << edited(MessageType::CtaUrl,
                                             [nul](InteractiveMessage& m) { ctaOf(m).url += nul; })
                                   << u"action.parameters.url"_s << u"control-character"_s << Expect::Error;
}

// Far more entries than a valid message holds (hashing, not a scan): each repeat is reported once, at the
// later path, against the first.
void TestValidator::duplicatesAtScale()
{
    InteractiveMessage m = withButtons(3);
    auto& buttons = buttonsOf(m).buttons;
    buttons.clear();
    for (int i = 0; i < 3000; ++i)
        buttons.append({u"id%1"_s.arg(i % 1000), u"T%1"_s.arg(i)});
    const QList<ValidationIssue> issues = Validator::check(m);
    qsizetype duplicates = 0;
    for (const ValidationIssue& issue : issues)
        if (issue.code == u"duplicate-id"_s)
            ++duplicates;
    QCOMPARE(duplicates, 2000);
    const auto found = issuesAt(issues, u"action.buttons[2999].reply.id"_s, u"duplicate-id"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().message.contains(u"action.buttons[999].reply.id"_s),
             qPrintable(found.first().message));
}

void TestValidator::addIssueColumns()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Expect>("expect");
}

// Error: exactly one error with that code at that path.
// Warning: exactly one warning there, and the message has no error (the rows start from valid messages).
// Absent: no issue with that code at that path.
void TestValidator::verifyExpectation()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(Expect, expect);
    const QList<ValidationIssue> issues = Validator::check(message);
    verifyWellFormed(message, issues);
    if (QTest::currentTestFailed())
        return;
    const QString all = describe(issues);
    const auto found = issuesAt(issues, path, code);
    switch (expect) {
    case Expect::Error:
        QVERIFY2(found.size() == 1, qPrintable(u"want error %1 at %2; got: %3"_s.arg(code, path, all)));
        QVERIFY2(found.first().severity == Severity::Error, qPrintable(all));
        QVERIFY(Validator::hasErrors(issues));
        break;
    case Expect::Warning:
        QVERIFY2(found.size() == 1, qPrintable(u"want warning %1 at %2; got: %3"_s.arg(code, path, all)));
        QVERIFY2(found.first().severity == Severity::Warning, qPrintable(all));
        QVERIFY2(!Validator::hasErrors(issues), qPrintable(all));
        break;
    case Expect::Absent:
        QVERIFY2(found.isEmpty(), qPrintable(u"want no %1 at %2; got: %3"_s.arg(code, path, all)));
        break;
    }
}

void TestValidator::requiredAndEmpty_data()
{
    addIssueColumns();
    // Octopods: body.text non-empty for every type, even product (which WhatsApp lets go without).
    for (MessageType type : allMessageTypes()) {
        const QByteArray name = messageTypeName(type).toUtf8();
        QTest::addRow("%s: no body", name.constData())
            << edited(type, [](InteractiveMessage& m) { m.body.reset(); }) << u"body"_s << u"required"_s
            << Expect::Error;
        QTest::addRow("%s: empty body", name.constData())
            << edited(type, [](InteractiveMessage& m) { m.body = QString(); }) << u"body.text"_s << u"empty"_s
            << Expect::Error;
        // Those without a footer at all refuse even an empty one.
        const bool footer = specAllowsFooter(type);
        QTest::addRow("%s: empty footer", name.constData())
            << edited(type, [](InteractiveMessage& m) { m.footer = QString(); })
            << (footer ? u"footer.text"_s : u"footer"_s) << (footer ? u"empty"_s : u"not-allowed"_s)
            << Expect::Error;
    }
    QTest::newRow("no footer is fine")
        << edited(MessageType::Button, [](InteractiveMessage& m) { m.footer.reset(); }) << u"footer.text"_s
        << u"empty"_s << Expect::Absent;
    QTest::newRow("empty text header")
        << edited(MessageType::Button, [](InteractiveMessage& m) { m.header = Header::fromText({}); })
        << u"header.text"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty reply id") << edited(
                                           MessageType::Button,
                                           [](InteractiveMessage& m) { buttonsOf(m).buttons[0].id.clear(); })
                                    << u"action.buttons[0].reply.id"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty reply title")
        << edited(MessageType::Button, [](InteractiveMessage& m) { buttonsOf(m).buttons[1].title.clear(); })
        << u"action.buttons[1].reply.title"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty list button")
        << edited(MessageType::List, [](InteractiveMessage& m) { listOf(m).button.clear(); })
        << u"action.button"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty row id") << edited(MessageType::List,
                                            [](InteractiveMessage& m) {
                                                listOf(m).sections[0].rows[1].id.clear();
                                            })
                                  << u"action.sections[0].rows[1].id"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty row title") << edited(MessageType::List,
                                               [](InteractiveMessage& m) {
                                                   listOf(m).sections[0].rows[0].title.clear();
                                               })
                                     << u"action.sections[0].rows[0].title"_s << u"empty"_s << Expect::Error;
    QTest::newRow("row description is optional")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].rows[0].description.clear(); })
        << u"action.sections[0].rows[0].description"_s << u"empty"_s << Expect::Absent;
    QTest::newRow("empty cta display_text")
        << edited(MessageType::CtaUrl, [](InteractiveMessage& m) { ctaOf(m).displayText.clear(); })
        << u"action.parameters.display_text"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty cta url") << edited(MessageType::CtaUrl,
                                             [](InteractiveMessage& m) { ctaOf(m).url.clear(); })
                                   << u"action.parameters.url"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty flow_cta") << edited(MessageType::Flow,
                                              [](InteractiveMessage& m) { flowOf(m).cta.clear(); })
                                    << u"action.parameters.flow_cta"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty product catalog_id")
        << edited(MessageType::Product, [](InteractiveMessage& m) { productOf(m).catalogId.clear(); })
        << u"action.catalog_id"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty product_retailer_id")
        << edited(MessageType::Product, [](InteractiveMessage& m) { productOf(m).productRetailerId.clear(); })
        << u"action.product_retailer_id"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty product_list catalog_id")
        << edited(MessageType::ProductList, [](InteractiveMessage& m) { productListOf(m).catalogId.clear(); })
        << u"action.catalog_id"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty product item id")
        << edited(MessageType::ProductList,
                  [](InteractiveMessage& m) { productListOf(m).sections[0].productRetailerIds[0].clear(); })
        << u"action.sections[0].product_items[0].product_retailer_id"_s << u"empty"_s << Expect::Error;
}

void TestValidator::duplicates_data()
{
    addIssueColumns();
    const auto sameReplyIds =
        edited(MessageType::Button, [](InteractiveMessage& m) { buttonsOf(m).buttons[1].id = u"yes"_s; });
    QTest::newRow("reply ids: second flagged")
        << sameReplyIds << u"action.buttons[1].reply.id"_s << u"duplicate-id"_s << Expect::Error;
    QTest::newRow("reply ids: first not flagged")
        << sameReplyIds << u"action.buttons[0].reply.id"_s << u"duplicate-id"_s << Expect::Absent;
    QTest::newRow("reply ids: third repeats first")
        << edited(MessageType::Button,
                  [](InteractiveMessage& m) {
                      buttonsOf(m).buttons.append({u"yes"_s, u"Maybe"_s});
                  })
        << u"action.buttons[2].reply.id"_s << u"duplicate-id"_s << Expect::Error;

    const auto sameReplyTitles =
        edited(MessageType::Button, [](InteractiveMessage& m) { buttonsOf(m).buttons[1].title = u"Yes"_s; });
    QTest::newRow("reply titles: second flagged")
        << sameReplyTitles << u"action.buttons[1].reply.title"_s << u"duplicate-title"_s << Expect::Error;
    QTest::newRow("reply titles: first not flagged")
        << sameReplyTitles << u"action.buttons[0].reply.title"_s << u"duplicate-title"_s << Expect::Absent;

    // Row ids must be unique across the whole list, not only within a section.
    QTest::newRow("row ids: across sections")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) {
                      listOf(m).sections.append({u"Food"_s, {{u"tea"_s, u"Cake"_s, {}}}});
                  })
        << u"action.sections[1].rows[0].id"_s << u"duplicate-id"_s << Expect::Error;
    QTest::newRow("row ids: within a section")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].rows[1].id = u"tea"_s; })
        << u"action.sections[0].rows[1].id"_s << u"duplicate-id"_s << Expect::Error;

    // Same row titles only confuse the customer: a warning, the message stays sendable.
    QTest::newRow("row titles: across sections")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) {
                      listOf(m).sections.append({u"Food"_s, {{u"cake"_s, u"Tea"_s, {}}}});
                  })
        << u"action.sections[1].rows[0].title"_s << u"duplicate-title"_s << Expect::Warning;
    QTest::newRow("row titles: within a section")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].rows[1].title = u"Tea"_s; })
        << u"action.sections[0].rows[1].title"_s << u"duplicate-title"_s << Expect::Warning;
}

void TestValidator::sections_data()
{
    addIssueColumns();
    QTest::newRow("second of two untitled")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) {
                      listOf(m).sections.append({{}, {{u"cake"_s, u"Cake"_s, {}}}});
                  })
        << u"action.sections[1].title"_s << u"required"_s << Expect::Error;
    QTest::newRow("first of two untitled")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) {
                      listOf(m).sections[0].title.clear();
                      listOf(m).sections.append({u"Food"_s, {{u"cake"_s, u"Cake"_s, {}}}});
                  })
        << u"action.sections[0].title"_s << u"required"_s << Expect::Error;
    QTest::newRow("third of three untitled")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) {
                      listOf(m).sections.append({u"Food"_s, {{u"cake"_s, u"Cake"_s, {}}}});
                      listOf(m).sections.append({{}, {{u"soup"_s, u"Soup"_s, {}}}});
                  })
        << u"action.sections[2].title"_s << u"required"_s << Expect::Error;

    // A single section may go untitled, though Meta's newest page asks for a title: a warning.
    const auto singleUntitled =
        edited(MessageType::List, [](InteractiveMessage& m) { listOf(m).sections[0].title.clear(); });
    QTest::newRow("single untitled: warned")
        << singleUntitled << u"action.sections[0].title"_s << u"missing-title"_s << Expect::Warning;
    QTest::newRow("single untitled: not required")
        << singleUntitled << u"action.sections[0].title"_s << u"required"_s << Expect::Absent;

    QTest::newRow("empty section") << edited(MessageType::List,
                                             [](InteractiveMessage& m) {
                                                 listOf(m).sections.append({u"Food"_s, {}});
                                             })
                                   << u"action.sections[1].rows"_s << u"too-few"_s << Expect::Error;

    // Product list sections always need a title.
    QTest::newRow("product section untitled")
        << edited(MessageType::ProductList,
                  [](InteractiveMessage& m) { productListOf(m).sections[0].title.clear(); })
        << u"action.sections[0].title"_s << u"empty"_s << Expect::Error;
    QTest::newRow("empty product section")
        << edited(MessageType::ProductList,
                  [](InteractiveMessage& m) {
                      productListOf(m).sections.append({u"More"_s, {}});
                  })
        << u"action.sections[1].product_items"_s << u"too-few"_s << Expect::Error;
}

void TestValidator::mediaHeaders_data()
{
    addIssueColumns();
    const auto withHeader = [](MessageType type, const Header& header) {
        return edited(type, [header](InteractiveMessage& m) { m.header = header; });
    };
    const QString jpg = u"https://cdn.example.com/a.jpg"_s;

    // Exactly one of id and link.
    QTest::newRow("image, neither id nor link")
        << withHeader(MessageType::Button, mediaHeader(HeaderKind::Image, {}, {})) << u"header.image"_s
        << u"media-source"_s << Expect::Error;
    QTest::newRow("image, both id and link")
        << withHeader(MessageType::Button, mediaHeader(HeaderKind::Image, u"123"_s, jpg)) << u"header.image"_s
        << u"media-source"_s << Expect::Error;
    QTest::newRow("video, both id and link")
        << withHeader(MessageType::CtaUrl, mediaHeader(HeaderKind::Video, u"123"_s, jpg)) << u"header.video"_s
        << u"media-source"_s << Expect::Error;
    QTest::newRow("document, neither")
        << withHeader(MessageType::CtaUrl, mediaHeader(HeaderKind::Document, {}, {}, u"a.pdf"_s))
        << u"header.document"_s << u"media-source"_s << Expect::Error;
    QTest::newRow("image, id only") << withHeader(MessageType::Button,
                                                  mediaHeader(HeaderKind::Image, u"123"_s, {}))
                                    << u"header.image"_s << u"media-source"_s << Expect::Absent;
    QTest::newRow("image, link only")
        << withHeader(MessageType::Button, mediaHeader(HeaderKind::Image, {}, jpg)) << u"header.image"_s
        << u"media-source"_s << Expect::Absent;

    // A media link is an absolute https URL.
    QTest::newRow("image link http") << withHeader(
                                            MessageType::Button,
                                            mediaHeader(HeaderKind::Image, {}, u"http://example.com/a.jpg"_s))
                                     << u"header.image.link"_s << u"url-scheme"_s << Expect::Error;
    QTest::newRow("video link ftp") << withHeader(
                                           MessageType::Button,
                                           mediaHeader(HeaderKind::Video, {}, u"ftp://example.com/a.mp4"_s))
                                    << u"header.video.link"_s << u"url-scheme"_s << Expect::Error;
    QTest::newRow("image link https")
        << withHeader(MessageType::Button, mediaHeader(HeaderKind::Image, {}, jpg)) << u"header.image.link"_s
        << u"url-scheme"_s << Expect::Absent;
    QTest::newRow("image link without host")
        << withHeader(MessageType::Button, mediaHeader(HeaderKind::Image, {}, u"https://"_s))
        << u"header.image.link"_s << u"invalid-url"_s << Expect::Error;
    QTest::newRow("document link, empty host")
        << withHeader(MessageType::Button, mediaHeader(HeaderKind::Document, {}, u"https:///menu.pdf"_s))
        << u"header.document.link"_s << u"invalid-url"_s << Expect::Error;
    QTest::newRow("image link relative")
        << withHeader(MessageType::CtaUrl, mediaHeader(HeaderKind::Image, {}, u"example.com/a.jpg"_s))
        << u"header.image.link"_s << u"invalid-url"_s << Expect::Error;

    // A product list needs a text header.
    QTest::newRow("product_list without header")
        << withHeader(MessageType::ProductList, Header{}) << u"header"_s << u"required"_s << Expect::Error;
    QTest::newRow("product_list with empty text header")
        << withHeader(MessageType::ProductList, Header::fromText({})) << u"header.text"_s << u"empty"_s
        << Expect::Error;
    QTest::newRow("list with image header")
        << withHeader(MessageType::List, mediaHeader(HeaderKind::Image, u"123"_s, {})) << u"header"_s
        << u"not-allowed"_s << Expect::Error;
    QTest::newRow("product with text header") << withHeader(MessageType::Product, Header::fromText(u"Hi"_s))
                                              << u"header"_s << u"not-allowed"_s << Expect::Error;
}

void TestValidator::ctaUrls_data()
{
    addIssueColumns();
    const auto withUrl = [](const QString& url) {
        return edited(MessageType::CtaUrl, [url](InteractiveMessage& m) { ctaOf(m).url = url; });
    };
    const QString path = u"action.parameters.url"_s;
    QTest::newRow("http:// without host")
        << withUrl(u"http://"_s) << path << u"invalid-url"_s << Expect::Error;
    QTest::newRow("https:// without host")
        << withUrl(u"https://"_s) << path << u"invalid-url"_s << Expect::Error;
    QTest::newRow("no scheme") << withUrl(u"example.com/page"_s) << path << u"invalid-url"_s << Expect::Error;
    QTest::newRow("ftp") << withUrl(u"ftp://x.com"_s) << path << u"url-scheme"_s << Expect::Error;
    QTest::newRow("javascript") << withUrl(u"javascript://example.com/%0Aalert(1)"_s) << path
                                << u"url-scheme"_s << Expect::Error;
    // http is allowed for the CTA button (only media links must be https).
    QTest::newRow("http: scheme fine")
        << withUrl(u"http://example.com"_s) << path << u"url-scheme"_s << Expect::Absent;
    QTest::newRow("http: url fine") << withUrl(u"http://example.com"_s) << path << u"invalid-url"_s
                                    << Expect::Absent;
    QTest::newRow("https with path: scheme fine")
        << withUrl(u"https://example.com/x"_s) << path << u"url-scheme"_s << Expect::Absent;
    QTest::newRow("https with path: url fine")
        << withUrl(u"https://example.com/x"_s) << path << u"invalid-url"_s << Expect::Absent;
}

// A media carousel of n cards, each with an image and a URL button (kind Url) or two quick replies.
InteractiveMessage carouselOfCards(int n, CarouselCard::Kind kind = CarouselCard::Kind::Url)
{
    InteractiveMessage m = validMessage(MessageType::Carousel);
    CarouselAction& carousel = carouselOf(m);
    carousel.cards.clear();
    for (int i = 0; i < n; ++i) {
        CarouselCard card;
        card.index = i;
        card.kind = kind;
        if (kind == CarouselCard::Kind::Product) {
            card.productRetailerId = u"sku-%1"_s.arg(i);
            card.catalogId = u"catalog-1"_s;
        } else {
            card.header = mediaHeader(HeaderKind::Image, {}, u"https://example.com/%1.jpg"_s.arg(i));
            card.url = {u"Shop"_s, u"https://example.com/shop/%1"_s.arg(i)};
        }
        carousel.cards.append(card);
    }
    if (kind == CarouselCard::Kind::QuickReplies)
        withQuickReplies(m, 2);
    return m;
}

InteractiveMessage carouselEdited(int n, CarouselCard::Kind kind,
                                  const std::function<void(CarouselAction&)>& edit)
{
    InteractiveMessage m = carouselOfCards(n, kind);
    edit(carouselOf(m));
    return m;
}

void TestValidator::carousel_data()
{
    addIssueColumns();
    using Kind = CarouselCard::Kind;
    const auto cards = [](int n, Kind kind, const char* code, Expect expect) {
        QTest::addRow("%d %s cards", n, qPrintable(carouselCardKindName(kind)))
            << carouselOfCards(n, kind) << u"action.cards"_s << QString::fromLatin1(code) << expect;
    };
    for (Kind kind : {Kind::Url, Kind::QuickReplies, Kind::Product}) {
        cards(Limits::CarouselCardsMin, kind, "too-few", Expect::Absent);
        cards(Limits::CarouselCardsMin - 1, kind, "too-few", Expect::Error);
        cards(Limits::CarouselCardsMax, kind, "too-many", Expect::Absent);
        cards(Limits::CarouselCardsMax + 1, kind, "too-many", Expect::Error);
    }
    const auto replies = [](int count) {
        return carouselEdited(2, Kind::QuickReplies, [count](CarouselAction& c) {
            for (qsizetype i = 0; i < c.cards.size(); ++i) {
                c.cards[i].quickReplies.clear();
                for (int b = 0; b < count; ++b)
                    c.cards[i].quickReplies.append({u"c%1-b%2"_s.arg(i).arg(b), u"Reply %1"_s.arg(b)});
            }
        });
    };
    const QString buttons0 = u"action.cards[0].action.buttons"_s;
    QTest::newRow("2 quick replies: shown")
        << replies(2) << buttons0 << u"hidden-buttons"_s << Expect::Absent;
    QTest::newRow("3 quick replies: sources differ")
        << replies(3) << buttons0 << u"hidden-buttons"_s << Expect::Warning;
    QTest::newRow("3 quick replies: allowed") << replies(3) << buttons0 << u"too-many"_s << Expect::Absent;
    QTest::newRow("4 quick replies") << replies(4) << buttons0 << u"too-many"_s << Expect::Error;
    QTest::newRow("no quick reply") << replies(0) << buttons0 << u"too-few"_s << Expect::Error;
    QTest::newRow("quick reply counts differ")
        << carouselEdited(2, Kind::QuickReplies,
                          [](CarouselAction& c) { c.cards[1].quickReplies.removeLast(); })
        << u"action.cards[1].action.buttons"_s << u"card-mismatch"_s << Expect::Error;
    QTest::newRow("a URL card among quick-reply cards")
        << carouselEdited(3, Kind::QuickReplies,
                          [](CarouselAction& c) {
                              c.cards[2].kind = Kind::Url;
                              c.cards[2].url = {u"Go"_s, u"https://example.com"_s};
                          })
        << u"action.cards[2].type"_s << u"card-mismatch"_s << Expect::Error;
    QTest::newRow("a product card among media cards")
        << carouselEdited(2, Kind::Url,
                          [](CarouselAction& c) {
                              c.cards[1] = CarouselCard{1, Kind::Product, {}, {}, {}, {}, u"sku"_s, u"cat"_s};
                          })
        << u"action.cards[1].type"_s << u"card-mismatch"_s << Expect::Error;
    QTest::newRow("quick reply ids repeat across cards")
        << carouselEdited(
               2, Kind::QuickReplies,
               [](CarouselAction& c) { c.cards[1].quickReplies[0].id = c.cards[0].quickReplies[0].id; })
        << u"action.cards[1].action.buttons[0].quick_reply.id"_s << u"duplicate-id"_s << Expect::Error;
    QTest::newRow("same title twice on a card")
        << carouselEdited(
               2, Kind::QuickReplies,
               [](CarouselAction& c) { c.cards[0].quickReplies[1].title = c.cards[0].quickReplies[0].title; })
        << u"action.cards[0].action.buttons[1].quick_reply.title"_s << u"duplicate-title"_s << Expect::Error;
    QTest::newRow("same titles on two cards")
        << carouselOfCards(2, Kind::QuickReplies) << u"action.cards[1].action.buttons[0].quick_reply.title"_s
        << u"duplicate-title"_s << Expect::Absent;
    const auto cardBody = [](const QString& text) {
        return carouselEdited(2, Kind::Url, [text](CarouselAction& c) { c.cards[0].body = text; });
    };
    const QString body0 = u"action.cards[0].body.text"_s;
    QTest::newRow("card body: 2 line breaks")
        << cardBody(u"a\nb\nc"_s) << body0 << u"too-many-lines"_s << Expect::Absent;
    QTest::newRow("card body: 3 line breaks")
        << cardBody(u"a\nb\nc\nd"_s) << body0 << u"too-many-lines"_s << Expect::Error;
    QTest::newRow("card body: empty") << cardBody(QString()) << body0 << u"empty"_s << Expect::Error;
    QTest::newRow("card without a header")
        << carouselEdited(2, Kind::Url, [](CarouselAction& c) { c.cards[1].header = {}; })
        << u"action.cards[1].header"_s << u"required"_s << Expect::Error;
    QTest::newRow("card with a text header")
        << carouselEdited(2, Kind::Url,
                          [](CarouselAction& c) { c.cards[1].header = Header::fromText(u"Hi"_s); })
        << u"action.cards[1].header"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("card with a document header")
        << carouselEdited(
               2, Kind::Url,
               [](CarouselAction& c) { c.cards[0].header = mediaHeader(HeaderKind::Document, u"123"_s, {}); })
        << u"action.cards[0].header"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("card image by id and link")
        << carouselEdited(2, Kind::Url, [](CarouselAction& c) { c.cards[0].header.mediaId = u"123"_s; })
        << u"action.cards[0].header.image"_s << u"media-source"_s << Expect::Error;
    QTest::newRow("card image over http")
        << carouselEdited(
               2, Kind::Url,
               [](CarouselAction& c) { c.cards[1].header.mediaLink = u"http://example.com/a.jpg"_s; })
        << u"action.cards[1].header.image.link"_s << u"url-scheme"_s << Expect::Error;
    QTest::newRow("image and video cards")
        << carouselEdited(2, Kind::Url,
                          [](CarouselAction& c) {
                              c.cards[1].header =
                                  mediaHeader(HeaderKind::Video, {}, u"https://example.com/v.mp4"_s);
                          })
        << u"action.cards[1].header"_s << u"mixed-media"_s << Expect::Warning;
    QTest::newRow("card URL not absolute")
        << carouselEdited(2, Kind::Url, [](CarouselAction& c) { c.cards[1].url.url = u"/shop"_s; })
        << u"action.cards[1].action.parameters.url"_s << u"invalid-url"_s << Expect::Error;
    QTest::newRow("card_index repeated")
        << carouselEdited(3, Kind::Url, [](CarouselAction& c) { c.cards[2].index = 1; })
        << u"action.cards[2].card_index"_s << u"card-index"_s << Expect::Error;
    QTest::newRow("card_index with a gap")
        << carouselEdited(3, Kind::Url, [](CarouselAction& c) { c.cards[2].index = 3; })
        << u"action.cards[2].card_index"_s << u"card-index"_s << Expect::Error;
    QTest::newRow("card_index below 0")
        << carouselEdited(2, Kind::Url, [](CarouselAction& c) { c.cards[0].index = -1; })
        << u"action.cards[0].card_index"_s << u"card-index"_s << Expect::Error;
    QTest::newRow("card_index out of order") << carouselEdited(2, Kind::Url,
                                                               [](CarouselAction& c) {
                                                                   c.cards[0].index = 1;
                                                                   c.cards[1].index = 0;
                                                               })
                                             << u"action.cards"_s << u"card-order"_s << Expect::Warning;
    QTest::newRow("products from two catalogs")
        << carouselEdited(2, Kind::Product, [](CarouselAction& c) { c.cards[1].catalogId = u"catalog-2"_s; })
        << u"action.cards[1].action.catalog_id"_s << u"catalog-mismatch"_s << Expect::Error;
    QTest::newRow("product card without a product")
        << carouselEdited(2, Kind::Product, [](CarouselAction& c) { c.cards[0].productRetailerId.clear(); })
        << u"action.cards[0].action.product_retailer_id"_s << u"empty"_s << Expect::Error;
    QTest::newRow("carousel with a header")
        << edited(MessageType::Carousel, [](InteractiveMessage& m) { m.header = Header::fromText(u"Hi"_s); })
        << u"header"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("carousel with a footer")
        << edited(MessageType::Carousel, [](InteractiveMessage& m) { m.footer = u"Bye"_s; }) << u"footer"_s
        << u"not-allowed"_s << Expect::Error;
}

void TestValidator::voiceCall_data()
{
    addIssueColumns();
    const auto ttl = [](qint64 minutes) {
        return edited(MessageType::VoiceCall,
                      [minutes](InteractiveMessage& m) { voiceCallOf(m).ttlMinutes = minutes; });
    };
    const QString path = u"action.parameters.ttl_minutes"_s;
    QTest::newRow("ttl 1 minute") << ttl(Limits::VoiceCallTtlMinutesMin) << path << u"out-of-range"_s
                                  << Expect::Absent;
    QTest::newRow("ttl 0 minutes") << ttl(Limits::VoiceCallTtlMinutesMin - 1) << path << u"out-of-range"_s
                                   << Expect::Error;
    QTest::newRow("ttl 43200 minutes")
        << ttl(Limits::VoiceCallTtlMinutesMax) << path << u"out-of-range"_s << Expect::Absent;
    QTest::newRow("ttl 43201 minutes")
        << ttl(Limits::VoiceCallTtlMinutesMax + 1) << path << u"out-of-range"_s << Expect::Error;
    QTest::newRow("no parameters at all")
        << edited(MessageType::VoiceCall, [](InteractiveMessage& m) { m.action = VoiceCallAction{}; }) << path
        << u"out-of-range"_s << Expect::Absent;
    QTest::newRow("a header") << edited(MessageType::VoiceCall,
                                        [](InteractiveMessage& m) { m.header = Header::fromText(u"Hi"_s); })
                              << u"header"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("call permission: a footer")
        << edited(MessageType::CallPermissionRequest, [](InteractiveMessage& m) { m.footer = u"Bye"_s; })
        << u"footer"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("contact info: a footer")
        << edited(MessageType::ContactInfoRequest, [](InteractiveMessage& m) { m.footer = u"Bye"_s; })
        << u"footer"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("contact info: no body")
        << edited(MessageType::ContactInfoRequest, [](InteractiveMessage& m) { m.body.reset(); }) << u"body"_s
        << u"required"_s << Expect::Error;
}

void TestValidator::addressMessage_data()
{
    addIssueColumns();
    const auto address = [](const std::function<void(AddressAction&)>& edit) {
        return edited(MessageType::Address,
                      [edit](InteractiveMessage& m) { edit(std::get<AddressAction>(m.action)); });
    };
    const auto pin = [&](const QString& value) {
        return address([value](AddressAction& a) { a.setValue(QLatin1StringView("in_pin_code"), value); });
    };
    const QString pinPath = u"action.parameters.values.in_pin_code"_s;
    QTest::newRow("PIN of 6 digits") << pin(u"400063"_s) << pinPath << u"pin-code"_s << Expect::Absent;
    QTest::newRow("PIN of 7 digits") << pin(u"4000631"_s) << pinPath << u"pin-code"_s << Expect::Error;
    QTest::newRow("PIN with a letter") << pin(u"40006A"_s) << pinPath << u"pin-code"_s << Expect::Error;
    QTest::newRow("country SG") << address([](AddressAction& a) { a.country = u"SG"_s; })
                                << u"action.parameters.country"_s << u"invalid-value"_s << Expect::Error;
    QTest::newRow("no country") << address([](AddressAction& a) { a.country.clear(); })
                                << u"action.parameters.country"_s << u"empty"_s << Expect::Error;
    QTest::newRow("saved addresses with one id") << address([](AddressAction& a) {
        a.savedAddresses = {{u"home"_s, {{u"city"_s, u"Pune"_s}}}, {u"home"_s, {{u"city"_s, u"Goa"_s}}}};
    }) << u"action.parameters.saved_addresses[1].id"_s
                                                 << u"duplicate-id"_s << Expect::Error;
    QTest::newRow("a saved PIN of 7 digits") << address([](AddressAction& a) {
        a.savedAddresses = {{u"home"_s, {{u"in_pin_code"_s, u"1234567"_s}}}};
    }) << u"action.parameters.saved_addresses[0].value.in_pin_code"_s
                                             << u"pin-code"_s << Expect::Error;
    QTest::newRow("a control character in a value")
        << address([](AddressAction& a) { a.setValue(QLatin1StringView("city"), u"Pu\u0001ne"_s); })
        << u"action.parameters.values.city"_s << u"broken-text"_s << Expect::Error;
}

void TestValidator::locationRequest_data()
{
    addIssueColumns();
    QTest::newRow("footer") << edited(MessageType::LocationRequest,
                                      [](InteractiveMessage& m) { m.footer = u"Thanks"_s; })
                            << u"footer"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("empty footer") << edited(MessageType::LocationRequest,
                                            [](InteractiveMessage& m) { m.footer = QString(); })
                                  << u"footer"_s << u"not-allowed"_s << Expect::Error;
    QTest::newRow("no footer") << validMessage(MessageType::LocationRequest) << u"footer"_s
                               << u"not-allowed"_s << Expect::Absent;
    QTest::newRow("text header") << edited(MessageType::LocationRequest,
                                           [](InteractiveMessage& m) {
                                               m.header = Header::fromText(u"Where are you?"_s);
                                           })
                                 << u"header"_s << u"not-allowed"_s << Expect::Error;
}

void TestValidator::flows_data()
{
    addIssueColumns();
    const auto flow = [](const std::function<void(FlowAction&)>& edit) {
        return edited(MessageType::Flow, [edit](InteractiveMessage& m) { edit(flowOf(m)); });
    };
    const QString parameters = u"action.parameters."_s;

    QTest::newRow("version 2") << flow([](FlowAction& f) { f.messageVersion = u"2"_s; })
                               << parameters + u"flow_message_version"_s << u"invalid-value"_s
                               << Expect::Error;
    QTest::newRow("version empty") << flow([](FlowAction& f) { f.messageVersion.clear(); })
                                   << parameters + u"flow_message_version"_s << u"invalid-value"_s
                                   << Expect::Error;
    QTest::newRow("version 3.0") << flow([](FlowAction& f) { f.messageVersion = u"3.0"_s; })
                                 << parameters + u"flow_message_version"_s << u"invalid-value"_s
                                 << Expect::Error;
    QTest::newRow("version 3") << validMessage(MessageType::Flow) << parameters + u"flow_message_version"_s
                               << u"invalid-value"_s << Expect::Absent;

    // Exactly one of flow_id and flow_name.
    QTest::newRow("neither flow_id nor flow_name")
        << flow([](FlowAction& f) { f.flowId.clear(); }) << parameters + u"flow_id"_s << u"flow-identity"_s
        << Expect::Error;
    QTest::newRow("both flow_id and flow_name")
        << flow([](FlowAction& f) { f.flowName = u"booking"_s; }) << parameters + u"flow_name"_s
        << u"flow-identity"_s << Expect::Error;
    const auto byName = flow([](FlowAction& f) {
        f.flowId.clear();
        f.flowName = u"booking"_s;
    });
    QTest::newRow("flow_name only: id fine")
        << byName << parameters + u"flow_id"_s << u"flow-identity"_s << Expect::Absent;
    QTest::newRow("flow_name only: name fine")
        << byName << parameters + u"flow_name"_s << u"flow-identity"_s << Expect::Absent;

    QTest::newRow("emoji in flow_cta") << flow([](FlowAction& f) { f.cta = u"Book 😀"_s; })
                                       << parameters + u"flow_cta"_s << u"emoji"_s << Expect::Error;
    QTest::newRow("heart in flow_cta") << flow([](FlowAction& f) { f.cta = u"I \u2764\uFE0F it"_s; })
                                       << parameters + u"flow_cta"_s << u"emoji"_s << Expect::Error;
    // ™ and friends draw as text unless U+FE0F follows; some phones still show them as emoji: a warning.
    QTest::newRow("trade mark in flow_cta")
        << flow([](FlowAction& f) { f.cta = u"Book\u2122"_s; }) << parameters + u"flow_cta"_s
        << u"pictograph"_s << Expect::Warning;
    QTest::newRow("check mark in flow_cta")
        << flow([](FlowAction& f) { f.cta = u"Done \u2713"_s; }) << parameters + u"flow_cta"_s
        << u"pictograph"_s << Expect::Absent;
    QTest::newRow("plain flow_cta") << validMessage(MessageType::Flow) << parameters + u"flow_cta"_s
                                    << u"emoji"_s << Expect::Absent;

    QTest::newRow("mode live") << flow([](FlowAction& f) { f.mode = u"live"_s; }) << parameters + u"mode"_s
                               << u"invalid-value"_s << Expect::Error;
    QTest::newRow("mode Draft, capitalised") << flow([](FlowAction& f) { f.mode = u"Draft"_s; })
                                             << parameters + u"mode"_s << u"invalid-value"_s << Expect::Error;
    QTest::newRow("mode draft") << flow([](FlowAction& f) { f.mode = u"draft"_s; }) << parameters + u"mode"_s
                                << u"invalid-value"_s << Expect::Absent;
    QTest::newRow("flow_action open") << flow([](FlowAction& f) { f.flowAction = u"open"_s; })
                                      << parameters + u"flow_action"_s << u"invalid-value"_s << Expect::Error;
    QTest::newRow("flow_action data_exchange") << flow([](FlowAction& f) {
        f.flowAction = u"data_exchange"_s;
        f.screen.clear();
    }) << parameters + u"flow_action"_s << u"invalid-value"_s
                                               << Expect::Absent;

    // A payload names its first screen.
    const QString screen = parameters + u"flow_action_payload.screen"_s;
    QTest::newRow("data without screen") << flow([](FlowAction& f) {
        f.screen.clear();
        f.data = QJsonObject{{u"customer"_s, u"Ann"_s}};
    }) << screen << u"required"_s << Expect::Error;
    QTest::newRow("screen without data")
        << validMessage(MessageType::Flow) << screen << u"required"_s << Expect::Absent;

    // Flow data nests at most Limits::FlowDataDepthMax levels (our own bound, far below Qt's parser's).
    const auto nested = [](int depth) {
        QJsonValue value = u"leaf"_s;
        for (int i = 0; i < depth; ++i)
            value = ((depth - 1 - i) % 2) ? QJsonValue(QJsonArray{value})
                                          : QJsonValue(QJsonObject{{u"a"_s, value}});
        return value.toObject();
    };
    const QString data = parameters + u"flow_action_payload.data"_s;
    QTest::newRow("data at the depth limit")
        << flow([&](FlowAction& f) { f.data = nested(Limits::FlowDataDepthMax); }) << data << u"too-deep"_s
        << Expect::Absent;
    QTest::newRow("data one level past the limit")
        << flow([&](FlowAction& f) { f.data = nested(Limits::FlowDataDepthMax + 1); }) << data
        << u"too-deep"_s << Expect::Error;
}

void TestValidator::whitespaceMarkdownBlank_data()
{
    addIssueColumns();
    // Leading or trailing white space in titles and labels: a warning.
    QTest::newRow("space before header.text")
        << edited(MessageType::Button,
                  [](InteractiveMessage& m) { m.header = Header::fromText(u" Your order"_s); })
        << u"header.text"_s << u"outer-whitespace"_s << Expect::Warning;
    QTest::newRow("space after reply title")
        << edited(MessageType::Button,
                  [](InteractiveMessage& m) { buttonsOf(m).buttons[0].title = u"Yes "_s; })
        << u"action.buttons[0].reply.title"_s << u"outer-whitespace"_s << Expect::Warning;
    QTest::newRow("space before row title")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].rows[0].title = u" Tea"_s; })
        << u"action.sections[0].rows[0].title"_s << u"outer-whitespace"_s << Expect::Warning;
    QTest::newRow("tab after section title")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].title = u"Drinks\t"_s; })
        << u"action.sections[0].title"_s << u"outer-whitespace"_s << Expect::Warning;
    QTest::newRow("space before list button")
        << edited(MessageType::List, [](InteractiveMessage& m) { listOf(m).button = u" Choose"_s; })
        << u"action.button"_s << u"outer-whitespace"_s << Expect::Warning;
    QTest::newRow("space after display_text")
        << edited(MessageType::CtaUrl, [](InteractiveMessage& m) { ctaOf(m).displayText = u"Open "_s; })
        << u"action.parameters.display_text"_s << u"outer-whitespace"_s << Expect::Warning;
    QTest::newRow("space after product section title")
        << edited(MessageType::ProductList,
                  [](InteractiveMessage& m) { productListOf(m).sections[0].title = u"Bestsellers "_s; })
        << u"action.sections[0].title"_s << u"outer-whitespace"_s << Expect::Warning;

    // reply.id: "no leading or trailing spaces" is a rule, so an error.
    const QString replyId = u"action.buttons[0].reply.id"_s;
    const auto withReplyId = [](const QString& id) {
        return edited(MessageType::Button, [id](InteractiveMessage& m) { buttonsOf(m).buttons[0].id = id; });
    };
    QTest::newRow("reply id, leading space")
        << withReplyId(u" yes"_s) << replyId << u"outer-whitespace"_s << Expect::Error;
    QTest::newRow("reply id, trailing space")
        << withReplyId(u"yes "_s) << replyId << u"outer-whitespace"_s << Expect::Error;
    QTest::newRow("reply id, trailing newline")
        << withReplyId(u"yes\n"_s) << replyId << u"outer-whitespace"_s << Expect::Error;
    // Only spaces: still leading and trailing spaces, and an id WhatsApp would see as blank.
    QTest::newRow("reply id, only spaces")
        << withReplyId(u"   "_s) << replyId << u"outer-whitespace"_s << Expect::Error;
    QTest::newRow("reply id, inner space")
        << withReplyId(u"yes please"_s) << replyId << u"outer-whitespace"_s << Expect::Absent;

    // Markdown markers show literally outside body and footer.
    QTest::newRow("bold in header.text")
        << edited(MessageType::Button,
                  [](InteractiveMessage& m) { m.header = Header::fromText(u"*bold*"_s); })
        << u"header.text"_s << u"markdown-literal"_s << Expect::Warning;
    QTest::newRow("bold in reply title")
        << edited(MessageType::Button,
                  [](InteractiveMessage& m) { buttonsOf(m).buttons[0].title = u"*Yes*"_s; })
        << u"action.buttons[0].reply.title"_s << u"markdown-literal"_s << Expect::Warning;
    QTest::newRow("italic in row title")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].rows[0].title = u"_New_ tea"_s; })
        << u"action.sections[0].rows[0].title"_s << u"markdown-literal"_s << Expect::Warning;
    QTest::newRow("strike in list button")
        << edited(MessageType::List, [](InteractiveMessage& m) { listOf(m).button = u"~Old~ menu"_s; })
        << u"action.button"_s << u"markdown-literal"_s << Expect::Warning;
    QTest::newRow("bold in body renders")
        << edited(MessageType::Button, [](InteractiveMessage& m) { m.body = u"*bold* and _italic_"_s; })
        << u"body.text"_s << u"markdown-literal"_s << Expect::Absent;
    QTest::newRow("bold in list body renders")
        << edited(MessageType::List, [](InteractiveMessage& m) { m.body = u"*bold*"_s; }) << u"body.text"_s
        << u"markdown-literal"_s << Expect::Absent;
    QTest::newRow("italic in footer renders")
        << edited(MessageType::Button, [](InteractiveMessage& m) { m.footer = u"_Thanks_"_s; })
        << u"footer.text"_s << u"markdown-literal"_s << Expect::Absent;
    // Ids are never shown to the customer: markers in them are harmless.
    QTest::newRow("markers in a reply id")
        << edited(MessageType::Button, [](InteractiveMessage& m) { buttonsOf(m).buttons[0].id = u"*yes*"_s; })
        << u"action.buttons[0].reply.id"_s << u"markdown-literal"_s << Expect::Absent;
    QTest::newRow("markers in a row id")
        << edited(MessageType::List,
                  [](InteractiveMessage& m) { listOf(m).sections[0].rows[0].id = u"_tea_"_s; })
        << u"action.sections[0].rows[0].id"_s << u"markdown-literal"_s << Expect::Absent;
    QTest::newRow("lone star in header is not markdown")
        << edited(MessageType::Button,
                  [](InteractiveMessage& m) { m.header = Header::fromText(u"5 * 3 = 15"_s); })
        << u"header.text"_s << u"markdown-literal"_s << Expect::Absent;

    // Only white space: non-empty, so not an error, but WhatsApp shows nothing.
    QTest::newRow("blank body") << edited(MessageType::Button,
                                          [](InteractiveMessage& m) { m.body = u"   "_s; })
                                << u"body.text"_s << u"blank"_s << Expect::Warning;
    QTest::newRow("blank body is not empty")
        << edited(MessageType::Button, [](InteractiveMessage& m) { m.body = u"   "_s; }) << u"body.text"_s
        << u"empty"_s << Expect::Absent;
    QTest::newRow("blank list body") << edited(MessageType::List,
                                               [](InteractiveMessage& m) { m.body = u"\n\t "_s; })
                                     << u"body.text"_s << u"blank"_s << Expect::Warning;
    QTest::newRow("blank footer") << edited(MessageType::Button,
                                            [](InteractiveMessage& m) { m.footer = u" "_s; })
                                  << u"footer.text"_s << u"blank"_s << Expect::Warning;
    QTest::newRow("blank header") << edited(
                                         MessageType::Button,
                                         [](InteractiveMessage& m) { m.header = Header::fromText(u"  "_s); })
                                  << u"header.text"_s << u"blank"_s << Expect::Warning;
}

// ---------------------------------------------------------------------------------------------------------
// The small API around check()

void TestValidator::hasErrors_data()
{
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::newRow("nothing") << 0 << 0;
    QTest::newRow("only warnings") << 0 << 2;
    QTest::newRow("one error") << 1 << 0;
    QTest::newRow("errors and warnings") << 2 << 3;
}

void TestValidator::hasErrors()
{
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QList<ValidationIssue> issues;
    for (int i = 0; i < warnings; ++i)
        issues.append({u"body.text"_s, Severity::Warning, u"blank"_s, u"Only white space."_s});
    for (int i = 0; i < errors; ++i)
        issues.append({u"body"_s, Severity::Error, u"required"_s, u"Required."_s});
    QCOMPARE(Validator::hasErrors(issues), errors > 0);
}

void TestValidator::severityNames()
{
    QCOMPARE(severityName(Severity::Error), u"error"_s);
    QCOMPARE(severityName(Severity::Warning), u"warning"_s);
}

// Half of a surrogate pair cannot be shown or sent as UTF-8: an error wherever customers read text.
void TestValidator::brokenText_data()
{
    QTest::addColumn<InteractiveMessage>("message");
    QTest::addColumn<QString>("path");
    const QString lone = u"Hi "_s + QChar(0xD83D);
    QTest::newRow("body") << edited(MessageType::Button, [&](InteractiveMessage& m) { m.body = lone; })
                          << u"body.text"_s;
    QTest::newRow("footer") << edited(MessageType::List, [&](InteractiveMessage& m) { m.footer = lone; })
                            << u"footer.text"_s;
    QTest::newRow("row title") << edited(MessageType::List, [&](InteractiveMessage& m) {
        listOf(m).sections[0].rows[0].title = QChar(0xDC00) + u"Tea"_s;
    }) << u"action.sections[0].rows[0].title"_s;
    QTest::newRow("reply id") << edited(MessageType::Button, [&](InteractiveMessage& m) {
        buttonsOf(m).buttons[0].id = lone;
    }) << u"action.buttons[0].reply.id"_s;
    QTest::newRow("document filename") << edited(MessageType::Button, [&](InteractiveMessage& m) {
        m.header = {
            HeaderKind::Document, {}, {}, u"https://example.com/a.pdf"_s, u"a"_s + QChar(0xD83D) + u".pdf"_s};
    }) << u"header.document.filename"_s;
    QTest::newRow("media link") << edited(MessageType::Button, [&](InteractiveMessage& m) {
        m.header = {HeaderKind::Image, {}, {}, u"https://example.com/"_s + QChar(0xDC00), {}};
    }) << u"header.image.link"_s;
    QTest::newRow("media id") << edited(MessageType::Button, [&](InteractiveMessage& m) {
        m.header = {HeaderKind::Image, {}, lone, {}, {}};
    }) << u"header.image.id"_s;
    QTest::newRow("cta url") << edited(MessageType::CtaUrl, [&](InteractiveMessage& m) {
        std::get<CtaUrlAction>(m.action).url = u"https://example.com/"_s + QChar(0xD800);
    }) << u"action.parameters.url"_s;
    QTest::newRow("flow token") << edited(MessageType::Flow, [&](InteractiveMessage& m) {
        std::get<FlowAction>(m.action).flowToken = lone;
    }) << u"action.parameters.flow_token"_s;
    QTest::newRow("a key inside flow data") << edited(MessageType::Flow, [&](InteractiveMessage& m) {
        std::get<FlowAction>(m.action).data = QJsonObject{{u"outer"_s, QJsonObject{{lone, 1}}}};
    }) << u"action.parameters.flow_action_payload.data"_s;
    QTest::newRow("catalog thumbnail") << edited(MessageType::Catalog, [&](InteractiveMessage& m) {
        std::get<CatalogAction>(m.action).thumbnailProductRetailerId = lone;
    }) << u"action.parameters.thumbnail_product_retailer_id"_s;
}

void TestValidator::brokenText()
{
    QFETCH(InteractiveMessage, message);
    QFETCH(QString, path);
    const QList<ValidationIssue> issues = Validator::check(message);
    QCOMPARE(issuesAt(issues, path, u"broken-text"_s).size(), 1);
    QVERIFY(Validator::hasErrors(issues));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
