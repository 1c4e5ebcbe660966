//! Finishes a build (see `programme_guide::publish`). Trunk runs it after every build
//! (Trunk.toml); it can also be run again on a copy of a build.
//!
//! Usage: `postbuild <dist folder>`, or with no argument inside a Trunk hook (TRUNK_STAGING_DIR).

#[cfg(not(target_arch = "wasm32"))]
use {
    programme_guide::{bundled, publish},
    std::{env, path::PathBuf, process},
};

// `cargo test --target wasm32-unknown-unknown` builds every binary, but a build is only ever
// finished natively.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dist = env::args_os()
        .nth(1)
        .or_else(|| env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("usage: postbuild <dist folder> (or run it as a Trunk hook)"));
    let programme = bundled::programme();
    match publish::finish(&dist, &programme) {
        Ok(report) => report.iter().for_each(|line| println!("postbuild: {line}")),
        Err(e) => fail(&e),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
