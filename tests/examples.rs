//! Runs the examples in `examples/` (cargo builds them before the tests)
//! and checks what they print.

use std::path::PathBuf;
use std::process::Command;

/// The path of a built example: `target/<profile>/examples/<name>`.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir");
    let path = profile_dir.join("examples").join(name);
    assert!(
        path.exists(),
        "{} is not built: run the tests with `cargo test`",
        path.display()
    );
    path
}

#[test]
fn custom_lexicon_adds_evictions() {
    let out = Command::new(example("custom_lexicon"))
        .output()
        .expect("run example");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let (before, after) = stdout.split_once("with an").expect("two sections");
    assert!(!before.contains("evictions"), "{before}");
    assert_eq!(
        after.matches("measure=Some(\"evictions\")").count(),
        2,
        "{after}"
    );
    assert!(after.contains("modality=target"), "{after}");
}
