//! A small programme shared by the native tests of filters, search, URLs, calendars, publishing
//! and the shortlist; and sessions made of their times alone, for the tests of times and schedules.

use chrono::{DateTime, FixedOffset};
use programme_guide::programme::load::load_programme;
use programme_guide::programme::{Programme, Session, Slug};

/// Four sessions over two topics and two organisations, one of them after the fixed "now" used
/// by the tests (2023-05-01), with accented and mixed-case text to search.
pub const FIXTURE: &str = r#"
[series]
title = "Fixture"
summary = "s"
description = "d"
dates = "2023"
format = "Online"
updated = "2026-11-22"

[[organisations]]
slug = "migrants-organise"
name = "Migrants Organise"
description = "x"

[[organisations]]
slug = "pafras"
name = "PAFRAS"
description = "x"

[[topics]]
slug = "family-reunion"
label = "Family reunion"

[[topics]]
slug = "nhs-charging"
label = "NHS charging"

[[sessions]]
slug = "reunion"
title = "Réunion des familles"
start = "2023-04-06T13:00:00+01:00"
end = "2023-04-06T14:30:00+01:00"
organisations = ["migrants-organise"]
topics = ["family-reunion"]
description = "Bringing families back together."

[[sessions]]
slug = "charging"
title = "Charging for care"
start = "2023-04-13T13:00:00+01:00"
end = "2023-04-13T14:30:00+01:00"
organisations = ["pafras"]
topics = ["nhs-charging"]
description = "What the NHS charges and who must pay."
speakers = ["Zoë Łukasiewicz"]

[[sessions]]
slug = "both"
title = "Families and health"
start = "2023-04-20T13:00:00+01:00"
end = "2023-04-20T14:30:00+01:00"
organisations = ["migrants-organise", "pafras"]
topics = ["family-reunion", "nhs-charging"]
description = "Where reunion meets NHS charging."

[[sessions]]
slug = "later"
title = "Organising in summer"
start = "2023-06-01T18:00:00+01:00"
end = "2023-06-01T19:30:00+01:00"
organisations = ["migrants-organise"]
topics = []
description = "Building power together."
"#;

/// The fixture, loaded through the real loader.
pub fn programme() -> Programme {
    load_programme("fixture.toml", FIXTURE).unwrap_or_else(|e| panic!("{e}"))
}

/// The instant `text`, an RFC 3339 date-time.
pub fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("test date-time")
}

/// A session `slug`, titled with its slug, from `start` to `end` (RFC 3339) at a known time, and
/// nothing else.
pub fn session_between(slug: &str, start: &str, end: &str) -> Session {
    Session {
        slug: Slug(slug.to_owned()),
        title: slug.to_owned(),
        start: at(start),
        end: at(end),
        time_known: true,
        organisations: vec![],
        topics: vec![],
        description: String::new(),
        speakers: vec![],
        link: None,
        source: None,
        illustrative: false,
    }
}
