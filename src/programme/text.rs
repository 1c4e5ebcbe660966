//! Small text helpers shared by the views.

/// Splits plain text into paragraphs at blank lines, trimming each and dropping empty ones.
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// Joins names as English prose: "A", "A and B", "A, B and C".
pub fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// The first sentence of plain text: up to the first full stop, question or exclamation mark
/// followed by a space (or the end), or the first paragraph when it has none. For previews,
/// which show a line or two.
pub fn first_sentence(text: &str) -> &str {
    let paragraph = paragraphs(text).into_iter().next().unwrap_or_default();
    let ends = paragraph.char_indices().filter(|&(_, c)| matches!(c, '.' | '?' | '!'));
    for (at, mark) in ends {
        let after = at + mark.len_utf8();
        if paragraph[after..].starts_with(char::is_whitespace) {
            return &paragraph[..after];
        }
    }
    paragraph
}

/// "1 session", "3 sessions".
pub fn sessions(count: usize) -> String {
    counted(count, "session")
}

/// "1 resource", "3 resources".
pub fn resources(count: usize) -> String {
    counted(count, "resource")
}

/// `text` percent-encoded for an address: each byte that `keep` does not accept as `%XX`.
/// Addresses differ in what they keep (the guide's own keep the commas between list values;
/// the calendars' take what JavaScript's `encodeURIComponent` keeps).
pub fn percent_encoded(text: &str, keep: fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if keep(byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn counted(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
}
