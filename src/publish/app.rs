//! An app build: what Trunk makes of the code alone (the WebAssembly, its JavaScript glue, the
//! stylesheet, the icons and index.html's shell with the loader), finished here and kept apart
//! from any programme, so that publishing a programme needs no WebAssembly toolchain.

use std::fs;
use std::path::{Path, PathBuf};

use super::offline::SERVICE_WORKER;
use super::{files_under, glue, loader, relative_path};

/// The folder an app build is kept in when Trunk makes one: `bash .ci/publish` reads it.
pub const KEPT: &str = "target/app";

/// An app build, read from its folder.
#[derive(Debug, Clone)]
pub struct AppBuild {
    /// Where it is.
    pub folder: PathBuf,
    /// Its index.html: the shell that the published programme fills.
    pub index: String,
}

impl AppBuild {
    /// The app build in `folder`; a folder that holds a published site (its service worker) or
    /// no app is refused, since its pages would be published again with another programme's.
    pub fn read(folder: &Path) -> Result<AppBuild, String> {
        let index = folder.join("index.html");
        let text = fs::read_to_string(&index)
            .map_err(|e| format!("{} has no app build ({}: {e}); `trunk build --release` makes one", folder.display(), index.display()))?;
        if folder.join(SERVICE_WORKER).exists() {
            return Err(format!("{} is a published site, not an app build (it has {SERVICE_WORKER})", folder.display()));
        }
        if !text.contains(loader::START) {
            return Err(format!("{} has no app in it (no loader); `trunk build --release` makes an app build", index.display()));
        }
        Ok(AppBuild { folder: folder.to_owned(), index: text })
    }

    /// Finishes the app Trunk has just built in `staging`: its glue minified with the imports'
    /// names shortened (in the glue and the wasm alike), and index.html's loader started after
    /// the first paint. Returns how many imports were renamed.
    pub fn finish(staging: &Path) -> Result<usize, String> {
        let index = staging.join("index.html");
        let html = fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        let (html, renamed) = glue::minify(staging, &loader::paint_first(&html)?)?;
        fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
        Ok(renamed)
    }

    /// Copies this build to `to`, replacing whatever was there.
    pub fn copy_to(&self, to: &Path) -> Result<(), String> {
        replace_folder(to)?;
        for file in files_under(&self.folder)? {
            let target = to.join(relative_path(&self.folder, &file)?);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            fs::copy(&file, &target).map_err(|e| format!("cannot copy {} to {}: {e}", file.display(), target.display()))?;
        }
        Ok(())
    }
}

/// Empties `folder` for a new copy (creating it), refusing one that holds something else than an
/// earlier site or app build: nothing but those is ever deleted.
fn replace_folder(folder: &Path) -> Result<(), String> {
    if folder.exists() {
        let empty = fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?.next().is_none();
        if !empty && !folder.join("index.html").exists() {
            return Err(format!("{} holds something else than a site or an app build: not replacing it", folder.display()));
        }
        fs::remove_dir_all(folder).map_err(|e| format!("cannot empty {}: {e}", folder.display()))?;
    }
    fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))
}
