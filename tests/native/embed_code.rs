//! The code a member organisation pastes: a script line, or a plain frame.

use programme_guide::embed_code::{frame_tag, script_tag};
use programme_guide::programme::Slug;
use programme_guide::programme::filter::{Filters, When};

const FOLDER: &str = "https://example.org/some/path/";

fn filters(organisations: &[&str], topics: &[&str]) -> Filters {
    let slugs = |names: &[&str]| names.iter().map(|n| Slug((*n).to_owned())).collect();
    Filters { organisations: slugs(organisations), topics: slugs(topics), ..Filters::default() }
}

#[test]
fn the_script_line_loads_embed_js_from_the_apps_folder_with_the_chosen_filters() {
    assert_eq!(script_tag(FOLDER, &Filters::default()), r#"<script src="https://example.org/some/path/embed.js" async></script>"#);
    assert_eq!(
        script_tag(FOLDER, &filters(&["migrants-organise"], &["nrpf", "legal-aid"])),
        r#"<script src="https://example.org/some/path/embed.js" data-org="migrants-organise" data-topic="nrpf,legal-aid" async></script>"#
    );
}

#[test]
fn the_plain_frame_points_at_the_embedded_app_with_escaped_ampersands_and_only_the_pre_filters() {
    let mut chosen = filters(&["pafras"], &["nrpf"]);
    // Search and "when" are the visitor's own choices, never part of the code.
    chosen.search = "x".into();
    chosen.when = When::Past;
    assert_eq!(
        frame_tag(FOLDER, &chosen, "Stand Up! Speak Out!"),
        r#"<iframe src="https://example.org/some/path/?embed=1&amp;topic=nrpf&amp;org=pafras" title="Stand Up! Speak Out! programme" style="width:100%;height:40rem;border:0"></iframe>"#
    );
}

#[test]
fn the_plain_frame_is_named_after_the_series_with_its_title_escaped() {
    let tag = frame_tag(FOLDER, &Filters::default(), "Law & \"Order\" <2>");
    assert!(tag.contains(r#"title="Law &amp; &quot;Order&quot; &lt;2> programme""#), "{tag}");
}
