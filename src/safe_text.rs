//! Text that came from a file or a person, made safe to show on a terminal and to write
//! into a report: the one place that decides which characters convene never passes on.
//!
//! Used where text comes in (typed or pasted notes and inputs, agenda files) and again at
//! every edge where it goes out (command-line output, error messages, the Markdown and
//! DOCX drafts), so a session recorded before these rules, or a hand-edited file, is safe
//! too. What is removed and why is in docs/text-safety.md:
//!
//! - escape sequences, removed whole (CSI `ESC [ … final`, OSC `ESC ] … BEL` or `… ESC \`,
//!   DCS / SOS / PM / APC strings, two-byte and `ESC intermediate final` sequences, and
//!   their one-character C1 forms such as U+009B and U+009D): a note keeps none of their
//!   payload ("]0;PWN", "[2J");
//! - every other control character (C0, DEL, C1), and U+FFFE / U+FFFF, which XML cannot
//!   hold; a line feed and a tab are kept in multi-line text, and a carriage return, a
//!   vertical tab, a form feed and U+2028 / U+2029 become a line feed (Word writes a
//!   manual line break as a vertical tab);
//! - bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
//!   which can make a report read differently from what was typed ("Trojan Source");
//! - zero-width characters that hide inside words (U+200B, U+2060–U+2064, U+FEFF). The
//!   zero-width non-joiner and joiner (U+200C, U+200D) stay: Persian-script text and
//!   emoji need them; so do the left-to-right and right-to-left marks (U+200E, U+200F,
//!   U+061C), which only place punctuation and cannot reorder text.
//!
//! Pure; text without any of these is returned borrowed, at the cost of one scan.

use std::borrow::Cow;
use std::iter::Peekable;
use std::str::Chars;

const ESC: char = '\u{1b}';
/// The C1 string terminator, and the C1 forms of CSI and of the string introducers.
const ST: char = '\u{9c}';
const CSI: char = '\u{9b}';

/// Multi-line text (a note, a case study, a message that quotes a file): line feeds and
/// tabs kept, everything in the module docs removed or mapped.
pub fn text(s: &str) -> Cow<'_, str> {
    clean(s, Breaks::Keep)
}

/// One line (a title, a name, a table cell, a one-line input): as [`text`], and line
/// breaks and tabs become spaces.
pub fn line(s: &str) -> Cow<'_, str> {
    clean(s, Breaks::Space)
}

/// Replaces `s` by its [`text`] form, allocating only when something changes.
pub fn text_in_place(s: &mut String) {
    if let Cow::Owned(clean) = text(s) {
        *s = clean;
    }
}

/// Replaces `s` by its [`line`] form, allocating only when something changes.
pub fn line_in_place(s: &mut String) {
    if let Cow::Owned(clean) = line(s) {
        *s = clean;
    }
}

/// JSON text with every character [`text`] would remove or map written as a `\uXXXX`
/// escape: the same data (a faithful record keeps every character), but nothing in it acts
/// on a terminal. Only for JSON, where such characters can stand only inside strings; its
/// own line feeds, tabs and carriage returns are whitespace and stay.
pub fn json_escaped(json: &str) -> Cow<'_, str> {
    let escape = |c: char| unsafe_char(c) && !matches!(c, '\n' | '\t' | '\r');
    if !json.chars().any(escape) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` with every character [`text`] would remove or map (a tab aside) shown as a JSON
/// escape (`\u001b`), for a message that quotes a file: the reader sees what is there and
/// can search the file for it, and the terminal is not touched by it.
pub fn visible(s: &str) -> Cow<'_, str> {
    let escape = |c: char| unsafe_char(c) && c != '\t';
    if !s.chars().any(escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The characters of `s` that [`text`] removes or maps, each once, in order of first
/// appearance: for a warning that says what will happen to a file's text. Line feeds,
/// tabs and carriage returns are ordinary in multi-line text and are not listed.
pub fn flagged(s: &str) -> Vec<char> {
    let mut out = Vec::new();
    let listed = |c: char| !matches!(c, '\n' | '\t' | '\r') && unsafe_char(c);
    if !any_char(s, may_start_unsafe, listed) {
        return out;
    }
    for c in s.chars() {
        if listed(c) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// "U+001B (escape: removed with its sequence)": a flagged character named for a person.
pub fn describe(c: char) -> String {
    let what = match c {
        ESC => "escape: removed with its sequence",
        CSI | '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => {
            "escape sequence introducer: removed with its sequence"
        }
        '\u{0}' => "null: removed",
        '\u{7}' => "bell: removed",
        '\u{8}' => "backspace: removed",
        '\u{b}' => "vertical tab: becomes a line break",
        '\u{c}' => "form feed: becomes a line break",
        '\u{2028}' | '\u{2029}' => "line or paragraph separator: becomes a line break",
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => "bidirectional control: removed",
        '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{feff}' => "zero-width character: removed",
        '\u{fffe}' | '\u{ffff}' => "not a character: removed",
        _ => "control character: removed",
    };
    format!("U+{:04X} ({what})", u32::from(c))
}

/// True for a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// True for an invisible character that may hide inside a word (not U+200C / U+200D).
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// True when [`text`] would remove or map `c` (line feeds and tabs aside).
fn unsafe_char(c: char) -> bool {
    c.is_control() // C0, DEL and C1
        || is_bidi_control(c)
        || is_zero_width(c)
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Breaks {
    Keep,
    Space,
}

/// True for a byte that may begin a character [`text`] acts on: an ASCII control or DEL,
/// or the first byte of a C1 control (0xC2), of the separators, bidirectional controls and
/// zero-width characters (0xE2), or of U+FEFF, U+FFFE, U+FFFF (0xEF). Looking at bytes
/// first keeps clean text (nearly all of it) at the cost of a byte scan.
fn may_start_unsafe(b: u8) -> bool {
    b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2 || b == 0xef
}

/// Whether a character of `s` that starts with a `suspect` byte is `wanted`: one pass over
/// the bytes, decoding only where a suspect byte starts a character (every byte
/// [`may_start_unsafe`] accepts is ASCII or a lead byte, so always a character boundary).
fn any_char(s: &str, suspect: impl Fn(u8) -> bool, wanted: impl Fn(char) -> bool) -> bool {
    s.bytes()
        .enumerate()
        .filter(|&(_, b)| suspect(b))
        .any(|(i, _)| s.get(i..).and_then(|rest| rest.chars().next()).is_some_and(&wanted))
}

fn clean(s: &str, breaks: Breaks) -> Cow<'_, str> {
    let keep = breaks == Breaks::Keep;
    let suspect = |b: u8| may_start_unsafe(b) && !(keep && (b == b'\n' || b == b'\t'));
    let needs_work = |c: char| match c {
        '\n' | '\t' => !keep,
        c => unsafe_char(c),
    };
    if !any_char(s, suspect, needs_work) {
        return Cow::Borrowed(s);
    }
    let line_break = if breaks == Breaks::Keep { '\n' } else { ' ' };
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ESC => skip_escape(&mut chars),
            CSI => skip_csi(&mut chars),
            // OSC, DCS, SOS, PM, APC in their one-character C1 forms.
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            // CR LF is one line break; a lone CR would let text overwrite a printed line.
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{2028}' | '\u{2029}' => out.push(line_break),
            '\t' => out.push(if breaks == Breaks::Keep { '\t' } else { ' ' }),
            c if unsafe_char(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// After an ESC: the rest of the sequence it starts.
fn skip_escape(chars: &mut Peekable<Chars<'_>>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        // OSC, DCS, SOS, PM, APC: a string up to its terminator.
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // ESC, intermediates (SP to /), then one final character ("ESC ( B", "ESC # 8",
        // "ESC c").
        Some('\u{20}'..='\u{7e}') => {
            while chars.next_if(|c| matches!(c, '\u{20}'..='\u{2f}')).is_some() {}
            chars.next_if(|c| matches!(c, '\u{30}'..='\u{7e}'));
        }
        // A lone ESC (at the end, or before a letter of another script): only it goes.
        _ => {}
    }
}

/// After a CSI: parameters and intermediates, then the final character. A sequence broken
/// off by anything else ends there, and what follows is kept as text.
fn skip_csi(chars: &mut Peekable<Chars<'_>>) {
    while chars.next_if(|c| matches!(c, '\u{20}'..='\u{3f}')).is_some() {}
    chars.next_if(|c| matches!(c, '\u{40}'..='\u{7e}'));
}

/// After a string introducer: everything up to BEL, ST (ESC \ or U+009C), CAN or SUB.
/// A string never closed ends at the next line break (kept), so one stray introducer cannot
/// swallow the rest of a long note.
fn skip_string(chars: &mut Peekable<Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\n' => return,
            '\u{7}' | ST | '\u{18}' | '\u{1a}' => {
                chars.next();
                return;
            }
            ESC => {
                chars.next();
                // ESC \ is the terminator; any other ESC ends the string and starts a
                // sequence of its own, as a terminal reads it.
                if chars.next_if_eq(&'\\').is_none() {
                    skip_escape(chars);
                }
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole() {
        // Title change, screen clear, cursor-position request, colour, charset, reset.
        let hostile = "a\u{1b}]0;PWN\u{7}b\u{1b}[2Jc\u{1b}[6nd\u{1b}[1;31me\u{1b}(Bf\u{1b}cg";
        assert_eq!(text(hostile), "abcdefg");
        // OSC 8 hyperlink closed with ESC \, a DCS, an APC.
        assert_eq!(text("\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\"), "link");
        assert_eq!(text("x\u{1b}P1;2|secret\u{1b}\\y\u{1b}_apc\u{7}z"), "xyz");
        // The C1 forms of CSI and OSC.
        assert_eq!(text("a\u{9b}2Jb\u{9d}0;PWN\u{9c}c"), "abc");
        // Private CSI with intermediates, and DECALN (ESC # 8).
        assert_eq!(text("a\u{1b}[?1049hb\u{1b}[1 qc\u{1b}#8d"), "abcd");
    }

    #[test]
    fn broken_sequences_lose_only_what_a_terminal_would_read() {
        assert_eq!(text("end\u{1b}"), "end");
        assert_eq!(text("a\u{1b}[12"), "a", "an unfinished CSI at the end");
        assert_eq!(text("a\u{1b}[1Жb"), "aЖb", "a CSI broken off by a letter keeps the letter");
        assert_eq!(text("a\u{1b}]0;never closed\nsecond line"), "a\nsecond line");
        assert_eq!(text("a\u{1b}]0;t\u{1b}[2Jb"), "ab", "ESC inside a string starts a new sequence");
        assert_eq!(text("\u{1b}Ж"), "Ж");
    }

    #[test]
    fn line_breaks_and_tabs_are_kept_in_text_and_spaced_in_a_line() {
        assert_eq!(text("one\ntwo\tthree\r\nfour\rfive"), "one\ntwo\tthree\nfour\nfive");
        assert_eq!(text("Word\u{b}break\u{c}page\u{2028}sep"), "Word\nbreak\npage\nsep");
        assert_eq!(line("one\ntwo\tthree\r\nfour\u{b}five"), "one two three four five");
        assert_eq!(text("nul\u{0}bel\u{7}del\u{7f}c1\u{85}"), "nulbeldelc1");
    }

    #[test]
    fn bidi_controls_and_zero_width_characters_go_joiners_stay() {
        // "Trojan Source": an override that makes the text read backwards.
        assert_eq!(text("access\u{202e}nimda\u{202c} level"), "accessnimda level");
        assert_eq!(text("\u{2067}isolate\u{2069}"), "isolate");
        assert_eq!(text("Ива\u{200b}нов\u{2060}\u{feff}"), "Иванов");
        // Persian "می‌خواهم" needs its zero-width non-joiner; an emoji family its joiners.
        assert_eq!(text("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(text("👩\u{200d}👧"), "👩\u{200d}👧");
        assert_eq!(text("abc \u{200f}(1)"), "abc \u{200f}(1)", "a right-to-left mark stays");
        assert_eq!(text("x\u{fffe}\u{ffff}y"), "xy");
    }

    #[test]
    fn the_byte_prefilter_misses_no_character() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32).filter(|&c| unsafe_char(c)) {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(may_start_unsafe(first), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn clean_text_is_borrowed_and_unchanged() {
        for s in ["Безопасность и права человека", "Ҳуқуқи инсон\nline two\ttab", "信任是双向的", ""]
        {
            assert!(matches!(text(s), Cow::Borrowed(_)), "{s}");
            assert_eq!(text(s), s);
        }
        assert!(matches!(line("one line"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_keeps_every_character_as_an_escape() {
        let json = "{\n  \"t\": \"a\u{9b}2J\u{202e}b\\u001b\"\n}";
        let escaped = json_escaped(json);
        assert_eq!(escaped, "{\n  \"t\": \"a\\u009b2J\\u202eb\\u001b\"\n}");
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        let original: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(back, original);
    }

    #[test]
    fn visible_shows_what_is_there_as_json_escapes() {
        assert_eq!(visible("da\u{1b}[2Jys\u{202e}\n\tx"), "da\\u001b[2Jys\\u202e\\u000a\tx");
        assert!(matches!(visible("days"), Cow::Borrowed(_)));
    }

    #[test]
    fn flagged_lists_each_character_once() {
        let s = "a\u{1b}[2J\u{1b}b\u{b}\n\t\r\u{202e}";
        assert_eq!(flagged(s), vec!['\u{1b}', '\u{b}', '\u{202e}']);
        assert_eq!(describe('\u{b}'), "U+000B (vertical tab: becomes a line break)");
        assert!(flagged("Ҳуқуқи инсон\r\n").is_empty());
    }
}
