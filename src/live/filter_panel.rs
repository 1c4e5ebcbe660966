//! The written filter panel (`FilterPanel`), adopted as it is: what the person typed or ticked
//! before the app started is kept, and from then on the panel and the address move together.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};

use super::adopt::{Found, adopt_all};
use super::dom::{html, set_flag, set_state, set_text};
use super::effect::effect;
use super::facet_options;
use super::in_next_task;
use super::navigator::{HistoryMode, Navigator};
use crate::browser::listen::{on, target_element};
use crate::components::{filters_label, show_results};
use crate::contract::parts::{FACET_OPTIONS, PROGRAMME_FILTERS, TOOLKIT_FILTERS};
use crate::contract::{CLEAR_FILTERS, FACET, FILTER_SHEET, FILTER_TOGGLE, OPEN, OPTION_INPUT, Part, SEARCH, SHOW_RESULTS, WHEN_OPTION};
use crate::programme::filter::{Facet, Filters, Outcome, When};
use crate::programme::text::{resources, sessions};
use crate::programme::{Programme, Slug};
use crate::routes::Route;

fn search_field(panel: &Found) -> Option<HtmlInputElement> {
    panel.get(SEARCH).dyn_into().ok()
}

/// The panel's times to choose.
fn radios(panel: &Found) -> Vec<HtmlInputElement> {
    panel.all(WHEN_OPTION).into_iter().filter_map(|e| e.dyn_into().ok()).collect()
}

/// The filters the address asks for, with what the person did on the written panel (adopted as
/// `PROGRAMME.part`) before the app started. The panel was written with nothing chosen, so
/// whatever is chosen now, they chose: typed text replaces the search, a ticked option is added,
/// a time other than "all" is taken.
pub fn carried_over(panel: &Found, asked: &Filters, programme: &Programme) -> Filters {
    let mut filters = asked.clone();
    if let Some(typed) = search_field(panel).map(|i| i.value()).filter(|t| !t.trim().is_empty()) {
        filters.search = typed;
    }
    if let Some(when) = radios(panel).iter().find(|r| r.checked()).and_then(|r| When::from_slug(&r.value()))
        && when != When::All
    {
        filters.when = when;
    }
    for fieldset in adopt_all(panel.root(), &FACET_OPTIONS) {
        let Some(facet) = Facet::from_name(&fieldset.value(FACET)) else { continue };
        let inputs = fieldset.all(OPTION_INPUT).into_iter().filter_map(|e| e.dyn_into::<HtmlInputElement>().ok());
        for ticked in inputs.filter(HtmlInputElement::checked) {
            let slug = Slug(ticked.value());
            if !facet.chosen(&filters).contains(&slug) {
                filters = facet.toggle(&filters, programme, &slug);
            }
        }
    }
    filters
}

/// What a filter panel narrows: the programme or the toolkit.
#[derive(Clone, Copy)]
pub struct Narrows {
    /// The panel's part of the page contract.
    pub part: &'static Part,
    /// The route of the view with these filters.
    pub route: fn(Filters) -> Route,
    /// "3 sessions", "3 resources".
    pub count: fn(usize) -> String,
    /// Whether it offers times to choose ("When"): the toolkit's has none.
    pub times: bool,
}

/// The programme's panel.
pub const PROGRAMME: Narrows = Narrows { part: &PROGRAMME_FILTERS, route: Route::Programme, count: sessions, times: true };

/// The toolkit's panel.
pub const TOOLKIT: Narrows = Narrows { part: &TOOLKIT_FILTERS, route: Route::Toolkit, count: resources, times: false };

/// Follows the controls of `panel` (adopted as `narrows.part`), and keeps them, its counts and its
/// labels true to `filters`.
/// The controls are followed at once; keeping them true waits for tasks of its own (the options'
/// ticks and counts, then the rest), since they are written as the page's first filters give (so
/// the start's turns stay short on a phone).
pub fn adopt(panel: &Found, navigator: Navigator, narrows: Narrows, filters: Memo<Filters>, outcome: Memo<Outcome>) {
    let change = move |f: Filters, mode: HistoryMode| navigator.filter((narrows.route)(f), mode);

    let search = search_field(panel);
    if let Some(search) = &search {
        let typed = search.clone();
        on(search, "input", move |_| {
            let current = filters.get_untracked();
            // The first letter typed is a step back can return to; the rest refine that step.
            let mode = if current.search.trim().is_empty() { HistoryMode::Push } else { HistoryMode::Replace };
            change(Filters { search: typed.value(), ..current }, mode);
        });
    }
    on(panel.root(), "change", move |event| {
        let Some(radio) = target_element(&event).filter(|t| t.has_attribute(WHEN_OPTION.attr())) else { return };
        if let Some(when) = radio.dyn_ref::<HtmlInputElement>().and_then(|r| When::from_slug(&r.value())) {
            change(Filters { when, ..filters.get_untracked() }, HistoryMode::Push);
        }
    });
    let clear = panel.get(CLEAR_FILTERS);
    on(&clear, "click", move |_| change(Filters::default(), HistoryMode::Push));
    facet_options::follow(panel.root(), filters.into(), move |f| change(f, HistoryMode::Push));

    let panel = panel.clone();
    let options = panel.root().clone();
    in_next_task(move || facet_options::keep(&options, filters.into(), outcome));
    in_next_task(move || {
        if let Some(search) = search {
            // Back, forward and "Clear all filters" change the search too; typing never fights it.
            effect(move || {
                filters.with(|f| {
                    if search.value() != f.search {
                        search.set_value(&f.search);
                    }
                })
            });
        }
        let when = if narrows.times { radios(&panel) } else { Vec::new() };
        effect(move || {
            let chosen = filters.with(|f| f.when);
            for radio in &when {
                radio.set_checked(When::from_slug(&radio.value()) == Some(chosen));
            }
        });
        effect(move || set_flag(&clear, "disabled", filters.with(Filters::is_empty)));
        adopt_sheet(&panel, narrows, filters, outcome);
    });
}

/// The phone's sheet of options: opened by "Filters", closed by its "Show N sessions" button or
/// Escape, focus going back to "Filters" (on a wide screen the options are always shown).
fn adopt_sheet(panel: &Found, narrows: Narrows, filters: Memo<Filters>, outcome: Memo<Outcome>) {
    let (toggle, sheet, show) = (panel.get(FILTER_TOGGLE), panel.get(FILTER_SHEET), panel.get(SHOW_RESULTS));
    let open = RwSignal::new(false);
    let focus_toggle = {
        let toggle = toggle.clone();
        move || {
            open.set(false);
            if let Some(button) = html(&toggle) {
                let _ = button.focus();
            }
        }
    };
    on(&toggle, "click", move |_| open.update(|o| *o = !*o));
    let close = focus_toggle.clone();
    on(&sheet, "keydown", move |event| {
        if event.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == "Escape") && open.get_untracked() {
            close();
        }
    });
    on(&show, "click", move |_| focus_toggle());
    effect(move || set_text(&show, &show_results(&(narrows.count)(outcome.with(|o| o.count)))));
    let (button, options) = (toggle.clone(), sheet.clone());
    effect(move || {
        let is_open = open.get();
        set_state(&options, OPEN, is_open);
        let _ = button.set_attribute("aria-expanded", if is_open { "true" } else { "false" });
    });
    effect(move || set_text(&toggle, &filters_label(filters.with(Filters::active_count))));
}
