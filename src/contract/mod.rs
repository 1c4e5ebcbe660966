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

pub use hook::{Hook, Part, Root, State};
use hook::{hooks, parts, states};

hooks! {
    // ---- Every page's frame (`Page`, `SiteHeader`, `SiteFooter`), found in the whole document.
    /// `<main>`, which holds the notices and the view.
    MAIN = "main";
    /// The view showing in `<main>`: the app puts another in its place to change views.
    VIEW = "view";
    /// Each view's `<h1>`: it gets the focus when a view is opened by a link.
    HEADING = "heading";
    /// The site header; in a member's frame the app puts the embed bar in its place.
    SITE_HEADER = "site-header";
    /// The series' short title in the header: the app names its views' titles after it.
    SERIES_TITLE = "series-title";
    /// The main navigation, whose current entry the app marks.
    NAV = "nav";
    /// The count of shortlisted sessions in the navigation.
    SHORTLIST_COUNT = "shortlist-count";
    /// The skip link, which a member's frame has no use for.
    SKIP_LINK = "skip-link";
    /// The footer's offer to embed the programme, left out inside a member's frame.
    EMBED_OFFER = "embed-offer";
    /// A link to another view of the app (`AppLink`): the app follows it in place. Its value is
    /// empty, or [`BACK_LINK`] for "Back to the programme".
    APP_LINK = "link";

    // ---- The notices above every view (`Notices`).
    /// Where the notices are.
    NOTICES = "notices";
    /// "A newer programme is available", shown once a newer deployment is waiting.
    UPDATE_NOTICE = "update-notice";
    /// Its button, which loads the newer programme.
    LOAD_UPDATE = "load-update";
    /// What the address contained that the app ignored.
    IGNORED_NOTICE = "ignored-notice";
    /// Its sentence.
    IGNORED_TEXT = "ignored-text";
    /// Its button, which puts it away.
    DISMISS = "dismiss";
    /// Trouble keeping the shortlist.
    STORAGE_NOTICE = "storage-notice";
    /// Its sentence.
    STORAGE_TEXT = "storage-text";
    /// Where the browser deletes a site's data after days without a visit (WebKit's): that it
    /// does, and the ways to keep the shortlist, once something is shortlisted.
    KEEPING_NOTICE = "keeping-notice";
    /// Its button, which puts it away for good.
    KEEPING_DISMISS = "keeping-dismiss";

    // ---- The filters (`FilterPanel`, `FacetOptions`, `FilterOption`), on the programme and the toolkit.
    /// The filter panel.
    FILTER_PANEL = "filter-panel";
    /// The search field.
    SEARCH = "search";
    /// Where the app says that search cannot have the sessions' descriptions (the toolkit's panel
    /// has none, its page holding its own search texts).
    SEARCH_NOTE = "search-note";
    /// The phone's "Filters" button, which opens the sheet of options.
    FILTER_TOGGLE = "filter-toggle";
    /// The sheet of options; the app marks it [`OPEN`] on a phone.
    FILTER_SHEET = "filter-sheet";
    /// The sheet's "Show N sessions" button, which closes it.
    SHOW_RESULTS = "show-results";
    /// Each "When" radio button (its value is a `When` slug); the toolkit has none.
    WHEN_OPTION = "when-option";
    /// The options of one facet; its value is the facet's name (`Facet::name`).
    FACET = "facet";
    /// One option of a facet; the app marks it [`EMPTY_OPTION`] when it would give nothing.
    OPTION = "option";
    /// Its checkbox, whose value is the option's slug.
    OPTION_INPUT = "option-input";
    /// Its name.
    OPTION_LABEL = "option-label";
    /// How many it would give, as a number.
    OPTION_COUNT = "option-count";
    /// The words after the number, for screen readers (" sessions").
    OPTION_COUNT_WORDS = "option-count-words";
    /// "Clear all filters" in the panel.
    CLEAR_FILTERS = "clear-filters";

    // ---- What the filters narrow (`ProgrammeView`, `ToolkitView`).
    /// "21 sessions", "3 of 21 sessions" (also the shortlist's count of its sessions).
    RESULT_COUNT = "result-count";
    /// What shows when nothing matches.
    EMPTY_STATE = "empty-state";
    /// Its "Clear all filters" button.
    EMPTY_CLEAR = "empty-clear";
    /// A month of the programme.
    MONTH = "month";
    /// On paper, what the printed list is narrowed to.
    PRINT_FILTERS = "print-filters";
    /// The subscribe links, one line per feed the filters choose.
    SUBSCRIBE = "subscribe";
    /// A line's `webcal:` link.
    SUBSCRIBE_LINK = "subscribe-link";
    /// A line's plain address of the feed.
    FEED_ADDRESS = "feed-address";
    /// A line leading to the toolkit's resources on one topic (its value), shown while that
    /// topic is chosen.
    TOOLKIT_LINE = "toolkit-line";

    // ---- A session (`SessionCard`, `SessionDetail`) and what the app reads of it (see `read`).
    /// A session's card or detail; its value is the session's slug.
    SESSION = "session";
    /// Its date's `<time>`, whose `datetime` is its start: RFC 3339 with the UK offset
    /// (`read::instant`).
    START = "start";
    /// Its end, written the same way.
    END = "end";
    /// Its topics' slugs, separated by spaces (`read::slugs`).
    TOPICS = "topics";
    /// Its organisations' slugs, likewise.
    ORGANISATIONS = "organisations";
    /// Its speakers' names, separated by `read::SPEAKER_SEPARATOR`: written only for a session
    /// with speakers.
    SPEAKERS = "speakers";
    /// The card's title, a link to the session's page: its text is the title, and it gets the
    /// focus when the person comes back to the programme from that session.
    TITLE_LINK = "title-link";
    /// Where the session stands (past, today, happening now, upcoming); its value is the
    /// status' name, which the app sets for the visit and the styles read.
    STATUS = "status";
    /// The line for the viewer's own time: a session whose time was not published has none.
    VIEWER_TIME = "viewer-time";
    /// The "Next session" mark, on every card, hidden but on the next session's (a session's own
    /// page has none).
    NEXT_LABEL = "next-label";
    /// A session's shortlist toggle; its value is the session's slug.
    SHORTLIST_BUTTON = "shortlist";

    // ---- Sharing a page (`SharePage`): a session's own page, or the programme as filtered now.
    /// The control; its value says which address it shares ([`Shared`]).
    SHARE_PAGE = "share-page";
    /// Its link to the page shared, which is all it is without the app; the app hands the
    /// address to the system's share sheet or the clipboard instead.
    SHARE_PAGE_LINK = "share-page-link";
    /// The title the page is shared with, on the link.
    SHARE_TITLE = "share-title";
    /// The line the page is shared with (a session's date and UK time), on the link.
    SHARE_TEXT = "share-text";
    /// What happened when the link was pressed.
    SHARE_PAGE_STATUS = "share-page-status";
    /// Where the address is shown to be copied by hand, once pressed where no share sheet took it.
    SHARE_PAGE_COPY = "share-page-copy";
    /// The address itself.
    SHARE_PAGE_ADDRESS = "share-page-address";

    // ---- The toolkit (`ToolkitView`, `ResourceItem`).
    /// The resources on one topic; its value is the topic's slug.
    TOOLKIT_SECTION = "toolkit-section";
    /// A resource; its value is the resource's slug, beside its [`TOPICS`] and [`SEARCH_TEXT`].
    RESOURCE = "resource";
    /// A resource's folded search text (`programme::toolkit::search_text`).
    SEARCH_TEXT = "search-text";

    // ---- The templates in index.html (`Templates`), which the app copies and fills.
    /// A template; its value names it ([`Template`]).
    TEMPLATE = "template";
    /// The list of session cards, which the app fills with copies of the programme's.
    SESSION_LIST = "session-list";
    /// Its heading.
    LIST_HEADING = "list-heading";
    /// Sessions on a list that are no longer in the programme.
    MISSING = "missing";
    /// Their list.
    MISSING_LIST = "missing-list";
    /// The template of one of its items.
    MISSING_ITEM = "missing-item";
    /// The item's session id.
    MISSING_SLUG = "missing-slug";
    /// The item's "Remove" button (a shared list's items have none).
    REMOVE = "remove";
    /// The words that name what "Remove" removes, for screen readers.
    REMOVE_NAME = "remove-name";
    /// "Your shortlist is empty" and the way to the programme.
    SHORTLIST_EMPTY = "shortlist-empty";
    /// Where the browser deletes a site's data after days without a visit: the line saying so on
    /// the shortlist, with the ways to keep it.
    SHORTLIST_EXPIRY = "shortlist-expiry";
    /// "Add my shortlist to calendar".
    SHORTLIST_CALENDAR = "shortlist-calendar";
    /// Its button.
    CALENDAR_BUTTON = "calendar-button";
    /// What happened when it was pressed.
    CALENDAR_STATUS = "calendar-status";
    /// "Share my shortlist", shown while something is shortlisted.
    SHARE = "share";
    /// Its button.
    SHARE_BUTTON = "share-button";
    /// What happened when it was pressed.
    SHARE_STATUS = "share-status";
    /// The link, shown so it can be copied by hand.
    SHARE_LINK = "share-link";
    /// A shared link that could not be read.
    SHARED_UNREADABLE = "shared-unreadable";
    /// Why.
    UNREADABLE_TEXT = "unreadable-text";
    /// A shared link that could be read.
    SHARED_READABLE = "shared-readable";
    /// "Someone shared N sessions with you."
    SHARED_INTRO = "shared-intro";
    /// "Add these to my shortlist".
    MERGE = "merge";
    /// Its button.
    MERGE_BUTTON = "merge-button";
    /// What adding them did.
    MERGE_STATUS = "merge-status";
    /// The way to the person's own shortlist, once they have added to it.
    SEE_SHORTLIST = "see-shortlist";
    /// The embedded app's way out to the full app, at the view showing now.
    OPEN_FULL = "open-full";
    /// Its way out with the person's shortlist.
    OPEN_WITH_SHORTLIST = "open-with-shortlist";
    /// "Try again" on a view that could not be loaded.
    TRY_AGAIN = "try-again";

    // ---- The Embed page (`EmbedView`).
    /// The organisation and topic choices.
    EMBED_CHOICES = "embed-choices";
    /// One piece of code to paste; its value says which ([`Code`]).
    CODE = "code";
    /// Its text.
    CODE_TEXT = "code-text";
    /// Its "Copy" button.
    COPY = "copy";
    /// What copying did.
    COPY_STATUS = "copy-status";
    /// The preview frame.
    EMBED_PREVIEW = "embed-preview";
}

states! {
    // ---- States written on `<html>` (by the app, the page's head script or the build), which
    // the styles read.
    /// The app has started on the page (its value is "ready").
    APP = "app";
    /// The viewer's clock does not keep UK time (set by index.html's head script before the
    /// first paint, so the line for their times is kept free).
    ELSEWHERE = "elsewhere";
    /// The app is in a member's frame (compact styles).
    EMBEDDED = "embedded";
    /// A page of one view, read without the app (the styles leave out what needs it).
    STATIC = "static";

    // ---- States the app sets on elements, which the styles read.
    /// The next session's card.
    NEXT = "next";
    /// The phone's sheet of options, while open.
    OPEN = "open";
    /// An option that would give nothing with the other filters.
    EMPTY_OPTION = "empty";
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
    /// The bar of the app in a member's frame (`FrameBar`).
    FrameBar,
}

impl Template {
    /// Every template.
    pub const ALL: [Template; 5] =
        [Template::Shortlist, Template::Shared, Template::SessionNotFound, Template::Unavailable, Template::FrameBar];

    /// Its name, the value of its [`TEMPLATE`].
    pub fn name(self) -> &'static str {
        match self {
            Template::Shortlist => "shortlist",
            Template::Shared => "shared",
            Template::SessionNotFound => "session-not-found",
            Template::Unavailable => "unavailable",
            Template::FrameBar => "frame-bar",
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

/// The parts the app adopts, each by one module of `crate::live` (named after the component that
/// writes it), with the hooks it needs inside its root, those it can do without, and the values
/// it reads off the root. A part is the only way the app finds a hook.
pub mod parts {
    use super::*;
    use crate::contract::hook::Root::{Document, Each, Item, Template as In};

    const NONE: &[Hook] = &[];

    parts! {
        /// Any written page: `<main>` and the view in it (`live`, `live::views` on a fetched page).
        PAGE = { root: Document, required: &[MAIN, VIEW], optional: NONE, values: NONE };
        /// The view showing: its heading, which gets the focus when the view changes (`live::focus`).
        SHOWN_VIEW = { root: Each(MAIN), required: &[HEADING], optional: NONE, values: NONE };
        /// The site header (`live::site_header`).
        HEADER = { root: Each(SITE_HEADER), required: &[NAV, SHORTLIST_COUNT], optional: NONE, values: NONE };
        /// The main navigation's links (`live::site_header`).
        NAVIGATION = { root: Each(NAV), required: NONE, optional: &[APP_LINK], values: NONE };
        /// What a member's frame has no use for (`live::frame_bar`).
        PAGE_OFFERS = { root: Document, required: &[SKIP_LINK, EMBED_OFFER], optional: NONE, values: NONE };
        /// The embedded app's bar, a template (`live::frame_bar`).
        FRAME_BAR = { root: In(Template::FrameBar), required: &[OPEN_FULL, OPEN_WITH_SHORTLIST], optional: NONE, values: NONE };
        /// The notices, inside `<main>` (`live::notices`).
        NOTICE_LIST = { root: Each(NOTICES),
            required: &[UPDATE_NOTICE, LOAD_UPDATE, IGNORED_NOTICE, IGNORED_TEXT, DISMISS, STORAGE_NOTICE, STORAGE_TEXT, KEEPING_NOTICE, KEEPING_DISMISS],
            optional: NONE,
            values: NONE,
        };
        /// A link to another view (`live::app_link`, where a click lands).
        LINK = { root: Each(APP_LINK), required: NONE, optional: NONE, values: &[APP_LINK] };
        /// The programme's view, index.html's (`live`, `live::programme_view`).
        PROGRAMME_VIEW = { root: Each(VIEW),
            required: &[FILTER_PANEL, RESULT_COUNT, EMPTY_STATE, EMPTY_CLEAR, PRINT_FILTERS, SUBSCRIBE],
            optional: &[TOOLKIT_LINE],
            values: NONE,
        };
        /// The programme's filter panel (`live::filter_panel`).
        PROGRAMME_FILTERS = { root: Each(FILTER_PANEL),
            required: &[SEARCH, SEARCH_NOTE, FILTER_TOGGLE, FILTER_SHEET, SHOW_RESULTS, CLEAR_FILTERS, WHEN_OPTION],
            optional: NONE,
            values: NONE,
        };
        /// The toolkit's filter panel, which has no time and no note on search (`live::filter_panel`).
        TOOLKIT_FILTERS = { root: Each(FILTER_PANEL),
            required: &[SEARCH, FILTER_TOGGLE, FILTER_SHEET, SHOW_RESULTS, CLEAR_FILTERS],
            optional: NONE,
            values: NONE,
        };
        /// The options of one facet (`live::facet_options`).
        FACET_OPTIONS = { root: Each(FACET), required: NONE, optional: &[OPTION_INPUT], values: &[FACET] };
        /// One option of a facet (`live::facet_options`).
        FACET_OPTION = { root: Each(OPTION),
            required: &[OPTION_INPUT, OPTION_COUNT, OPTION_COUNT_WORDS],
            optional: NONE,
            values: NONE,
        };
        /// The subscribe links (`live::subscribe_links`).
        SUBSCRIBE_LINE = { root: Each(SUBSCRIBE), required: &[SUBSCRIBE_LINK, FEED_ADDRESS], optional: NONE, values: NONE };
        /// What the app corrects on a session's card for the visit (`live::session_card`, `live::session_times`).
        CARD_MARKS = { root: Each(SESSION), required: &[STATUS, NEXT_LABEL], optional: &[VIEWER_TIME], values: &[SESSION] };
        /// What the app corrects on a session's own page (`live::session_times`).
        SESSION_PAGE_MARKS = { root: Each(SESSION), required: &[STATUS], optional: &[VIEWER_TIME], values: &[SESSION] };
        /// A card's title link, which gets the focus back when the person returns (`live::focus`).
        CARD_LINK = { root: Each(SESSION), required: &[TITLE_LINK], optional: NONE, values: NONE };
        /// A session's shortlist toggle (`live::shortlist_button`, where a click lands).
        SHORTLIST_TOGGLE = { root: Each(SHORTLIST_BUTTON), required: NONE, optional: NONE, values: &[SHORTLIST_BUTTON] };
        /// A page's share control (`live::share_page`).
        PAGE_SHARE = { root: Each(SHARE_PAGE),
            required: &[SHARE_PAGE_LINK, SHARE_PAGE_STATUS, SHARE_PAGE_COPY, SHARE_PAGE_ADDRESS],
            optional: NONE,
            values: &[SHARE_PAGE],
        };
        /// A share control's link, with what the page is shared with (`live::share_page`).
        PAGE_SHARE_LINK = { root: Each(SHARE_PAGE_LINK), required: NONE, optional: NONE, values: &[SHARE_TITLE, SHARE_TEXT] };
        /// The toolkit's view (`live::toolkit_view`).
        TOOLKIT_VIEW = { root: Each(VIEW),
            required: &[FILTER_PANEL, RESULT_COUNT, EMPTY_STATE, EMPTY_CLEAR],
            optional: &[TOOLKIT_SECTION],
            values: NONE,
        };
        /// The resources on one topic (`live::toolkit_view`).
        TOOLKIT_TOPIC = { root: Each(TOOLKIT_SECTION), required: NONE, optional: &[RESOURCE], values: &[TOOLKIT_SECTION] };
        /// A resource of the toolkit (`live::toolkit_view`).
        A_RESOURCE = { root: Each(RESOURCE), required: NONE, optional: NONE, values: &[RESOURCE, TOPICS, SEARCH_TEXT] };
        /// My shortlist, a template (`live::shortlist_view`).
        SHORTLIST = { root: In(Template::Shortlist),
            required: &[
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
            optional: NONE,
            values: NONE,
        };
        /// A row of the sessions on the person's own shortlist that are no longer in the programme:
        /// it can be removed (`live::missing_sessions`).
        REMOVABLE_ROW = { root: Item(Template::Shortlist, MISSING_ITEM), required: &[MISSING_SLUG, REMOVE, REMOVE_NAME], optional: NONE, values: NONE };
        /// A row of the sessions on a shared list that are no longer in the programme (`live::missing_sessions`).
        SHARED_ROW = { root: Item(Template::Shared, MISSING_ITEM), required: &[MISSING_SLUG], optional: NONE, values: NONE };
        /// A shared shortlist, a template (`live::shared_view`).
        SHARED = { root: In(Template::Shared),
            required: &[
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
            optional: NONE,
            values: NONE,
        };
        /// A view that could not be loaded, a template (`live::views`).
        UNAVAILABLE = { root: In(Template::Unavailable), required: &[HEADING, TRY_AGAIN], optional: NONE, values: NONE };
        /// An address naming no session, a template (`live::views`).
        NOT_FOUND = { root: In(Template::SessionNotFound), required: &[HEADING], optional: NONE, values: NONE };
        /// The Embed page's view (`live::embed_view`).
        EMBED_PAGE = { root: Each(VIEW), required: &[EMBED_CHOICES, EMBED_PREVIEW, CODE], optional: NONE, values: NONE };
        /// One piece of code on the Embed page (`live::embed_view`).
        CODE_BOX = { root: Each(CODE), required: &[CODE_TEXT, COPY, COPY_STATUS], optional: NONE, values: &[CODE] };
    }
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

    /// The parts the app adopts on this page.
    pub fn parts(self) -> &'static [Part] {
        use parts::*;
        match self {
            WrittenPage::Programme => &[
                PAGE,
                SHOWN_VIEW,
                HEADER,
                NAVIGATION,
                PAGE_OFFERS,
                NOTICE_LIST,
                LINK,
                PROGRAMME_VIEW,
                PROGRAMME_FILTERS,
                FACET_OPTIONS,
                FACET_OPTION,
                SUBSCRIBE_LINE,
                CARD_MARKS,
                CARD_LINK,
                SHORTLIST_TOGGLE,
                PAGE_SHARE,
                PAGE_SHARE_LINK,
                SHORTLIST,
                REMOVABLE_ROW,
                SHARED_ROW,
                SHARED,
                FRAME_BAR,
                UNAVAILABLE,
                NOT_FOUND,
            ],
            WrittenPage::Session => &[PAGE, SHOWN_VIEW, LINK, SESSION_PAGE_MARKS, SHORTLIST_TOGGLE, PAGE_SHARE, PAGE_SHARE_LINK],
            WrittenPage::Toolkit => {
                &[PAGE, SHOWN_VIEW, LINK, TOOLKIT_VIEW, TOOLKIT_FILTERS, FACET_OPTIONS, FACET_OPTION, TOOLKIT_TOPIC, A_RESOURCE]
            }
            WrittenPage::Embed => &[PAGE, SHOWN_VIEW, LINK, EMBED_PAGE, CODE_BOX, FACET_OPTIONS, FACET_OPTION],
            WrittenPage::About => &[PAGE, SHOWN_VIEW, LINK],
        }
    }
}
