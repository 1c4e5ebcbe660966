//! The written page as a contract between the components that write it (`crate::components`) and
//! the app that adopts it (`crate::live`).
//!
//! Every element the app finds, reads or changes is a [`Hook`]: a `data-` attribute declared once
//! here, written by a component through the same item (`{..RESULT_COUNT.mark()}`) and found by the
//! app through it, in the manner of Hotwired Stimulus' targets and GitHub Catalyst's
//! `data-target`. Classes are for the stylesheet alone, so a restyle can never break behaviour;
//! the states the app sets (the next session, an open sheet) are `data-` attributes too, which the
//! stylesheet reads. A hook the app requires and does not find is reported by name (`crate::live`
//! says so in the console, and stops a debug build); the native tests render every page the
//! build writes and find every required hook of every [`Part`] where the app looks for it.
//!
//! What the app reads from the page (a session's slug, times, topics and organisations, the
//! facets' options) is declared here too, with how it is written and read ([`read`]), so the
//! programme the app works with is the one the page shows.

mod hook;
pub mod read;

use hook::hooks;
pub use hook::{Hook, Need, Part, Root};

hooks! {
    // ---- Every page's frame (`Page`, `SiteHeader`, `SiteFooter`), found in the whole document.
    /// `<main>`, which holds the notices and the view.
    MAIN = "main" Required;
    /// The view showing in `<main>`: the app puts another in its place to change views.
    VIEW = "view" Required;
    /// Each view's `<h1>`: it gets the focus when a view is opened by a link.
    HEADING = "heading" Required;
    /// The site header; in a member's frame the app puts the embed bar in its place.
    SITE_HEADER = "site-header" Required;
    /// The series' short title in the header: the app names its views' titles after it.
    SERIES_TITLE = "series-title" Required;
    /// The main navigation, whose current entry the app marks.
    NAV = "nav" Required;
    /// The count of shortlisted sessions in the navigation.
    SHORTLIST_COUNT = "shortlist-count" Required;
    /// The skip link, which a member's frame has no use for.
    SKIP_LINK = "skip-link" Required;
    /// The footer's offer to embed the programme, left out inside a member's frame.
    EMBED_OFFER = "embed-offer" Required;
    /// A link to another view of the app (`AppLink`): the app follows it in place. Its value is
    /// empty, or [`BACK_LINK`] for "Back to the programme".
    APP_LINK = "link" Required;

    // ---- The notices above every view (`Notices`).
    /// Where the notices are.
    NOTICES = "notices" Required;
    /// "A newer programme is available", shown once a newer deployment is waiting.
    UPDATE_NOTICE = "update-notice" Required;
    /// Its button, which loads the newer programme.
    LOAD_UPDATE = "load-update" Required;
    /// What the address contained that the app ignored.
    IGNORED_NOTICE = "ignored-notice" Required;
    /// Its sentence.
    IGNORED_TEXT = "ignored-text" Required;
    /// Its button, which puts it away.
    DISMISS = "dismiss" Required;
    /// Trouble keeping the shortlist.
    STORAGE_NOTICE = "storage-notice" Required;
    /// Its sentence.
    STORAGE_TEXT = "storage-text" Required;
    /// Where the browser deletes a site's data after days without a visit (WebKit's): that it
    /// does, and the ways to keep the shortlist, once something is shortlisted.
    KEEPING_NOTICE = "keeping-notice" Required;
    /// Its button, which puts it away for good.
    KEEPING_DISMISS = "keeping-dismiss" Required;

    // ---- The filters (`FilterPanel`, `FacetOptions`, `FilterOption`), on the programme and the toolkit.
    /// The filter panel.
    FILTER_PANEL = "filter-panel" Required;
    /// The search field.
    SEARCH = "search" Required;
    /// Where the app says that search cannot have the sessions' descriptions. Optional: the
    /// toolkit's panel has none, its page holding its own search texts.
    SEARCH_NOTE = "search-note" Optional;
    /// The phone's "Filters" button, which opens the sheet of options.
    FILTER_TOGGLE = "filter-toggle" Required;
    /// The sheet of options; the app marks it [`OPEN`] on a phone.
    FILTER_SHEET = "filter-sheet" Required;
    /// The sheet's "Show N sessions" button, which closes it.
    SHOW_RESULTS = "show-results" Required;
    /// Each "When" radio button (its value is a `When` slug). Optional: the toolkit has none.
    WHEN_OPTION = "when-option" Optional;
    /// The options of one facet; its value is the facet's name (`Facet::name`).
    FACET = "facet" Required;
    /// One option of a facet; the app marks it [`EMPTY_OPTION`] when it would give nothing.
    OPTION = "option" Required;
    /// Its checkbox, whose value is the option's slug.
    OPTION_INPUT = "option-input" Required;
    /// Its name.
    OPTION_LABEL = "option-label" Required;
    /// How many it would give, as a number.
    OPTION_COUNT = "option-count" Required;
    /// The words after the number, for screen readers (" sessions").
    OPTION_COUNT_WORDS = "option-count-words" Required;
    /// "Clear all filters" in the panel.
    CLEAR_FILTERS = "clear-filters" Required;

    // ---- What the filters narrow (`ProgrammeView`, `ToolkitView`).
    /// "21 sessions", "3 of 21 sessions" (also the shortlist's count of its sessions).
    RESULT_COUNT = "result-count" Required;
    /// What shows when nothing matches.
    EMPTY_STATE = "empty-state" Required;
    /// Its "Clear all filters" button.
    EMPTY_CLEAR = "empty-clear" Required;
    /// A month of the programme.
    MONTH = "month" Required;
    /// On paper, what the printed list is narrowed to.
    PRINT_FILTERS = "print-filters" Required;
    /// The subscribe links, one line per feed the filters choose.
    SUBSCRIBE = "subscribe" Required;
    /// A line's `webcal:` link.
    SUBSCRIBE_LINK = "subscribe-link" Required;
    /// A line's plain address of the feed.
    FEED_ADDRESS = "feed-address" Required;
    /// A line leading to the toolkit's resources on one topic (its value), shown while that
    /// topic is chosen.
    TOOLKIT_LINE = "toolkit-line" Optional;

    // ---- A session (`SessionCard`, `SessionDetail`) and what the app reads of it (see `read`).
    /// A session's card or detail; its value is the session's slug.
    SESSION = "session" Required;
    /// Its date's `<time>`, whose `datetime` is its start: RFC 3339 with the UK offset
    /// (`read::instant`).
    START = "start" Required;
    /// Its end, written the same way.
    END = "end" Required;
    /// Its topics' slugs, separated by spaces (`read::slugs`).
    TOPICS = "topics" Required;
    /// Its organisations' slugs, likewise.
    ORGANISATIONS = "organisations" Required;
    /// Its speakers' names, separated by `read::SPEAKER_SEPARATOR`. Optional: written only for
    /// a session with speakers.
    SPEAKERS = "speakers" Optional;
    /// The card's title, a link to the session's page: its text is the title, and it gets the
    /// focus when the person comes back to the programme from that session.
    TITLE_LINK = "title-link" Required;
    /// Where the session stands (past, today, happening now, upcoming); its value is the
    /// status' name, which the app sets for the visit and the styles read.
    STATUS = "status" Required;
    /// The line for the viewer's own time. Optional: a session whose time was not published has none.
    VIEWER_TIME = "viewer-time" Optional;
    /// The "Next session" mark, on every card, hidden but on the next session's. Optional: a
    /// session's own page has none.
    NEXT_LABEL = "next-label" Optional;
    /// A session's shortlist toggle; its value is the session's slug.
    SHORTLIST_BUTTON = "shortlist" Required;

    // ---- Sharing a page (`SharePage`): a session's own page, or the programme as filtered now.
    /// The control; its value says which address it shares ([`Shared`]).
    SHARE_PAGE = "share-page" Required;
    /// Its link to the page shared, which is all it is without the app; the app hands the
    /// address to the system's share sheet or the clipboard instead.
    SHARE_PAGE_LINK = "share-page-link" Required;
    /// The title the page is shared with, on the link.
    SHARE_TITLE = "share-title" Required;
    /// The line the page is shared with (a session's date and UK time), on the link.
    SHARE_TEXT = "share-text" Required;
    /// What happened when the link was pressed.
    SHARE_PAGE_STATUS = "share-page-status" Required;
    /// Where the address is shown to be copied by hand, once pressed where no share sheet took it.
    SHARE_PAGE_COPY = "share-page-copy" Required;
    /// The address itself.
    SHARE_PAGE_ADDRESS = "share-page-address" Required;

    // ---- The toolkit (`ToolkitView`, `ResourceItem`).
    /// The resources on one topic; its value is the topic's slug.
    TOOLKIT_SECTION = "toolkit-section" Required;
    /// A resource; its value is the resource's slug, beside its [`TOPICS`] and [`SEARCH_TEXT`].
    RESOURCE = "resource" Required;
    /// A resource's folded search text (`programme::toolkit::search_text`).
    SEARCH_TEXT = "search-text" Required;

    // ---- The templates in index.html (`Templates`), which the app copies and fills.
    /// A template; its value names it ([`Template`]).
    TEMPLATE = "template" Required;
    /// A list of session cards (`SessionList`), which the app fills with copies of the programme's.
    SESSION_LIST = "session-list" Required;
    /// Its heading.
    LIST_HEADING = "list-heading" Required;
    /// Sessions on a list that are no longer in the programme.
    MISSING = "missing" Required;
    /// Their list.
    MISSING_LIST = "missing-list" Required;
    /// The template of one of its items.
    MISSING_ITEM = "missing-item" Required;
    /// The item's session id.
    MISSING_SLUG = "missing-slug" Required;
    /// The item's "Remove" button. Optional: a shared list's items have none.
    REMOVE = "remove" Optional;
    /// The words that name what "Remove" removes, for screen readers. Optional, as [`REMOVE`].
    REMOVE_NAME = "remove-name" Optional;
    /// "Your shortlist is empty" and the way to the programme.
    SHORTLIST_EMPTY = "shortlist-empty" Required;
    /// Where the browser deletes a site's data after days without a visit: the line saying so on
    /// the shortlist, with the ways to keep it.
    SHORTLIST_EXPIRY = "shortlist-expiry" Required;
    /// "Add my shortlist to calendar".
    SHORTLIST_CALENDAR = "shortlist-calendar" Required;
    /// Its button.
    CALENDAR_BUTTON = "calendar-button" Required;
    /// What happened when it was pressed.
    CALENDAR_STATUS = "calendar-status" Required;
    /// "Share my shortlist", shown while something is shortlisted.
    SHARE = "share" Required;
    /// Its button.
    SHARE_BUTTON = "share-button" Required;
    /// What happened when it was pressed.
    SHARE_STATUS = "share-status" Required;
    /// The link, shown so it can be copied by hand.
    SHARE_LINK = "share-link" Required;
    /// A shared link that could not be read.
    SHARED_UNREADABLE = "shared-unreadable" Required;
    /// Why.
    UNREADABLE_TEXT = "unreadable-text" Required;
    /// A shared link that could be read.
    SHARED_READABLE = "shared-readable" Required;
    /// "Someone shared N sessions with you."
    SHARED_INTRO = "shared-intro" Required;
    /// "Add these to my shortlist".
    MERGE = "merge" Required;
    /// Its button.
    MERGE_BUTTON = "merge-button" Required;
    /// What adding them did.
    MERGE_STATUS = "merge-status" Required;
    /// The way to the person's own shortlist, once they have added to it.
    SEE_SHORTLIST = "see-shortlist" Required;
    /// The embedded app's way out to the full app, at the view showing now.
    OPEN_FULL = "open-full" Required;
    /// Its way out with the person's shortlist.
    OPEN_WITH_SHORTLIST = "open-with-shortlist" Required;
    /// "Try again" on a view that could not be loaded.
    TRY_AGAIN = "try-again" Required;

    // ---- The Embed page (`EmbedView`).
    /// The organisation and topic choices.
    EMBED_CHOICES = "embed-choices" Required;
    /// One piece of code to paste; its value says which ([`Code`]).
    CODE = "code" Required;
    /// Its text.
    CODE_TEXT = "code-text" Required;
    /// Its "Copy" button.
    COPY = "copy" Required;
    /// What copying did.
    COPY_STATUS = "copy-status" Required;
    /// The preview frame.
    EMBED_PREVIEW = "embed-preview" Required;

    // ---- States written on `<html>` (by the app, the page's head script or the build), which
    // the styles read.
    /// The app has started on the page (its value is "ready").
    APP = "app" Optional;
    /// The viewer's clock does not keep UK time (set by index.html's head script before the
    /// first paint, so the line for their times is kept free).
    ELSEWHERE = "elsewhere" Optional;
    /// The app is in a member's frame (compact styles).
    EMBEDDED = "embedded" Optional;
    /// A page of one view, read without the app (the styles leave out what needs it).
    STATIC = "static" Optional;

    // ---- States the app sets on elements, which the styles read.
    /// The next session's card.
    NEXT = "next" Optional;
    /// The phone's sheet of options, while open.
    OPEN = "open" Optional;
    /// An option that would give nothing with the other filters.
    EMPTY_OPTION = "empty" Optional;
}

/// The value of [`APP_LINK`] on "Back to the programme".
pub const BACK_LINK: &str = "back";

/// The value of [`APP`] once the app has started.
pub const READY: &str = "ready";

/// The templates index.html carries, as named by [`TEMPLATE`]'s value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// My shortlist (`ShortlistView`).
    Shortlist,
    /// A shared shortlist (`SharedView`).
    Shared,
    /// An address naming no session (`SessionNotFound`).
    SessionNotFound,
    /// A view that could not be fetched (`PageUnavailable`).
    Unavailable,
    /// The embedded app's bar (`EmbedBar`).
    EmbedBar,
}

impl Template {
    /// Every template.
    pub const ALL: [Template; 5] =
        [Template::Shortlist, Template::Shared, Template::SessionNotFound, Template::Unavailable, Template::EmbedBar];

    /// Its name, the value of its [`TEMPLATE`].
    pub fn name(self) -> &'static str {
        match self {
            Template::Shortlist => "shortlist",
            Template::Shared => "shared",
            Template::SessionNotFound => "session-not-found",
            Template::Unavailable => "unavailable",
            Template::EmbedBar => "embed-bar",
        }
    }
}

/// What a share control shares, as named by [`SHARE_PAGE`]'s value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The page its link leads to (a session's own page, whose preview names the session).
    Page,
    /// The programme as it is now, with its filters.
    Here,
}

impl Shared {
    /// Its name, the value of its [`SHARE_PAGE`].
    pub fn name(self) -> &'static str {
        match self {
            Shared::Page => "page",
            Shared::Here => "here",
        }
    }
}

/// The pieces of code the Embed page offers, as named by [`CODE`]'s value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// The one-line script (`embed.js`), which fits the frame to the programme's height.
    Script,
    /// A plain frame of fixed height, for sites that allow no scripts.
    Frame,
}

impl Code {
    /// Both, in the order the page offers them.
    pub const ALL: [Code; 2] = [Code::Script, Code::Frame];

    /// Its name, the value of its [`CODE`].
    pub fn name(self) -> &'static str {
        match self {
            Code::Script => "script",
            Code::Frame => "frame",
        }
    }
}

/// The parts the app adopts, each with the hooks it looks for inside its root and the values it
/// reads off it.
pub mod parts {
    use super::*;
    use crate::contract::hook::Root::{Document, Each, Template as In};

    /// Every page's frame, found in the whole document.
    pub const FRAME: Part = Part {
        name: "the page's frame",
        root: Document,
        hooks: &[MAIN, VIEW, SITE_HEADER, SERIES_TITLE, NAV, SHORTLIST_COUNT, SKIP_LINK, EMBED_OFFER, NOTICES],
        values: &[],
    };
    /// The notices, inside `<main>`.
    pub const NOTICE_LIST: Part = Part {
        name: "the notices",
        root: Each(NOTICES),
        hooks: &[
            UPDATE_NOTICE,
            LOAD_UPDATE,
            IGNORED_NOTICE,
            IGNORED_TEXT,
            DISMISS,
            STORAGE_NOTICE,
            STORAGE_TEXT,
            KEEPING_NOTICE,
            KEEPING_DISMISS,
        ],
        values: &[],
    };
    /// The main navigation's links.
    pub const NAVIGATION: Part = Part { name: "the main navigation", root: Each(NAV), hooks: &[APP_LINK], values: &[] };
    /// Any view: its heading.
    pub const ANY_VIEW: Part = Part { name: "a view", root: Each(VIEW), hooks: &[HEADING], values: &[] };
    /// The programme's view (index.html).
    pub const PROGRAMME: Part = Part {
        name: "the programme",
        root: Each(VIEW),
        hooks: &[FILTER_PANEL, RESULT_COUNT, EMPTY_STATE, EMPTY_CLEAR, MONTH, SESSION, PRINT_FILTERS, SUBSCRIBE, TOOLKIT_LINE, SHARE_PAGE],
        values: &[],
    };
    /// A page's share control (the programme's, a session's).
    pub const PAGE_SHARE: Part = Part {
        name: "a share control",
        root: Each(SHARE_PAGE),
        hooks: &[SHARE_PAGE_LINK, SHARE_PAGE_STATUS, SHARE_PAGE_COPY, SHARE_PAGE_ADDRESS],
        values: &[SHARE_PAGE],
    };
    /// A share control's link, with what the page is shared with.
    pub const PAGE_SHARE_LINK: Part =
        Part { name: "a share control's link", root: Each(SHARE_PAGE_LINK), hooks: &[], values: &[SHARE_TITLE, SHARE_TEXT] };
    /// A filter panel (the programme's or the toolkit's).
    pub const FILTERS: Part = Part {
        name: "the filter panel",
        root: Each(FILTER_PANEL),
        hooks: &[SEARCH, SEARCH_NOTE, FILTER_TOGGLE, FILTER_SHEET, SHOW_RESULTS, WHEN_OPTION, FACET, CLEAR_FILTERS],
        values: &[],
    };
    /// The options of one facet.
    pub const FACET_OPTIONS: Part = Part { name: "a facet", root: Each(FACET), hooks: &[OPTION], values: &[FACET] };
    /// One option of a facet.
    pub const FACET_OPTION: Part = Part {
        name: "a facet's option",
        root: Each(OPTION),
        hooks: &[OPTION_INPUT, OPTION_LABEL, OPTION_COUNT, OPTION_COUNT_WORDS],
        values: &[],
    };
    /// The subscribe links.
    pub const SUBSCRIBE_LINE: Part =
        Part { name: "the subscribe links", root: Each(SUBSCRIBE), hooks: &[SUBSCRIBE_LINK, FEED_ADDRESS], values: &[] };
    /// A session's card or detail.
    pub const A_SESSION: Part =
        Part { name: "a session", root: Each(SESSION), hooks: &[STATUS, VIEWER_TIME, NEXT_LABEL, SHORTLIST_BUTTON], values: &[SESSION] };
    /// A session's card, in the programme: what the app reads of the session.
    pub const CARD: Part = Part {
        name: "a session's card",
        root: Each(SESSION),
        hooks: &[TITLE_LINK, START],
        values: &[SESSION, END, TOPICS, ORGANISATIONS, SPEAKERS],
    };
    /// The toolkit's view (`toolkit.html`).
    pub const TOOLKIT: Part = Part {
        name: "the toolkit",
        root: Each(VIEW),
        hooks: &[FILTER_PANEL, RESULT_COUNT, EMPTY_STATE, EMPTY_CLEAR, TOOLKIT_SECTION, RESOURCE],
        values: &[],
    };
    /// The resources on one topic.
    pub const TOOLKIT_TOPIC: Part =
        Part { name: "a topic's resources", root: Each(TOOLKIT_SECTION), hooks: &[RESOURCE], values: &[TOOLKIT_SECTION] };
    /// A resource of the toolkit.
    pub const A_RESOURCE: Part = Part { name: "a resource", root: Each(RESOURCE), hooks: &[], values: &[RESOURCE, TOPICS, SEARCH_TEXT] };
    /// My shortlist (a template).
    pub const SHORTLIST: Part = Part {
        name: "my shortlist",
        root: In(Template::Shortlist),
        hooks: &[
            HEADING,
            RESULT_COUNT,
            SHORTLIST_EMPTY,
            SHORTLIST_EXPIRY,
            SHORTLIST_CALENDAR,
            CALENDAR_BUTTON,
            CALENDAR_STATUS,
            LIST_HEADING,
            SESSION_LIST,
            MISSING,
            MISSING_LIST,
            MISSING_ITEM,
            SHARE,
            SHARE_BUTTON,
            SHARE_STATUS,
            SHARE_LINK,
        ],
        values: &[],
    };
    /// An item of a list of sessions no longer in the programme (a template in a template).
    pub const MISSING_ROW: Part =
        Part { name: "a missing session", root: Each(MISSING_ITEM), hooks: &[MISSING_SLUG, REMOVE, REMOVE_NAME], values: &[] };
    /// A shared shortlist (a template).
    pub const SHARED: Part = Part {
        name: "a shared shortlist",
        root: In(Template::Shared),
        hooks: &[
            HEADING,
            SHARED_UNREADABLE,
            UNREADABLE_TEXT,
            SHARED_READABLE,
            SHARED_INTRO,
            MERGE,
            MERGE_BUTTON,
            MERGE_STATUS,
            SEE_SHORTLIST,
            LIST_HEADING,
            SESSION_LIST,
            MISSING,
            MISSING_LIST,
            MISSING_ITEM,
        ],
        values: &[],
    };
    /// The embedded app's bar (a template).
    pub const EMBED_BAR: Part =
        Part { name: "the embed bar", root: In(Template::EmbedBar), hooks: &[SERIES_TITLE, OPEN_FULL, OPEN_WITH_SHORTLIST], values: &[] };
    /// A view that could not be loaded (a template).
    pub const UNAVAILABLE: Part =
        Part { name: "a view not loaded", root: In(Template::Unavailable), hooks: &[HEADING, TRY_AGAIN], values: &[] };
    /// An address naming no session (a template).
    pub const NOT_FOUND: Part = Part { name: "a session not found", root: In(Template::SessionNotFound), hooks: &[HEADING], values: &[] };
    /// The Embed page's view (`embedding.html`).
    pub const EMBED_PAGE: Part =
        Part { name: "the Embed page", root: Each(VIEW), hooks: &[EMBED_CHOICES, FACET, CODE, EMBED_PREVIEW], values: &[] };
    /// One piece of code on the Embed page.
    pub const CODE_BOX: Part = Part { name: "a piece of code", root: Each(CODE), hooks: &[CODE_TEXT, COPY, COPY_STATUS], values: &[CODE] };
}

/// The pages the build writes that the app adopts or shows, and the parts the app looks for on each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrittenPage {
    /// index.html: the programme, where the app starts, and the templates.
    Programme,
    /// A session's page, whose view the app shows in place.
    Session,
    /// The toolkit's page, shown in place and followed.
    Toolkit,
    /// The Embed page, shown in place and filled in.
    Embed,
    /// The About page, shown in place.
    About,
}

impl WrittenPage {
    /// Every page.
    pub const ALL: [WrittenPage; 5] =
        [WrittenPage::Programme, WrittenPage::Session, WrittenPage::Toolkit, WrittenPage::Embed, WrittenPage::About];

    /// The parts the app looks for on this page.
    pub fn parts(self) -> &'static [Part] {
        use parts::*;
        match self {
            WrittenPage::Programme => &[
                FRAME,
                NOTICE_LIST,
                NAVIGATION,
                ANY_VIEW,
                PROGRAMME,
                FILTERS,
                FACET_OPTIONS,
                FACET_OPTION,
                SUBSCRIBE_LINE,
                PAGE_SHARE,
                PAGE_SHARE_LINK,
                A_SESSION,
                CARD,
                SHORTLIST,
                MISSING_ROW,
                SHARED,
                EMBED_BAR,
                UNAVAILABLE,
                NOT_FOUND,
            ],
            WrittenPage::Session => &[FRAME, ANY_VIEW, A_SESSION, A_RESOURCE, PAGE_SHARE, PAGE_SHARE_LINK],
            WrittenPage::Toolkit => &[FRAME, ANY_VIEW, TOOLKIT, FILTERS, FACET_OPTIONS, FACET_OPTION, TOOLKIT_TOPIC, A_RESOURCE],
            WrittenPage::Embed => &[FRAME, ANY_VIEW, EMBED_PAGE, CODE_BOX, FACET_OPTIONS, FACET_OPTION],
            WrittenPage::About => &[FRAME, ANY_VIEW],
        }
    }
}
