#include "StarterMessages.h"

#include <QCoreApplication>

namespace wa::StarterMessages {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(wa::StarterMessages)
};
} // namespace

InteractiveMessage starter(MessageType type)
{
    InteractiveMessage message;
    message.body = Text::tr("Hi! How can we help you today?");
    switch (type) {
    case MessageType::Button:
        message.action =
            ReplyButtonsAction{{{QStringLiteral("order-status"), Text::tr("Order status")},
                                {QStringLiteral("talk-to-agent"), Text::tr("Talk to an agent")}}};
        break;
    case MessageType::List:
        message.header = Header::fromText(Text::tr("How can we help?"));
        message.body = Text::tr("Choose a topic and we will get back to you.");
        message.action = ListAction{Text::tr("See topics"),
                                    {{Text::tr("Orders"),
                                      {{QStringLiteral("track-order"), Text::tr("Track my order"),
                                        Text::tr("Where it is and when it arrives")},
                                       {QStringLiteral("return-order"), Text::tr("Return an item"),
                                        Text::tr("Start a return or exchange")}}}}};
        break;
    case MessageType::CtaUrl:
        message.body = Text::tr("Your order is on its way.");
        message.action = CtaUrlAction{Text::tr("Track order"), QStringLiteral("https://example.com/orders")};
        break;
    case MessageType::LocationRequest:
        message.body = Text::tr("Please share your location so we can find the nearest store.");
        message.action = LocationRequestAction{};
        break;
    case MessageType::Flow: {
        FlowAction flow;
        flow.flowId = QStringLiteral("0000000000000000");
        flow.cta = Text::tr("Start");
        message.action = flow;
        break;
    }
    case MessageType::Product:
        message.body = Text::tr("Here is the product we talked about.");
        message.action = ProductAction{QStringLiteral("catalog-id"), QStringLiteral("sku-1")};
        break;
    case MessageType::ProductList:
        message.header = Header::fromText(Text::tr("Our picks for you"));
        message.body = Text::tr("Tap a product to see more.");
        message.action = ProductListAction{
            QStringLiteral("catalog-id"),
            {{Text::tr("Bestsellers"), {QStringLiteral("sku-1"), QStringLiteral("sku-2")}}}};
        break;
    case MessageType::Catalog:
        message.body = Text::tr("Browse our catalog and order right here in the chat.");
        message.action = CatalogAction{};
        break;
    case MessageType::Carousel: {
        message.body = Text::tr("Three picks for you this week. Swipe to see them all.");
        const QStringList titles{Text::tr("Linen shirt"), Text::tr("Canvas tote"), Text::tr("Straw hat")};
        CarouselAction carousel;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            CarouselCard card;
            card.index = i;
            card.kind = CarouselCard::Kind::Url;
            card.header.kind = HeaderKind::Image;
            card.header.mediaLink = QStringLiteral("https://example.com/images/pick-%1.jpg").arg(i + 1);
            card.body = titles[i];
            card.url = {Text::tr("Shop now"), QStringLiteral("https://example.com/picks/%1").arg(i + 1)};
            carousel.cards.append(card);
        }
        message.action = carousel;
        break;
    }
    case MessageType::VoiceCall: {
        message.body = Text::tr("Questions about your order? Call us right here on WhatsApp.");
        VoiceCallAction call;
        call.displayText = Text::tr("Call support");
        message.action = call;
        break;
    }
    case MessageType::CallPermissionRequest:
        message.body = Text::tr("May we call you on WhatsApp about your order?");
        message.action = CallPermissionRequestAction{};
        break;
    case MessageType::ContactInfoRequest:
        message.body = Text::tr("Please share your contact details so that we can reach you.");
        message.action = ContactInfoRequestAction{};
        break;
    case MessageType::Address:
        message.body = Text::tr("Where should we deliver your order?");
        message.action = AddressAction{};
        break;
    }
    return message;
}

} // namespace wa::StarterMessages
