//! Publishes the whole site from a data file and an app build, natively, with no WebAssembly
//! toolchain: `bash .ci/publish [DATA FILE] [--app FOLDER] [--out FOLDER] [--site-url URL]
//! [--default-site-url URL]` (defaults: the bundled `src/data/programme.toml`, or
//! `PROGRAMME_DATA`; the app build Trunk kept in `target/app`; `dist`). The guide's public
//! address is the data file's `url`; `--site-url` overrides it, and `--default-site-url` gives one
//! when the data file has none (the GitHub Pages workflow passes Pages' own address so). A data
//! file with problems publishes nothing: one plain line per problem, as the check prints them,
//! and exit code 1.

#[cfg(not(target_arch = "wasm32"))]
use {
    programme_guide::programme::SiteUrl,
    programme_guide::programme::data_file::{DATA_FILE, from_env as data_file_from_env, load_file},
    programme_guide::programme::validation::SITE_URL_RULE,
    programme_guide::publish::{self, app::AppBuild, app::KEPT},
    std::{env, path::PathBuf, process, time::Instant},
};

// `cargo test --target wasm32-unknown-unknown` builds every binary, but publishing is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let started = Instant::now();
    let (mut data, mut app, mut out) = (None, PathBuf::from(KEPT), PathBuf::from("dist"));
    let (mut site_url, mut default_site_url) = (None, None);
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--app" => app = args.next().map(PathBuf::from).unwrap_or_else(|| usage()),
            "--out" => out = args.next().map(PathBuf::from).unwrap_or_else(|| usage()),
            "--site-url" => site_url = Some(address(args.next())),
            "--default-site-url" => default_site_url = Some(address(args.next())),
            flag if flag.starts_with('-') => usage(),
            file => data = Some(file.to_owned()),
        }
    }
    let data = data.or_else(data_file_from_env).unwrap_or_else(|| DATA_FILE.to_owned());
    let mut programme = load_file(&data).unwrap_or_else(|problems| {
        eprint!("{problems}");
        process::exit(1)
    });
    programme.series.url = site_url.or(programme.series.url).or(default_site_url);
    let app = AppBuild::read(&app).unwrap_or_else(|e| fail(&e));
    if app.folder == out {
        fail("the app build and the site must be two folders: publishing replaces the site's");
    }
    match publish::site(&programme, &app, &out) {
        Ok(report) => report.iter().for_each(|line| println!("publish: {line}")),
        Err(e) => fail(&e),
    }
    println!("publish: {} published into {} in {} ms", data, out.display(), started.elapsed().as_millis());
}

/// The guide's address given after `--site-url` or `--default-site-url`.
#[cfg(not(target_arch = "wasm32"))]
fn address(given: Option<String>) -> SiteUrl {
    let given = given.unwrap_or_else(|| usage());
    SiteUrl::parse(&given).unwrap_or_else(|| fail(&format!("\"{given}\" {SITE_URL_RULE}")))
}

#[cfg(not(target_arch = "wasm32"))]
fn usage() -> ! {
    fail("usage: publish [DATA FILE] [--app FOLDER] [--out FOLDER] [--site-url URL] [--default-site-url URL]")
}

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
