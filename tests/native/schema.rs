//! The data file's JSON Schema, for editors: the committed file is the one the types give today,
//! the data file names it on its first line, and every field an organiser can write is described,
//! saying whether it is required. Compiled with the `schema` feature (see main.rs).

use programme_guide::programme::schema::{ORGANISERS_GUIDE, SCHEMA_FILE, WRITE_SCHEMA, programme_schema, with_field_reference};
use serde_json::Value;

#[test]
fn the_committed_schema_is_current() {
    let committed = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
    assert!(committed == programme_schema(), "{SCHEMA_FILE} is out of date: write it again with `{WRITE_SCHEMA}` and commit it");
}

#[test]
fn the_data_file_names_its_schema_on_its_first_line() {
    let text = std::fs::read_to_string("src/data/programme.toml").unwrap_or_default();
    assert_eq!(text.lines().next(), Some("#:schema ./programme.schema.json"));
}

#[test]
fn every_field_says_whether_it_is_required_and_no_other_field_is_allowed() {
    let schema: Value = serde_json::from_str(&programme_schema()).unwrap_or_else(|e| panic!("{e}"));
    let mut tables = vec![&schema];
    tables.extend(schema["definitions"].as_object().into_iter().flat_map(|d| d.values()));
    tables.extend(schema["properties"].as_object().into_iter().flat_map(|p| p.values()).filter(|p| p["type"] == "object"));
    assert_eq!(tables.len(), 6, "the file, the series and the four kinds of entry");
    for table in tables {
        assert_eq!(table["additionalProperties"], false, "{table:#}");
        let required: Vec<&Value> = table["required"].as_array().into_iter().flatten().collect();
        for (name, field) in table["properties"].as_object().into_iter().flatten() {
            let description = field["description"].as_str().unwrap_or_default();
            let says = if required.contains(&&Value::from(name.as_str())) { "Required" } else { "Optional" };
            assert!(description.starts_with(says), "{name}'s description starts with {says:?}: {description:?}");
        }
    }
}

#[test]
fn slugs_and_times_have_their_patterns() {
    let schema: Value = serde_json::from_str(&programme_schema()).unwrap_or_else(|e| panic!("{e}"));
    let session = &schema["definitions"]["SessionSource"]["properties"];
    assert_eq!(session["slug"]["pattern"], "^[a-z0-9]+(-[a-z0-9]+)*$");
    assert_eq!(session["topics"]["items"]["pattern"], session["slug"]["pattern"]);
    assert!(session["start"]["pattern"].as_str().is_some_and(|p| p.starts_with(r"^\d{4}-\d{2}-\d{2}[T ]")));
    let required: Vec<&str> =
        schema["definitions"]["SessionSource"]["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    assert_eq!(required, ["slug", "title", "start", "end", "organisations", "description"]);
}

#[test]
fn the_organisers_guide_explains_every_field_in_the_schemas_own_words() {
    let guide = std::fs::read_to_string(ORGANISERS_GUIDE).unwrap_or_default();
    let written = with_field_reference(&guide).unwrap_or_else(|| panic!("{ORGANISERS_GUIDE} has no marks for its field reference"));
    assert!(guide == written, "{ORGANISERS_GUIDE}'s field reference is out of date: write it again with `{WRITE_SCHEMA}` and commit it");
    for field in ["slug", "start", "end", "link", "illustrative", "time_known", "updated", "organisers", "publisher", "note"] {
        assert!(guide.contains(&format!("- **`{field}`**: ")), "the guide explains `{field}`");
    }
}
