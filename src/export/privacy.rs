//! The two profiles. `internal` keeps who said what. `public` follows the Chatham House
//! Rule: no participant names or affiliations anywhere; attributions become roles or
//! stakeholder groups, and names, affiliations or roster ids typed into notes (found by
//! [`crate::privacy::Matcher`]) block the export, or are redacted.

use crate::privacy::{Matcher, Target};
use crate::session::Entry;

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
    /// "entry 0190b2c4 (Questions and discussion on the presentations, 11:42)" or
    /// "agenda: background". Never the text itself: error messages carry no note text.
    pub place: String,
    /// What is named there.
    pub target: Target,
}

impl std::fmt::Display for Leak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.target {
            Target::Person(id) => write!(f, "{}: names participant {id}", self.place),
            Target::Institution(id) => write!(f, "{}: names the affiliation of participant {id}", self.place),
            Target::RosterId(id) => write!(f, "{}: gives the roster id {id}", self.place),
        }
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
pub fn entry_place(entry: &Entry, item_title: Option<&str>, time: &str) -> String {
    // The random end of the id: entries taken in the same minute share its start.
    let id = entry.id.simple().to_string();
    let short = &id[id.len() - 8..];
    match item_title {
        Some(t) => format!("entry …{short} ({t}, {time})"),
        None => format!("entry …{short} ({time})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leak_says_where_and_what_but_never_the_text() {
        let leak = Leak {
            place: "entry …1234abcd (Opening, 09:40)".into(),
            target: Target::Person("uch-1".into()),
        };
        assert_eq!(leak.to_string(), "entry …1234abcd (Opening, 09:40): names participant uch-1");
        let leak = Leak { place: "agenda: background".into(), target: Target::Institution("ngo-yc".into()) };
        assert_eq!(leak.to_string(), "agenda: background: names the affiliation of participant ngo-yc");
    }
}
