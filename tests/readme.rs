//! The README stays true: its key tables are generated from the key table (the same one
//! the help overlay and the footer are drawn from), and the commands it names exist.
//!
//! `UPDATE_README=1 cargo test --test readme` rewrites the tables after a change to the
//! key table; without it the test fails when they differ.

use convene::app::keymap::{KeyMode, bindings};

const README: &str = include_str!("../README.md");

/// The table of one mode, one row per action with all its keys ("↑ / k").
fn table(mode: KeyMode) -> String {
    let all = bindings();
    let mut rows: Vec<(String, String)> = Vec::new();
    for b in all.iter().filter(|b| b.mode == mode) {
        let description = b.description(convene::i18n::Lang::En);
        match rows.iter_mut().find(|(_, d)| *d == description) {
            Some((keys, _)) => keys.push_str(&format!(" / {}", b.key.label())),
            None => rows.push((b.key.label(), description)),
        }
    }
    let mut out = String::from("| key | what it does |\n| --- | --- |\n");
    for (keys, description) in rows {
        out.push_str(&format!("| {keys} | {description} |\n"));
    }
    out
}

/// The README with every marked table replaced by the generated one.
fn generated(readme: &str) -> String {
    let mut out = readme.to_string();
    for mode in [KeyMode::Run, KeyMode::Summary, KeyMode::Capture, KeyMode::Review, KeyMode::Consolidate] {
        let open = format!("<!-- keys:{mode:?} -->\n");
        let close = format!("<!-- /keys:{mode:?} -->");
        let start = out.find(&open).unwrap_or_else(|| panic!("README lacks the marker {open}")) + open.len();
        let end =
            out[start..].find(&close).unwrap_or_else(|| panic!("README lacks the marker {close}")) + start;
        out.replace_range(start..end, &table(mode));
    }
    out
}

#[test]
fn the_key_tables_are_generated_from_the_key_table() {
    let fresh = generated(README);
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"), &fresh).unwrap();
        return;
    }
    if fresh != README {
        let first = fresh.lines().zip(README.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "README's key tables differ from the key table (first at line {}): run UPDATE_README=1 cargo test --test readme",
            first + 1
        );
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
        "convene export",
        "convene new",
        "convene import",
        "convene timer",
        "convene completions",
        "convene man",
    ] {
        assert!(README.contains(command), "README lacks {command}");
    }
    assert!(README.contains("cargo run --release -- run agendas/dushanbe-roundtable-2009.json"));
    assert!(README.contains("cargo test"));
}
