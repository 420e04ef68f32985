//! Captured text survives the Markdown draft (issue 17): notes typed with every character
//! Markdown gives a meaning to — list markers at a line's start, emphasis, links, footnote
//! and citation marks, entities, math, sub- and superscripts, table pipes, control
//! characters, Cyrillic — go through the real export, then through pandoc's Markdown
//! reader to plain text, and come back as they were typed.
//!
//! What is compared, and why only that: runs of whitespace, which Markdown defines as one
//! space (a line break in a note is a soft break); what convene itself cleans on capture
//! and export (control characters and NFC, [`convene::capture::clean`], and the spaces
//! around each line of a note); and pandoc's smart typography, which convene leaves on by
//! choice (straight quotes to curly ones, `--` and `---` to dashes, `...` to an ellipsis,
//! a no-break space after "p." or "Dr.": see src/export/markdown/escape.rs). Every other
//! character must come back.

use std::process::Command;

use proptest::prelude::*;
use proptest::sample::select;

use convene::export::document::{Block, Epigraph, FORMAT_VERSION, ListStyle, Point, Report};
use convene::export::{self, Format, Options, Profile};
use convene::session::testkit::{Scribe, roundtable, roundtable_morning};
use convene::session::{EntryKind, Event, Session};

const ITEM: &str = "d1-plenary-questions";
/// Notes around the generated ones, so they are found in the draft whatever comes
/// before and after them.
const BEGIN: &str = "Zqxbegin sentinel note";
const END: &str = "Zqxend sentinel note";

/// Whether pandoc is installed; when it is not, says so, once per test (a property test
/// asks for every case).
fn pandoc_installed(test: &str) -> bool {
    static INSTALLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let installed = *INSTALLED
        .get_or_init(|| Command::new("pandoc").arg("--version").output().is_ok_and(|o| o.status.success()));
    let mut said = SAID.lock().unwrap();
    if !installed && !said.iter().any(|t| t == test) {
        said.push(test.to_string());
        println!("SKIP: pandoc is not installed: the Markdown round trip ({test}) was not run");
        eprintln!("SKIP: pandoc is not installed: the Markdown round trip ({test}) was not run");
    }
    installed
}

/// A session of the 2009 roundtable with `notes` taken as discussion points under one
/// item, between the two sentinel notes.
fn session_with(notes: &[String]) -> Session {
    let mut scribe = Scribe::new("rapporteur-laptop", roundtable_morning());
    let mut records = vec![scribe.start(&roundtable())];
    scribe.advance(60);
    records.push(scribe.record(Event::ItemStarted { item: ITEM.to_string() }));
    for note in std::iter::once(BEGIN).chain(notes.iter().map(String::as_str)).chain([END]) {
        scribe.advance(30);
        // Cleaned as the capture pane cleans what is typed.
        records
            .push(scribe.capture(EntryKind::DiscussionPoint, &convene::capture::clean(note), Some(ITEM)).1);
    }
    let mut session = Session::start(&records[0]).unwrap();
    for r in &records[1..] {
        session.apply(r);
    }
    session
}

fn to_plain(markdown: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("draft.md");
    std::fs::write(&file, markdown).unwrap();
    let out = Command::new("pandoc")
        .args(["-f", "markdown", "-t", "plain", "--wrap=none"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The items of the bullet list between the sentinels, as pandoc's plain text gives them
/// ("-   " before each item, its further lines indented).
fn items_between_sentinels(plain: &str) -> Option<Vec<String>> {
    let mut items: Vec<String> = Vec::new();
    let mut inside = false;
    for line in plain.lines() {
        let item = line.strip_prefix("-   ");
        if item == Some(BEGIN) {
            inside = true;
            continue;
        }
        if item == Some(END) {
            return inside.then_some(items);
        }
        if !inside {
            continue;
        }
        match (item, items.last_mut()) {
            (Some(text), _) => items.push(text.to_string()),
            (None, Some(last)) => {
                last.push('\n');
                last.push_str(line);
            }
            (None, None) => items.push(line.to_string()),
        }
    }
    None
}

/// The abbreviations after which pandoc's smart typography puts a no-break space (its
/// data file `abbreviations`).
const ABBREVIATIONS: &str = "aet. aetat. al. Apr. Aug. bk. Bros. c. Capt. cf. ch. chap. chs. Co. col. Corp. \
    cp. d. Dec. Dr. e.g. ed. eds. esp. f. fasc. Feb. ff. fig. fl. fol. fols. Fr. Gen. Gov. Hon. i.e. ill. Inc. \
    incl. Jan. Jr. Jul. Jun. Ltd. M.A. M.D. Mar. Mr. Mrs. Ms. n. n.b. nn. No. Nov. Oct. p. Ph.D. pp. Pres. \
    Prof. pt. q.v. Rep. Rev. s.v. s.vv. saec. sec. Sen. Sep. Sept. Sgt. Sr. St. univ. viz. vol. vs.";

/// The Markdown from the first sentinel note to the last, for a failure's message.
fn between_sentinels(markdown: &str) -> &str {
    let start = markdown.find(BEGIN).unwrap_or(0);
    let end = markdown.find(END).map_or(markdown.len(), |e| e + END.len());
    &markdown[start..end.max(start)]
}

/// Runs of Markdown whitespace as one space, none at the ends; pandoc's smart
/// typography undone.
fn normalised(text: &str) -> String {
    let mut text = text.to_string();
    for abbreviation in ABBREVIATIONS.split_whitespace() {
        text = text.replace(&format!("{abbreviation}\u{a0}"), &format!("{abbreviation} "));
    }
    let words: Vec<&str> = text.split([' ', '\t', '\n']).filter(|w| !w.is_empty()).collect();
    words
        .join(" ")
        .replace('…', "...")
        .replace('—', "---")
        .replace('–', "--")
        .replace(['“', '”'], "\"")
        .replace(['‘', '’'], "'")
}

/// A note as the draft should give it back: cleaned as convene cleans captured text
/// ([`convene::capture::clean`]: [`convene::safe_text::text`], then NFC), each line
/// trimmed (as a point is), then [`normalised`].
fn expected(note: &str) -> String {
    let clean = convene::capture::clean(note);
    let lines: Vec<&str> = clean.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
    normalised(&lines.join("\n"))
}

/// Words a note is made of: Latin, Cyrillic, numbers, an abbreviation.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "police", "trust", "community", "OSCE", "Dushanbe", "Article", "15", "2009", "etc.", "e.g.", "U.S.",
    "полиция", "доверие", "экстремизм", "Назаров", "Ҷумҳурии", "тоҷикистон", "x", "I", "iv", "mix", "A", "B",
    "é", "ﬁ",
];

/// What Markdown gives a meaning to, alone and in the sequences that make markup.
#[rustfmt::skip]
const SPECIALS: &[&str] = &[
    "\\", "*", "_", "`", "[", "]", "<", ">", "|", "#", "&", "~", "^", "$", "@", ":", "=", "-", "+", ".", "(",
    ")", "{", "}", "!", "\"", "'", "%", ";", ",", "?", "/", "&amp;", "&#35;", "&#x41;", "&copy;", "&foo;",
    "AT&T", "[^1]", "^[note]", "~~", "~sub~", "^sup^", "--", "---", "...", ". . .", "$x$", "$5", "US$ 5", "$$",
    "@smith", "a@b.org", "(@good)", "[@smith, p. 3]", "<b>", "</b>", "<!--", "-->", "<http://x.org>", "**",
    "__", "```", "~~~", "\\*", "\\\\", "{#id}", "{.class}", "![x](y.png)", "[x](y)", "[x]: y", "[ ]",
    "https://example.org/a_b*c", ":::", "C#", "a > b", "1.", "2)", "(iv)", "«", "»", "„", "“", "”", "‘", "’",
    "–", "—", "…", "\u{a0}", "\u{3000}", "\u{200d}", "\u{301}", "\" ", " \"", "' ", " '", "'s", "s'", "\"'",
    "'\"", "“ ", " ”", "‘ ", " ’",
];

/// What starts a block when it starts a line.
#[rustfmt::skip]
const MARKERS: &[&str] = &[
    "1. ", "1) ", "(1) ", "a. ", "a) ", "(a) ", "iv. ", "IV) ", "(iv) ", "#. ", "#) ", "(@) ", "@. ", "(@ex) ",
    "2009. ", "A.  ", "A.\t", "B. ", "I. ", "II. ", "- ", "+ ", "* ", "-\t", "> ", ">", "# ", "## ", "#", ": ",
    "~ ", ":", "Table: ", "table:", "| ", "|", "---", "===", "=", "-", "+", "- - -", "* * *", "___", "+---+",
    "+===", "    ", "\t", "[ ] ", "[x] ", "[X]\t", "[^1]: ", "[a]: ", "%", "<div>", "::: ", "```", "~~~", "$$",
    "\\", "1.", "A.", "(1)", "-- ", "---\ntitle: x\n---", "<!-- ", "\"", "'",
];

/// Control and layout characters convene cleans (a vertical tab and U+2028 become line
/// breaks, an escape sequence goes whole).
#[rustfmt::skip]
const CLEANED: &[&str] = &[
    "\n", "\n\n", "\r\n", "\t", "  ", "\u{b}", "\u{c}", "\u{2028}", "\u{2029}", "\u{1b}[2J",
    "\u{1b}]0;t\u{7}", "\u{7}", "\u{0}", "\u{7f}", "\u{202e}", "\u{200b}", "\u{feff}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => select(WORDS).prop_map(str::to_string),
        4 => select(SPECIALS).prop_map(str::to_string),
        2 => select(MARKERS).prop_map(|m| format!("\n{m}")),
        2 => select(CLEANED).prop_map(str::to_string),
        3 => Just(" ".to_string()),
        1 => any::<char>().prop_map(String::from),
        1 => "\\PC{1,6}",
    ]
}

/// A note: perhaps a line's start marker, then pieces. A note that cleaning would leave
/// empty gets a word, as an empty note is never captured.
fn note() -> impl Strategy<Value = String> {
    (prop::option::of(select(MARKERS)), prop::collection::vec(piece(), 0..14)).prop_map(|(marker, pieces)| {
        let mut note = format!("{}{}", marker.unwrap_or(""), pieces.concat());
        if expected(&note).is_empty() {
            note.push_str("police");
        }
        note
    })
}

fn round_trip(notes: &[String]) -> Result<(), TestCaseError> {
    let options = Options { profile: Profile::Internal, ..Options::default() };
    let markdown = export::render(&session_with(notes), Format::Markdown, options).unwrap();
    let plain = to_plain(&markdown);
    let md = String::from_utf8_lossy(&markdown);
    let Some(items) = items_between_sentinels(&plain) else {
        return Err(TestCaseError::fail(format!(
            "the sentinel notes are not list items:\n{plain}\n---\n{md}"
        )));
    };
    let back: Vec<String> = items.iter().map(|i| normalised(i)).collect();
    let typed: Vec<String> = notes.iter().map(|n| expected(n)).collect();
    let wrong: Vec<String> = typed
        .iter()
        .zip(&back)
        .zip(notes)
        .filter(|((t, b), _)| t != b)
        .map(|((t, b), n)| format!("typed {n:?}\n expected {t:?}\n came back {b:?}"))
        .collect();
    prop_assert!(
        wrong.is_empty() && back.len() == typed.len(),
        "{} of {} notes changed ({} came back):\n{}\nthe notes in the Markdown:\n{}",
        wrong.len(),
        typed.len(),
        back.len(),
        wrong.join("\n"),
        between_sentinels(&md)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn notes_survive_markdown_and_pandoc(notes in prop::collection::vec(note(), 1..7)) {
        if !pandoc_installed("notes") {
            return Ok(());
        }
        round_trip(&notes)?;
    }
}

/// Every marker and every special sequence at least once, at a note's start and in its
/// middle, whatever the random cases drew.
#[test]
fn every_marker_and_special_survives() {
    if !pandoc_installed("markers and specials") {
        return;
    }
    let mut notes: Vec<String> = Vec::new();
    for m in MARKERS {
        notes.push(format!("{m}police"));
        notes.push(format!("police\n{m}trust"));
    }
    for s in SPECIALS {
        notes.push(format!("{s}police {s} trust{s}"));
    }
    for c in CLEANED {
        notes.push(format!("police{c}- trust{c}"));
    }
    round_trip(&notes).unwrap();
}

/// A text of several lines, as a paragraph, a disclaimer or a footnote may hold.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(note(), 1..4).prop_map(|lines| lines.join("\n"))
}

/// A text as the draft shows it: cleaned as the export cleans it
/// ([`convene::safe_text::text`]: the report's own texts are not captured notes), then
/// [`normalised`].
fn shown(text: &str) -> String {
    normalised(&convene::safe_text::text(text))
}

/// The hand-built report's sentinel paragraphs, which the plain text is cut at.
fn sentinel(k: usize) -> String {
    format!("Zqxsentinel{k}")
}

/// A report with every kind of text the renderer writes besides points: a disclaimer,
/// an epigraph and its source, a heading, a paragraph, a lead and its text, a
/// placeholder, a note to the drafter, a footnote; each after a sentinel paragraph.
fn report_of_texts(t: &[String; 10]) -> Report {
    let para = |text: String| Block::Paragraph { text };
    let mut marker = Point::plain(sentinel(6));
    marker.footnotes = vec![1];
    Report {
        format_version: FORMAT_VERSION,
        profile: "internal",
        title: "Zqx title".into(),
        subtitle: None,
        dates: "Zqxdates".into(),
        venue: None,
        organisers: vec![],
        label: None,
        disclaimer: Some(t[0].clone()),
        epigraph: Some(Epigraph { text: t[1].clone(), source: Some(t[2].clone()) }),
        blocks: vec![
            para(sentinel(1)),
            Block::Heading { level: 2, text: t[3].clone() },
            para(sentinel(2)),
            para(t[4].clone()),
            para(sentinel(3)),
            Block::Lead { lead: t[5].clone(), text: t[6].clone() },
            para(sentinel(4)),
            Block::Placeholder { text: t[7].clone() },
            para(sentinel(5)),
            Block::DrafterNote { text: t[8].clone() },
            Block::Points { style: ListStyle::Paragraphs, points: vec![marker] },
        ],
        footnotes: vec![t[9].clone()],
        lang: convene::i18n::Lang::En,
    }
}

/// The plain text between the line `from` and the line `to`.
fn cut<'a>(plain: &'a str, from: &str, to: &str) -> Option<&'a str> {
    let start = plain.find(&format!("{from}\n"))? + from.len() + 1;
    let end = plain[start..].find(&format!("\n{to}"))? + start;
    Some(&plain[start..end])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// Every text of a report, not only its points, comes back through pandoc.
    #[test]
    fn every_kind_of_text_survives_markdown_and_pandoc(
        texts in prop::collection::vec(text(), 10).prop_map(|t| <[String; 10]>::try_from(t).unwrap())
    ) {
        if !pandoc_installed("every kind of text") {
            return Ok(());
        }
        let report = report_of_texts(&texts);
        let markdown = export::markdown::render(&report);
        let plain = to_plain(markdown.as_bytes());
        let front_note = export::document::front_note(&report);
        // Titles, headings, a lead and a source are one line (line breaks as spaces).
        let one_line = |t: &str| convene::safe_text::line(t).into_owned();
        let cases = [
            // The disclaimer, the epigraph and its source, between the dates and the note.
            (
                "Zqxdates".to_string(),
                // A block quote in plain text: indented.
                format!("  {}", front_note.split(' ').take(3).collect::<Vec<_>>().join(" ")),
                format!("{}\n{}\n— {}", texts[0], texts[1], one_line(&texts[2])),
            ),
            (sentinel(1), sentinel(2), one_line(&texts[3])),
            (sentinel(2), sentinel(3), texts[4].clone()),
            (sentinel(3), sentinel(4), format!("{} {}", one_line(&texts[5]), texts[6])),
            (sentinel(4), sentinel(5), texts[7].clone()),
            (sentinel(5), sentinel(6), format!("Note to the drafter: {}", texts[8])),
        ];
        for (from, to, typed) in cases {
            let back = cut(&plain, &from, &to);
            prop_assert!(back.is_some(), "{from} .. {to} not found in\n{plain}\n---\n{markdown}");
            let back = normalised(back.unwrap_or_default());
            prop_assert_eq!(&back, &shown(&typed), "{} .. {}:\n{}", from, to, markdown);
        }
        let note = plain.rsplit("\n[1] ").next().unwrap_or_default();
        prop_assert_eq!(normalised(note), shown(&texts[9]), "{}", markdown);
    }
}
