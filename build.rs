//! Checks the bundled programme data at build time and hands the app a checked copy.
//! A malformed data file fails the build here, with one line per problem naming the file, the
//! entry and the field. The same domain code is compiled into the app and the tests.

use std::{env, fs, path::Path, process};

#[allow(dead_code)]
#[path = "src/programme/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/programme/uk_time.rs"]
mod uk_time;
#[allow(dead_code)]
#[path = "src/programme/validation.rs"]
mod validation;
#[allow(dead_code)]
#[path = "src/programme/load.rs"]
mod load;

/// The data file an organiser replaces with the real schedule.
const DATA_FILE: &str = "src/data/programme.toml";

/// Builds the app with another data file instead (the benchmark's synthetic programme).
const DATA_FILE_OVERRIDE: &str = "PROGRAMME_DATA";

fn main() {
    let data_file = env::var(DATA_FILE_OVERRIDE).unwrap_or_else(|_| DATA_FILE.to_owned());
    println!("cargo::rerun-if-env-changed={DATA_FILE_OVERRIDE}");
    for path in [data_file.as_str(), "src/programme/model.rs", "src/programme/uk_time.rs", "src/programme/validation.rs", "src/programme/load.rs"] {
        println!("cargo::rerun-if-changed={path}");
    }
    let text = fs::read_to_string(&data_file).unwrap_or_else(|e| fail(&format!("{data_file}: cannot be read: {e}")));
    let programme = load::load_programme(&data_file, &text).unwrap_or_else(|errors| {
        fail(&format!("The programme data has {} problem(s):\n{errors}", errors.0.len()))
    });
    let json = serde_json::to_string(&programme).unwrap_or_else(|e| fail(&format!("cannot encode the programme: {e}")));
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| fail("cargo did not set OUT_DIR"))).join("programme.json");
    fs::write(&out, json).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
