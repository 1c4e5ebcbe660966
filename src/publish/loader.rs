//! Trunk's inline loader, adjusted so that the programme written into index.html is painted
//! before the app is fetched: the WebAssembly is then not competing with the page's own HTML and
//! CSS on a slow connection, and the first paint never waits for it.

/// What Trunk's loader runs to fetch and start the app (trunk 0.21).
const START: &str = "const wasm = await init(";

/// Waits for a frame to be painted; a hidden tab paints no frames, so it also goes on after 100 ms.
const AFTER_PAINT: &str = "await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });\n";

/// `html` with the app started only after the first paint, and without the `<link rel=preload>`
/// that would fetch the WebAssembly before it.
pub fn paint_first(html: &str) -> Result<String, String> {
    let start = html.find(START).ok_or("index.html has no Trunk loader (`const wasm = await init(`): has Trunk changed?")?;
    let html = format!("{}{AFTER_PAINT}{}", &html[..start], &html[start..]);
    let preload = html.find("rel=preload type=application/wasm").or_else(|| html.find("application/wasm"));
    let Some(at) = preload else { return Ok(html) };
    let open = html[..at].rfind("<link").ok_or("a WebAssembly preload outside a <link> in index.html")?;
    let close = at + html[at..].find('>').ok_or("unclosed WebAssembly preload <link> in index.html")? + 1;
    Ok(format!("{}{}", &html[..open], &html[close..]))
}
