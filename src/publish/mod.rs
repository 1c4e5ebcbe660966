//! Finishes a Trunk build, natively, from what is actually in it (run by `src/bin/postbuild.rs`
//! as Trunk's post-build hook): the calendar feeds, the programme written into `index.html` as
//! HTML, the pages of the other views the build can write (each session, About), the sessions'
//! descriptions for search, the Content Security Policy, the `_headers` file and the service worker.

pub mod csp;
pub mod glue;
pub mod headers;
pub mod import_names;
pub mod loader;
pub mod offline;
pub mod prerender;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, TimeZone, Utc};

use crate::programme::Programme;
use crate::programme::calendar::{self, CalendarInfo, FEED_DIR};
use crate::programme::search;
use crate::routes::{
    ABOUT_FILE, DESCRIPTIONS_FILE, EMBED_FILE, STATIC_SESSION_PREFIX, TOOLKIT_FILE, session_calendar_file, static_session_file,
};
use offline::{BuildFile, SERVICE_WORKER};

/// Writes everything into the build folder `dist`; returns one line per thing written.
pub fn finish(dist: &Path, programme: &Programme) -> Result<Vec<String>, String> {
    let mut report = vec![write_feeds(dist, programme)?, write_session_calendars(dist, programme)?];

    let index = dist.join("index.html");
    let (programme, now) = (Arc::new(programme.clone()), build_time());
    let page = prerender::programme_page(&programme, now);
    let html = loader::paint_first(&prerender::set_body(&read_text(&index)?, &page)?)?;
    let (html, renamed) = glue::minify(dist, &html)?;
    report.push(format!(
        "index.html: the programme as HTML ({} bytes), painted before the app is fetched; the JavaScript glue minified, {renamed} of its imports renamed short",
        page.len()
    ));
    let hashes = csp::inline_script_hashes(&html);
    let html = csp::set_meta(&html, &csp::policy(&hashes))?;
    write(&index, &html)?;
    write(&dist.join("_headers"), &headers::headers_file(&csp::header_policy(&hashes)))?;
    report.push(format!("index.html: Content-Security-Policy with {} inline script hash(es); _headers", hashes.len()));

    for session in &programme.sessions {
        let title = format!("{} — {}", session.title, programme.series.title);
        let document = prerender::page_document(&html, &prerender::session_page(&programme, now, session), &title)?;
        write(&dist.join(static_session_file(session.slug.as_str())), &document)?;
    }
    report.push(format!(
        "{STATIC_SESSION_PREFIX}*.html: {} session pages, shown by the app and read without JavaScript",
        programme.sessions.len()
    ));
    let title = format!("About the series — {}", programme.series.title);
    write(&dist.join(ABOUT_FILE), &prerender::page_document(&html, &prerender::about_page(&programme, now), &title)?)?;
    let title = format!("Toolkit — {}", programme.series.title);
    write(&dist.join(TOOLKIT_FILE), &prerender::page_document(&html, &prerender::toolkit_page(&programme, now), &title)?)?;
    let title = format!("Embed the programme — {}", programme.series.title);
    write(&dist.join(EMBED_FILE), &prerender::page_document(&html, &prerender::embed_page(&programme, now), &title)?)?;
    report.push(format!(
        "{ABOUT_FILE}, {TOOLKIT_FILE}, {EMBED_FILE}: the About view, the toolkit's {} resources, the Embed page",
        programme.resources.len()
    ));
    write(&dist.join(DESCRIPTIONS_FILE), &search::descriptions_file(&programme))?;
    report.push(format!("{DESCRIPTIONS_FILE}: the sessions' descriptions, folded, fetched by the first search"));

    let files = offline_files(dist)?;
    write(&dist.join(SERVICE_WORKER), &offline::service_worker(&files))?;
    report.push(format!("{SERVICE_WORKER}: build {} keeps {} files for offline use", offline::build_id(&files), files.len()));
    Ok(report)
}

/// Now, as the build's clock: which sessions the written page shows as past.
fn build_time() -> DateTime<Utc> {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    DateTime::from_timestamp(since_epoch.as_secs() as i64, 0).unwrap_or_default()
}

/// The subscribable calendar feeds: `calendar/all.ics`, one per topic and one per organisation.
fn write_feeds(dist: &Path, programme: &Programme) -> Result<String, String> {
    let stamp = calendar_stamp(programme);
    let dir = dist.join(FEED_DIR);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let feeds = calendar::feeds(programme);
    for (file, name, sessions) in &feeds {
        let text = calendar::calendar(programme, sessions, &CalendarInfo { name: Some(name.clone()), stamp });
        write(&dir.join(file), &text)?;
    }
    Ok(format!("{FEED_DIR}/: {} calendar feeds", feeds.len()))
}

/// Each session's own calendar file (`session-<slug>.ics`), which its "Add to calendar" link
/// downloads: with or without the app, and offline (the service worker keeps them).
fn write_session_calendars(dist: &Path, programme: &Programme) -> Result<String, String> {
    let info = CalendarInfo { name: None, stamp: calendar_stamp(programme) };
    for session in &programme.sessions {
        write(&dist.join(session_calendar_file(session.slug.as_str())), &calendar::calendar(programme, &[session], &info))?;
    }
    Ok(format!("{STATIC_SESSION_PREFIX}*.ics: {} session calendar files", programme.sessions.len()))
}

/// The DTSTAMP of the files the build writes: the day the data was last updated, so the same data
/// always gives the same files.
fn calendar_stamp(programme: &Programme) -> DateTime<Utc> {
    Utc.from_utc_datetime(&programme.series.updated.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// Every file of the build the app needs offline, sorted by path.
fn offline_files(dist: &Path) -> Result<Vec<BuildFile>, String> {
    let mut paths = Vec::new();
    collect(dist, &mut paths)?;
    let mut files = Vec::new();
    for path in paths {
        let relative = path.strip_prefix(dist).map_err(|e| e.to_string())?;
        let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if offline::is_needed_offline(&relative) {
            let content = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            files.push(BuildFile::new(&relative, &content));
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() { collect(&path, out)? } else { out.push(path) }
    }
    Ok(())
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
