//! What is wrong with a line of an imported file, typed, so it is said in English (what
//! [`super::LineError`] keeps as its message, and the tests read) or in the operator's
//! language by `convene import`.

use std::fmt;

use crate::agenda::ValueError;
use crate::i18n::Lang;
use crate::t;

use super::header::Field;

/// A column of the CSV: its number (from 1) and its header as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub number: usize,
    pub header: String,
}

impl Column {
    /// `column 3 ("Title")`.
    pub fn name(&self, lang: Lang) -> String {
        t!(lang, "agenda-import-column", n = self.number, header = &self.header)
    }
}

/// How to give an item its length in this file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum LengthHint {
    /// The file has a duration column.
    Column(Column),
    /// A CSV without one.
    #[default]
    NoColumn,
    /// A plain-text list.
    List,
}

impl LengthHint {
    fn said(&self, lang: Lang) -> String {
        match self {
            LengthHint::Column(column) => t!(lang, "agenda-import-hint-column", column = column.name(lang)),
            LengthHint::NoColumn => t!(lang, "agenda-import-hint-no-column"),
            LengthHint::List => t!(lang, "agenda-import-hint-list"),
        }
    }
}

/// One thing wrong with a line, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// A length of zero ("0 min").
    NoLength(String),
    /// A length of more than a day.
    TooLong(String),
    /// A date that does not exist, said with the text as the file has it.
    Date(ValueError),
    AmPmHours(String),
    Hours(String),
    Minutes(String),
    Seconds(String),
    TimeShape(String),
    /// The CSV reader's own words.
    NotCsv(String),
    NoTitleCell(Column),
    StartNotTime(String),
    EndWithoutStart(String),
    EndNotTime(String),
    NotLength(String),
    NotKind(String),
    BothGive {
        first: Column,
        second: Column,
        field: Field,
    },
    /// The header's cells, as written.
    NoTitleColumn(Vec<String>),
    NoTimeColumn,
    EmptyDay,
    /// Starts (HH:MM) before the item above (on that line, when known) ends.
    Overlap {
        start: String,
        above: Option<usize>,
        end: String,
    },
    EndNotAfterStart {
        end: String,
        start: String,
    },
    TimesDisagree {
        spanned: u32,
        given: u32,
    },
    LastNoLength(LengthHint),
    NoLengthNoNextStart(LengthHint),
    NoLengthNextBefore {
        next: String,
        start: String,
        hint: LengthHint,
    },
    DateLineGoesOn(String),
    NoTitleInList,
}

impl LineProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LineProblem::NoLength(text) => t!(lang, "agenda-import-no-length", text = text),
            LineProblem::TooLong(text) => t!(lang, "agenda-import-too-long", text = text),
            LineProblem::Date(e) => t!(lang, "agenda-import-date", error = e.message(lang)),
            LineProblem::AmPmHours(text) => t!(lang, "agenda-import-time-am-pm", text = text),
            LineProblem::Hours(text) => t!(lang, "agenda-time-hours", text = text),
            LineProblem::Minutes(text) => t!(lang, "agenda-time-minutes", text = text),
            LineProblem::Seconds(text) => t!(lang, "agenda-import-time-seconds", text = text),
            LineProblem::TimeShape(text) => t!(lang, "agenda-import-time-shape", text = text),
            LineProblem::NotCsv(e) => t!(lang, "agenda-import-not-csv", error = e),
            LineProblem::NoTitleCell(column) => {
                t!(lang, "agenda-import-no-title-cell", column = column.name(lang))
            }
            LineProblem::StartNotTime(text) => t!(lang, "agenda-import-start-not-time", text = text),
            LineProblem::EndWithoutStart(end) => t!(lang, "agenda-import-end-without-start", end = end),
            LineProblem::EndNotTime(text) => t!(lang, "agenda-import-end-not-time", text = text),
            LineProblem::NotLength(text) => t!(lang, "agenda-import-not-length", text = text),
            LineProblem::NotKind(text) => {
                let names: Vec<&str> = super::kinds::ALL.iter().map(|k| k.as_str()).collect();
                t!(lang, "agenda-import-not-kind", text = text, names = names.join(", "))
            }
            LineProblem::BothGive { first, second, field } => t!(
                lang,
                "agenda-import-both-give",
                first = first.number,
                first_header = &first.header,
                second = second.number,
                second_header = &second.header,
                field = field.describe(lang)
            ),
            LineProblem::NoTitleColumn(cells) => {
                let found: Vec<String> = cells.iter().map(|c| format!("\"{c}\"")).collect();
                t!(lang, "agenda-import-no-title-column", found = found.join(", "))
            }
            LineProblem::NoTimeColumn => t!(lang, "agenda-import-no-time-column"),
            LineProblem::EmptyDay => t!(lang, "agenda-import-empty-day"),
            LineProblem::Overlap { start, above: Some(line), end } => {
                t!(lang, "agenda-import-overlap-line", start = start, line = line, end = end)
            }
            LineProblem::Overlap { start, above: None, end } => {
                t!(lang, "agenda-import-overlap", start = start, end = end)
            }
            LineProblem::EndNotAfterStart { end, start } => {
                t!(lang, "agenda-import-end-not-after-start", end = end, start = start)
            }
            LineProblem::TimesDisagree { spanned, given } => {
                t!(lang, "agenda-import-times-disagree", spanned = spanned, given = given)
            }
            LineProblem::LastNoLength(hint) => {
                t!(lang, "agenda-import-last-no-length", hint = hint.said(lang))
            }
            LineProblem::NoLengthNoNextStart(hint) => {
                t!(lang, "agenda-import-no-length-no-next-start", hint = hint.said(lang))
            }
            LineProblem::NoLengthNextBefore { next, start, hint } => {
                t!(
                    lang,
                    "agenda-import-no-length-next-before",
                    next = next,
                    start = start,
                    hint = hint.said(lang)
                )
            }
            LineProblem::DateLineGoesOn(rest) => t!(lang, "agenda-import-date-line-goes-on", rest = rest),
            LineProblem::NoTitleInList => t!(lang, "agenda-import-no-title-in-list"),
        }
    }
}

impl fmt::Display for LineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl Field {
    /// "the start", "the duration": what a column gives.
    pub(super) fn describe(self, lang: Lang) -> String {
        let id = match self {
            Field::Day => "agenda-import-field-day",
            Field::Start => "agenda-import-field-start",
            Field::End => "agenda-import-field-end",
            Field::Duration => "agenda-import-field-duration",
            Field::Title => "agenda-import-field-title",
            Field::Kind => "agenda-import-field-kind",
            Field::Speakers => "agenda-import-field-speakers",
            Field::Section => "agenda-import-field-section",
            Field::Description => "agenda-import-field-description",
        };
        crate::i18n::tr(lang, id, &[])
    }
}

/// Something read but not used, for the person importing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A column convene has no place for.
    Unread(Column),
}

impl Note {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Note::Unread(column) => t!(lang, "agenda-import-note-unread", column = column.name(lang)),
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl PartialEq<&str> for Note {
    fn eq(&self, other: &&str) -> bool {
        self.message(Lang::En) == *other
    }
}
