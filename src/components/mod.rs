//! The Leptos views, one per file, named for what the person sees. They stay thin: layout and
//! wiring, with every rule (times, grouping, status, URLs) in `crate::programme` and `crate::routes`.
//!
//! They are all written at build time (`crate::publish::prerender`): the programme, each session
//! and About as pages, and what the build cannot fill in (the views of the person's own data, the
//! Embed page) as templates. The app in the browser adopts them and fills in what changes
//! (`crate::live`); it builds no view of its own, which keeps Leptos' renderer out of the
//! WebAssembly (docs/performance.md has what that saved).

mod about_view;
mod app_link;
mod calendar_menu;
mod context;
mod embed_view;
mod facet_options;
mod filter_option;
mod filter_panel;
mod frame_bar;
mod illustrative_label;
mod missing_sessions;
mod not_found;
mod notices;
mod page;
mod poster_view;
mod programme_view;
mod resource_item;
mod session_actions;
mod session_card;
mod session_detail;
mod session_list;
mod session_times;
mod share_controls;
mod share_page;
mod shared_view;
mod shortlist_button;
mod shortlist_view;
mod site_footer;
mod site_header;
mod status_badge;
mod subscribe_links;
mod templates;
mod toolkit_view;

pub use about_view::AboutView;
pub use app_link::{AppLink, LinkRole};
pub use calendar_menu::CalendarMenu;
pub use context::{AppData, Hrefs, provide_app_data, provide_hrefs, provided, use_app_data, use_hrefs};
pub use embed_view::EmbedView;
pub use facet_options::FacetOptions;
pub use filter_option::{FilterOption, count_words};
pub use filter_panel::{FilterPanel, filters_label, show_results};
pub use frame_bar::FrameBar;
pub use illustrative_label::{ILLUSTRATIVE, IllustrativeLabel};
pub use missing_sessions::MissingSessions;
pub use not_found::{PageUnavailable, SessionNotFound};
pub use notices::Notices;
pub use page::{PROGRAMME_TITLE, Page, page_title};
pub use poster_view::PosterView;
pub use programme_view::ProgrammeView;
pub use resource_item::ResourceItem;
pub use session_actions::SessionActions;
pub use session_card::SessionCard;
pub use session_detail::SessionDetail;
pub use session_list::SessionList;
pub use session_times::SessionTimes;
pub use share_controls::ShareControls;
pub use share_page::SharePage;
pub use shared_view::SharedView;
pub use shortlist_button::ShortlistButton;
pub use shortlist_view::ShortlistView;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use status_badge::StatusBadge;
pub use subscribe_links::{SubscribeLinks, feed_words, subscribe_words, webcal};
pub use templates::Templates;
pub use toolkit_view::ToolkitView;
