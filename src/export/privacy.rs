//! The two profiles. `internal` keeps who said what. `public` follows the Chatham House
//! Rule: no participant names or affiliations anywhere; attributions become roles or
//! stakeholder groups, and names typed into notes block the export (or are redacted).

use crate::agenda::Agenda;
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

/// A place where a participant's name appears in text that a public export would carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leak {
    /// "entry 0190b2c4 (Questions and discussion on the presentations, 11:42)" or
    /// "agenda: background". Never the text itself: error messages carry no note text.
    pub place: String,
    /// The roster id of the participant named there.
    pub participant: String,
}

impl std::fmt::Display for Leak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: names participant {}", self.place, self.participant)
    }
}

/// The names to look for: each participant's full name, and a surname of 3 letters or more.
pub fn names(agenda: &Agenda) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for p in &agenda.participants {
        let Some(name) = p.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) else { continue };
        out.push((name.to_string(), p.id.clone()));
        let parts: Vec<&str> = name.split_whitespace().collect();
        if parts.len() > 1 {
            if let Some(last) = parts.last().filter(|l| l.chars().count() >= 3) {
                out.push((last.to_string(), p.id.clone()));
            }
            if let Some(first) = parts.first().filter(|f| f.chars().count() >= 3) {
                out.push((first.to_string(), p.id.clone()));
            }
        }
    }
    // Longest first, so a full name is found (and redacted) before its parts.
    out.sort_by_key(|(n, _)| std::cmp::Reverse(n.chars().count()));
    out
}

/// Byte ranges of whole-word, case-insensitive occurrences of `needle` in `text`.
fn find_word(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let lower_text: Vec<(usize, char)> = text.char_indices().collect();
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let mut found = Vec::new();
    let n = needle.len();
    if n == 0 {
        return found;
    }
    let chars: Vec<char> = lower_text.iter().map(|(_, c)| c.to_lowercase().next().unwrap_or(*c)).collect();
    let mut i = 0;
    while i + n <= chars.len() {
        let word_start = i == 0 || !chars.get(i - 1).is_some_and(|c| c.is_alphanumeric());
        let word_end = !chars.get(i + n).is_some_and(|c| c.is_alphanumeric());
        if word_start
            && word_end
            && chars.get(i..i + n) == Some(&needle[..])
            && let Some(&(start, _)) = lower_text.get(i)
        {
            let end = lower_text.get(i + n).map_or(text.len(), |(b, _)| *b);
            found.push((start, end));
            i += n;
        } else {
            i += 1;
        }
    }
    found
}

/// The participants named in `text`.
pub fn named_in(text: &str, names: &[(String, String)]) -> Vec<String> {
    let mut ids: Vec<String> =
        names.iter().filter(|(n, _)| !find_word(text, n).is_empty()).map(|(_, id)| id.clone()).collect();
    ids.dedup();
    ids
}

/// `text` with every name replaced by "[a participant]".
pub fn redact(text: &str, names: &[(String, String)]) -> String {
    let mut out = text.to_string();
    for (name, _) in names {
        let hits = find_word(&out, name);
        for (start, end) in hits.into_iter().rev() {
            out.replace_range(start..end, "[a participant]");
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
    fn names_are_found_as_whole_words_in_any_case_and_script() {
        let names = vec![
            ("Рустам Назаров".to_string(), "uch-1".to_string()),
            ("Назаров".to_string(), "uch-1".to_string()),
        ];
        assert_eq!(named_in("Как сказал назаров, доверие важно", &names), ["uch-1"]);
        assert!(named_in("Назаровский район", &names).is_empty(), "part of another word");
        assert_eq!(redact("Рустам Назаров и НАЗАРОВ", &names), "[a participant] и [a participant]");
    }
}
