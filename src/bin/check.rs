//! The organisers' data check: `check [FILE...]`, by default the file `PROGRAMME_DATA` names or
//! `src/data/programme.toml`. It reads
//! each file as the build does and prints every problem on stderr, one line each
//! (`FILE:LINE:COLUMN: session "slug", field 'end': …`) and nothing else, exiting with 1; a file
//! without problems gets one confirming line on stdout. Inside GitHub Actions
//! (`GITHUB_ACTIONS=true`) each problem is also written on stdout as a workflow command, which
//! GitHub shows as an annotation on the line.
//!
//! Built without the app, so that it compiles quickly: `.ci/check-data`, or
//! `cargo run --quiet --no-default-features --bin check -- FILE`.

#[cfg(not(target_arch = "wasm32"))]
use {
    programme_guide::programme::Programme,
    programme_guide::programme::annotation::github_annotation,
    programme_guide::programme::data_file::{DATA_FILE, Unloaded, from_env, load_file},
    std::{env, process::ExitCode},
};

// `cargo test --target wasm32-unknown-unknown` builds every binary, but data files are only ever
// checked natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let files: Vec<String> = env::args().skip(1).collect();
    let files = if files.is_empty() { vec![from_env().unwrap_or_else(|| DATA_FILE.to_owned())] } else { files };
    let on_github = env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true");
    let mut all_good = true;
    for file in &files {
        all_good &= check(file, on_github);
    }
    if all_good { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Checks one file and says what it found; true when it has no problem.
#[cfg(not(target_arch = "wasm32"))]
fn check(file: &str, on_github: bool) -> bool {
    match load_file(file) {
        Ok(programme) => {
            println!("{file}: {} — no problems", summary(&programme));
            true
        }
        Err(unloaded) => {
            eprint!("{unloaded}");
            if let (true, Unloaded::Problems(errors)) = (on_github, &unloaded) {
                for error in &errors.0 {
                    println!("{}", github_annotation(error));
                }
            }
            false
        }
    }
}

/// "21 sessions, 13 topics, 5 organisations, 40 resources".
#[cfg(not(target_arch = "wasm32"))]
fn summary(programme: &Programme) -> String {
    let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    [
        count(programme.sessions.len(), "session", "sessions"),
        count(programme.topics.len(), "topic", "topics"),
        count(programme.organisations.len(), "organisation", "organisations"),
        count(programme.resources.len(), "resource", "resources"),
    ]
    .join(", ")
}
