//! The two profiles. `internal` keeps who said what. `public` follows the Chatham House
//! Rule: no participant names or affiliations anywhere; attributions become roles or
//! stakeholder groups, and names, affiliations or roster ids typed into notes (found by
//! [`crate::privacy::Matcher`]) block the export, or are redacted.

use crate::i18n::Lang;
use crate::privacy::{Matcher, Target};
use crate::session::Entry;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// For the organisers: attributions with names, roles and affiliations.
    Internal,
    /// For publication: roles and stakeholder groups only, no names or affiliations.
    Public,
}

impl Profile {
    /// Who reads a draft of this profile (see [`crate::audience`]).
    pub fn audience(self) -> crate::audience::Audience {
        match self {
            Profile::Internal => crate::audience::Audience::InternalDraft,
            Profile::Public => crate::audience::Audience::PublicDraft,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Internal => "internal",
            Profile::Public => "public",
        }
    }
}

/// A place where a participant's name, affiliation or roster id appears in text that a
/// public export would carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    /// Where: never the text itself, as error messages carry no note text.
    pub place: Place,
    /// What is named there.
    pub target: Target,
}

/// Where a name was found, said without quoting what is written there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// A note: the random end of its id, its item's title and the time it was taken.
    Entry { short: String, item: Option<String>, time: String },
    /// A field of the agenda's event ("background", "approach", "materials").
    AgendaField(&'static str),
    /// A heading that comes from the agenda (a section, an item, a group).
    AgendaHeading,
    /// A cell of an annex table (the agenda as run, speaking time).
    AnnexTable,
    /// A working group's name.
    GroupName,
}

impl Place {
    /// The place in `lang`, for the operator.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Place::Entry { short, item: Some(item), time } => {
                t!(lang, "msg-leak-entry-in", short = short, item = item, time = time)
            }
            Place::Entry { short, item: None, time } => {
                t!(lang, "msg-leak-entry", short = short, time = time)
            }
            Place::AgendaField(field) => t!(lang, "msg-leak-agenda-field", field = *field),
            Place::AgendaHeading => t!(lang, "msg-leak-agenda-heading"),
            Place::AnnexTable => t!(lang, "msg-leak-annex-table"),
            Place::GroupName => t!(lang, "msg-leak-group-name"),
        }
    }
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

impl Leak {
    /// What is named where, in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let place = self.place.in_lang(lang);
        match &self.target {
            Target::Person(id) => t!(lang, "msg-leak-person", place = place, id = id),
            Target::Institution(id) => t!(lang, "msg-leak-institution", place = place, id = id),
            Target::RosterId(id) => t!(lang, "msg-leak-roster-id", place = place, id = id),
        }
    }
}

impl std::fmt::Display for Leak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// The mentions in `text` that a public export must not carry, each participant and kind
/// once.
pub fn named_in(text: &str, matcher: &Matcher) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    for m in matcher.find(text) {
        if !out.contains(&m.target) {
            out.push(m.target);
        }
    }
    out
}

/// Where an entry is, for a message that must not quote it.
pub fn entry_place(entry: &Entry, item_title: Option<&str>, time: &str) -> Place {
    // The random end of the id: entries taken in the same minute share its start.
    let id = entry.id.simple().to_string();
    let short = id[id.len() - 8..].to_string();
    Place::Entry { short, item: item_title.map(str::to_string), time: time.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leak_says_where_and_what_but_never_the_text() {
        let leak = Leak {
            place: Place::Entry {
                short: "1234abcd".into(),
                item: Some("Opening".into()),
                time: "09:40".into(),
            },
            target: Target::Person("uch-1".into()),
        };
        assert_eq!(leak.to_string(), "entry …1234abcd (Opening, 09:40): names participant uch-1");
        assert_eq!(leak.in_lang(Lang::Ru), "запись …1234abcd (Opening, 09:40): называет участника uch-1");
        let leak =
            Leak { place: Place::AgendaField("background"), target: Target::Institution("ngo-yc".into()) };
        assert_eq!(leak.to_string(), "agenda: background: names the affiliation of participant ngo-yc");
    }
}
