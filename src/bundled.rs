//! The programme bundled into the app. `build.rs` has already checked the data file and written
//! this JSON copy of the result, so reading it here cannot meet a malformed file.

use crate::programme::Programme;

const PROGRAMME_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/programme.json"));

/// The bundled programme, or a message if the build's own output cannot be read (a broken build).
pub fn programme() -> Result<Programme, String> {
    serde_json::from_str(PROGRAMME_JSON).map_err(|e| format!("The bundled programme could not be read: {e}"))
}
