//! Small text rules that show on screen: paragraphs, name lists, counts.

use programme_guide::programme::text::{join_names, paragraphs, sessions};

#[test]
fn descriptions_split_into_paragraphs_at_blank_lines() {
    assert_eq!(paragraphs("\nOne.\n\n  Two,\nstill two.  \n\n\n"), ["One.", "Two,\nstill two."]);
    assert!(paragraphs("  \n\n ").is_empty());
}

#[test]
fn names_join_as_english() {
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(join_names(&names(&[])), "");
    assert_eq!(join_names(&names(&["PAFRAS"])), "PAFRAS");
    assert_eq!(join_names(&names(&["A", "B"])), "A and B");
    assert_eq!(join_names(&names(&["A", "B", "C"])), "A, B and C");
}

#[test]
fn counts_of_sessions_agree_in_number() {
    assert_eq!(sessions(0), "0 sessions");
    assert_eq!(sessions(1), "1 session");
    assert_eq!(sessions(21), "21 sessions");
}
