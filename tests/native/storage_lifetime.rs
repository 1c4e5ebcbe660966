//! Which browsers are told that the guide's data is deleted after seven days without a visit:
//! real user agents of the browsers people use.

use programme_guide::programme::storage_lifetime::deletes_storage_unvisited;

/// (what it is, its user agent, how many touches its screen takes, whether it deletes).
const BROWSERS: &[(&str, &str, u32, bool)] = &[
    (
        "Safari on a Mac",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        0,
        true,
    ),
    (
        "Safari on an iPhone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        5,
        true,
    ),
    (
        "Chrome on an iPhone (WebKit, as every iOS browser)",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1",
        5,
        true,
    ),
    (
        "Firefox on an iPhone",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15",
        5,
        true,
    ),
    (
        "Safari on an iPad, asking for desktop sites",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        5,
        true,
    ),
    (
        "an iPad's Chrome, asking for desktop sites",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0 Safari/604.1",
        5,
        true,
    ),
    (
        "WebKitGTK's MiniBrowser",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
        0,
        true,
    ),
    (
        "Chrome on a Mac",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        0,
        false,
    ),
    (
        "Edge on Windows",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
        0,
        false,
    ),
    (
        "Chrome on Android",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        5,
        false,
    ),
    (
        "Samsung Internet",
        "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
        5,
        false,
    ),
    (
        "a Chromebook's Chrome, with a touch screen",
        "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        10,
        false,
    ),
    (
        "headless Chromium",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
        0,
        false,
    ),
    ("Firefox on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", 0, false),
    ("Firefox on a Mac with a touch bar", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:128.0) Gecko/20100101 Firefox/128.0", 0, false),
    ("Firefox on Android", "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0", 5, false),
];

#[test]
fn webkits_browsers_delete_a_sites_data_after_days_without_a_visit_chromium_and_gecko_do_not() {
    let wrong: Vec<String> = BROWSERS
        .iter()
        .filter(|(_, agent, touches, deletes)| deletes_storage_unvisited(agent, *touches) != *deletes)
        .map(|(name, _, _, deletes)| {
            format!("{name}: {}", if *deletes { "deletes, but is not told" } else { "does not delete, but is told" })
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
