//! Captured text made to stay text in pandoc's Markdown: a backslash before each character
//! that pandoc would otherwise read as markup, and only there, so the draft stays readable
//! ("1." in the middle of a sentence, "C#", "a > b", "AT&T" and e-mail addresses are left
//! as they were typed). Pandoc reads a backslash before any punctuation as that character,
//! literally (its `all_symbols_escapable`).
//!
//! Smart typography is left to pandoc on purpose: straight quotes become curly ones, `--`
//! and `---` dashes, `...` an ellipsis, and a no-break space follows "p." or "Dr.". That is
//! how the report is printed (the reference report sets “violent extremism” and person’s),
//! the words do not change, and the drafter's own paragraphs in the same file are set that
//! way too: escaping every apostrophe of the captured points (`country\'s`) would make the
//! Markdown hard to read and give the printed report two kinds of quotes. Only where smart
//! typography would lose a character is it escaped: pandoc sets a quotation tight against
//! its words, so a space just inside it would go (`"police "` → “police”), and it reads
//! a spaced ". . ." as an ellipsis, which would lose the spaces. The round-trip
//! test (tests/markdown_escape.rs) compares text modulo these substitutions, and nothing
//! else.

/// The texts of one block of Markdown (a paragraph, a list item, a heading, a table cell)
/// and convene's own markup around them, written in order: whether a quotation mark opens
/// or closes a quotation depends on what came before it in the block.
#[derive(Debug, Default)]
pub struct Inline {
    out: String,
    /// The last character written (markup included), an escaping backslash aside.
    prev: Option<char>,
    /// The quotations pandoc may have open here, innermost last. Kept generous: a
    /// quotation pandoc would not open (it finds no end for it) is still listed, as
    /// escaping too many quotation marks loses nothing.
    quotes: Vec<Open>,
    /// Quotation marks written so far inside a [`Self::wrapped`] text, and those of them
    /// to escape because their quotation would not end inside it.
    marks: usize,
    escaped_marks: Vec<usize>,
}

/// An open quotation, which quotation mark opened it, and whether pandoc surely reads
/// that mark as opening it (rather than as an apostrophe after a word, as it may after a
/// letter Rust knows and pandoc may not, or after a full stop).
#[derive(Debug, Clone, Copy)]
struct Open {
    kind: Quote,
    mark: usize,
    sure: bool,
    /// Where the output stood right after the mark: a quotation holds something.
    after: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    Double,
    Single,
}

impl Inline {
    pub fn new() -> Inline {
        Inline::default()
    }

    /// convene's own markup ("- ", "**", a footnote marker, " ("), written as it is.
    pub fn markup(&mut self, markup: &str) -> &mut Inline {
        self.out.push_str(markup);
        if let Some(last) = markup.chars().last() {
            self.prev = Some(last);
        }
        self
    }

    /// Text inside a line, after other text: a sentence's middle, a table cell, what
    /// follows a bold lead. One line: its spaces and tabs at either end are dropped.
    pub fn text(&mut self, text: &str) -> &mut Inline {
        self.push(text.trim_matches(MARKDOWN_SPACE), None, false);
        self
    }

    /// One line at the start of a line (a point, a line of a paragraph or a footnote):
    /// [`Self::text`], and escaped where pandoc would start a block: a list marker, a
    /// quote, a heading, a rule, a table, a definition, a caption. Its spaces and tabs at
    /// either end are dropped (at the start four of them make code, at the end two a hard
    /// break).
    pub fn line(&mut self, line: &str) -> &mut Inline {
        let line = line.trim_matches(MARKDOWN_SPACE);
        if let Some((task, rest)) = task_box(line) {
            return self.markup(task).text(rest);
        }
        self.push(line, block_marker(line), false);
        self
    }

    /// The lines of a multi-line text, each a [`Self::line`], the second and later ones
    /// after `newline` ("\n", or "\n> " in a block quote). Blank lines are left out: in a
    /// list item, a footnote or a quote a blank line would end it.
    pub fn lines(&mut self, text: &str, newline: &str) -> &mut Inline {
        for (i, line) in text.split('\n').filter(|l| !blank(l)).enumerate() {
            if i > 0 {
                self.markup(newline);
            }
            self.line(line);
        }
        self
    }

    /// A multi-line text that goes on a line already begun (after a bold lead): its first
    /// line as [`Self::text`], the others as [`Self::lines`] writes them.
    pub fn continued(&mut self, text: &str, newline: &str) -> &mut Inline {
        let mut lines = text.split('\n').filter(|l| !blank(l));
        if let Some(first) = lines.next() {
            self.text(first);
        }
        for line in lines {
            self.markup(newline).line(line);
        }
        self
    }

    /// The text of a heading (one line): [`Self::text`], and every `#` and `{`, which at
    /// the end of a heading would be read as its closing hashes or its attributes.
    pub fn heading(&mut self, text: &str) -> &mut Inline {
        self.push(text.trim_matches(MARKDOWN_SPACE), None, true);
        self
    }

    /// What `inner` writes, between the markup `open` and `close` of an emphasis: a
    /// quotation that would not end inside it has its opening mark escaped, as pandoc
    /// would otherwise read the quotation on, past the emphasis's end (and lose it). The
    /// quotations around it neither end nor begin inside it.
    pub fn wrapped(&mut self, open: &str, close: &str, inner: impl Fn(&mut Inline)) -> &mut Inline {
        self.markup(open);
        let (start, prev) = (self.out.len(), self.prev);
        let outer = (std::mem::take(&mut self.quotes), self.marks, std::mem::take(&mut self.escaped_marks));
        loop {
            self.out.truncate(start);
            (self.prev, self.marks) = (prev, 0);
            self.quotes.clear();
            inner(self);
            if self.quotes.is_empty() {
                break;
            }
            // Each pass escapes at least one more mark: it ends.
            let open: Vec<usize> = self.quotes.iter().map(|q| q.mark).collect();
            self.escaped_marks.extend(open);
        }
        (self.quotes, self.marks, self.escaped_marks) = outer;
        self.markup(close)
    }

    /// `text` as [`Self::text`] writes it, [`Self::wrapped`] in `open` and `close`.
    pub fn wrapped_text(&mut self, open: &str, close: &str, text: &str) -> &mut Inline {
        self.wrapped(open, close, |s| {
            s.text(text);
        })
    }

    /// `text` as [`Self::lines`] writes it, [`Self::wrapped`] in `open` and `close`.
    pub fn wrapped_lines(&mut self, open: &str, close: &str, text: &str, newline: &str) -> &mut Inline {
        self.wrapped(open, close, |s| {
            s.lines(text, newline);
        })
    }

    pub fn finish(&mut self) -> String {
        self.prev = None;
        self.quotes.clear();
        (self.marks, self.escaped_marks) = (0, Vec::new());
        std::mem::take(&mut self.out)
    }

    /// `text`, escaped; `marker`: the offset of a character that starts a block there.
    fn push(&mut self, text: &str, marker: Option<usize>, heading: bool) {
        // Characters that can never need a backslash are copied a run at a time: most of
        // a note is letters and spaces.
        let mut plain_from = 0;
        let mut chars = text.char_indices();
        while let Some((i, c)) = chars.next() {
            if Some(i) != marker && !c.is_ascii_punctuation() && !matches!(c, '“' | '”' | '‘' | '’') {
                continue;
            }
            if plain_from < i {
                let run = &text[plain_from..i];
                self.out.push_str(run);
                self.prev = run.chars().next_back();
            }
            plain_from = i + c.len_utf8();
            let rest = &text[plain_from..];
            let next = rest.chars().next();
            let escape = Some(i) == marker
                || match c {
                    // Escapes, code, emphasis, links and notes (`[^`), line blocks and table
                    // cells, strikeout and subscript, superscript and inline notes.
                    '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '^' => true,
                    // HTML and autolinks.
                    '<' => {
                        if rest.starts_with("!--") {
                            // A comment's start is looked for in a list item's raw lines, before
                            // the backslash is read: its dashes are escaped too.
                            self.out.push_str("\\<!\\-");
                            chars.next();
                            chars.next();
                            plain_from += 2;
                            self.prev = Some('-');
                            continue;
                        }
                        true
                    }
                    // TeX math opens with a `$` that a non-space follows (and may close at
                    // the end of the text, before a footnote marker).
                    '$' => !next.is_some_and(is_markdown_space),
                    // A citation: `@` then a key (which may start with `*`, and convene's own
                    // markup may follow the text), unless a word precedes it (an address).
                    '@' => {
                        next.is_none_or(|n| n.is_alphanumeric() || matches!(n, '_' | '{' | '*'))
                            && !self.prev.is_some_and(|p| p.is_ascii_alphanumeric())
                    }
                    // An entity: `&amp;`, `&#35;`, `&#x41;` would become the character it names.
                    '&' => is_entity(rest),
                    '#' | '{' => heading,
                    // A spaced ellipsis (". . .") is read as one, wherever its first dot
                    // falls in a run of dots; "..." is, as typed, an ellipsis.
                    '.' => rest.starts_with(" . ."),
                    '"' | '“' | '”' | '\'' | '‘' | '’' => self.quote(c, next),
                    _ => false,
                };
            if escape {
                self.out.push('\\');
            }
            self.out.push(c);
            self.prev = Some(c);
        }
        if plain_from < text.len() {
            let run = &text[plain_from..];
            self.out.push_str(run);
            self.prev = run.chars().next_back();
        }
    }

    /// Whether the quotation mark `c`, followed by `next` (None: the end of this text),
    /// must be escaped, as pandoc's smart quotes read it: `"`, `“`, `'` or `‘` opens a
    /// quotation when no word is right before it and a non-space follows it; `"` or `”`
    /// closes one, and `'` or `’` when no word follows. Escaped: a
    /// mark that would close a quotation right after a space (the space would go), or
    /// open one before a line break (the same) or before what this text does not know.
    fn quote(&mut self, c: char, next: Option<char>) -> bool {
        let mark = self.marks;
        self.marks += 1;
        if self.escaped_marks.contains(&mark) {
            return true;
        }
        let (kind, opener, closer) = match c {
            '"' => (Quote::Double, true, true),
            '“' => (Quote::Double, true, false),
            '”' => (Quote::Double, false, true),
            '\'' => (Quote::Single, true, true),
            '‘' => (Quote::Single, true, false),
            _ => (Quote::Single, false, true),
        };
        // A single quote before a word is an apostrophe ("don't"), not a closing mark. What
        // pandoc counts as a letter follows the Unicode of its compiler, which may be older
        // than Rust's: a mark is taken to close if it may (to escape it), and to have closed
        // only if it surely did.
        let may_close = closer && (kind == Quote::Double || !next.is_some_and(|n| n.is_ascii_alphanumeric()));
        let closes = closer && (kind == Quote::Double || !next.is_some_and(char::is_alphanumeric));
        if may_close && self.quotes.iter().any(|q| q.kind == kind) {
            if self.prev.is_some_and(is_markdown_space) {
                return true;
            }
            // A quotation holds something: a mark right after its opening one is inside it.
            if self.quotes.last().is_some_and(|q| q.kind == kind && q.after == self.out.len()) {
                return false;
            }
            if closes && let Some(open) = self.quotes.pop_if(|q| q.kind == kind) {
                // It closes the quotation, and is left as it is. Had pandoc not opened that
                // quotation, it may open one here: listed, to be safe.
                if !open.sure && opener && !matches!(next, Some(' ' | '\t')) {
                    let after = self.out.len() + c.len_utf8();
                    self.quotes.push(Open { kind, mark, sure: false, after });
                }
                return false;
            }
        }
        // Pandoc opens a quotation only where no word ends right before it; its words are
        // letters and digits, and a full stop after them ("etc.'").
        let after_word = self.prev.is_some_and(|p| p.is_ascii_alphanumeric());
        if !opener || after_word {
            return false;
        }
        let sure = self.prev.is_none_or(|p| !p.is_alphanumeric() && p != '.');
        match next {
            Some(' ' | '\t') => false,
            Some('\n') | None => true,
            Some(_) => {
                let after = self.out.len() + c.len_utf8();
                self.quotes.push(Open { kind, mark, sure, after });
                false
            }
        }
    }
}

/// `text` escaped to sit inside a line: [`Inline::text`] on its own.
#[cfg(test)]
pub fn inline(text: &str) -> String {
    Inline::new().text(text).finish()
}

/// One line escaped as the start of a line: [`Inline::line`] on its own.
#[cfg(test)]
pub fn line_start(line: &str) -> String {
    Inline::new().line(line).finish()
}

/// What Markdown counts as space at a line's ends: spaces and tabs. A no-break space is
/// text.
const MARKDOWN_SPACE: [char; 2] = [' ', '\t'];

/// Only spaces and tabs, which Markdown does not count as text.
pub fn blank(line: &str) -> bool {
    line.trim_matches(MARKDOWN_SPACE).is_empty()
}

fn is_markdown_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n')
}

/// Whether `rest` (what follows a `&`) makes an HTML entity of it: a name or a number,
/// then `;`.
fn is_entity(rest: &str) -> bool {
    let Some((name, _)) = rest.split_once(';') else { return false };
    match name.strip_prefix('#') {
        Some(number) => match number.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()),
        },
        None => {
            name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric())
        }
    }
}

/// A task list's box at the start of a list item ("[ ] ", "[x] ") becomes a ballot box
/// (☐, ☒) however its brackets are escaped: pandoc looks for the box in the item's words,
/// after the markup is read. A space written as an entity (`&#32;`) is no word break, so
/// the box is not found, and the text reads the same. Returns the box so written, and
/// the rest of the line after its space.
fn task_box(line: &str) -> Option<(&'static str, &str)> {
    let (boxed, rest) = line.split_at_checked(3)?;
    let rest = rest.strip_prefix([' ', '\t'])?;
    let written = match boxed {
        "[ ]" => "\\[&#32;\\] ",
        "[x]" => "\\[x\\]&#32;",
        "[X]" => "\\[X\\]&#32;",
        _ => return None,
    };
    Some((written, rest))
}

/// Where in `line` (trimmed) a backslash stops pandoc from starting a block, if anywhere:
/// the byte offset of the character to escape (ASCII punctuation). Characters escaped everywhere (`*`, `|`,
/// `~`, `[`, `<`, backquotes…) are not looked for here.
fn block_marker(line: &str) -> Option<usize> {
    let mut chars = line.chars();
    let first = chars.next()?;
    let second = chars.next();
    match first {
        // A block quote, an ATX heading, a definition (or a fenced div, or a caption).
        '>' | '#' | ':' => return Some(0),
        // A bullet; `+-` and `+=` start a grid table.
        '-' | '+' if second.is_none_or(is_markdown_space) => return Some(0),
        '+' if matches!(second, Some('-' | '=' | ':')) => return Some(0),
        _ => {}
    }
    // A rule, a setext heading's underline, a YAML block or a simple table's dashes.
    let only = |mark: char| line.chars().all(|c| c == mark || c == ' ' || c == '\t');
    if only('-') || only('=') {
        return Some(0);
    }
    // A table's caption, before or after the table.
    if let Some(rest) = line.strip_prefix("Table").or_else(|| line.strip_prefix("table"))
        && rest.starts_with(':')
    {
        return Some(5);
    }
    ordered_marker(line)
}

/// An ordered list marker at the start of `line` as pandoc's fancy and example lists read
/// them: `1.`, `1)`, `(1)`, `a.`, `iv)`, `(IV)`, `#.`, `@.`, `(@)`, `(@label)`, followed by
/// a space, a tab or the end of the line. Where to escape it: the opening parenthesis, or
/// the delimiter. "B. Smith" is no marker (a single capital and a period need two spaces
/// after them), nor is "Dr. Smith".
fn ordered_marker(line: &str) -> Option<usize> {
    let (open, body) = match line.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let len = body.find(['.', ')']).filter(|&n| n > 0)?;
    let (marker, after) = body.split_at(len);
    let mut after = after.chars();
    let delimiter = after.next()?;
    if open && delimiter != ')' {
        return None;
    }
    let roman = |m: &str| m.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'));
    let label = |m: &str| m.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    let letter = marker.len() == 1 && marker.chars().all(|c| c.is_ascii_alphabetic());
    let is_marker = marker.chars().all(|c| c.is_ascii_digit())
        || marker == "#"
        || marker.strip_prefix('@').is_some_and(label)
        || letter
        || roman(marker)
        || (marker.chars().all(|c| c.is_ascii_uppercase()) && roman(&marker.to_ascii_lowercase()));
    if !is_marker {
        return None;
    }
    match after.next() {
        None | Some('\t') => {}
        Some(' ') => {
            // "B. Smith": pandoc wants two spaces after a capital letter and a period.
            let capital = letter && marker.chars().all(|c| c.is_ascii_uppercase());
            if capital && delimiter == '.' && !open && after.next().is_some_and(|c| !is_markdown_space(c)) {
                return None;
            }
        }
        Some(_) => return None,
    }
    Some(if open { 0 } else { len })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped_wherever_they_are() {
        assert_eq!(inline(r"a\b"), r"a\\b");
        assert_eq!(inline("*a* _b_ `c`"), r"\*a\* \_b\_ \`c\`");
        assert_eq!(inline("[link](x) [^1]"), r"\[link\](x) \[\^1\]");
        assert_eq!(inline("<b> <http://x.org>"), r"\<b> \<http://x.org>");
        assert_eq!(inline("a | b"), r"a \| b");
        assert_eq!(inline("~~gone~~ H~2~O"), r"\~\~gone\~\~ H\~2\~O");
        assert_eq!(inline("2^10^ ^[note]"), r"2\^10\^ \^\[note\]");
    }

    #[test]
    fn what_is_harmless_in_a_sentence_stays_as_typed() {
        for text in ["see item 1. then", "C# and F#", "a > b", "AT&T", "x = y - z + 1", "(1) and (a)", "50%"]
        {
            assert_eq!(inline(text), text);
        }
    }

    #[test]
    fn an_entity_is_escaped_only_when_it_names_a_character() {
        assert_eq!(inline("&amp; &#35; &#x41; &copy;"), r"\&amp; \&#35; \&#x41; \&copy;");
        assert_eq!(inline("AT&T & co; &#; &x y;"), "AT&T & co; &#; &x y;");
    }

    #[test]
    fn a_dollar_before_a_non_space_could_open_tex_math() {
        assert_eq!(inline("$x$ costs $5"), r"\$x$ costs \$5");
        assert_eq!(inline("US$ 5 and $ 6"), "US$ 5 and $ 6");
        // At the end of a text: a footnote marker may follow it.
        assert_eq!(inline("5$"), r"5\$");
    }

    #[test]
    fn a_citation_is_escaped_an_e_mail_address_is_not() {
        // (A word before `@` is known to be one only in ASCII: pandoc's letters may be
        // fewer than Rust's.)
        assert_eq!(inline("имя@x"), r"имя\@x");
        assert_eq!(inline("@smith (@good) @{key} @_x"), r"\@smith (\@good) \@{key} \@\_x");
        assert_eq!(inline("a@b.org, @ 5, x@"), "a@b.org, @ 5, x@");
        // At the end of a text: an italic's closing `*` may follow it (`@*` is a key).
        assert_eq!(inline("at @"), r"at \@");
    }

    #[test]
    fn an_html_comment_start_loses_its_dashes_too() {
        assert_eq!(inline("a <!-- b -->"), r"a \<!\-- b -->");
    }

    #[test]
    fn a_spaced_ellipsis_keeps_its_spaces_and_three_dots_become_one() {
        assert_eq!(inline("wait . . . and. . . . so"), r"wait \. . . and\. \. . . so");
        assert_eq!(inline("wait... so"), "wait... so");
    }

    #[test]
    fn list_markers_at_a_line_start_are_escaped() {
        assert_eq!(line_start("1. first"), r"1\. first");
        assert_eq!(line_start("2009. A year"), r"2009\. A year");
        assert_eq!(line_start("1) first"), r"1\) first");
        assert_eq!(line_start("(1) first"), r"\(1) first");
        assert_eq!(line_start("a. first"), r"a\. first");
        assert_eq!(line_start("iv. fourth"), r"iv\. fourth");
        assert_eq!(line_start("(IV) fourth"), r"\(IV) fourth");
        assert_eq!(line_start("#. next"), r"\#. next");
        assert_eq!(line_start("(@) example"), r"\(@) example");
        assert_eq!(line_start("@. example"), r"@\. example");
        assert_eq!(line_start("1."), r"1\.");
        assert_eq!(line_start("- item"), r"\- item");
        assert_eq!(line_start("+ item"), r"\+ item");
        assert_eq!(line_start("* item"), r"\* item");
        assert_eq!(line_start("-\titem"), "\\-\titem");
    }

    #[test]
    fn what_only_looks_like_a_marker_is_left() {
        // A capital and a period need two spaces to be a marker; a word is no numeral.
        assert_eq!(line_start("B. Smith spoke"), "B. Smith spoke");
        assert_eq!(line_start("B.  Smith"), r"B\.  Smith");
        assert_eq!(line_start("Dr. Smith"), "Dr. Smith");
        assert_eq!(line_start("1.5 million"), "1.5 million");
        assert_eq!(line_start("-5 degrees"), "-5 degrees");
        assert_eq!(line_start("+7 992 000"), "+7 992 000");
        assert_eq!(line_start("#hashtag"), r"\#hashtag");
    }

    #[test]
    fn quotes_headings_rules_tables_and_definitions_at_a_line_start_are_escaped() {
        assert_eq!(line_start("> quoted"), r"\> quoted");
        assert_eq!(line_start("# not a heading"), r"\# not a heading");
        assert_eq!(line_start("---"), r"\---");
        assert_eq!(line_start("- - -"), r"\- - -");
        assert_eq!(line_start("==="), r"\===");
        assert_eq!(line_start("+---+---+"), r"\+---+---+");
        assert_eq!(line_start(": a definition"), r"\: a definition");
        assert_eq!(line_start("::: div"), r"\::: div");
        assert_eq!(line_start("Table: a caption"), r"Table\: a caption");
        assert_eq!(line_start("~~~"), r"\~\~\~");
        assert_eq!(line_start("| a line block"), r"\| a line block");
    }

    #[test]
    fn spaces_at_a_line_s_ends_are_dropped() {
        // Four spaces would make code, two at the end a hard break.
        assert_eq!(line_start("    code?  "), "code?");
        assert_eq!(line_start("\t- item"), r"\- item");
        // A no-break space is text.
        assert_eq!(line_start("\u{a0}x"), "\u{a0}x");
    }

    #[test]
    fn a_task_box_is_written_so_that_pandoc_does_not_find_it() {
        assert_eq!(line_start("[ ] open"), r"\[&#32;\] open");
        assert_eq!(line_start("[x] done"), r"\[x\]&#32;done");
        assert_eq!(line_start("[x]done"), r"\[x\]done");
    }

    #[test]
    fn a_heading_escapes_its_hashes_and_braces() {
        assert_eq!(Inline::new().heading("Item #3 {#id}").finish(), r"Item \#3 \{\#id}");
    }

    #[test]
    fn each_line_of_a_text_is_the_start_of_a_line_and_blank_lines_go() {
        let text = "first\n1. second\n\n  \n- third";
        assert_eq!(Inline::new().lines(text, "\n").finish(), "first\n1\\. second\n\\- third");
        assert_eq!(Inline::new().lines(text, "\n> ").finish(), "first\n> 1\\. second\n> \\- third");
        // After a bold lead the first line is inside a line already.
        assert_eq!(
            Inline::new().markup("**A** ").continued("1. x\n2. y", "\n").finish(),
            "**A** 1. x\n2\\. y"
        );
    }

    #[test]
    fn quotation_marks_are_left_to_smart_typography_unless_a_space_would_go() {
        // Pandoc sets these as curly quotes and an apostrophe: nothing is lost.
        for text in [r#"He said "yes" and "no"."#, "the country's police", "'single' quotes", "“curly”"] {
            assert_eq!(inline(text), text);
        }
        // A closing mark after a space would lose the space: `"police "` → “police”.
        assert_eq!(inline(r#""police " trust""#), r#""police \" trust""#);
        assert_eq!(inline("'police ' trust'"), r"'police \' trust'");
        assert_eq!(inline(r#""a "b" c"#), r#""a \"b" c"#);
        assert_eq!(inline(r#"tick "this", or tick "that""#), r#"tick "this", or tick "that""#);
        // A quotation holds something: the second mark is inside it, the third closes it.
        assert_eq!(inline("''x ’."), r"''x \’.");
        // After a word a mark opens nothing; after a letter pandoc may not know, it may.
        assert_eq!(inline(r#"x"a ”"#), r#"x"a ”"#);
        assert_eq!(inline(r#"Σ"a ”"#), r#"Σ"a \”"#);
        // An opening mark at the end of a line or of a text may open on what follows (a
        // line break, a footnote marker); after a word it opens nothing.
        assert_eq!(Inline::new().lines("say \"\nthis\"", "\n").finish(), "say \\\"\nthis\"");
        assert_eq!(inline(r#"the end ""#), r#"the end \""#);
        // Whether a letter follows decides whether `'` may close: escaped when unsure.
        assert_eq!(inline("'a 'b"), "'a 'b");
        assert_eq!(inline("'a '\u{10d40}"), "'a \\'\u{10d40}");
        // A space after a mark: it opens nothing, and stays.
        assert_eq!(inline(r#"a " b"#), r#"a " b"#);
    }
}
