//! One checkbox among the filter options, with how many sessions it would give.

use leptos::prelude::*;

use crate::contract::{EMPTY_OPTION, OPTION, OPTION_COUNT, OPTION_COUNT_WORDS, OPTION_INPUT, OPTION_LABEL};
use crate::programme::Slug;

/// A checkbox named exactly `label`; its count is read out as its description, and an option that
/// would give no sessions stays visible, marked as such.
#[component]
pub fn FilterOption(
    /// The checkbox's element id.
    id: String,
    /// The option's slug: the checkbox's value.
    value: Slug,
    /// The option's name: the checkbox's accessible name.
    label: String,
    /// Sessions it would give with the other filters applied.
    count: usize,
) -> impl IntoView {
    let count_id = format!("{id}-count");
    view! {
        <li class="option" {..OPTION.mark()} {..EMPTY_OPTION.with(count == 0)}>
            <input type="checkbox" id=id.clone() value=value.0 aria-describedby=count_id.clone() {..OPTION_INPUT.mark()} />
            <label {..OPTION_LABEL.mark()} for=id>
                {label}
            </label>
            <span class="count" id=count_id>
                <span class="n" {..OPTION_COUNT.mark()}>
                    {count}
                </span>
                <span class="visually-hidden" {..OPTION_COUNT_WORDS.mark()}>
                    {count_words(count)}
                </span>
            </span>
        </li>
    }
}

/// " session" or " sessions", read after the count.
pub fn count_words(count: usize) -> &'static str {
    if count == 1 { " session" } else { " sessions" }
}
