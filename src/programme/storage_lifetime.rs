//! Which browsers delete what a site keeps after days without a visit. WebKit deletes all of a
//! site's script-writable storage (the shortlist, the offline copy) after seven days of use of the
//! browser without a visit to the site, and `navigator.storage.persist()` does not exempt it; a
//! web app added to the Home Screen counts its own days of use instead. That is Safari on macOS,
//! every browser on iOS and iPadOS (all of them are WebKit), and WebKit on other systems
//! (WebKitGTK's browsers). Chromium and Gecko delete a site's storage only under storage
//! pressure, least recently used first.
//!
//! Told from the user agent, which browsers keep for compatibility: WebKit says `AppleWebKit/`
//! and, unlike Blink's browsers (which say it too), no `Chrome/` or `Chromium/`; Gecko says
//! neither. iPadOS's Safari asks for desktop sites as a Mac does, and is told apart from one by
//! its touch screen. What this gets wrong: a WebKit browser whose tracking prevention is turned
//! off is still told (it would not delete), and a Blink browser that hides its name is not.

/// Whether the browser whose user agent is `user_agent`, on a screen taking `touch_points`
/// touches at once, deletes a site's storage after seven days without a visit.
pub fn deletes_storage_unvisited(user_agent: &str, touch_points: u32) -> bool {
    let ios = ["iPhone", "iPad", "iPod"].iter().any(|device| user_agent.contains(device));
    let ipad_as_a_mac = user_agent.contains("Macintosh") && touch_points > 1;
    let blink = ["Chrome/", "Chromium/", "HeadlessChrome/"].iter().any(|name| user_agent.contains(name));
    ios || ipad_as_a_mac || (user_agent.contains("AppleWebKit/") && !blink)
}
