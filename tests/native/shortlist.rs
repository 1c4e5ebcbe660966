//! The shortlist's stored form: round trips, every kind of unreadable input kept aside without a
//! panic, migration, unknown sessions kept, and share links that reject tampering cleanly.

use crate::common;

use programme_guide::programme::Slug;
use programme_guide::programme::json::Json;
use programme_guide::programme::shortlist::{
    self, FORMAT_VERSION, MAX_SHARED, Shortlist, Unreadable, encode, parse_share_param, share_param,
};

fn list(slugs: &[&str]) -> Shortlist {
    Shortlist::new(slugs.iter().map(|s| Slug((*s).to_owned())))
}

/// Stored text read as the app reads it: as JSON (here by serde_json, in the browser by its
/// `JSON.parse`, tested in tests/browser/storage.rs), then decoded.
fn decode(text: &str) -> Result<Shortlist, Unreadable> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Unreadable::Malformed(e.to_string()))?;
    shortlist::decode(&json(&value))
}

fn json(value: &serde_json::Value) -> Json {
    use serde_json::Value;
    match value {
        Value::Null => Json::Null,
        Value::Bool(flag) => Json::Bool(*flag),
        Value::Number(number) => Json::Number(number.as_u64()),
        Value::String(text) => Json::Text(text.clone()),
        Value::Array(items) => Json::List(items.iter().map(json).collect()),
        Value::Object(members) => Json::Object(members.iter().map(|(k, v)| (k.clone(), json(v))).collect()),
    }
}

#[test]
fn encoding_round_trips_and_keeps_the_order_added() {
    for slugs in [&[][..], &["a"], &["nhs-charging", "legal-aid", "b-2"]] {
        let original = list(slugs);
        assert_eq!(decode(&encode(&original)), Ok(original.clone()));
    }
    assert_eq!(encode(&list(&["x", "y"])), r#"{"version":1,"sessions":["x","y"]}"#);
}

#[test]
fn toggling_adding_and_merging_never_duplicate() {
    let mut mine = list(&["a", "b"]);
    mine.toggle(&Slug("b".into()));
    mine.toggle(&Slug("c".into()));
    assert_eq!(mine, list(&["a", "c"]));
    let added = mine.merge(&list(&["c", "d", "a", "e"]));
    assert_eq!(added, 2);
    assert_eq!(mine, list(&["a", "c", "d", "e"]), "merging adds what is new and removes nothing");
    assert_eq!(list(&["a", "a", "b"]).len(), 2);
}

#[test]
fn sessions_no_longer_in_the_programme_are_kept_and_reported() {
    let programme = common::programme();
    let stored = decode(r#"{"version":1,"sessions":["later","gone-session","reunion"]}"#).expect("readable");
    assert_eq!(stored.len(), 3, "unknown slugs are kept");
    let (found, missing) = stored.resolve(&programme);
    let found: Vec<&str> = found.iter().map(|s| s.slug.as_str()).collect();
    assert_eq!(found, ["reunion", "later"], "sessions in date order");
    assert_eq!(missing, [Slug("gone-session".into())]);
}

#[test]
fn a_newer_format_is_kept_aside_not_misread() {
    let newer = format!(r#"{{"version":{},"sessions":[{{"id":"a"}}]}}"#, FORMAT_VERSION + 1);
    assert_eq!(decode(&newer), Err(Unreadable::FutureVersion(FORMAT_VERSION + 1)));
}

#[test]
fn the_current_format_is_read_after_an_update_that_adds_fields() {
    // A later release may add fields to format 1; this release must still read the sessions.
    let with_extra = r#"{"version":1,"sessions":["a","b"],"savedAt":"2026-11-22T10:00:00Z"}"#;
    assert_eq!(decode(with_extra), Ok(list(&["a", "b"])));
}

/// At least 50 unreadable inputs: each is reported as unreadable (to be kept aside) without panicking.
#[test]
fn unreadable_inputs_are_reported_never_panicking() {
    let mut inputs: Vec<String> = [
        "",
        " ",
        "null",
        "true",
        "0",
        "-1",
        "1e999",
        "\"a string\"",
        "[]",
        "[\"a\",\"b\"]",
        "{}",
        "{\"version\":null}",
        "{\"version\":\"1\",\"sessions\":[]}",
        "{\"version\":1}",
        "{\"version\":1,\"sessions\":null}",
        "{\"version\":1,\"sessions\":\"a,b\"}",
        "{\"version\":1,\"sessions\":[1,2]}",
        "{\"version\":1,\"sessions\":[\"\"]}",
        "{\"version\":1,\"sessions\":[\"a\",null]}",
        "{\"version\":0,\"sessions\":[]}",
        "{\"version\":-1,\"sessions\":[]}",
        "{\"version\":1.5,\"sessions\":[]}",
        "{\"version\":99,\"sessions\":[]}",
        "{\"version\":1,\"sessions\":[[\"a\"]]}",
        "{\"version\":1,\"sessions\":[{\"slug\":\"a\"}]}",
        "{\"version\":1,\"sessions\":[\"a\"]",
        "{version:1}",
        "<html>",
        "undefined",
        "NaN",
        "\u{0}",
        "\u{feff}{}",
        "{\"version\":1,\"sessions\":[\"   \"]}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Generated garbage: truncations of a valid envelope and pseudo-random bytes.
    let valid = encode(&list(&["nhs-charging", "legal-aid"]));
    inputs.extend((0..valid.len()).step_by(3).map(|n| valid[..n].to_owned()));
    let mut seed: u32 = 7;
    for _ in 0..20 {
        let garbage: String = (0..(seed % 40))
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                char::from_u32(32 + (seed >> 16) % 95).unwrap_or('?')
            })
            .collect();
        inputs.push(garbage);
    }
    assert!(inputs.len() >= 50, "{} inputs", inputs.len());
    for input in &inputs {
        assert!(decode(input).is_err(), "{input:?} should be unreadable");
    }
}

#[test]
fn share_links_round_trip() {
    for slugs in [&["a"][..], &["nhs-charging", "legal-aid", "x-1-y"]] {
        let original = list(slugs);
        assert_eq!(parse_share_param(&share_param(&original)), Ok(original));
    }
    assert_eq!(share_param(&list(&["a", "b-c"])), "a,b-c");
}

#[test]
fn tampered_share_links_are_rejected_with_a_reason() {
    let too_many = vec!["a"; MAX_SHARED + 1].join(",");
    for bad in ["", ",", "a,,b", "a,B", "a,<script>", "a b", "a,%00", "a;b", "../etc", &too_many] {
        let error = parse_share_param(bad).expect_err(bad);
        assert!(!error.is_empty());
    }
    assert!(parse_share_param(&"x".repeat(10_000)).is_ok(), "one long slug is a slug: it simply matches nothing");
}
