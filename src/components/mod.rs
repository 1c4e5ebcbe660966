//! The Leptos views, one per file, named for what the person sees. They stay thin: layout and
//! wiring, with every rule (times, grouping, status, URLs) in `crate::programme` and `crate::routes`.

mod about_view;
mod app;
mod app_link;
mod calendar_button;
mod context;
mod filter_option;
mod filter_panel;
mod ignored_notice;
mod illustrative_label;
mod programme_view;
mod session_card;
mod session_detail;
mod session_list;
mod session_times;
mod share_controls;
mod shared_view;
mod shortlist_button;
mod shortlist_state;
mod shortlist_view;
mod site_header;
mod storage_notice;
mod subscribe_links;

pub use about_view::AboutView;
pub use app::App;
pub use app_link::AppLink;
pub use calendar_button::CalendarButton;
pub use context::{AppData, HistoryMode, Navigator, provide_app_data, use_app_data, use_navigator};
pub use filter_option::FilterOption;
pub use filter_panel::FilterPanel;
pub use ignored_notice::IgnoredNotice;
pub use illustrative_label::IllustrativeLabel;
pub use programme_view::ProgrammeView;
pub use session_card::SessionCard;
pub use session_detail::SessionDetail;
pub use session_list::SessionList;
pub use session_times::SessionTimes;
pub use share_controls::ShareControls;
pub use shared_view::SharedView;
pub use shortlist_button::ShortlistButton;
pub use shortlist_state::{ShortlistState, provide_shortlist, use_shortlist};
pub use shortlist_view::ShortlistView;
pub use site_header::SiteHeader;
pub use storage_notice::StorageNotice;
pub use subscribe_links::SubscribeLinks;
