//! Writes the data file's JSON Schema (`src/data/programme.schema.json`) from the types the check
//! reads, after they have changed: `cargo run --quiet --no-default-features --features schema --bin schema`.
//! A native test fails while the committed schema is out of date.

#[cfg(not(target_arch = "wasm32"))]
use {
    programme_guide::programme::schema::{SCHEMA_FILE, programme_schema},
    std::{fs, path::Path, process::ExitCode},
};

// `cargo test --target wasm32-unknown-unknown` builds every binary, but the schema is only ever
// written natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_FILE);
    match fs::write(&path, programme_schema()) {
        Ok(()) => {
            println!("wrote {SCHEMA_FILE}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{SCHEMA_FILE}: cannot be written: {e}");
            ExitCode::FAILURE
        }
    }
}
