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

/// "1 session", "3 sessions".
pub fn sessions(count: usize) -> String {
    counted(count, "session")
}

/// "1 resource", "3 resources".
pub fn resources(count: usize) -> String {
    counted(count, "resource")
}

fn counted(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
}
