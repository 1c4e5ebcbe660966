//! How the programme is laid out in time: months, and where each session stands relative to now.
//! The clock is always passed in, so tests can fix it.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::model::Session;
use super::uk_time::{UkTime, Zone, month_label};

/// Where a session stands relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Past,
    /// Started and not yet ended.
    Live,
    /// Later today, in the viewer's zone.
    Today,
    Upcoming,
}

impl Status {
    /// Where `session` stands at `now`; "today" is the viewer's today.
    pub fn of(session: &Session, now: DateTime<Utc>, viewer: &impl Zone) -> Status {
        let (start, end) = (session.start.with_timezone(&Utc), session.end.with_timezone(&Utc));
        if end <= now {
            Status::Past
        } else if start <= now {
            Status::Live
        } else if local_date(start, viewer) == local_date(now, viewer) {
            Status::Today
        } else {
            Status::Upcoming
        }
    }

    /// The word shown on the session.
    pub fn label(self) -> &'static str {
        match self {
            Status::Past => "Past",
            Status::Live => "Happening now",
            Status::Today => "Today",
            Status::Upcoming => "Upcoming",
        }
    }

    /// A stable name for styling.
    pub fn class(self) -> &'static str {
        match self {
            Status::Past => "past",
            Status::Live => "live",
            Status::Today => "today",
            Status::Upcoming => "upcoming",
        }
    }
}

fn local_date(instant: DateTime<Utc>, zone: &impl Zone) -> NaiveDate {
    instant.with_timezone(&zone.offset_at(instant)).date_naive()
}

/// The first session that has not started yet at `now`: the one to highlight.
pub fn next_session(sessions: &[Session], now: DateTime<Utc>) -> Option<&Session> {
    sessions.iter().filter(|s| s.start.with_timezone(&Utc) > now).min_by_key(|s| s.start)
}

/// Sessions of one calendar month (UK time), in start order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthGroup {
    /// "2023-04": stable, for element ids.
    pub key: String,
    /// "April 2023".
    pub label: String,
    /// Positions in the slice given to [`group_by_month`].
    pub indices: Vec<usize>,
}

/// Groups sessions by UK calendar month, months and sessions in start order.
pub fn group_by_month(sessions: &[Session]) -> Vec<MonthGroup> {
    let mut order: Vec<usize> = (0..sessions.len()).collect();
    order.sort_by_key(|&i| sessions[i].start);
    let mut groups: Vec<MonthGroup> = Vec::new();
    for i in order {
        let date = local_date(sessions[i].start.with_timezone(&Utc), &UkTime);
        let key = format!("{:04}-{:02}", date.year(), date.month());
        match groups.last_mut() {
            Some(group) if group.key == key => group.indices.push(i),
            _ => groups.push(MonthGroup { key, label: month_label(date), indices: vec![i] }),
        }
    }
    groups
}
