//! Checks the bundled programme data at build time and hands the app a checked copy.
//! A malformed data file fails the build here, with one line per problem naming the file, the
//! entry and the field. The same domain code is compiled into the app and the tests.
//!
//! The checked programme is written as Rust data (`programme.rs`, read by `src/bundled.rs`), so
//! the app carries neither the data file's format nor a parser for any other.

use std::fmt::Write as _;
use std::{env, fs, path::Path, process};

#[allow(dead_code)]
#[path = "src/programme/checks.rs"]
mod checks;
#[allow(dead_code)]
#[path = "src/programme/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/programme/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/programme/positions.rs"]
mod positions;
#[allow(dead_code)]
#[path = "src/programme/report.rs"]
mod report;
#[allow(dead_code)]
#[path = "src/programme/resources.rs"]
mod resources;
#[allow(dead_code)]
#[path = "src/programme/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "src/programme/uk_time.rs"]
mod uk_time;
#[allow(dead_code)]
#[path = "src/programme/validation.rs"]
mod validation;
#[allow(dead_code)]
#[path = "src/programme/written.rs"]
mod written;

use chrono::{DateTime, Datelike, FixedOffset};
use model::{Link, Programme, Slug};

/// The data file an organiser replaces with the real schedule.
const DATA_FILE: &str = "src/data/programme.toml";

/// Builds the app with another data file instead (the benchmark's synthetic programme).
const DATA_FILE_OVERRIDE: &str = "PROGRAMME_DATA";

fn main() {
    // Only the app bundles the programme. The data check, built without it, reads the file itself
    // and must be able to report a broken one in its own words rather than fail to build.
    if env::var_os("CARGO_FEATURE_APP").is_none() {
        println!("cargo::rerun-if-changed=build.rs");
        return;
    }
    let data_file = env::var(DATA_FILE_OVERRIDE).unwrap_or_else(|_| DATA_FILE.to_owned());
    println!("cargo::rerun-if-env-changed={DATA_FILE_OVERRIDE}");
    for path in [
        data_file.as_str(),
        "src/programme/checks.rs",
        "src/programme/load.rs",
        "src/programme/model.rs",
        "src/programme/positions.rs",
        "src/programme/report.rs",
        "src/programme/resources.rs",
        "src/programme/source.rs",
        "src/programme/uk_time.rs",
        "src/programme/validation.rs",
        "src/programme/written.rs",
    ] {
        println!("cargo::rerun-if-changed={path}");
    }
    let text = fs::read_to_string(&data_file).unwrap_or_else(|e| fail(&format!("{data_file}: cannot be read: {e}")));
    let programme = load::load_programme(&data_file, &text)
        .unwrap_or_else(|errors| fail(&format!("The programme data has {} problem(s):\n{errors}", errors.0.len())));
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| fail("cargo did not set OUT_DIR"))).join("programme.rs");
    let for_browser = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let programme = if for_browser { without_written_only_texts(programme) } else { programme };
    fs::write(&out, rust_data(&programme)).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

/// The programme without the texts that only the files written at build time show (the About
/// view's: the series' description, movement and source, the organisations' descriptions and
/// websites; the toolkit's resources; the sessions' descriptions, links and sources, on their
/// cards, their pages and in their calendar files): the app in the browser never shows them, and
/// every byte of its WebAssembly is downloaded. Search reads the descriptions from a file of their
/// own, fetched when it is first used (`descriptions_file` in `src/programme/search.rs`).
fn without_written_only_texts(mut programme: Programme) -> Programme {
    programme.resources.clear();
    programme.series.description.clear();
    programme.series.movement.clear();
    programme.series.summary.clear();
    programme.series.source = None;
    for session in &mut programme.sessions {
        session.link = None;
        session.description.clear();
        session.source = None;
    }
    for organisation in &mut programme.organisations {
        organisation.description.clear();
        organisation.website = None;
    }
    programme
}

/// The programme as a `RawProgramme` expression (see `src/bundled.rs`). `{:?}` writes a string as
/// a valid Rust literal, escapes included.
fn rust_data(programme: &Programme) -> String {
    let series = &programme.series;
    let mut out = String::from("RawProgramme {\n");
    let _ = writeln!(
        out,
        "  series: RawSeries {{ title: {:?}, full_title: {:?}, summary: {:?}, description: {:?}, movement: {:?}, dates: {:?}, format: {:?}, organisers: {}, source: {}, updated: {} }},",
        series.title,
        series.full_title,
        series.summary,
        series.description,
        series.movement,
        series.dates,
        series.format,
        slugs(&series.organisers),
        link(&series.source),
        series.updated.num_days_from_ce(),
    );
    out.push_str("  organisations: &[\n");
    for o in &programme.organisations {
        let _ = writeln!(
            out,
            "    RawOrganisation {{ slug: {:?}, name: {:?}, website: {}, description: {:?} }},",
            o.slug.0,
            o.name,
            link(&o.website),
            o.description
        );
    }
    out.push_str("  ],\n  topics: &[\n");
    for t in &programme.topics {
        let _ = writeln!(out, "    RawTopic {{ slug: {:?}, label: {:?} }},", t.slug.0, t.label);
    }
    out.push_str("  ],\n  sessions: &[\n");
    for s in &programme.sessions {
        let _ = writeln!(
            out,
            "    RawSession {{ slug: {:?}, title: {:?}, start: {}, end: {}, time_known: {}, organisations: {}, topics: {}, description: {:?}, speakers: &{:?}, link: {}, source: {}, illustrative: {} }},",
            s.slug.0,
            s.title,
            instant(&s.start),
            instant(&s.end),
            s.time_known,
            slugs(&s.organisations),
            slugs(&s.topics),
            s.description,
            s.speakers,
            link(&s.link),
            link(&s.source),
            s.illustrative,
        );
    }
    out.push_str("  ],\n  resources: &[\n");
    for r in &programme.resources {
        let _ = writeln!(
            out,
            "    RawResource {{ slug: {:?}, title: {:?}, publisher: {:?}, link: {:?}, topics: {}, description: {:?}, date: {:?}, note: {:?} }},",
            r.slug.0,
            r.title,
            r.publisher,
            r.link.0,
            slugs(&r.topics),
            r.description,
            r.date,
            r.note,
        );
    }
    out.push_str("  ],\n}\n");
    out
}

fn slugs(list: &[Slug]) -> String {
    format!("&{:?}", list.iter().map(|s| s.0.as_str()).collect::<Vec<_>>())
}

fn link(link: &Option<Link>) -> String {
    match link {
        Some(link) => format!("Some({:?})", link.0),
        None => "None".to_owned(),
    }
}

fn instant(time: &DateTime<FixedOffset>) -> String {
    format!("({}, {})", time.timestamp(), time.offset().local_minus_utc())
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
