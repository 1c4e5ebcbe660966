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
pub mod events;
pub mod glue;
pub mod head;
pub mod headers;
pub mod import_names;
pub mod loader;
pub mod offline;
pub mod pictures;
pub mod poster;
pub mod prerender;
pub mod preview;
pub mod site_files;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};

use crate::components::{ILLUSTRATIVE, PROGRAMME_TITLE, page_title};
use crate::programme::calendar::{self, CalendarInfo, FEED_DIR};
use crate::programme::text::first_sentence;
use crate::programme::uk_time::uk_when;
use crate::programme::{Programme, Session, search};
use crate::routes::{
    ABOUT_FILE, DESCRIPTIONS_FILE, EMBED_FILE, POSTER_FILE, STATIC_SESSION_PREFIX, TOOLKIT_FILE, session_calendar_file, static_session_file,
};
use app::AppBuild;
use head::{PageHead, PreviewImage, set_head};
use offline::{BuildFile, SERVICE_WORKER};

/// Said once when the guide's public address is not known: what publishing left out, and why.
pub const NO_ADDRESS: &str = "no site address (set url in [series], or publish with --site-url): link previews have no picture, page address or canonical link, search engines get no events, calendar links do not name the session's page, and the poster has no QR code";

/// Writes the site for `programme` into `out` from the app build `app` (which may be `out` itself,
/// as when Trunk's build publishes in place); returns one line per thing written. Anything else
/// in `out` is replaced, so a session taken out of the data leaves no page behind. What needs the
/// guide's public address (`programme.series.url`) is written only when it is known.
pub fn site(programme: &Programme, app: &AppBuild, out: &Path) -> Result<Vec<String>, String> {
    if app.folder != out {
        app.copy_to(out)?;
    }
    let programme = Arc::new(programme.clone());
    let now = as_of(&programme);
    let site = programme.series.url.as_ref();
    let name = &programme.series.title;
    let mut report = vec![write_feeds(out, &programme)?, write_session_calendars(out, &programme)?];
    let pictures = match site {
        Some(_) => {
            let drawn = pictures::draw(&programme, out)?;
            report.push(format!("{}/: {} link preview pictures", pictures::FOLDER, drawn.sessions.len() + 1));
            Some(drawn)
        }
        None => None,
    };
    let series_picture = || pictures.as_ref().map(|p| p.series.clone());

    let page = prerender::programme_page(&programme, now);
    let head = PageHead {
        title: page_title(PROGRAMME_TITLE, name),
        preview_title: programme.series.full_title.clone(),
        description: site_files::description(&programme),
        file: String::new(),
        events: site.zip(pictures.as_ref()).map(|(site, p)| events::series(&programme, site, &p.series.file)),
        image: series_picture(),
    };
    let html = prerender::set_body(&with_time_zone_script(&set_head(&app.index, &head, name, site)?)?, &page)?;
    let hashes = csp::inline_script_hashes(&html);
    let html = csp::set_meta(&html, &csp::policy(&hashes))?;
    write(&out.join("index.html"), &html)?;
    write(&out.join("_headers"), &headers::headers_file(&csp::header_policy(&hashes)))?;
    report.push(format!(
        "index.html: the programme as HTML ({} bytes); Content-Security-Policy with {} script hash(es); _headers",
        page.len(),
        hashes.len()
    ));

    for (i, session) in programme.sessions.iter().enumerate() {
        let picture = pictures.as_ref().map(|p| &p.sessions[i]);
        let head = PageHead {
            title: page_title(&session.title, name),
            preview_title: session.title.clone(),
            description: session_description(session),
            file: static_session_file(session.slug.as_str()),
            events: site.zip(picture).and_then(|(site, p)| events::session_event(&programme, session, site, &p.file)),
            image: picture.cloned(),
        };
        let document = prerender::page_document(&html, &prerender::session_page(&programme, now, session), &head, name, site)?;
        write(&out.join(static_session_file(session.slug.as_str())), &document)?;
    }
    report.push(format!(
        "{STATIC_SESSION_PREFIX}*.html: {} session pages, shown by the app and read without JavaScript",
        programme.sessions.len()
    ));
    let views = [
        (ABOUT_FILE, "About the series", programme.series.summary.clone(), prerender::about_page(&programme, now)),
        (
            TOOLKIT_FILE,
            "Toolkit",
            format!("Published guidance, services and campaigns on the topics of {name}, chosen for public-sector workers."),
            prerender::toolkit_page(&programme, now),
        ),
        (
            EMBED_FILE,
            "Embed the programme",
            format!("Show the programme of {name} on your own website, narrowed to your organisation or topics."),
            prerender::embed_page(&programme, now),
        ),
    ];
    for (file, title, description, page) in views {
        let head = PageHead {
            title: page_title(title, name),
            preview_title: title.to_owned(),
            description,
            file: file.to_owned(),
            events: None,
            image: series_picture(),
        };
        write(&out.join(file), &prerender::page_document(&html, &page, &head, name, site)?)?;
    }
    report.push(format!(
        "{ABOUT_FILE}, {TOOLKIT_FILE}, {EMBED_FILE}: the About view, the toolkit's {} resources, the Embed page",
        programme.resources.len()
    ));
    report.push(write_poster(out, &programme, now, &html, series_picture())?);
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
    if site.is_none() {
        report.push(NO_ADDRESS.to_owned());
    }
    Ok(report)
}

/// What a session's preview says under its title: its date and UK time, and the first sentence
/// of its description; an illustrative session says so first.
fn session_description(session: &Session) -> String {
    let mut description = format!("{}. {}", uk_when(session), first_sentence(&session.description));
    if session.illustrative {
        description = format!("{ILLUSTRATIVE}. {description}");
    }
    description.trim_end().to_owned()
}

/// The poster's page, with its QR code when the guide's address is known.
fn write_poster(
    out: &Path,
    programme: &Arc<Programme>,
    now: DateTime<Utc>,
    index: &str,
    image: Option<PreviewImage>,
) -> Result<String, String> {
    let site = programme.series.url.as_ref();
    let qr = match site {
        Some(site) => {
            write(&out.join(poster::QR_FILE), &poster::qr_code(site)?)?;
            Some(poster::QR_FILE.to_owned())
        }
        None => None,
    };
    let listed: Vec<Session> = poster::next_sessions(&programme.sessions, now).into_iter().cloned().collect();
    let count = listed.len();
    let name = &programme.series.title;
    let head = PageHead {
        title: page_title("Poster", name),
        preview_title: format!("A poster for {name}"),
        description: format!("One A4 page for a noticeboard: {}, the next sessions and the guide's address.", programme.series.full_title),
        file: POSTER_FILE.to_owned(),
        events: None,
        image,
    };
    let page = prerender::page_document(index, &prerender::poster_page(programme, now, listed, qr), &head, name, site)?;
    write(&out.join(POSTER_FILE), &poster::with_styles(&page)?)?;
    Ok(format!("{POSTER_FILE}: the poster, with {count} next session(s){}", if site.is_some() { " and a QR code" } else { "" }))
}

/// index.html's head with, before its first paint, the script that marks a viewer whose clock
/// does not keep UK time (GMT in winter, BST in summer): they will see each session's times in
/// their own zone too, and marking them now keeps that line free from the start, so nothing moves
/// when the app fills it in (`crate::live::times`). Written here, not by Trunk, whose minifier
/// writes the same script differently from one build to the next, and with it the policy's hash.
/// It is hashed into the Content Security Policy like Trunk's loader.
fn with_time_zone_script(html: &str) -> Result<String, String> {
    let at = html.find("</title>").ok_or("index.html has no </title>")? + "</title>".len();
    let script = format!(
        "<script>(function(){{var y=new Date().getFullYear();if(!(new Date(y,0,15).getTimezoneOffset()===0&&new Date(y,6,15).getTimezoneOffset()===-60))document.documentElement.setAttribute('{}','')}})()</script>",
        crate::contract::ELSEWHERE.attr
    );
    Ok(format!("{}{script}{}", &html[..at], &html[at..]))
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
