//! Trunk's inline loader, adjusted so that the programme written into index.html is painted
//! before the app is fetched: the WebAssembly is then not competing with the page's own HTML and
//! CSS on a slow connection, and the first paint never waits for it.

/// What Trunk's loader runs to fetch and start the app (trunk 0.21).
pub const START: &str = "const wasm = await init(";

/// Waits until the written page's largest paint has been reported. Chrome reports a paint as the
/// Largest Contentful Paint only once the frame's presentation time reaches the page; if the app
/// has replaced the page before then, the app's identical copy counts instead, after the
/// WebAssembly has arrived. Waiting a few frames is not enough, because the report can come later
/// than that (traced: the app's render was often taken for the largest paint). The page is small and its stylesheet blocks rendering, so its first reported
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

/// How Trunk's loader names the WebAssembly it starts: `init({ module_or_path: '<file>' })`.
const WASM_FILE: &str = "module_or_path: '";

/// `html` with the app started only after the first paint, its WebAssembly compiled away from the
/// page's main thread, and without the `<link rel=preload>` that would fetch it before the paint.
///
/// Given a file's address, the glue compiles while the file streams in, and Chrome hands every
/// chunk that arrives to the compiler on the page's main thread: traced with the CPU slowed 4×,
/// that was one of the start's longest tasks once the file had arrived. Given the file's bytes, Chrome
/// decodes and compiles them on a background thread; only the few milliseconds of instantiating
/// are left on the main thread. The cost is that compiling starts once the file is in, not
/// while it arrives: with functions compiled only when first called, that is a short wait.
pub fn paint_first(html: &str) -> Result<String, String> {
    let start = html.find(START).ok_or("index.html has no Trunk loader (`const wasm = await init(`): has Trunk changed?")?;
    if html[..start].ends_with(AFTER_PAINT) {
        // Adjusted already: the post-build step is run again on a finished build.
        return Ok(html.to_owned());
    }
    let file_at = start + html[start..].find(WASM_FILE).ok_or("Trunk's loader names no `module_or_path`: has Trunk changed?")?;
    let file_start = file_at + WASM_FILE.len();
    let file_end = file_start + html[file_start..].find('\'').ok_or("an unclosed `module_or_path` in Trunk's loader")?;
    let file = &html[file_start..file_end];
    let html = format!(
        "{}{AFTER_PAINT}{}module_or_path: fetch('{file}').then((response) => response.arrayBuffer()){}",
        &html[..start],
        &html[start..file_at],
        &html[file_end + 1..]
    );
    let preload = html.find("rel=preload type=application/wasm").or_else(|| html.find("application/wasm"));
    let Some(at) = preload else { return Ok(html) };
    let open = html[..at].rfind("<link").ok_or("a WebAssembly preload outside a <link> in index.html")?;
    let close = at + html[at..].find('>').ok_or("unclosed WebAssembly preload <link> in index.html")? + 1;
    Ok(format!("{}{}", &html[..open], &html[close..]))
}
