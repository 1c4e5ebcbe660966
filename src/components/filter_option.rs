//! One checkbox among the filter options, with how many sessions it would give.

use leptos::prelude::*;

/// A checkbox named exactly `label`; its count is read out as its description, and an option that
/// would give no sessions stays visible, marked as such.
#[component]
pub fn FilterOption(
    /// The checkbox's element id.
    id: String,
    /// The option's name: the checkbox's accessible name.
    label: String,
    /// Whether the option is chosen.
    checked: Signal<bool>,
    /// Sessions it would give with the other filters applied.
    count: Signal<usize>,
    /// Called when the person ticks or unticks it.
    on_toggle: Callback<()>,
) -> impl IntoView {
    let count_id = format!("{id}-count");
    view! {
        <li class="option" class:none=move || count.get() == 0 && !checked.get()>
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=checked
                aria-describedby=count_id.clone()
                on:change=move |_| on_toggle.run(())
            />
            <label for=id>{label}</label>
            <span class="count" id=count_id>
                {move || count.get()}
                <span class="visually-hidden">
                    {move || if count.get() == 1 { " session" } else { " sessions" }}
                </span>
            </span>
        </li>
    }
}
