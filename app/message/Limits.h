#pragma once

// Every WhatsApp and Octopods limit, once, with SPEC.md's wording. Lengths are in Unicode code points.
namespace wa::Limits {

// "header.text: 1 to 60; emojis allowed, no markdown"
inline constexpr int HeaderTextMax = 60;
// "body.text: 1 to 1024"
inline constexpr int BodyTextMax = 1024;
// "a list's body: 4096 per the list-messages page; 1024 per the Interactive Object reference:
//  warn above 1024, error above 4096"
inline constexpr int ListBodyTextMax = 4096;
// "footer.text: 1 to 60; emojis, markdown and links allowed"
inline constexpr int FooterTextMax = 60;

// "reply buttons: 1 to 3"
inline constexpr int ReplyButtonsMax = 3;
// "reply.title: 1 to 20; unique within the message"
inline constexpr int ReplyTitleMax = 20;
// "reply.id: 1 to 256; unique within the message; no leading or trailing spaces"
inline constexpr int ReplyIdMax = 256;

// "list action.button: 1 to 20"
inline constexpr int ListButtonMax = 20;
// "list sections: 1 to 10"
inline constexpr int ListSectionsMax = 10;
// "list rows: at least 1 per section; at most 10 across all sections"
inline constexpr int ListRowsMax = 10;
// "section.title: up to 24"
inline constexpr int SectionTitleMax = 24;
// "row.id: 1 to 200; unique across the whole list"
inline constexpr int RowIdMax = 200;
// "row.title: 1 to 24"
inline constexpr int RowTitleMax = 24;
// "row.description: up to 72, optional"
inline constexpr int RowDescriptionMax = 72;

// "cta_url display_text: 1 to 20"
inline constexpr int CtaDisplayTextMax = 20;

// "flow_cta: 1 to 20 (some sources: 30); no emoji" (the stricter value)
inline constexpr int FlowCtaMax = 20;

// "product_list sections: 1 to 10, each with a title (up to 24); 1 to 30 product_items across all sections"
inline constexpr int ProductSectionsMax = 10;
inline constexpr int ProductSectionTitleMax = 24;
inline constexpr int ProductItemsMax = 30;

// SPEC.md, "Newer interactive types": carousel (media cards)
// "2 to 10 cards"
inline constexpr int CarouselCardsMin = 2;
inline constexpr int CarouselCardsMax = 10;
// "card body optional, up to 160, at most 2 line breaks"
inline constexpr int CardBodyTextMax = 160;
inline constexpr int CardBodyLineBreaksMax = 2;
// "Phones show 2 quick replies per card; sources differ on the maximum (pywa: 3): warn above 2, refuse above
// 3"
inline constexpr int CardQuickRepliesShown = 2;
inline constexpr int CardQuickRepliesMax = 3;
// "quick-reply title 1 to 20, id 1 to 256"
inline constexpr int CardQuickReplyTitleMax = 20;
inline constexpr int CardQuickReplyIdMax = 256;

// voice_call: "display_text up to 20 (WhatsApp's default "Call Now"); ttl_minutes 1 to 43200 (default 10080);
// payload up to 512"
inline constexpr int VoiceCallDisplayTextMax = 20;
inline constexpr int VoiceCallTtlMinutesMin = 1;
inline constexpr int VoiceCallTtlMinutesMax = 43200;
inline constexpr int VoiceCallPayloadMax = 512;

// address_message: "in_pin_code up to 6 digits"
inline constexpr int AddressPinCodeDigitsMax = 6;

// Ours, not WhatsApp's: a field whose placeholders leave fewer characters than this under its limit warns
// with the room left, since a name or an order number may well not fit ("leaves 7 characters for {{name}}").
inline constexpr int VariableRoomWarning = 30;

// Not WhatsApp's (it states none): flow data is a screen's input, a few levels deep. Far deeper is a
// mistake, and past Qt's parser limit (1024) it would not survive a round trip.
inline constexpr int FlowDataDepthMax = 32;

} // namespace wa::Limits
