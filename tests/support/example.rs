//! The stdin example binary, for the tests that run it (included with `#[path]`).

use std::path::PathBuf;

/// The example binary `cargo test` built next to the running test.
pub fn example() -> PathBuf {
    let mut dir = std::env::current_exe().expect("test binary path");
    dir.pop();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let path = dir
        .join("examples")
        .join(format!("assess{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} not built (run through cargo test)",
        path.display()
    );
    path
}
