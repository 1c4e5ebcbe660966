//! The post-build step: the Content Security Policy, the service worker's file list and `_headers`.

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
fn the_app_files_are_kept_offline_but_not_feeds_headers_the_embed_script_or_the_worker() {
    for path in ["index.html", "assets/app-1234_bg.wasm", "icons/icon-192.png", "manifest.webmanifest"] {
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
