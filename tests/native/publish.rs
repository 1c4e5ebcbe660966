//! Publishing: the Content Security Policy, the service worker's file list, `_headers`, the pages,
//! and finishing an app build (the loader, the glue and its imports' names).

use programme_guide::publish::csp::{header_policy, inline_script_hashes, policy, set_meta};
use programme_guide::publish::headers::headers_file;
use programme_guide::publish::offline::{BuildFile, build_id, is_needed_offline, service_worker};

/// The SHA-256 of no bytes, base64: what a browser expects for an empty inline script.
const EMPTY_SHA256: &str = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

#[test]
fn inline_scripts_are_hashed_and_scripts_with_a_source_are_not() {
    let html = "<head><script src=x.js></script><script type=module></script><script>import './a.js';</script></head>";
    let hashes = inline_script_hashes(html);
    assert_eq!(hashes.len(), 2, "{hashes:?}");
    assert_eq!(hashes[0], EMPTY_SHA256);
    assert_ne!(hashes[1], EMPTY_SHA256);
    // Whitespace is part of what the browser hashes.
    assert_ne!(inline_script_hashes("<script> </script>"), vec![EMPTY_SHA256.to_owned()]);
}

#[test]
fn the_policy_allows_only_the_apps_own_origin_and_no_inline_script_but_by_hash() {
    let hashes = vec![EMPTY_SHA256.to_owned()];
    let meta = policy(&hashes);
    assert!(meta.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {EMPTY_SHA256}")), "{meta}");
    for directive in ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "style-src 'self'"] {
        assert!(meta.contains(directive), "{directive} missing from {meta}");
    }
    assert!(!meta.contains("unsafe-inline"), "{meta}");
    assert!(!meta.contains("http"), "no other origin: {meta}");
    // A <meta> policy cannot carry frame-ancestors (browsers ignore it and complain).
    assert!(!meta.contains("frame-ancestors"), "{meta}");
    assert_eq!(header_policy(&hashes), format!("{meta}; frame-ancestors *"));
}

#[test]
fn the_policy_meta_replaces_the_placeholder_however_it_was_written_and_again_on_a_second_run() {
    let source = r#"<meta charset=utf-8><meta content="default-src 'self'" http-equiv=Content-Security-Policy><title>x</title>"#;
    let once = set_meta(source, "default-src 'none'").unwrap();
    assert_eq!(once, r#"<meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>x</title>"#);
    let twice = set_meta(&once, "default-src 'self'").unwrap();
    assert_eq!(twice.matches("Content-Security-Policy").count(), 1);
    assert!(twice.contains(r#"content="default-src 'self'""#));
    let missing = set_meta("<title>x</title>", "default-src 'self'").unwrap_err();
    assert!(missing.contains("index.html"), "{missing}");
}

fn build(index: &str) -> Vec<BuildFile> {
    vec![
        BuildFile::new("assets/app-1234.wasm", b"\0asm"),
        BuildFile::new("index.html", index.as_bytes()),
        BuildFile::new("manifest.webmanifest", b"{}"),
    ]
}

#[test]
fn the_app_files_the_views_pages_and_the_sessions_calendar_files_are_kept_offline_but_not_feeds_headers_the_embed_script_or_the_worker() {
    for path in [
        "index.html",
        "assets/app-1234_bg.wasm",
        "icons/icon-192.png",
        "manifest.webmanifest",
        "session-nhs-charging.html",
        "session-nhs-charging.ics",
        "about.html",
    ] {
        assert!(is_needed_offline(path), "{path}");
    }
    for path in ["sw.js", "_headers", "embed.js", "calendar/all.ics"] {
        assert!(!is_needed_offline(path), "{path}");
    }
}

#[test]
fn any_change_to_a_file_makes_a_new_build() {
    assert_eq!(build_id(&build("<p>one</p>")), build_id(&build("<p>one</p>")));
    assert_ne!(build_id(&build("<p>one</p>")), build_id(&build("<p>two</p>")));
    let renamed = vec![BuildFile::new("assets/app-5678.wasm", b"\0asm"), build("").remove(1), build("").remove(2)];
    assert_ne!(build_id(&renamed), build_id(&build("")));
}

#[test]
fn the_service_worker_lists_every_file_with_its_hash_and_the_page_also_as_its_folder() {
    let files = build("<p>one</p>");
    let worker = service_worker(&files);
    assert!(!worker.contains("__BUILD__") && !worker.contains("__FILES__"), "placeholders left in:\n{worker}");
    assert!(worker.contains(&format!("const BUILD = \"{}\";", build_id(&files))), "{worker}");
    for file in &files {
        assert!(worker.contains(&format!("[\"{}\", \"{}\"]", file.path, file.sha256)), "{} missing", file.path);
    }
    assert!(worker.contains(&format!("[\"./\", \"{}\"]", files[1].sha256)), "./ should be the page: {worker}");
    assert_eq!(files[1].sha256.len(), 64);
}

#[test]
fn headers_cache_hashed_assets_forever_and_revalidate_what_keeps_its_name() {
    let text = headers_file("default-src 'self'; frame-ancestors *");
    let rule = |path: &str| {
        let start = text.find(&format!("\n{path}\n")).unwrap_or_else(|| panic!("no rule for {path}:\n{text}"));
        text[start + path.len() + 2..].split("\n\n").next().unwrap().to_owned()
    };
    assert!(rule("/assets/*").contains("Cache-Control: public, max-age=31536000, immutable"));
    for path in ["/", "/index.html", "/sw.js", "/manifest.webmanifest", "/embed.js"] {
        assert!(rule(path).contains("Cache-Control: no-cache"), "{path}");
    }
    let all = rule("/*");
    assert!(all.contains("Content-Security-Policy: default-src 'self'; frame-ancestors *"));
    assert!(all.contains("Referrer-Policy: no-referrer"));
}

use crate::common;

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use programme_guide::contract::{TEMPLATE, Template};
use programme_guide::publish::prerender::{about_page, embed_page, page_document, programme_page, session_page, set_body};

fn programme_with_title(title: &str) -> Arc<programme_guide::programme::Programme> {
    let mut programme = common::programme();
    programme.sessions[0].title = title.to_owned();
    Arc::new(programme)
}

#[test]
fn the_written_programme_lists_every_session_with_a_link_to_its_own_page_and_data_stays_text() {
    let programme = programme_with_title("<img src=x onerror=alert(1)> & more");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    let page = programme_page(&programme, now);
    assert!(page.contains("data-heading>Programme</h1>"), "{page}");
    for session in &programme.sessions {
        // Marked, so that the app can point it at its own address for the session.
        let link = format!("href=\"session-{}.html\" data-link", session.slug.as_str());
        assert!(page.contains(&link), "no link to {}'s page", session.slug.as_str());
        // "Add to calendar" downloads the file the build writes beside the page, with no app.
        let calendar = format!("href=\"session-{0}.ics\" download=\"{0}.ics\"", session.slug.as_str());
        assert!(page.contains(&calendar), "no calendar link for {}", session.slug.as_str());
    }
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; more"), "the title is escaped text");
    assert!(!page.contains("<img"), "no markup from the data file");
    assert!(page.contains("<noscript>"), "people without JavaScript are told what needs it");
}

#[test]
fn the_written_programme_carries_the_templates_of_what_the_app_fills_in_and_empty_notices() {
    let programme = programme_with_title("A title");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    let page = programme_page(&programme, now);
    for template in Template::ALL {
        let tag = format!("<template {}=\"{}\">", TEMPLATE.attr(), template.name());
        assert_eq!(page.matches(&tag).count(), 1, "one template {}", template.name());
    }
    assert!(!page.contains("Embed the programme on your website"), "the Embed page is a page of its own, fetched when opened");
    for notice in ["update-notice", "ignored-notice", "storage-notice"] {
        assert!(page.contains(notice), "the {notice} is in the page");
    }
    let outside_templates = page.split("<template").next().unwrap_or_default();
    assert_eq!(outside_templates.matches("<h1").count(), 1, "the page shows one h1: {page}");
    assert_eq!(
        page.matches("class=\"viewer-time\"").count(),
        programme.sessions.iter().filter(|s| s.time_known).count(),
        "a line for the viewer's own times on each timed session"
    );
}

#[test]
fn a_views_page_is_the_view_in_the_same_shell_without_the_app() {
    let programme = programme_with_title("Rights & <wrongs>");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    let index = concat!(
        "<!doctype html><html lang=en-GB><meta charset=utf-8><title>Programme</title>",
        "<link href=./assets/app.css rel=stylesheet><script type=module>import init from './assets/app.js';</script>",
        "<link crossorigin href=./assets/app.js rel=modulepreload><link as=fetch href=./assets/app_bg.wasm rel=preload type=application/wasm>",
        "</head><body><p>the programme</p></body></html>"
    );
    let session = &programme.sessions[0];
    let page = session_page(&programme, now, session);
    assert!(page.contains("Rights &amp; &lt;wrongs&gt;</h1>"), "{page}");
    assert!(page.contains("Back to the programme"), "{page}");
    let head = programme_guide::publish::head::PageHead {
        title: "Rights & <wrongs> — Series".to_owned(),
        preview_title: "Rights & <wrongs>".to_owned(),
        description: "d".to_owned(),
        file: "session-x.html".to_owned(),
        image: None,
        events: None,
    };
    let index = index.replace("<title>", "<meta name=description content=\"\"><title>");
    let document = page_document(&index, &page, &head, "Series", None).unwrap();
    assert!(document.contains("<title>Rights &amp; &lt;wrongs&gt; — Series</title>"), "{document}");
    assert!(document.starts_with("<!doctype html><html data-static lang=en-GB>"), "marked as a page without the app: {document}");
    assert!(document.contains("<link href=./assets/app.css rel=stylesheet>"), "the page keeps the styles");
    for gone in ["<script", "modulepreload", "app_bg.wasm", "the programme</p>"] {
        assert!(!document.contains(gone), "{gone} should be gone from {document}");
    }
    assert!(document.ends_with(&format!("<body>{page}</body></html>")));
    let about = about_page(&programme, now);
    assert!(about.contains("About the series</h1>") && about.contains(&format!("<p>{}</p>", programme.series.description)), "{about}");
    assert!(about.contains("aria-current=\"page\">About</a>"), "About is the current page in the navigation: {about}");
}

#[test]
fn the_body_is_replaced_whole_and_a_page_without_one_is_refused() {
    assert_eq!(
        set_body("<head></head><body class=x><noscript>old</noscript></body>", "new").unwrap(),
        "<head></head><body class=x>new</body>"
    );
    assert!(set_body("<p>no body</p>", "new").unwrap_err().contains("<body>"));
}

#[test]
fn the_app_is_fetched_only_after_the_written_page_is_painted_and_compiled_off_the_main_thread() {
    use programme_guide::publish::loader::paint_first;
    let index = concat!(
        "<script type=module>import init, * as bindings from './assets/app.js';\n",
        "const wasm = await init({ module_or_path: './assets/app_bg.wasm' });</script>",
        "<link crossorigin href=./assets/app.js rel=modulepreload>",
        "<link as=fetch crossorigin href=./assets/app_bg.wasm integrity=sha384-x rel=preload type=application/wasm></head>"
    );
    let html = paint_first(index).unwrap();
    let wait = html.find("largest-contentful-paint").expect("a wait for the largest paint");
    assert!(wait < html.find("const wasm = await init(").unwrap(), "the wait comes before the app is fetched: {html}");
    assert!(html.contains("setTimeout(go, 1000)"), "a hidden tab, which paints nothing, still starts the app");
    assert!(!html.contains("application/wasm"), "no preload fetches the WebAssembly early: {html}");
    assert!(html.contains("rel=modulepreload"), "the small JavaScript glue is still preloaded");
    assert!(
        html.contains("init({ module_or_path: fetch('./assets/app_bg.wasm').then((response) => response.arrayBuffer()) })"),
        "the glue is given the file's bytes, which compile off the main thread, not its address, which compiles as it streams: {html}"
    );
    assert_eq!(paint_first(&html).unwrap(), html, "a finished build, finished again, stays as it is");
    assert!(paint_first("<p>no loader</p>").unwrap_err().contains("Trunk"));
    assert!(paint_first("<script>const wasm = await init();</script>").unwrap_err().contains("module_or_path"));
}

#[test]
fn the_minified_glues_integrity_replaces_the_one_trunk_wrote_and_nothing_else_changes() {
    use programme_guide::publish::glue::{integrity, with_integrity};
    let html = concat!(
        "<link href=./assets/main.css integrity=sha384-css rel=stylesheet>",
        "<script type=module>import init from './assets/app-1.js';</script>",
        "<link crossorigin href=./assets/app-1.js integrity=sha384-old rel=modulepreload>",
        "<link href=\"./assets/app-1.js\" integrity=\"sha384-quoted\" rel=preload>"
    );
    let value = integrity(b"minified");
    assert!(value.starts_with("sha384-") && value.len() == "sha384-".len() + 64, "{value}");
    let out = with_integrity(html, "app-1.js", &value).unwrap();
    assert!(out.contains(&format!("href=./assets/app-1.js integrity={value} rel=modulepreload")), "{out}");
    assert!(out.contains(&format!("integrity=\"{value}\" rel=preload")), "{out}");
    assert!(out.contains("integrity=sha384-css"), "another file's integrity is left alone: {out}");
    assert!(out.contains("import init from './assets/app-1.js';"), "a tag without integrity is left alone: {out}");
}

#[test]
fn the_first_paint_waits_for_an_element_the_written_page_has() {
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html");
    let link = index.split("<link rel=\"expect\" href=\"#").nth(1).expect("index.html has a render-blocking expect link");
    let (id, rest) = link.split_once('"').expect("a quoted href");
    assert!(rest.trim_start().starts_with("blocking=\"render\""), "the link blocks rendering: {rest}");
    let page = programme_page(&programme_with_title("A title"), Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap());
    let at = page.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("the written page has no element with the id {id}"));
    assert!(at > page.find("</main>").expect("a main"), "it comes after the programme, so the first paint has all of it");
}

/// The imports of a module, read by an independent parser: (module, name, what is imported).
fn imports_of(wasm: &[u8]) -> Vec<(String, String, String)> {
    wasmparser::Validator::new().validate_all(wasm).expect("a valid module");
    let mut imports = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::ImportSection(section) = payload.expect("a readable module") {
            for import in section.into_imports() {
                let import = import.expect("a readable import");
                imports.push((import.module.to_owned(), import.name.to_owned(), format!("{:?}", import.ty)));
            }
        }
    }
    imports
}

#[test]
fn imports_get_short_names_in_the_wasm_and_its_glue_alike_and_nothing_else_changes() {
    use programme_guide::publish::import_names::shorten;
    let wasm = wat::parse_str(
        r#"(module
            (import "wbg" "__wbg_log_0123456789abcdef" (func $log (param i32)))
            (import "wbg" "__wbg_now_fedcba9876543210" (func $now (result f64)))
            (import "wbg" "__wbindgen_used_twice" (func $twice))
            (import "wbg" "__wbg_table_1" (table 2 externref))
            (import "wbg" "__wbg_memory_1" (memory 1 16))
            (import "wbg" "__wbg_global_1" (global $g i32))
            (func (export "main") (call $log (global.get $g)) (drop (call $now)) (call $twice))
            (data (i32.const 0) "kept as it is"))"#,
    )
    .unwrap();
    let glue = concat!(
        "const e={wbg:{__wbg_log_0123456789abcdef:function(t){console.log(t)},",
        "__wbg_now_fedcba9876543210(){return Date.now()},",
        "__wbindgen_used_twice:function(){},__wbg_table_1:new WebAssembly.Table({initial:2,element:'externref'}),",
        "__wbg_memory_1:m,__wbg_global_1:g}};",
        "const a=1,b=2;export{e as __wbindgen_used_twice};"
    );
    let (short, short_glue, renamed) = shorten(&wasm, glue).unwrap();
    let (before, after) = (imports_of(&wasm), imports_of(&short));
    assert_eq!(renamed, 5, "every name the glue defines once: {after:?}");
    assert_eq!(before.len(), after.len());
    for ((module, name, ty), (new_module, new_name, new_ty)) in before.iter().zip(&after) {
        assert_eq!((module, ty), (new_module, new_ty), "only the name changes");
        if name == "__wbindgen_used_twice" {
            assert_eq!(new_name, name, "a name the glue also uses elsewhere is kept");
        } else {
            assert!(new_name.len() <= 2, "{name} → {new_name}");
            assert!(!["a", "b", "e", "t", "m", "g"].contains(&new_name.as_str()), "a name the glue already has is not reused");
            assert!(short_glue.contains(&format!("{new_name}:")) || short_glue.contains(&format!("{new_name}(")), "{short_glue}");
            assert!(!short_glue.contains(name.as_str()), "{short_glue}");
        }
    }
    assert!(short_glue.contains("console.log(t)") && short_glue.contains("const a=1,b=2;"), "the code is otherwise the same");
    assert!(short.len() < wasm.len(), "{} → {} bytes", wasm.len(), short.len());
    assert!(short.windows(13).any(|w| w == b"kept as it is"), "other sections are kept");
    let (again, again_glue, renamed) = shorten(&short, &short_glue).unwrap();
    assert_eq!((again, again_glue.as_str(), renamed), (short.clone(), short_glue.as_str(), 0), "a second run changes nothing");
    assert!(shorten(b"not wasm", glue).is_err());
}

#[test]
fn the_embed_page_is_written_with_its_choices_and_empty_code_and_says_where_the_code_is_without_the_app() {
    let programme = programme_with_title("A title");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
    let page = embed_page(&programme, now);
    assert!(page.contains("data-heading>Embed the programme on your website</h1>"), "{page}");
    for organisation in &programme.organisations {
        assert!(page.contains(&format!("value=\"{}\"", organisation.slug.as_str())), "a choice for {}", organisation.slug.as_str());
    }
    for id in ["embed-script", "embed-frame"] {
        assert!(page.contains(&format!("<textarea id=\"{id}\" readonly")), "{id}: {page}");
    }
    let note = page.split("class=\"static-only\"").nth(1).unwrap_or_else(|| panic!("no note for readers without the app: {page}"));
    assert!(note.split("</p>").next().unwrap_or_default().contains("href=\"./?view=embed\""), "the note links to the guide's Embed page");
}

#[test]
fn the_glue_loses_the_stream_classes_whose_exports_are_gone_and_keeps_everything_else() {
    use programme_guide::publish::glue::without_stream_classes;
    let glue = concat!(
        "export class IntoUnderlyingSink {\n",
        "    free() {\n",
        "        wasm.__wbg_intounderlyingsink_free(ptr, 0);\n",
        "    }\n",
        "}\n",
        "if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;\n",
        "function keep() { return 1; }\n",
        "const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')\n",
        "    ? { register: () => {}, unregister: () => {} }\n",
        "    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));\n",
        "const closures = new FinalizationRegistry(state => state.dtor());\n",
    );
    let out = without_stream_classes(glue).unwrap();
    assert_eq!(out, "function keep() { return 1; }\nconst closures = new FinalizationRegistry(state => state.dtor());\n");
    // A glue written differently fails the build rather than losing what follows or keeping calls to what is gone.
    let one_line = "export class IntoUnderlyingSink { free() {} }\nfunction keep() {}\n";
    assert!(without_stream_classes(one_line).unwrap_err().contains("no end"));
    let unexported = "class IntoUnderlyingSink {\n}\nfunction keep() {}\n";
    assert!(without_stream_classes(unexported).unwrap_err().contains("still mentions IntoUnderlying"));
}

#[test]
fn the_shells_title_and_description_are_the_series_whether_trunk_minified_them_or_not() {
    use programme_guide::publish::head::{PageHead, set_head};
    let head = PageHead {
        title: "Programme — A & B".to_owned(),
        preview_title: "A & B".to_owned(),
        description: "Guide for \"A & B\"".to_owned(),
        file: String::new(),
        image: None,
        events: None,
    };
    for shell in [
        r#"<head><meta name="description" content=""><title>Programme</title></head>"#,
        "<head><meta name=description><title>Programme</title></head>",
        r#"<head><meta content="" name=description><title>Programme</title></head>"#,
    ] {
        let html = set_head(shell, &head, "A & B", None).unwrap();
        assert!(html.contains("<title>Programme — A &amp; B</title>"), "{html}");
        assert!(html.contains(r#"<meta name="description" content="Guide for &quot;A &amp; B&quot;">"#), "{html}");
        assert_eq!(html.matches("<meta name=\"description\"").count(), 1, "{html}");
    }
    assert!(set_head("<title>x</title>", &head, "A & B", None).unwrap_err().contains("description"));
}
