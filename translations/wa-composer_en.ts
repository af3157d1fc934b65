<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wa::CarouselEditor</name>
    <message>
        <source>Pictures with a link button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures with quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products from a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One catalog for every card, from Commerce Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s retailer id (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change card media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of media uploaded to WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/picture.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words under the picture (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Buy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title the customer taps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id your system receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit quick reply id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add quick reply to every card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones show %1 per card; WhatsApp takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel holds at most %1 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card like the last one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::Database</name>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder for the app&apos;s data, so the database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available, so the database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of wa-composer (schema version %2; this version knows up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has an invalid schema version (%2). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on write-ahead logging for the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal mode stayed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema version %2; it stays at version %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the database cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1 for reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2 and this version of wa-composer reads version %3; it cannot be upgraded because it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is read-only (it or its folder cannot be written to), so nothing can be saved in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was upgraded by a newer version of wa-composer meanwhile (schema version %2; this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DeliveryStatus</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s status is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s status is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftComparisonDialog</name>
    <message>
        <source>“%1”: theirs and yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved elsewhere at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their message cannot be shown: it is not a message wa-composer can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftExport</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a file name made unique</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: cannot write %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftFile</name>
    <message>
        <source>not a date and time in ISO 8601 form, such as 2024-03-05T14:07:09.123Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the format&apos;s version number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 was written by a newer wa-composer; this one reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version %1; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its message is not JSON (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in E.164 form: write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 Not kept as the draft&apos;s default recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a variable name: letters, digits, _ and . only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key: a product&apos;s look has a name, a price and an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: leave the key out, or give it a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftListModel</name>
    <message>
        <source>Not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftNaming</name>
    <message>
        <source>Untitled</source>
        <comment>the name of a draft not named yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a draft name made unique, %2 from 2 on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>the name of a duplicated draft</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <comment>the name of a duplicated draft, %2 from 2 on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <comment>a restored draft whose name is in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <comment>a restored draft whose name is in use, %2 from 2 on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another draft is already named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1 does not exist (it may have been deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftSession</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message of “%1” cannot be read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: %2
The message is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported as “%2”): %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved message cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore autosaved message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved elsewhere since you opened it: save your version as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved on this computer either: %2
The message is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer as “%1”. Save again once the team library is back to update it there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftStore</name>
    <message>
        <source>The draft was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not moved to the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed at %2, since it was opened here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3, since it was opened here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library&apos;s server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library cannot be reached; wa-composer tries again by itself. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team library was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers but refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::DraftsPanel</name>
    <message>
        <source>Search names, tags and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the drafts with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the drafts when no search is typed (a search puts the best matches first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the drafts moved to the trash, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for &amp;Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n drafts: type to narrow them down.</source>
        <translation>
            <numerusform>The first draft: type to narrow them down.</numerusform>
            <numerusform>The first %n drafts: type to narrow them down.</numerusform>
        </translation>
    </message>
    <message>
        <source>No draft matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet: Save Draft (%1) keeps one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the trash</source>
        <translation>
            <numerusform>%n draft in the trash</numerusform>
            <numerusform>%n drafts in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of “%1”, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be deleted for good; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export drafts to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n draft(s) to %1</source>
        <translation>
            <numerusform>Exported %n draft to %1</numerusform>
            <numerusform>Exported %n drafts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::FlowEditor</name>
    <message>
        <source>Flow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Book a fitting (no emoji)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies this conversation to your endpoint (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change flow mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigate to a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange with your endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change flow action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen id, e.g. WELCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first screen&apos;s input as a JSON object (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit flow data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON yet: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a JSON object: { &quot;name&quot;: value, ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow&apos;s id, e.g. 1627019861106475</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::HistoryDialog</name>
    <message>
        <source>Send history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a send to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected send&apos;s message in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send history could not be read in full:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This send&apos;s message cannot be opened in the composer:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (fallbacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods&apos; error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods&apos; error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::HistoryModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (may have arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods reports %1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods reports %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::JsonReader</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: leave the key out, or give it a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::JsonView</name>
    <message>
        <source>JSON payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the payload to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::LibrarySettingsBox</name>
    <message>
        <source>Team library on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, your drafts stay on this computer. Takes effect when wa-composer starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or paste postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is required unless the server is on this machine. Takes effect when wa-composer starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library needs the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library needs the name of its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library needs the user to connect as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::LibraryStatusLine</name>
    <message>
        <source>Try Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library is out of reach since %1. Your message is kept on this computer; wa-composer reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::ListActionEditor</name>
    <message>
        <source>List button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. See options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id your system receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title (needed when there are several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this section and its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list holds at most %1 rows across all sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list holds at most %1 sections and %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section with one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move this row, also into another section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. The payload has these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type changed; dropped %1. Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than any message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole body of the Octopods send call (the phone and teammate come with the send panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export preview as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at 2× for sharp screens (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1 The message is still here; saving will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n draft(s)</source>
        <translation>
            <numerusform>Imported %n draft</numerusform>
            <numerusform>Imported %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 files. Some need attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — wa-composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the &amp;Customer Sees It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the preview and the JSON filled with the variables&apos; values, instead of as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture to Show in the Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows %1 for this link; the message still sends the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Small, %1 points wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typical, %1 points wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large, %1 points wide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MediaDownload</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it redirects to a link that is not https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it redirects more than %1 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MediaLoader</name>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link must use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link must use https, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MediaResult</name>
    <message>
        <source>The customer&apos;s phone will not be able to load this image: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone will not be able to load this document: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MessageDocument</name>
    <message>
        <source>the %1 header, which a &quot;%2&quot; message cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 action (buttons, rows or parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change type to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the footer, which a &quot;%1&quot; message cannot have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MessageEditor</name>
    <message>
        <source>Reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-to-action link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold line above the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit header media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the customer sees, e.g. invoice.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message: *bold*, _italic_, ~strike~ and emoji work here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small grey line under the body (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/picture.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of media uploaded to WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor for this type&apos;s %1 part comes next; import a payload to set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues: ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues in the message as written; its variables are filled when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call permission request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact info request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address request (India)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MessageFill</name>
    <message>
        <source>Placeholder at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MessageJson</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown header type &quot;%1&quot;; expected text, image, video or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an &quot;id&quot; or a &quot;link&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: leave the key out, or give the first screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: leave the key out, or name the thumbnail&apos;s product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown card type &quot;%1&quot;; expected cta_url, button or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: leave the key out for WhatsApp&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an address field; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::MessageMedia</name>
    <message>
        <source>The picture standing in for this link (%1) cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::OctopodsClient</name>
    <message>
        <source>the API base URL &quot;%1&quot; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API base URL must use https (plain http is only allowed on this machine): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API base URL must use https: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message id was given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::OctopodsRequest</name>
    <message>
        <source>Missing: the customer&apos;s number, in E.164 form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in E.164 form: write it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON string does not parse: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::PayloadInput</name>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; not a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::PhoneNumber</name>
    <message>
        <source>No phone number given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short for a number in this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for a number in this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of digits for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid number in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country code: start with + and the country code, or choose a default country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short after the international prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to be a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::Placeholders</name>
    <message>
        <source>&quot;%1&quot; is not closed with }} (write {{{{ for a literal {{).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 cannot be in a name; names hold letters, digits, _ and . (write {{{{ for a literal {{).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a fallback cannot hold another placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::PngFile</name>
    <message>
        <source>There is no picture to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::PostgresDatabase</name>
    <message>
        <source>%1 is not a team library&apos;s address: %2.
Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not available, so the team library cannot be opened. On Debian it is the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the connection to the team library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the team library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the team library %1 (the app&apos;s role needs to create tables in it): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the team library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library %1 was upgraded by a newer version of wa-composer (schema version %2; this version knows up to %3). Update wa-composer to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the team library %1 to schema version %2; it stays at version %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team library %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::PreviewLayout</name>
    <message>
        <source>Business account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opens the list: %n row(s)</source>
        <translation>
            <numerusform>Opens the list: %n row</numerusform>
            <numerusform>Opens the list: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Send location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the customer to share their location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) in catalog %1</source>
        <translation>
            <numerusform>%n product in catalog %1</numerusform>
            <numerusform>%n products in catalog %1</numerusform>
        </translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the business&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Call Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the business on WhatsApp; the button works for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by WhatsApp: the customer allows or declines calls from the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share contact info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by WhatsApp: the customer&apos;s contact card comes back as a contacts message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provide address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens WhatsApp&apos;s address form (India only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot show this picture: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::PreviewWidget</name>
    <message>
        <source>WhatsApp preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a Local Picture Instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For composing offline: the preview shows the picture you choose; the message still sends the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Link&apos;s Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::ProductListEditor</name>
    <message>
        <source>Catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Commerce Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product retailer ids (SKUs), one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product list holds at most %1 sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::ProductLookEditor</name>
    <message>
        <source>Preview only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each product shows in this preview. Never sent: the customer&apos;s phone shows the name, price and picture from your catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer id (SKU) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ₹1,299</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::ProductLookRules</name>
    <message numerus="yes">
        <source>the preview&apos;s %1 of product “%2” is %n characters long; at most %3</source>
        <translation>
            <numerusform>the preview&apos;s %1 of product “%2” is %n character long; at most %3</numerusform>
            <numerusform>the preview&apos;s %1 of product “%2” is %n characters long; at most %3</numerusform>
        </translation>
    </message>
    <message>
        <source>a product&apos;s preview details have no retailer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the retailer id of a product&apos;s preview details is %n characters long; at most %1</source>
        <translation>
            <numerusform>the retailer id of a product&apos;s preview details is %n character long; at most %1</numerusform>
            <numerusform>the retailer id of a product&apos;s preview details is %n characters long; at most %1</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>preview details are given for %n products; at most %1</source>
        <translation>
            <numerusform>preview details are given for %n product; at most %1</numerusform>
            <numerusform>preview details are given for %n products; at most %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wa::RecipientValues</name>
    <message>
        <source>Could not read the customer&apos;s values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remember the customer&apos;s values: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::RecoverySlot</name>
    <message>
        <source>The unsaved message was not kept for recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the unsaved message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the unsaved message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::ReplyButtonsEditor</name>
    <message>
        <source>Reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title the customer taps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id your system receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit button title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit button id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reply button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp shows at most %1 reply buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reply button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::ReplyError</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without sending an HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure connection could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s reply was not an HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s network was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::ScreenshotCommand</name>
    <message>
        <source>Renders the composer offscreen to a PNG and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PNG to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the phone preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview&apos;s theme: light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in logical pixels (default 1280x800, or 380x720 with --preview-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device pixel ratio: 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a list message with its list sheet open, as after a tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message or Octopods request body to show (default: a starter message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be light or dark, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, each from 320 to 8000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview&apos;s phone width in the window: small, typical or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIDTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone must be small, typical or large, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pictures of the message&apos;s links from DIR, by file name, instead of loading them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::SendEndpoints</name>
    <message>
        <source>Interactive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods&apos; %1 endpoint does not document %2 messages (only button, list, product, product_list, flow and catalog_message): it may refuse this one. The %3 endpoint takes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::SendHistory</name>
    <message>
        <source>The send was not recorded in the history: it has no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send was not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 in the history has an unreadable time &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 in the history has an unknown outcome &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the send history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery status was not kept in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::SendPanel</name>
    <message>
        <source>Customer&apos;s phone, e.g. +353 83 800 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional Intercom teammate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact request as a cURL command; the key is left to $OCTOPODS_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has problems: see the issues list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the channel&apos;s Octopods API key first (API key…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the key is kept for this session only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was already sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last send of this message may have reached %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again? The customer may get it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s WhatsApp Business API key, as Octopods gives it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers sent to lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This message was already sent to %1 (%n times, or may have been).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message sent earlier to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has problems once filled: see the issues list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the customer&apos;s Intercom conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods opens the customer&apos;s conversation in Intercom once the message is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Octopods&apos; %1 endpoint takes this: pick it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: not reported yet; Octopods is asked in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods reports %1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last look failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery: not known yet. %1 Octopods is asked again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address messages reach customers in India only: %1 is not an Indian number. WhatsApp may not deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::SendResult</name>
    <message>
        <source> Octopods says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Octopods says: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: Octopods accepted the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: Octopods accepted the message as %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Octopods rejected the message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the API key was not accepted (HTTP 401). Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: too many requests (HTTP 429). Try again in %n second(s).</source>
        <translation>
            <numerusform>Not sent: too many requests (HTTP 429). Try again in %n second.</numerusform>
            <numerusform>Not sent: too many requests (HTTP 429). Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: too many requests (HTTP 429). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods had a problem (HTTP %1). The message may or may not have been sent: check the conversation before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the message was sent (%1). It may have been delivered: check the conversation before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time after the message was sent. It may have been delivered: check the conversation before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Octopods did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after the message was sent: it may have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server answered with a redirect (HTTP %1)%2. The app never sends the key and the message on to another address: check the base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1; nothing left this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key was rotated or revoked. Enter the channel&apos;s current key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods did not accept the customer&apos;s phone number. Check it: a + and the country code, then the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field Octopods requires is missing from the request (the phone number, or the message&apos;s type, body or action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of the request is not of the kind Octopods expects (text where an object belongs, or the other way round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: this Octopods account is not opted in to interactive messages (HTTP 403). Ask Octopods to enable them for the channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::SessionPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save them, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for an autosaved message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wa-composer closed before “%1” was saved. Restore the message as it was autosaved at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved elsewhere at %2, since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved “%2” at %3, since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team library out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: the team library cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is still here, autosaved on this computer. Try again, or save it in this computer&apos;s library for now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is still here, autosaved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save on &amp;This Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (yours becomes a new draft), or overwrite theirs with yours? Compare shows theirs beside yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: numbers start with +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;teammate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview t&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is set; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s Octopods API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the key is kept for this session only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to your teammates beside the drafts you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods&apos; call that sends the message. Interactive can also open the customer&apos;s Intercom conversation, and documents fewer message types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::SimpleActionEditor</name>
    <message>
        <source>The customer gets a &quot;Send location&quot; button; there is nothing else to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Track my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/orders/123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Commerce Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s retailer id (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;humbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer id of the product shown (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Now (WhatsApp&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s default (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the button works: 1 minute to 30 days (43200 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit how long the call button works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned in the call&apos;s webhooks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp asks the customer whether the business may call them, with answers it sets itself: only the body is yours. WhatsApp limits how often one customer can be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gets a &quot;Share contact info&quot; button (WhatsApp&apos;s wording); their contact card comes back as a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India only: WhatsApp shows an address form to customers in India of India-based businesses. Fill in what you already know (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your default country (Settings) is not set: address messages reach customers in India only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your default country (Settings) is %1: address messages reach customers in India only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept as imported: %n saved address(es) offered to pick from</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n field error(s) shown to the customer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wa::StarterMessages</name>
    <message>
        <source>Hi! How can we help you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can we help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic and we will get back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is and when it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a return or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please share your location so we can find the nearest store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is the product we talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our picks for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a product to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestsellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse our catalog and order right here in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three picks for you this week. Swipe to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linen shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straw hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about your order? Call us right here on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we call you on WhatsApp about your order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please share your contact details so that we can reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should we deliver your order?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::StatusCheck</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::StatusResult</name>
    <message>
        <source>%1 (as of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods does not know this message (HTTP 404): check the message id, and that the API key is the channel&apos;s that sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods did not accept the API key (HTTP 401). Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods refused to show this message&apos;s status (HTTP 403): the API key may not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1). The app never sends the key on to another address: check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): the status is asked again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods&apos; answer could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods could not be reached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::Validator</name>
    <message>
        <source>Must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long: %n characters, at most %1 allowed.</source>
        <translation>
            <numerusform>Too long: %n character, at most %1 allowed.</numerusform>
            <numerusform>Too long: %n characters, at most %1 allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters, within the limit of %2, but %3 UTF-16 units: some clients count those and may reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be white space only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only white space: WhatsApp shows nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts or ends with white space, which WhatsApp trims or shows oddly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji are not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting markers are not rendered here: WhatsApp shows them as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an absolute URL with a host, such as https://example.com/page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same id as %1; ids must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same title as %1; titles must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same title as %1: the customer cannot tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, image, video or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product list needs a text header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; header is not allowed in a &quot;%2&quot; message (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either an id or a link, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the media&apos;s id (uploaded to WhatsApp) or an https link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body is required: Octopods needs non-empty body text for every type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: WhatsApp&apos;s list page allows %2, but its interactive object reference says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section needs a title when there is more than one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title: allowed for a single section, but Meta&apos;s newest reference asks for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2: a list holds at most %3 rows across all sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either flow_id or flow_name, exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;draft&quot; or &quot;published&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be &quot;navigate&quot; or &quot;data_exchange&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload needs the id of the first screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow_action &quot;navigate&quot; expects a payload with the first screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &quot;data_exchange&quot; the first screen comes from your endpoint; this payload is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested more than %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty data: leave it out, or give the first screen&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 of %2: a product list holds at most %3 products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same product as %1: it will be shown twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a broken character (half of a UTF-16 surrogate pair): retype or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least one reply button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Has %n reply buttons; at most %1 allowed.</source>
        <translation>
            <numerusform>Has %n reply button; at most %1 allowed.</numerusform>
            <numerusform>Has %n reply buttons; at most %1 allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Has %n sections; at most %1 allowed.</source>
        <translation>
            <numerusform>Has %n section; at most %1 allowed.</numerusform>
            <numerusform>Has %n sections; at most %1 allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Symbols such as ™, © or ▶ show as emoji on some phones, and emoji are not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a control character (U+%1) at character %2: WhatsApp refuses it. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long once filled: %n characters, at most %1 allowed.</source>
        <translation>
            <numerusform>Too long once filled: %n character, at most %1 allowed.</numerusform>
            <numerusform>Too long once filled: %n characters, at most %1 allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaves %n characters for %1 under the limit of %2.</source>
        <translation>
            <numerusform>Leaves %n character for %1 under the limit of %2.</numerusform>
            <numerusform>Leaves %n characters for %1 under the limit of %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>A &quot;%1&quot; message has no footer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel needs at least 2 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Has %n cards; at most %1 allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A &quot;%1&quot; card among &quot;%2&quot; cards: every card of a carousel is of one type (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 header among %2 headers: some builders want one kind for every card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card_index %1: must be 0 to %2, one for each card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same card_index as %1: each card needs its own, 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards are listed out of card_index order: the customer sees them by card_index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card needs an image or a video header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; header is not allowed on a card (allowed: image or video).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Has %n line breaks; a card&apos;s text allows at most %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs at least one quick reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Has %n quick replies; at most %1 allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Has %n quick replies where %1 has %2: every card needs the same number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 quick replies per card: phones show %2; sources differ on more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog &quot;%1&quot; where the first card&apos;s is &quot;%2&quot;: a carousel shows one catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes: the button stays from %2 to %3 minutes (30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: address messages work in India only (country &quot;IN&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a broken or control character: retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a PIN code is up to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::VariableSession</name>
    <message>
        <source>A placeholder is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has no value: fill it in under Variables, or give it a fallback ({{name|fallback}}).</source>
        <translation>
            <numerusform>%1 has no value: fill it in under Variables, or give it a fallback ({{name|fallback}}).</numerusform>
            <numerusform>%1 have no value: fill them in under Variables, or give them a fallback ({{name|fallback}}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wa::VariablesPanel</name>
    <message>
        <source>Fallback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: no fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the customer sees “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fallback: Send waits for a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. Write {{name}} in any text to fill it for each customer; {{name|there}} gives a fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the customer you send to; they are remembered for their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: remembered for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, the draft&apos;s default “%1” is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::Cli</name>
    <message>
        <source>Without a verb, wa-composer opens the composer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;wa-composer VERB --help&apos; for a verb&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir: give the folder for the app&apos;s data (the drafts and the send history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wa-composer [--data-dir DIR] [VERB] [OPTIONS] [FILE|-]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir DIR, anywhere on the command line (for the window too), keeps the drafts
and the send history in DIR/drafts.sqlite instead of the app&apos;s data folder; so does
the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::Command</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;wa-composer %1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes exactly one FILE (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::DraftLookup</name>
    <message>
        <source>No draft named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One is in the trash: restore it in the window to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;wa-composer drafts list&apos; shows the drafts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::DraftsCommand</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;wa-composer drafts COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown drafts command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;wa-composer drafts --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show, export, import and copy the drafts library&apos;s drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, export, import or copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts: say what to do: list, show, export, import or copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::DraftsCopyCommand</name>
    <message>
        <source>Copy drafts between this computer&apos;s library and the team library that --library names.
A name taken there gets the next free one; nothing is overwritten.
Exit status: 0 done, 2 no such draft, no team library, or a library cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to: team (from this computer) or local (from the team library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team|local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every draft (not those in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts to copy (not with --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts copy: say where to, --to team or --to local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts copy takes the drafts&apos; names, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts copy: no team library. Give --library postgresql://USER@HOST:PORT/DATABASE, or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not copied to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; -&gt; %2, as &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts to copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::DraftsExportCommand</name>
    <message>
        <source>Write drafts to DIR as .json files (docs/drafts-file-format.md), one per draft.
Exit status: 0 done, 1 a draft&apos;s message is not JSON, 2 no such draft or a file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every draft (not those in the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft to export (not with --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write to; created if need be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts export --all takes one DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts export takes a NAME and a DIR (or --all and a DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::DraftsImportCommand</name>
    <message>
        <source>Add drafts from .json files: exported drafts, bare messages or Octopods request bodies.
A file named like a draft already there is imported as &quot;Name (2)&quot;. A message that breaks
WhatsApp&apos;s rules is imported and its problems listed: fix them before sending. Exit status:
0 all imported, 1 some files are not a message, 2 some files are unreadable or not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to import (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts import takes one FILE or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(&quot;%1&quot; is taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the problems above before sending it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::DraftsListCommand</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXCERPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the drafts: name, type, last change and an excerpt, newest first.
Exit status: 0 done, 2 wrong options or the database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts whose name, tags or text have these words (best first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or updated (the default: newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the trash instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (id, name, type, tags, updated_at, excerpt), for tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts list takes no arguments; to look for drafts, use --search WORDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: name or updated, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::DraftsShowCommand</name>
    <message>
        <source>Print a draft&apos;s message: the JSON that &apos;send --draft NAME&apos; sends as waba_interactive_message.
Exit status: 0 done, 1 the draft is not a complete message, 2 no such draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s name (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts show takes one NAME (quote a name with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; is not a complete message yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::FormatCommand</name>
    <message>
        <source>Print an interactive message (or an Octopods request body) as canonical JSON: keys in WhatsApp&apos;s
order, no empty or absent optional keys. Exit status: 0 done, 1 not a message, 2 unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line, no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to format, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format takes exactly one FILE (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::LibraryCommand</name>
    <message>
        <source>The drafts library: local (this computer&apos;s, the default) or a team library, postgresql://USER@HOST:PORT/DATABASE (default: $%1; the password from $%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIBRARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: leave the password out of the address; set %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::OctopodsOptions</name>
    <message>
        <source>The API&apos;s base URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for Octopods&apos; answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: give the seconds to wait, from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: set %1 to the channel&apos;s Octopods API key, or store one in the app&apos;s Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::RequestCommand</name>
    <message>
        <source>Print the body of the Octopods send request for a message, with the phone number in E.164 form.
Problems go to standard error as &apos;path: message&apos;. Exit status: 0 done, 1 invalid, 2 unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s phone number (any common notation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Intercom teammate id to send as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for numbers written without a country code, e.g. IE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line, no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: the customer&apos;s phone number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts library&apos;s draft of this name instead of FILE; its default recipient and teammate apply unless --to and --teammate are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interactive message (or a request body, or an exported draft), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draft takes the place of FILE: give one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; is not a complete message yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: the customer&apos;s phone number is required (the draft has no default recipient).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::SendCommand</name>
    <message>
        <source>Response (HTTP %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message to a customer through Octopods, with the API key from %1 (or the one the app
stored in the keychain). Every attempt goes into the app&apos;s send history.
Exit status: 0 sent, 1 invalid, 2 unreadable or wrong options, 3 not sent (refused by Octopods,
or nothing left this computer), 4 no clear answer once sent (it may have arrived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopods&apos; call to send with: messages (%1, the default) or interactive (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have Octopods open the customer&apos;s Intercom conversation (--endpoint interactive only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint: give messages or interactive, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open-conversation: only the interactive endpoint takes it (add --endpoint interactive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::StatusCommand</name>
    <message>
        <source>Ask Octopods for a sent message&apos;s delivery status (SENT, DELIVERED, READ, FAILED ...), with
the API key from %1 (or the one the app stored in the keychain). Prints the status, its time
and the channel message id. Exit status: 0 known, 2 wrong options, 3 refused by Octopods
(no such message, key not accepted, not allowed), 4 no usable answer (network, timeout,
an answer that is not a status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id Octopods gave the send (`send` prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes exactly one MESSAGE_ID (the message id `send` printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (HTTP %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel message id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercom conversation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the status was not kept in the send history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::ValidateCommand</name>
    <message>
        <source>Check an interactive message (or an Octopods request body) against every WhatsApp limit.
Prints one &apos;path: message&apos; line per problem. Exit status: 0 valid, 1 invalid, 2 unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON, for tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to check, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid %2 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more &apos;%1&apos; issue(s) not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wa::cli::VariableOptions</name>
    <message>
        <source>A value for the message&apos;s {{NAME}} placeholders; give it once per variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the message&apos;s placeholders, as a JSON object of names and texts; --var wins over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vars: %1 is not a JSON object of names and values (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vars: %1: &quot;%2&quot; is not a variable name (letters, digits, _ and .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vars: %1: %2 must be a text or a number, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--var %1: write NAME=VALUE, the name made of letters, digits, _ and .</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
