//! Trunk's post-build step (Trunk.toml): finishes the app it has just built, keeps a copy of that
//! app build (`target/app`, which `bash .ci/publish` publishes again with any data file), and
//! publishes the site in Trunk's build folder with the data file: `PROGRAMME_DATA`, or the
//! bundled `src/data/programme.toml`. A data file with problems stops the build with one plain
//! line per problem, the same as the check's.

#[cfg(not(target_arch = "wasm32"))]
use {
    programme_guide::programme::data_file::{DATA_FILE, from_env as data_file_from_env, load_file},
    programme_guide::publish::{self, app::AppBuild, app::KEPT},
    std::{env, path::PathBuf, process},
};

// `cargo test --target wasm32-unknown-unknown` builds every binary, but publishing is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let Some(staging) = env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from) else {
        fail("postbuild runs as Trunk's post-build hook (it reads TRUNK_STAGING_DIR); to publish, run bash .ci/publish")
    };
    let data = data_file_from_env().unwrap_or_else(|| DATA_FILE.to_owned());
    let programme = load_file(&data).unwrap_or_else(|problems| {
        eprint!("{problems}");
        process::exit(1)
    });
    let renamed = AppBuild::finish(&staging).unwrap_or_else(|e| fail(&e));
    let app = AppBuild::read(&staging).unwrap_or_else(|e| fail(&e));
    app.copy_to(&PathBuf::from(KEPT)).unwrap_or_else(|e| fail(&e));
    println!("postbuild: the app: its glue minified, {renamed} of its imports renamed short; kept in {KEPT}");
    match publish::site(&programme, &app, &staging) {
        Ok(report) => report.iter().for_each(|line| println!("postbuild: {line}")),
        Err(e) => fail(&e),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
