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

/// Run the example with `args` on `input`: (exit code, output lines parsed as JSON).
pub fn run_example(args: &[&str], input: &[u8]) -> (i32, Vec<serde_json::Value>) {
    use std::io::Write;
    use std::process::{Command, Stdio};

    let mut child = Command::new(example())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("example runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let owned = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&owned));
    let out = child.wait_with_output().expect("example finishes");
    // A run that stops before reading (a bad argument) closes stdin early: not an error.
    if let Err(e) = writer.join().expect("writer thread") {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "stdin: {e}");
    }
    let lines = String::from_utf8(out.stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect();
    (out.status.code().expect("exit code"), lines)
}
