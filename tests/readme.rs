//! The README stays true: every key of the run screen is listed there with the same words
//! as in the help overlay, and the commands it names exist.

use convene::app::keymap::{KeyMode, bindings};

const README: &str = include_str!("../README.md");

#[test]
fn every_key_of_the_run_capture_and_review_modes_is_in_the_readme() {
    for mode in [KeyMode::Run, KeyMode::Capture, KeyMode::Review] {
        let table = bindings();
        let mut rows: Vec<(String, &str)> = Vec::new();
        for b in table.iter().filter(|b| b.mode == mode) {
            match rows.iter_mut().find(|(_, d)| *d == b.description) {
                Some((keys, _)) => keys.push_str(&format!(" / {}", b.key.label())),
                None => rows.push((b.key.label(), b.description)),
            }
        }
        for (keys, description) in rows {
            let row = format!("| {keys} | {description} |");
            assert!(README.contains(&row), "README lacks the row {row}");
        }
    }
}

#[test]
fn the_readme_names_the_real_commands() {
    for command in [
        "convene run",
        "convene check",
        "convene sessions",
        "convene verify",
        "convene minutes",
        "convene schema",
    ] {
        assert!(README.contains(command), "README lacks {command}");
    }
    assert!(README.contains("cargo run --release -- run agendas/dushanbe-roundtable-2009.json"));
    assert!(README.contains("cargo test"));
}
