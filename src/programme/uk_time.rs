//! Time zones and how times are written. The organisers work in UK time; the viewer may not.
//! UK rules are computed here rather than pulled from a time-zone database, which would cost the
//! phone far more bytes than these few lines: since 1996 British Summer Time runs from 01:00 UTC
//! on the last Sunday of March to 01:00 UTC on the last Sunday of October.

use chrono::{DateTime, Datelike, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike, Utc, Weekday};

use super::Session;

/// Something that knows the UTC offset in force at any instant: UK time, the viewer's zone, a fixed offset.
pub trait Zone {
    /// The offset from UTC at `instant`.
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset;
}

/// The organisers' zone: Europe/London (GMT in winter, BST in summer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UkTime;

const GMT_SECONDS: i32 = 0;
const BST_SECONDS: i32 = 3600;

impl Zone for UkTime {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        let year = instant.year();
        let summer = instant >= bst_boundary(year, 3) && instant < bst_boundary(year, 10);
        FixedOffset::east_opt(if summer { BST_SECONDS } else { GMT_SECONDS }).unwrap_or(utc())
    }
}

/// The zone sessions are shown in for a viewer.
#[derive(Debug, Clone, Copy)]
pub enum ViewerZone {
    /// UK time: for the pages written at build time, before anything is known of the viewer.
    Uk,
    /// A fixed offset: used by tests to stand in for a viewer elsewhere.
    Fixed(FixedOffset),
    /// The zone the viewer's device keeps, with its own summer-time rules, as this function
    /// (the browser's clock, `crate::browser::local_offset`) tells it at each instant.
    Local(fn(DateTime<Utc>) -> FixedOffset),
}

impl Zone for ViewerZone {
    fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        match self {
            ViewerZone::Uk => UkTime.offset_at(instant),
            ViewerZone::Fixed(offset) => *offset,
            ViewerZone::Local(offset_at) => offset_at(instant),
        }
    }
}

impl Zone for FixedOffset {
    fn offset_at(&self, _instant: DateTime<Utc>) -> FixedOffset {
        *self
    }
}

fn utc() -> FixedOffset {
    Utc.fix()
}

/// 01:00 UTC on the last Sunday of `month` in `year`: when BST starts (March) or ends (October).
fn bst_boundary(year: i32, month: u32) -> DateTime<Utc> {
    let last_day = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or(NaiveDate::MIN);
    let back = last_day.weekday().num_days_from_sunday();
    let sunday = last_day - Duration::days(i64::from(back));
    Utc.from_utc_datetime(&sunday.and_hms_opt(1, 0, 0).unwrap_or_default())
}

/// The instants at which UK clocks read `local`: none in the hour skipped when the clocks go
/// forward, two (the BST one first) in the hour repeated when they go back.
pub fn uk_instants(local: NaiveDateTime) -> LocalResult<DateTime<FixedOffset>> {
    let at = |seconds| {
        let instant = FixedOffset::east_opt(seconds)?.from_local_datetime(&local).single()?;
        (UkTime.offset_at(instant.with_timezone(&Utc)) == *instant.offset()).then_some(instant)
    };
    match (at(BST_SECONDS), at(GMT_SECONDS)) {
        (Some(bst), Some(gmt)) => LocalResult::Ambiguous(bst, gmt),
        (Some(instant), None) | (None, Some(instant)) => LocalResult::Single(instant),
        (None, None) => LocalResult::None,
    }
}

/// "GMT" or "BST" for a UK offset.
pub fn uk_zone_name(offset: FixedOffset) -> &'static str {
    if offset.local_minus_utc() == BST_SECONDS { "BST" } else { "GMT" }
}

/// "UTC+2", "UTC−3:30", "UTC" for an offset, for viewers whose zone name we do not know.
pub fn offset_name(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    if seconds == 0 {
        return "UTC".to_owned();
    }
    let sign = if seconds < 0 { '−' } else { '+' };
    let (hours, minutes) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    if minutes == 0 { format!("UTC{sign}{hours}") } else { format!("UTC{sign}{hours}:{minutes:02}") }
}

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// "Thursday 6 April 2023".
pub fn long_date(date: NaiveDate) -> String {
    format!("{} {} {} {}", weekday_name(date.weekday()), date.day(), month_name(date.month()), date.year())
}

/// "April 2023".
pub fn month_label(date: NaiveDate) -> String {
    format!("{} {}", month_name(date.month()), date.year())
}

fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize + 11) % 12]
}

/// When `session` is, in UK time, in a line: "Tuesday 4 April 2023, 18:00–19:30 UK time (BST)", or
/// "Tuesday 4 April 2023 (time not published)". For what carries a session away from the guide:
/// a link preview, a share sheet, the poster.
pub fn uk_when(session: &Session) -> String {
    let uk = ZonedRange::new(&UkTime, session.start, session.end);
    let date = long_date(uk.start.date_naive());
    if !session.time_known {
        return format!("{date} (time not published)");
    }
    let zone = uk_zone_name(UkTime.offset_at(session.start.with_timezone(&Utc)));
    format!("{date}, {} UK time ({zone})", uk.clock_range())
}

/// "13:05" (24-hour clock, as UK public bodies write times).
pub fn clock(time: DateTime<FixedOffset>) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A start and end seen from one zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZonedRange {
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
}

impl ZonedRange {
    /// The instants `start`..`end` as wall-clock times in `zone`.
    pub fn new(zone: &impl Zone, start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> ZonedRange {
        let at = |t: DateTime<FixedOffset>| {
            let utc = t.with_timezone(&Utc);
            utc.with_timezone(&zone.offset_at(utc))
        };
        ZonedRange { start: at(start), end: at(end) }
    }

    /// "13:00–14:30", with the end's date when it falls on a later day: "23:00–00:30 (Friday 7 April 2023)".
    pub fn clock_range(&self) -> String {
        let end_day = self.end.date_naive();
        if end_day == self.start.date_naive() {
            format!("{}–{}", clock(self.start), clock(self.end))
        } else {
            format!("{}–{} ({})", clock(self.start), clock(self.end), long_date(end_day))
        }
    }
}

/// How a session's time reads for a viewer outside UK time (whose clock may still read as the
/// UK's for some sessions: a viewer on UTC in winter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewerTime {
    /// e.g. "UTC+2".
    pub zone: String,
    pub range: ZonedRange,
    /// The viewer's start date differs from the UK one: -1 (the day before) or +1 (the day after).
    pub day_shift: i64,
}

impl ViewerTime {
    /// The session seen from `viewer`.
    pub fn new(viewer: &impl Zone, start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> ViewerTime {
        let uk = ZonedRange::new(&UkTime, start, end);
        let local = ZonedRange::new(viewer, start, end);
        let day_shift = (local.start.date_naive() - uk.start.date_naive()).num_days();
        ViewerTime { zone: offset_name(*local.start.offset()), range: local, day_shift }
    }

    /// "next day" / "previous day" when the viewer's date differs from the UK date.
    pub fn day_note(&self) -> Option<&'static str> {
        match self.day_shift {
            0 => None,
            shift if shift > 0 => Some("next day"),
            _ => Some("previous day"),
        }
    }
}
