//! Every message the code asks for by a literal id exists in English (so a person never
//! sees a message id), and no id is defined twice across the resource files.

use std::collections::BTreeMap;
use std::path::Path;

use convene::i18n::{Lang, RESOURCES, has};

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The literal ids in `t!(lang, "id" …)`, `tr(lang, "id" …)` and `tr_with(lang, "id" …)`.
fn asked(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in ["t!(", "tr(", "tr_with("] {
        for (at, _) in text.match_indices(call) {
            // A call, not the end of another name (attr(, str().
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + call.len()..];
            let Some(comma) = rest.find(',') else { continue };
            let after = rest[comma + 1..].trim_start();
            if let Some(literal) = after.strip_prefix('"')
                && let Some(end) = literal.find('"')
            {
                ids.push(literal[..end].to_string());
            }
        }
    }
    ids
}

#[test]
fn every_message_asked_for_exists_in_english() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut count = 0;
    let mut missing = Vec::new();
    for (path, text) in &files {
        // Code only: the docs' examples ("id") are not asked for.
        let code: String =
            text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for id in asked(&code) {
            count += 1;
            if !has(Lang::En, &id) {
                missing.push(format!("{path}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "messages missing in English: {missing:#?}");
    assert!(count > 100, "only {count} messages found: is the scan still right?");
}

#[test]
fn no_message_id_is_defined_twice() {
    let mut seen: BTreeMap<(String, String), &str> = BTreeMap::new();
    for (lang, file, text) in RESOURCES {
        for line in text.lines() {
            let Some((id, _)) = line.split_once(" =") else { continue };
            if line.starts_with(|c: char| c.is_ascii_lowercase()) && !id.contains(' ') {
                let key = (lang.code().to_string(), id.to_string());
                if let Some(other) = seen.insert(key, file) {
                    panic!("{id} is defined in both {other} and {file} ({})", lang.code());
                }
            }
        }
    }
}
