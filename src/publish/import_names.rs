//! Short names for the functions the WebAssembly imports from its JavaScript glue.
//!
//! wasm-bindgen names each import after the function it wraps plus a 16-digit hash
//! (`__wbg_getBoundingClientRect_329ca748ec918b0c`), and every name is written twice: in the
//! wasm's import section and in the glue that defines it. The hashes do not compress, so the
//! names are a noticeable part of a first visit (docs/performance.md). The names mean nothing to
//! the browser: giving both sides the same short name changes no behaviour.
//!
//! A name is renamed only where the glue holds it exactly once, as the definition the import
//! object needs; anything else (a name the glue also uses elsewhere, or not at all) is left as it
//! is, so a change in wasm-bindgen's output can make this save less but never break the app. A
//! name that is already as short as the next free one is kept too, so a second run changes
//! nothing.

use std::collections::HashMap;

/// The import section's id in a WebAssembly module (the binary format, section 5.5).
const IMPORT_SECTION: u8 = 2;

/// `wasm` and `glue` with each import's name shortened in both; and how many were renamed.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String, usize), String> {
    let sections = sections(wasm)?;
    let Some(imports) = sections.iter().find(|s| s.id == IMPORT_SECTION) else {
        return Ok((wasm.to_vec(), glue.to_owned(), 0));
    };
    let imports = read_imports(imports.body)?;
    let uses = token_counts(glue);
    let mut renames: HashMap<&str, String> = HashMap::new();
    // A short name must be new to the glue and to the module.
    let taken = |name: &str| uses.contains_key(name) || imports.iter().any(|import| import.name == name);
    let mut names = (0..).map(short_name).filter(|name| !taken(name)).peekable();
    for import in &imports {
        let shorter = names.peek().is_some_and(|short| short.len() < import.name.len());
        if shorter && uses.get(import.name) == Some(&1) && !renames.contains_key(import.name) {
            renames.insert(import.name, names.next().unwrap_or_default());
        }
    }
    let mut body = leb128(imports.len() as u64);
    for import in &imports {
        let name = renames.get(import.name).map_or(import.name, String::as_str);
        push_name(&mut body, import.module);
        push_name(&mut body, name);
        body.extend_from_slice(import.descriptor);
    }
    let mut out = wasm[..8].to_vec();
    for section in &sections {
        let body = if section.id == IMPORT_SECTION { body.as_slice() } else { section.body };
        out.push(section.id);
        out.extend(leb128(body.len() as u64));
        out.extend_from_slice(body);
    }
    Ok((out, replace_tokens(glue, &renames), renames.len()))
}

/// A section of a module, as it is in the module's bytes.
struct Section<'a> {
    id: u8,
    body: &'a [u8],
}

/// The sections of the module `wasm`, in order (after its 8-byte magic number and version).
fn sections(wasm: &[u8]) -> Result<Vec<Section<'_>>, String> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a WebAssembly module".into());
    }
    let mut at = 8;
    let mut sections = Vec::new();
    while at < wasm.len() {
        let id = wasm[at];
        let (len, body_start) = read_leb128(wasm, at + 1)?;
        let body = wasm.get(body_start..body_start + len as usize).ok_or("a section runs past the module's end")?;
        sections.push(Section { id, body });
        at = body_start + len as usize;
    }
    Ok(sections)
}

/// One entry of the import section: its module and name, and the bytes that describe what is
/// imported (kept as they are).
struct Import<'a> {
    module: &'a str,
    name: &'a str,
    descriptor: &'a [u8],
}

fn read_imports(body: &[u8]) -> Result<Vec<Import<'_>>, String> {
    let (count, mut at) = read_leb128(body, 0)?;
    let mut imports = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let (module, next) = read_name(body, at)?;
        let (name, next) = read_name(body, next)?;
        let end = descriptor_end(body, next)?;
        imports.push(Import { module, name, descriptor: &body[next..end] });
        at = end;
    }
    Ok(imports)
}

/// Where the import descriptor starting at `at` ends: a function's type index, a table's element
/// type and limits, a memory's limits, or a global's value type and mutability.
fn descriptor_end(body: &[u8], at: usize) -> Result<usize, String> {
    let byte = |i: usize| body.get(i).copied().ok_or_else(|| "the import section ends inside an import".to_owned());
    let limits = |i: usize| -> Result<usize, String> {
        let flags = byte(i)?;
        let (_, next) = read_leb128(body, i + 1)?;
        if flags & 1 == 1 { read_leb128(body, next).map(|(_, end)| end) } else { Ok(next) }
    };
    match byte(at)? {
        0 => read_leb128(body, at + 1).map(|(_, end)| end),
        1 => limits(at + 2),
        2 => limits(at + 1),
        3 => Ok(at + 3),
        kind => Err(format!("an import of unknown kind {kind}")),
    }
}

fn read_name(body: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, start) = read_leb128(body, at)?;
    let end = start + len as usize;
    let bytes = body.get(start..end).ok_or("the import section ends inside a name")?;
    let name = std::str::from_utf8(bytes).map_err(|_| "an import's name is not UTF-8")?;
    Ok((name, end))
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    out.extend(leb128(name.len() as u64));
    out.extend_from_slice(name.as_bytes());
}

/// An unsigned LEB128 number at `at`, and where the bytes after it start.
fn read_leb128(bytes: &[u8], mut at: usize) -> Result<(u64, usize), String> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(at).ok_or("a number runs past the module's end")?;
        at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err("a number longer than 64 bits".into())
}

fn leb128(mut value: u64) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

/// The `n`th short name: `a` … `Z`, then `ba`, `bb` …: JavaScript identifiers of letters only.
fn short_name(n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    let mut n = n;
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Whether `c` can be part of a JavaScript identifier (the ASCII ones wasm-bindgen writes).
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// The identifier-like words of `text` (parts of names, strings and numbers included), with how
/// often each occurs.
fn token_counts(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for word in text.split(|c: char| !is_word(c)).filter(|w| !w.is_empty()) {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

/// `text` with each whole word that `renames` names replaced.
fn replace_tokens(text: &str, renames: &HashMap<&str, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(is_word) {
        out.push_str(&rest[..start]);
        let end = rest[start..].find(|c: char| !is_word(c)).map_or(rest.len(), |len| start + len);
        let word = &rest[start..end];
        out.push_str(renames.get(word).map_or(word, String::as_str));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
