//! Writes the subscribable calendar feeds into a build: `calendar/all.ics`, one per topic and one
//! per organisation. Trunk runs it after every build (see Trunk.toml), so the feeds come from the
//! same checked data and the same code as the calendar files the app makes in the browser.
//!
//! Usage: `feeds <dist folder>`, or with no argument inside a Trunk hook (TRUNK_STAGING_DIR).

use std::path::PathBuf;
use std::{env, fs, process};

use chrono::{TimeZone, Utc};
use programme_guide::bundled;
use programme_guide::programme::calendar::{self, CalendarInfo, FEED_DIR};

fn main() {
    let dist = env::args_os()
        .nth(1)
        .or_else(|| env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
        .unwrap_or_else(|| fail("usage: feeds <dist folder> (or run it as a Trunk hook)"));
    let programme = bundled::programme().unwrap_or_else(|e| fail(&e));
    // Stamped with the day the data was last updated, so the same data always gives the same files.
    let stamp = Utc.from_utc_datetime(&programme.series.updated.and_hms_opt(0, 0, 0).unwrap_or_default());
    let dir = dist.join(FEED_DIR);
    fs::create_dir_all(&dir).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", dir.display())));
    let feeds = calendar::feeds(&programme);
    for (file, name, sessions) in &feeds {
        let text = calendar::calendar(&programme, sessions, &CalendarInfo { name: Some(name.clone()), stamp });
        let path = dir.join(file);
        fs::write(&path, text).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
    }
    println!("feeds: wrote {} calendar feeds to {}", feeds.len(), dir.display());
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
