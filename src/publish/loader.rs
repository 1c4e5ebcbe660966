//! Trunk's inline loader, adjusted so that the programme written into index.html is painted
//! before the app is fetched: the WebAssembly is then not competing with the page's own HTML and
//! CSS on a slow connection, and the first paint never waits for it.

/// What Trunk's loader runs to fetch and start the app (trunk 0.21).
const START: &str = "const wasm = await init(";

/// Waits until the written page's largest paint has been reported. Chrome reports a paint as the
/// Largest Contentful Paint only once the frame's presentation time reaches the page; if the app
/// has replaced the page before then, the app's identical copy counts instead, after the
/// WebAssembly has arrived. Waiting a few frames is not enough, because the report can come later
/// than that (measured: LCP at the app's render in 4 of 12 loads that waited three frames, 7 of 12
/// that waited one). The page is small and its stylesheet blocks rendering, so its first reported
/// paint already has the whole page. Browsers without LCP wait one frame; a hidden page, 1 s.
const AFTER_PAINT: &str = concat!(
    "await new Promise((go) => {\n",
    "  setTimeout(go, 1000);\n",
    "  if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {\n",
    "    new PerformanceObserver(() => go())\n",
    "      .observe({ type: 'largest-contentful-paint', buffered: true });\n",
    "  } else {\n",
    "    requestAnimationFrame(() => setTimeout(go));\n",
    "  }\n",
    "});\n",
);

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
