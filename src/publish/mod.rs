//! Publishing, natively: the whole site written from a data file and an app build.
//!
//! An app build ([`app`]) is what Trunk makes of the code alone: the WebAssembly, its JavaScript
//! glue and the stylesheet under hashed names, the icons, and index.html's shell with the loader.
//! It holds nothing of any particular programme, so one app build serves every programme, and a
//! change to the data needs no WebAssembly toolchain: [`site`] writes everything else from the
//! data. Everything it writes follows from the data and the app build alone (no clock, no file it
//! does not show), so a one-session change changes only the files that show that session.

pub mod app;
pub mod csp;
pub mod glue;
pub mod headers;
pub mod import_names;
pub mod loader;
pub mod offline;
pub mod prerender;
pub mod site_files;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};

use crate::programme::Programme;
use crate::programme::calendar::{self, CalendarInfo, FEED_DIR};
use crate::programme::search;
use crate::routes::{
    ABOUT_FILE, DESCRIPTIONS_FILE, EMBED_FILE, STATIC_SESSION_PREFIX, TOOLKIT_FILE, session_calendar_file, static_session_file,
};
use app::AppBuild;
use offline::{BuildFile, SERVICE_WORKER};

/// Writes the site for `programme` into `out` from the app build `app` (which may be `out` itself,
/// as when Trunk's build publishes in place); returns one line per thing written. Anything else
/// in `out` is replaced, so a session taken out of the data leaves no page behind.
pub fn site(programme: &Programme, app: &AppBuild, out: &Path) -> Result<Vec<String>, String> {
    if app.folder != out {
        app.copy_to(out)?;
    }
    let programme = Arc::new(programme.clone());
    let now = as_of(&programme);
    let mut report = vec![write_feeds(out, &programme)?, write_session_calendars(out, &programme)?];

    let page = prerender::programme_page(&programme, now);
    let title = format!("Programme — {}", programme.series.title);
    let html = prerender::set_body(&prerender::set_head(&app.index, &title, &site_files::description(&programme))?, &page)?;
    let hashes = csp::inline_script_hashes(&html);
    let html = csp::set_meta(&html, &csp::policy(&hashes))?;
    write(&out.join("index.html"), &html)?;
    write(&out.join("_headers"), &headers::headers_file(&csp::header_policy(&hashes)))?;
    report.push(format!(
        "index.html: the programme as HTML ({} bytes); Content-Security-Policy with {} script hash(es); _headers",
        page.len(),
        hashes.len()
    ));

    for session in &programme.sessions {
        let title = format!("{} — {}", session.title, programme.series.title);
        let document = prerender::page_document(&html, &prerender::session_page(&programme, now, session), &title)?;
        write(&out.join(static_session_file(session.slug.as_str())), &document)?;
    }
    report.push(format!(
        "{STATIC_SESSION_PREFIX}*.html: {} session pages, shown by the app and read without JavaScript",
        programme.sessions.len()
    ));
    let title = format!("About the series — {}", programme.series.title);
    write(&out.join(ABOUT_FILE), &prerender::page_document(&html, &prerender::about_page(&programme, now), &title)?)?;
    let title = format!("Toolkit — {}", programme.series.title);
    write(&out.join(TOOLKIT_FILE), &prerender::page_document(&html, &prerender::toolkit_page(&programme, now), &title)?)?;
    let title = format!("Embed the programme — {}", programme.series.title);
    write(&out.join(EMBED_FILE), &prerender::page_document(&html, &prerender::embed_page(&programme, now), &title)?)?;
    report.push(format!(
        "{ABOUT_FILE}, {TOOLKIT_FILE}, {EMBED_FILE}: the About view, the toolkit's {} resources, the Embed page",
        programme.resources.len()
    ));
    write(&out.join(DESCRIPTIONS_FILE), &search::descriptions_file(&programme))?;
    write(&out.join(site_files::MANIFEST), &site_files::manifest(&programme))?;
    write(&out.join(site_files::EMBED_SCRIPT), &site_files::embed_script(&programme))?;
    report.push(format!(
        "{DESCRIPTIONS_FILE}, {}, {}: the sessions' descriptions for search, the manifest, the embed script",
        site_files::MANIFEST,
        site_files::EMBED_SCRIPT
    ));

    let files = offline_files(out)?;
    write(&out.join(SERVICE_WORKER), &offline::service_worker(&files))?;
    report.push(format!("{SERVICE_WORKER}: build {} keeps {} files for offline use", offline::build_id(&files), files.len()));
    Ok(report)
}

/// The clock the written pages are written by: the start of the day the data was last updated
/// (`updated`), not the build's, so the same data always gives the same pages. The app puts this
/// visit's clock in (what is past, what is next).
pub fn as_of(programme: &Programme) -> DateTime<Utc> {
    Utc.from_utc_datetime(&programme.series.updated.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// The subscribable calendar feeds: `calendar/all.ics`, one per topic and one per organisation.
fn write_feeds(out: &Path, programme: &Programme) -> Result<String, String> {
    let stamp = as_of(programme);
    let dir = out.join(FEED_DIR);
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
fn write_session_calendars(out: &Path, programme: &Programme) -> Result<String, String> {
    let info = CalendarInfo { name: None, stamp: as_of(programme) };
    for session in &programme.sessions {
        write(&out.join(session_calendar_file(session.slug.as_str())), &calendar::calendar(programme, &[session], &info))?;
    }
    Ok(format!("{STATIC_SESSION_PREFIX}*.ics: {} session calendar files", programme.sessions.len()))
}

/// Every file of the site the app needs offline, sorted by path.
fn offline_files(out: &Path) -> Result<Vec<BuildFile>, String> {
    let mut files = Vec::new();
    for path in files_under(out)? {
        let relative = relative_path(out, &path)?;
        if offline::is_needed_offline(&relative) {
            let content = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            files.push(BuildFile::new(&relative, &content));
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Every file under `dir`, at any depth.
pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() { out.extend(files_under(&path)?) } else { out.push(path) }
    }
    Ok(out)
}

/// `path` relative to `root`, with `/` between its parts whatever the system.
pub fn relative_path(root: &Path, path: &Path) -> Result<String, String> {
    let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
    Ok(relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
