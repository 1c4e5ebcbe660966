//! Starts the app on the page the build wrote; everything else lives in the library so tests can
//! reach it.

use any_spawner::Executor;
use leptos::prelude::Owner;

// Allocates in constant time, in less code than the standard library's dlmalloc (which stays
// only for what the standard library allocates itself).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();

fn main() {
    // Panic messages in the console while developing; a release build does without the hook's
    // formatting code.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let _ = Executor::init_wasm_bindgen();
    // The app lives as long as the page, so its owner is never cleaned up. It starts in a task of
    // its own: this one has just compiled and instantiated the WebAssembly.
    let owner = Owner::new();
    leptos::prelude::set_timeout(
        move || {
            owner.with(|| {
                programme_guide::live::start();
            })
        },
        std::time::Duration::ZERO,
    );
}
