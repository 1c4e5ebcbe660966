//! The JavaScript glue wasm-bindgen writes, minified: Trunk's own minifier cannot read the glue's
//! `export { … as default }` and leaves it whole. Unminified, the glue is twice as many bytes for
//! the phone to download and parse before the app can start. esbuild, from the npm packages `.ci/setup` installs, minifies it in place; then
//! the functions the wasm imports from it get short names in both files (`import_names`).

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha384};

use super::import_names;

/// Where esbuild is: the `ESBUILD` variable, the npm package's binary in the project (Trunk runs
/// its hooks there), or the first `esbuild` on PATH.
fn esbuild() -> PathBuf {
    let project = Path::new("node_modules/.bin/esbuild");
    std::env::var_os("ESBUILD")
        .map(PathBuf::from)
        .unwrap_or_else(|| if project.exists() { project.to_owned() } else { PathBuf::from("esbuild") })
}

/// Minifies the glue `assets/<name>.js` of the build in `dist` and shortens its imports' names
/// there and in `assets/<name>_bg.wasm`. Returns `index_html` with the glue's `integrity` (which
/// Trunk computed for the unminified file) made true again, and how many names were shortened.
pub fn minify(dist: &Path, index_html: &str) -> Result<(String, usize), String> {
    let assets = dist.join("assets");
    let entries = std::fs::read_dir(&assets).map_err(|e| format!("cannot read {}: {e}", assets.display()))?;
    let glue: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "js")).collect();
    let [glue] = glue.as_slice() else {
        return Err(format!("expected one JavaScript file (the glue) in {}, found {}", assets.display(), glue.len()));
    };
    let written = std::fs::read_to_string(glue).map_err(|e| format!("cannot read {}: {e}", glue.display()))?;
    let without = without_stream_classes(&written).map_err(|e| format!("{}: {e}", glue.display()))?;
    std::fs::write(glue, without).map_err(|e| format!("cannot write {}: {e}", glue.display()))?;
    // Tree-shaking drops what only the stream classes used (the names of a stream's types).
    let status = Command::new(esbuild())
        .arg(glue)
        .args(["--minify", "--tree-shaking=true", "--format=esm", "--allow-overwrite", "--log-level=warning"])
        .arg(format!("--outfile={}", glue.display()))
        .status()
        .map_err(|e| format!("cannot run esbuild ({}): {e}; `bash .ci/setup` installs it", esbuild().display()))?;
    if !status.success() {
        return Err(format!("esbuild could not minify {}", glue.display()));
    }
    let name = glue.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let wasm_file = glue.with_file_name(format!("{}_bg.wasm", name.trim_end_matches(".js")));
    let wasm = std::fs::read(&wasm_file).map_err(|e| format!("cannot read {}: {e}", wasm_file.display()))?;
    let content = std::fs::read_to_string(glue).map_err(|e| format!("cannot read {}: {e}", glue.display()))?;
    let (wasm, content, renamed) = import_names::shorten(&wasm, &content).map_err(|e| format!("{}: {e}", wasm_file.display()))?;
    std::fs::write(&wasm_file, wasm).map_err(|e| format!("cannot write {}: {e}", wasm_file.display()))?;
    std::fs::write(glue, &content).map_err(|e| format!("cannot write {}: {e}", glue.display()))?;
    Ok((with_integrity(index_html, &name, &integrity(content.as_bytes()))?, renamed))
}

/// The glue without the classes of the stream types that Leptos' server_fn exports through
/// wasm-streams (`IntoUnderlyingSource`, `-Sink`, `-ByteSource`) and the registries that free
/// them: the linker (`.ci/link-wasm`) left their exports out of the wasm (a client-only app has
/// no server function to hand JavaScript such a stream), so they are dead code. Fails if any mention of them is left, as it would be if wasm-bindgen wrote
/// them differently: then this needs a look rather than shipping a glue that calls what is gone.
pub fn without_stream_classes(glue: &str) -> Result<String, String> {
    const CLASS: &str = "IntoUnderlying";
    let mut out = String::with_capacity(glue.len());
    let mut lines = glue.lines();
    while let Some(line) = lines.next() {
        let ended = if line.starts_with(&format!("export class {CLASS}")) {
            // The class's body ends at the first line that is only its closing brace.
            lines.by_ref().any(|l| l == "}")
        } else if line.starts_with(&format!("const {CLASS}")) && line.contains("Finalization") {
            line.ends_with(';') || lines.by_ref().any(|l| l.ends_with(';'))
        } else {
            if !line.starts_with(&format!("if (Symbol.dispose) {CLASS}")) {
                out.push_str(line);
                out.push('\n');
            }
            true
        };
        if !ended {
            return Err(format!("the JavaScript glue's {line:?} has no end where wasm-bindgen 0.2.130 wrote one"));
        }
    }
    match out.to_lowercase().contains(&CLASS.to_lowercase()) {
        true => Err(format!("the JavaScript glue still mentions {CLASS}… after its stream classes were taken out")),
        false => Ok(out),
    }
}

/// The `sha384-…` Subresource Integrity value of `content`.
pub fn integrity(content: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(content)))
}

/// `html` with the `integrity` of every tag that loads `file` set to `value`.
pub fn with_integrity(html: &str, file: &str, value: &str) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(file) {
        let tag_start = rest[..at].rfind('<').unwrap_or(0);
        let tag_end = at + rest[at..].find('>').ok_or_else(|| format!("an unclosed tag loads {file}"))?;
        let tag = &rest[tag_start..tag_end];
        out.push_str(&rest[..tag_start]);
        match tag.find("integrity=") {
            Some(i) => {
                let value_start = i + "integrity=".len();
                let quoted = tag[value_start..].starts_with('"');
                let body = if quoted { value_start + 1 } else { value_start };
                let end = tag[body..].find(|c: char| if quoted { c == '"' } else { c == ' ' || c == '>' }).map_or(tag.len(), |e| body + e);
                out.push_str(&tag[..body]);
                out.push_str(value);
                out.push_str(&tag[end..]);
            }
            None => out.push_str(tag),
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    Ok(out)
}
