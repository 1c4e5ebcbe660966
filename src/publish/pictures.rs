//! The link previews' pictures: one for each session and one for the series, drawn while
//! publishing (`super::preview`) into `previews/`, each named after its content, so that a changed
//! picture gets a new address (chat apps and social sites cache a picture by its address). Drawing
//! 2,000 of them is spread over the machine's cores.

use std::fs;
use std::path::Path;
use std::thread;

use sha2::{Digest, Sha256};

use super::head::PreviewImage;
use super::preview::{Preview, png};
use crate::components::ILLUSTRATIVE;
use crate::programme::text::join_names;
use crate::programme::uk_time::uk_when;
use crate::programme::{Programme, Session};

/// The folder the pictures are written to, beside index.html. The offline copy leaves it out:
/// only previews read them.
pub const FOLDER: &str = "previews";

/// The pictures of a programme: the series', and each session's in the programme's order.
pub struct Pictures {
    pub series: PreviewImage,
    pub sessions: Vec<PreviewImage>,
}

/// Draws the pictures of `programme` into `out`'s [`FOLDER`].
pub fn draw(programme: &Programme, out: &Path) -> Result<Pictures, String> {
    let folder = out.join(FOLDER);
    fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let series = &programme.series;
    let when = format!("{}, {}", series.format, series.dates);
    let series_picture = Preview { series: &series.title, title: &series.full_title, when: &when, by: None, illustrative: false };
    let series = write(out, "series", &series_picture, format!("{} — {when}", series.full_title))?;
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = programme.sessions.len().div_ceil(threads).max(1);
    let sessions = thread::scope(|scope| {
        let drawing: Vec<_> = programme
            .sessions
            .chunks(chunk)
            .map(|sessions| scope.spawn(move || sessions.iter().map(|s| session_picture(programme, s, out)).collect::<Result<Vec<_>, _>>()))
            .collect();
        drawing.into_iter().map(|t| t.join().map_err(|_| "drawing a picture failed".to_owned())?).collect::<Result<Vec<_>, String>>()
    })?;
    Ok(Pictures { series, sessions: sessions.into_iter().flatten().collect() })
}

/// The picture of `session`.
fn session_picture(programme: &Programme, session: &Session, out: &Path) -> Result<PreviewImage, String> {
    let when = uk_when(session);
    let by = format!("Presented by {}", join_names(&programme.organisation_names(session)));
    let picture =
        Preview { series: &programme.series.title, title: &session.title, when: &when, by: Some(&by), illustrative: session.illustrative };
    let mut alt = format!("{} — {when}. {by}.", session.title);
    if session.illustrative {
        alt.push_str(&format!(" {ILLUSTRATIVE}."));
    }
    write(out, &format!("session-{}", session.slug.as_str()), &picture, alt)
}

/// Draws `picture` and writes it as `<name>-<its hash>.png`.
fn write(out: &Path, name: &str, picture: &Preview, alt: String) -> Result<PreviewImage, String> {
    let bytes = png(picture)?;
    let hash: String = Sha256::digest(&bytes).iter().take(5).map(|b| format!("{b:02x}")).collect();
    let file = format!("{FOLDER}/{name}-{hash}.png");
    fs::write(out.join(&file), &bytes).map_err(|e| format!("cannot write {file}: {e}"))?;
    Ok(PreviewImage { file, alt })
}
