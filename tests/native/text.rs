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

#[test]
fn a_preview_takes_the_first_sentence_of_a_description() {
    use programme_guide::programme::text::first_sentence;
    assert_eq!(first_sentence("Who is charged for NHS care. And how to help.\n\nMore."), "Who is charged for NHS care.");
    assert_eq!(first_sentence("Is the hostile environment racist? A talk."), "Is the hostile environment racist?");
    // A full stop inside a word or a number does not end the sentence; a paragraph without one is whole.
    assert_eq!(first_sentence("Rules in the U.K.'s 2.5 million cases"), "Rules in the U.K.'s 2.5 million cases");
    assert_eq!(first_sentence("One paragraph, no stop\n\nSecond."), "One paragraph, no stop");
    assert_eq!(first_sentence(""), "");
}
