//! The Leptos views, one per file, named for what the person sees. They stay thin: layout and
//! wiring, with every rule (times, grouping, status, URLs) in `crate::programme` and `crate::routes`.
//!
//! Most are written into pages at build time (`crate::publish::prerender`) and adopted by the
//! app as they are (`crate::live`); the views that show the person's own data (My shortlist, a
//! shared shortlist, the Embed page) and the notices are built in the browser.

mod about_view;
mod app_link;
mod calendar_button;
mod context;
mod embed_bar;
mod embed_view;
mod facet_options;
mod filter_option;
mod filter_panel;
mod ignored_notice;
mod illustrative_label;
mod not_found;
mod programme_view;
mod session_actions;
mod session_card;
mod session_detail;
mod session_list;
mod session_times;
mod share_controls;
mod shared_view;
mod shortlist_button;
mod shortlist_view;
mod site_footer;
mod site_header;
mod status_badge;
mod storage_notice;
mod subscribe_links;
mod update_notice;

pub use about_view::AboutView;
pub use app_link::{AppLink, LinkRole};
pub use calendar_button::CalendarButton;
pub use context::{AppData, Hrefs, provide_app_data, provide_hrefs, use_app_data, use_hrefs};
pub use embed_bar::EmbedBar;
pub use embed_view::EmbedView;
pub use facet_options::{Facet, FacetOptions};
pub use filter_option::{FilterOption, count_words};
pub use filter_panel::FilterPanel;
pub use ignored_notice::IgnoredNotice;
pub use illustrative_label::IllustrativeLabel;
pub use not_found::{PageUnavailable, SessionNotFound};
pub use programme_view::ProgrammeView;
pub use session_actions::SessionActions;
pub use session_card::SessionCard;
pub use session_detail::SessionDetail;
pub use session_list::SessionList;
pub use session_times::SessionTimes;
pub use share_controls::ShareControls;
pub use shared_view::SharedView;
pub use shortlist_button::ShortlistButton;
pub use shortlist_view::ShortlistView;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use status_badge::{StatusBadge, status_class};
pub use storage_notice::StorageNotice;
pub use subscribe_links::SubscribeLinks;
pub use update_notice::UpdateNotice;
