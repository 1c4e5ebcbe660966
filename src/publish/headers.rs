//! The `_headers` file that Netlify, Cloudflare Pages and similar hosts read (README, "Deploying").

/// `_headers` for a build whose policy header is `csp`. Hashed assets (in `assets/`) never
/// change, so they may be cached forever; the page, the manifest, the service worker and the
/// embed script keep their names across builds, so they are revalidated on every visit.
pub fn headers_file(csp: &str) -> String {
    let revalidated = ["/", "/index.html", "/manifest.webmanifest", "/sw.js", "/embed.js"];
    let mut out = format!(
        "# Written by the build (src/publish/headers.rs). It applies when dist/ is the site root.\n\
         /*\n  Content-Security-Policy: {csp}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n\n\
         /assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"
    );
    for path in revalidated {
        out.push_str(&format!("\n{path}\n  Cache-Control: no-cache\n"));
    }
    out
}
