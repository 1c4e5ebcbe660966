//! What the service worker keeps for offline use, and the service worker itself.

use sha2::{Digest, Sha256};

/// The service worker's file name, at the root of the build (so its scope is the whole app).
pub const SERVICE_WORKER: &str = "sw.js";

/// One file of a build, by its path relative to the build's root and the SHA-256 of its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildFile {
    pub path: String,
    pub sha256: String,
}

impl BuildFile {
    pub fn new(path: &str, content: &[u8]) -> BuildFile {
        BuildFile { path: path.to_owned(), sha256: hex(&Sha256::digest(content)) }
    }
}

/// Whether the app needs this file (a path relative to the build's root) to open offline: the
/// sessions' and About pages included, since the app shows their views, and the sessions'
/// calendar files, which "Add to calendar" downloads. Not: the service worker
/// itself, the host's `_headers`, `embed.js` (which runs on member sites, not in the app), the
/// calendar feeds (which calendar apps fetch, online) and the link previews' pictures (which only
/// chat apps and social sites read: the worker never fetches them, so a one-title change, which
/// draws a new picture, costs a returning visitor none of it).
pub fn is_needed_offline(path: &str) -> bool {
    !(path == SERVICE_WORKER
        || path == "_headers"
        || path == "embed.js"
        || path.starts_with("calendar/")
        || path.starts_with(&format!("{}/", super::pictures::FOLDER)))
}

/// A short name for the build, taken from every offline file's path and content: any change to
/// what the app runs gives a new name, a new cache and a new service worker.
pub fn build_id(files: &[BuildFile]) -> String {
    let mut hasher = Sha256::new();
    for file in files {
        hasher.update(file.path.as_bytes());
        hasher.update([0]);
        hasher.update(file.sha256.as_bytes());
        hasher.update([0]);
    }
    hex(&hasher.finalize())[..16].to_owned()
}

/// The service worker for a build whose offline files are `files` (which include `index.html`,
/// also cached as `./`, the address people open).
pub fn service_worker(files: &[BuildFile]) -> String {
    let shell = files.iter().find(|f| f.path == "index.html").map(|f| BuildFile { path: "./".to_owned(), sha256: f.sha256.clone() });
    let entries: Vec<String> = shell.iter().chain(files).map(|f| format!("[{:?}, {:?}]", f.path, f.sha256)).collect();
    without_comments(include_str!("service_worker.js"))
        .replace("'__BUILD__'", &format!("{:?}", build_id(files)))
        .replace("__FILES__", &format!("[\n  {},\n]", entries.join(",\n  ")))
}

/// `script` without its comment lines and blank lines: sw.js changes with every deployment, so
/// every returning visitor downloads it again, and its comments are for whoever reads the source.
fn without_comments(script: &str) -> String {
    script.lines().filter(|line| !line.trim().is_empty() && !line.trim_start().starts_with("//")).map(|line| format!("{line}\n")).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
