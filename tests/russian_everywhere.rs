//! A Russian operator meets no English: every key of the key table pressed in its mode,
//! every screen that key leads to at 60x16, 80x24 and 120x40, and every message of every
//! Russian resource file, are checked for English words convene wrote.

use convene::app::Settings;
use convene::app::keymap::{KeyMode, bindings};
use convene::app::{Action, AppAction, ReviewAction};
use convene::i18n::{Lang, RESOURCES};
use convene::testing::Harness;

const AGENDA: &str = include_str!("../agendas/community-policing-workshop.json");

/// Latin tokens a Russian screen may hold: key names, what is typed literally (prefix
/// codes, group commands, examples of ids), file formats and convene's own name.
const ALLOWED: &[&str] = &[
    "Enter",
    "Esc",
    "Tab",
    "Space",
    "Backspace",
    "Home",
    "End",
    "PgUp",
    "PgDn",
    "Ctrl",
    "Alt",
    "Shift",
    "F1",
    "F5",
    "F6",
    "F7",
    "F8",
    "fg",
    "id",
    "convene",
    "ref",
    "rp",
    "qt",
    "same",
    "mia",
    "ngo",
    "police",
    "officer",
    "Markdown",
    "Word",
    "DOCX",
    "JSON",
    "CSV",
    "OK",
    // convene's commands, as typed after "convene", and settings keys.
    "run",
    "timer",
    "follow",
    "sessions",
    "verify",
    "finish",
    "minutes",
    "export",
    "check",
    "new",
    "import",
    "groups",
    "schema",
    "man",
    "completions",
    "help",
    "internal",
    "public",
    "bell",
    // The export's options a message tells to type.
    "profile",
    "allow",
    "placeholders",
    // Other programs and file formats a message names.
    "chmod",
    "Windows",
    "Excel",
    "LibreOffice",
    "PowerShell",
    "bash",
    "zsh",
    "fish",
    "fpath",
    "zip",
    "pandoc",
    // JSON values and CSV headers a person types as they are.
    "false",
    "null",
    "topic",
    "duration",
    "session",
    // The header's "convene" where the help's frame covers the rest of it.
    "conv",
];

/// Latin words of two letters or more that neither the agenda nor the allowed list holds.
fn english_words(text: &str) -> Vec<String> {
    // Paths and file names (where a draft was written) are the disk's, not words.
    let is_path = |token: &str| {
        token.contains('/')
            || token
                .as_bytes()
                .windows(3)
                .any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphabetic())
    };
    let text: String = text.split_whitespace().filter(|t| !is_path(t)).collect::<Vec<_>>().join(" ");
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !AGENDA.contains(*w) && !ALLOWED.contains(w))
        .map(str::to_string)
        .collect()
}

fn russian() -> Harness {
    let agenda = convene::agenda::parse_str("sample", AGENDA).unwrap();
    let settings = Settings {
        language: Some("ru".into()),
        room_language: Some("ru".into()),
        color: false,
        ..Settings::default()
    };
    // 09:05 in Khujand, the workshop's first item due.
    let mut h = Harness::with_settings(&agenda, "2026-03-12T04:05:00Z".parse().unwrap(), settings);
    h.press(&["Space"]).wait(70);
    h
}

/// A Russian harness in `mode`, with a saved note to review or move.
fn in_mode(mode: KeyMode) -> Harness {
    let mut h = russian();
    let note = |h: &mut Harness| {
        h.act(Action::App(AppAction::FocusCapture)).type_text("Нужны регулярные встречи").press(&["Enter"]);
    };
    match mode {
        KeyMode::Run => {}
        KeyMode::Capture => {
            h.act(Action::App(AppAction::FocusCapture)).type_text("Участковые @uch");
        }
        KeyMode::Review => {
            note(&mut h);
            h.act(Action::App(AppAction::FocusReview));
        }
        KeyMode::Help => {
            h.act(Action::App(AppAction::ToggleHelp));
        }
        KeyMode::Input => {
            h.act(Action::App(AppAction::EditMessage));
        }
        KeyMode::Confirm => {
            h.act(Action::App(AppAction::Finish));
        }
        KeyMode::Consolidate => {
            h.act(Action::App(AppAction::FocusCapture))
                .type_text("r: Проводить встречи каждый месяц")
                .press(&["Enter"]);
            h.type_text("r: Открыть приёмную участкового").press(&["Enter"]);
            h.act(Action::App(AppAction::FocusTimer)).act(Action::App(AppAction::FocusConsolidate));
        }
        KeyMode::Pick => {
            note(&mut h);
            h.act(Action::App(AppAction::FocusReview)).act(Action::Review(ReviewAction::Move));
        }
        KeyMode::Summary => {
            note(&mut h);
            h.act(Action::App(AppAction::FocusTimer)).act(Action::App(AppAction::ToggleSummary));
        }
    }
    assert_eq!(h.app().key_mode(), mode, "could not reach {mode:?}");
    h
}

fn check(h: &mut Harness, what: &str) {
    for (w, ht) in [(60, 16), (80, 24), (120, 40)] {
        let screen = h.screen(w, ht);
        let english = english_words(&screen);
        assert!(english.is_empty(), "{what} at {w}x{ht}: English {english:?}\n{screen}");
    }
}

#[test]
fn every_key_of_the_table_leads_to_a_russian_screen() {
    let mut walked = 0;
    for b in bindings() {
        // Quitting and suspending leave the screen; what they print is the CLI's.
        if matches!(b.action, Action::App(AppAction::Quit | AppAction::Suspend)) {
            continue;
        }
        let mut h = in_mode(b.mode);
        check(&mut h, &format!("{:?} before {}", b.mode, b.key.label()));
        h.act(b.action.clone());
        check(&mut h, &format!("{:?} after {} ({})", b.mode, b.key.label(), b.id));
        // What a key asks for next (a message, a time, a group count) answered too.
        if h.app().key_mode() == KeyMode::Input {
            h.type_text("1").press(&["Enter"]);
            check(&mut h, &format!("{:?} after {} and an answer", b.mode, b.key.label()));
        }
        walked += 1;
    }
    assert!(walked > 80, "walked {walked} keys");
}

/// The text of every message in `text` (an .ftl file): placeables, ids, comments and
/// selector keys taken out, so only the words a person reads are left.
fn message_words(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') || trimmed.is_empty() {
            continue;
        }
        // "id = value", or a variant "[few] value", or a continuation.
        let value = if !line.starts_with(' ') {
            line.split_once('=').map_or("", |(_, v)| v)
        } else if let Some(rest) = trimmed.strip_prefix('[').or_else(|| trimmed.strip_prefix("*[")) {
            rest.split_once(']').map_or("", |(_, v)| v)
        } else {
            trimmed
        };
        let value = literal_free(value);
        // Drop placeables ({ $n }, { $n -> ...).
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                c if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out.push('\n');
    }
    out
}

/// `value` without what is typed literally rather than read: `code`, options (--plain),
/// settings and JSON keys (high_contrast, event.languages), environment variables and
/// acronyms (LC_ALL, UTF-8), and the subcommand after "convene".
fn literal_free(value: &str) -> String {
    let mut out = Vec::new();
    let mut after_convene = false;
    for (i, part) in value.split('`').enumerate() {
        if i % 2 == 1 {
            continue;
        }
        for token in part.split_whitespace() {
            let word = token.trim_matches(|c: char| !c.is_alphanumeric());
            let literal = after_convene
                || token.starts_with('-')
                || token.contains(['_', '=', '$', '.', '/'])
                || (word.len() > 1 && word.chars().all(|c| !c.is_lowercase()));
            after_convene = word == "convene";
            if !literal {
                out.push(token);
            }
        }
    }
    out.join(" ")
}

#[test]
fn every_russian_message_is_russian() {
    for (lang, file, text) in RESOURCES {
        if *lang != Lang::Ru {
            continue;
        }
        let words = message_words(text);
        let english = english_words(&words);
        assert!(english.is_empty(), "locales/ru/{file} has English words: {english:?}");
    }
}
