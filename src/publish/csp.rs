//! The Content Security Policy: only the app's own origin, WebAssembly allowed, and inline
//! scripts only by the hash of what Trunk actually wrote (its loader), never `'unsafe-inline'`.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The `'sha256-…'` source of every inline script in `html`, in document order. A JSON-LD block
/// (`type="application/ld+json"`) is data the browser never runs, which a policy does not cover.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(body_end) = body.find("</script") else { break };
        if !tag.contains("src=") && !tag.contains("application/ld+json") {
            let digest = Sha256::digest(&body.as_bytes()[..body_end]);
            hashes.push(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &body[body_end..];
    }
    hashes
}

/// The policy for the page itself. A `<meta>` policy cannot say who may frame the page, so
/// `frame-ancestors` is left to [`header_policy`].
pub fn policy(script_hashes: &[String]) -> String {
    let scripts =
        std::iter::once("'self' 'wasm-unsafe-eval'".to_owned()).chain(script_hashes.iter().cloned()).collect::<Vec<_>>().join(" ");
    [
        "default-src 'self'".to_owned(),
        format!("script-src {scripts}"),
        "style-src 'self'".to_owned(),
        "img-src 'self'".to_owned(),
        "connect-src 'self'".to_owned(),
        "frame-src 'self'".to_owned(),
        "object-src 'none'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'self'".to_owned(),
    ]
    .join("; ")
}

/// The same policy as an HTTP header, which can also allow any member site to embed the app.
pub fn header_policy(script_hashes: &[String]) -> String {
    format!("{}; frame-ancestors *", policy(script_hashes))
}

/// `html` with its `<meta http-equiv="Content-Security-Policy">` element (the placeholder in
/// index.html, or the one an earlier run wrote) replaced by one carrying `policy`.
pub fn set_meta(html: &str, policy: &str) -> Result<String, String> {
    let marker =
        html.find("Content-Security-Policy").ok_or("index.html has no <meta http-equiv=\"Content-Security-Policy\"> to fill in")?;
    let start = html[..marker].rfind("<meta").ok_or("the Content-Security-Policy text in index.html is not in a <meta> element")?;
    let end = marker + html[marker..].find('>').ok_or("unclosed Content-Security-Policy <meta> in index.html")? + 1;
    Ok(format!("{}<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">{}", &html[..start], &html[end..]))
}
