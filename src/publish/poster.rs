//! The poster (`poster.html`): one A4 page for a staff room's noticeboard, with the series, the
//! next sessions and a QR code of the guide's address, drawn while publishing (SVG, no network).

use chrono::{DateTime, Utc};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::programme::{Session, SiteUrl};

/// The poster's QR code file, beside index.html.
pub const QR_FILE: &str = "poster-qr.svg";

/// The poster's own styles (`public/poster.css`, in the app build), which only its page loads.
pub const STYLES: &str = "poster.css";

/// The poster's page `html` with its own styles, after the guide's.
pub fn with_styles(html: &str) -> Result<String, String> {
    let at = html.find("</head>").ok_or("the poster's page has no </head>")?;
    Ok(format!("{}<link href=\"{STYLES}\" rel=\"stylesheet\">{}", &html[..at], &html[at..]))
}

/// How many lines the poster's list of sessions has room for on its page: each session takes its
/// date line and its title's lines (`TITLE_LINE_CHARS` characters each, at the poster's size).
const LIST_LINES: usize = 16;
/// About how many characters of a title fit on a line of the poster's list.
const TITLE_LINE_CHARS: usize = 48;
/// The most sessions a poster lists, however short their titles.
const MOST_SESSIONS: usize = 6;

/// The sessions the poster lists: the next ones at `now` (the programme's last update), as many as
/// fit its page; none when the series is over.
pub fn next_sessions(sessions: &[Session], now: DateTime<Utc>) -> Vec<&Session> {
    let mut lines = 0;
    sessions
        .iter()
        .filter(|s| s.start > now)
        .take(MOST_SESSIONS)
        .take_while(|session| {
            lines += 1 + session.title.chars().count().div_ceil(TITLE_LINE_CHARS) + usize::from(session.illustrative);
            lines <= LIST_LINES
        })
        .collect()
}

/// The guide's address as a QR code, an SVG file: black on white, with the quiet zone scanners
/// need, at medium error correction (a poster gets pinned, folded and scuffed).
pub fn qr_code(site: &SiteUrl) -> Result<String, String> {
    let code =
        QrCode::with_error_correction_level(site.as_str().as_bytes(), EcLevel::M).map_err(|e| format!("cannot make the QR code: {e}"))?;
    Ok(code.render::<svg::Color>().min_dimensions(240, 240).dark_color(svg::Color("#000000")).light_color(svg::Color("#ffffff")).build())
}
