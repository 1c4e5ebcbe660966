//! Links that open a session in the calendars people's employers give them, already filled in:
//! Google Calendar, Outlook.com and Microsoft 365 (Outlook on the web), where a downloaded `.ics`
//! file is awkward or blocked (a locked-down work PC). The addresses follow the formats of the
//! npm package add-to-calendar-button: times in UTC, text percent-encoded as JavaScript's
//! `encodeURIComponent` does. Nothing is asked of those hosts unless the person follows a link.

use chrono::Utc;

use super::calendar::{description_notices, summary, utc, utc_extended};
use super::text::{first_sentence, percent_encoded};
use super::{Programme, Session};

/// A calendar on the web that takes an event from its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebCalendar {
    Google,
    OutlookCom,
    Microsoft365,
}

impl WebCalendar {
    /// Every one, in the order the guide offers them.
    pub const ALL: [WebCalendar; 3] = [WebCalendar::Google, WebCalendar::OutlookCom, WebCalendar::Microsoft365];

    /// Its name as people know it.
    pub fn name(self) -> &'static str {
        match self {
            WebCalendar::Google => "Google Calendar",
            WebCalendar::OutlookCom => "Outlook.com",
            WebCalendar::Microsoft365 => "Microsoft 365 (Outlook on the web)",
        }
    }

    /// The address that opens `session` in this calendar, ready to save. `page`, the session's
    /// page in the guide when its public address is known, ends the event's description and is
    /// its location when the session has no sign-up link.
    pub fn link(self, programme: &Programme, session: &Session, page: Option<&str>) -> String {
        let title = summary(session);
        let details = details(programme, session, page);
        let location = session.link.as_ref().map(|l| l.as_str()).or(page);
        let (start, end) = (session.start.with_timezone(&Utc), session.end.with_timezone(&Utc));
        let mut address = match self {
            WebCalendar::Google => format!(
                "https://calendar.google.com/calendar/render?action=TEMPLATE&dates={}%2F{}&text={}",
                utc(start),
                utc(end),
                encode(&title)
            ),
            WebCalendar::OutlookCom | WebCalendar::Microsoft365 => format!(
                "https://{}/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&startdt={}&enddt={}&subject={}",
                if self == WebCalendar::OutlookCom { "outlook.live.com" } else { "outlook.office.com" },
                utc_extended(start),
                utc_extended(end),
                encode(&title)
            ),
        };
        let (location_name, details_name) = if self == WebCalendar::Google { ("location", "details") } else { ("location", "body") };
        if let Some(location) = location {
            address.push_str(&format!("&{location_name}={}", encode(location)));
        }
        address.push_str(&format!("&{details_name}={}", encode(&details)));
        address
    }
}

/// The event's description: what the `.ics` file says first (the illustrative label, an unknown
/// time), who presents it, the first sentence of its description, and the session's page.
fn details(programme: &Programme, session: &Session, page: Option<&str>) -> String {
    let mut parts = description_notices(programme, session);
    let sentence = first_sentence(&session.description);
    if !sentence.is_empty() {
        parts.push(sentence.to_owned());
    }
    parts.extend(page.map(str::to_owned));
    parts.join("\n\n")
}

/// `text` percent-encoded as `encodeURIComponent` does: everything but `A–Z a–z 0–9 - _ . ! ~ * ' ( )`.
pub fn encode(text: &str) -> String {
    percent_encoded(text, |b| b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b))
}
