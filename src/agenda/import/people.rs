//! Names in a speakers cell become people on the roster, and titles and names become ids:
//! the same name twice is the same participant, and every id is unique.

use std::collections::{HashMap, HashSet};

use any_ascii::any_ascii;

use crate::agenda::Participant;

/// One speaker as written in a cell: "Фируза Саидова (Youth and Civilization)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Speaker {
    pub name: String,
    pub affiliation: Option<String>,
}

/// The speakers in a cell. People are separated by ";" and line breaks, and within those
/// by "&", " and " and " и " (outside parentheses: "(Youth and Civilization)" is one
/// affiliation). A comma is read the way people write it: between full names it separates
/// people ("Anna Petrova, John Smith"); after a full name, once, it gives the affiliation
/// ("Anna Petrova, OSCE"); before an initial it is part of the name ("Smith, J.").
pub(super) fn split(cell: &str) -> Vec<Speaker> {
    let mut out = Vec::new();
    for part in outside_brackets(cell, &[';', '\n', '\r']) {
        let pieces: Vec<String> =
            outside_brackets(&part, &[',']).iter().map(|p| collapse(p)).filter(|p| !p.is_empty()).collect();
        let words = |p: &String| p.split_whitespace().count();
        let initial = |p: &String| p.ends_with('.') && p.chars().filter(|c| c.is_alphabetic()).count() <= 3;
        let all_names = pieces.iter().flat_map(|p| and_split(p)).all(|p| {
            let p = collapse(&p);
            words(&p) >= 2 && looks_like_a_name(&p)
        });
        let name_and_affiliation = match pieces.as_slice() {
            [name, affiliation]
                if words(name) >= 2 && !initial(affiliation) && !name.ends_with(')') && !all_names =>
            {
                Some((name, affiliation))
            }
            _ => None,
        };
        if let Some((name, affiliation)) = name_and_affiliation {
            out.extend(speaker(name).map(|s| Speaker { affiliation: Some(affiliation.clone()), ..s }));
        } else if pieces.len() > 1 && pieces.iter().any(initial) {
            out.extend(speaker(&part));
        } else {
            for piece in &pieces {
                out.extend(and_split(piece).iter().filter_map(|p| speaker(p)));
            }
        }
    }
    out
}

/// Whether every word starts with a capital letter, as names do ("John Smith"), where an
/// affiliation often does not ("Ministry of Internal Affairs") or is an acronym ("OSCE").
fn looks_like_a_name(piece: &str) -> bool {
    piece.split_whitespace().all(|w| {
        let mut letters = w.chars().filter(|c| c.is_alphabetic());
        let first = letters.next();
        // Initials ("И.И.") are part of names; capitals alone ("OSCE") are not.
        first.is_some_and(char::is_uppercase) && (w.contains('.') || !letters.clone().all(char::is_uppercase))
    })
}

/// `text` cut at each of `separators` that is outside parentheses or brackets.
fn outside_brackets(text: &str, separators: &[char]) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && separators.contains(&c) {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
}

/// One piece cut at "&", " and " and " и " outside parentheses.
fn and_split(piece: &str) -> Vec<String> {
    let mut parts = Vec::new();
    for part in outside_brackets(piece, &['&']) {
        let mut depth = 0usize;
        let mut current = String::new();
        for c in part.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            current.push(c);
            if depth == 0 && c.is_whitespace() {
                for word in [" and ", " и ", " И ", " And ", " AND "] {
                    if current.ends_with(word) {
                        current.truncate(current.len() - word.len());
                        parts.push(std::mem::take(&mut current));
                        break;
                    }
                }
            }
        }
        parts.push(current);
    }
    parts
}

fn speaker(part: &str) -> Option<Speaker> {
    let part = collapse(part);
    if part.is_empty() {
        return None;
    }
    // "Name (Affiliation)": the bracket at the end says where the person is from.
    let bracket = part.strip_suffix(')').and_then(|p| p.rsplit_once('('));
    if let Some((name, affiliation)) = bracket {
        let (name, affiliation) = (name.trim(), affiliation.trim());
        if !name.is_empty() {
            let affiliation = (!affiliation.is_empty()).then(|| affiliation.to_string());
            return Some(Speaker { name: name.to_string(), affiliation });
        }
    }
    Some(Speaker { name: part, affiliation: None })
}

/// Runs of white space (line breaks in a cell included) as one space, trimmed.
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as an id: ASCII (Cyrillic transliterated), lower case, words joined by "-", at
/// most `max` characters, cut at a word; `fallback` when nothing is left.
pub(super) fn slug(text: &str, max: usize, fallback: &str) -> String {
    let ascii = any_ascii(text).to_lowercase();
    let mut out = String::new();
    for word in ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() && out.len() + 1 + word.len() > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out.truncate(max);
    if out.is_empty() { fallback.to_string() } else { out }
}

/// Ids already given out, so the next one with the same slug gets "-2", "-3", ….
#[derive(Debug, Default)]
pub(super) struct Ids(HashSet<String>);

impl Ids {
    pub fn unique(&mut self, base: String) -> String {
        let mut id = base.clone();
        let mut n = 2;
        while !self.0.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// The participants met so far, each once, in order of first appearance.
#[derive(Debug, Default)]
pub(super) struct Roster {
    people: Vec<Participant>,
    by_name: HashMap<String, usize>,
    ids: Ids,
}

impl Roster {
    /// The roster id of `speaker`, adding them on first sight. Names are compared without
    /// regard to case or spacing; an affiliation given later fills one not yet known.
    pub fn id_of(&mut self, speaker: &Speaker) -> String {
        let key = collapse(&speaker.name).to_lowercase();
        if let Some(person) = self.by_name.get(&key).and_then(|&i| self.people.get_mut(i)) {
            if person.affiliation.is_none() {
                person.affiliation.clone_from(&speaker.affiliation);
            }
            return person.id.clone();
        }
        let id = self.ids.unique(slug(&speaker.name, 32, "speaker"));
        self.by_name.insert(key, self.people.len());
        self.people.push(Participant {
            id: id.clone(),
            name: Some(speaker.name.clone()),
            role: "speaker".to_string(),
            affiliation: speaker.affiliation.clone(),
            stakeholder: None,
            organiser: false,
        });
        id
    }

    pub fn into_participants(self) -> Vec<Participant> {
        self.people
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(cell: &str) -> Vec<String> {
        split(cell).into_iter().map(|s| s.name).collect()
    }

    #[test]
    fn splits_a_cell() {
        assert_eq!(names("Anna Petrova; John Smith"), ["Anna Petrova", "John Smith"]);
        assert_eq!(names("Anna Petrova, John Smith and Li Wei"), ["Anna Petrova", "John Smith", "Li Wei"]);
        assert_eq!(names("Иванов И.И. и Петров П.П."), ["Иванов И.И.", "Петров П.П."]);
        assert_eq!(names("Anna\nJohn"), ["Anna", "John"]);
        assert_eq!(names(" ; ,"), Vec::<String>::new());
        // Commas as people write them.
        assert_eq!(names("Smith, J.; Doe, A."), ["Smith, J.", "Doe, A."]);
        let s = split("Anna Petrova, OSCE");
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].name.as_str(), s[0].affiliation.as_deref()), ("Anna Petrova", Some("OSCE")));
        let s = split("Anna Petrova, Ministry of Internal Affairs; Ivan Sidorov");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].affiliation.as_deref(), Some("Ministry of Internal Affairs"));
        assert_eq!(names("Anna Petrova, John Smith"), ["Anna Petrova", "John Smith"]);
        assert_eq!(names("Иванов, Петров, Сидоров"), ["Иванов", "Петров", "Сидоров"]);
        assert_eq!(names("Иванов И.И., Петров П.П."), ["Иванов И.И.", "Петров П.П."]);
        // An "and" and a comma inside the bracket belong to the affiliation.
        let s = split("Фируза Саидова (Youth and Civilization, Dushanbe); Alexander");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].name, "Фируза Саидова");
        assert_eq!(s[0].affiliation.as_deref(), Some("Youth and Civilization, Dushanbe"));
        assert_eq!(s[1].name, "Alexander");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Фируза Саидова", 32, "x"), "firuza-saidova");
        assert_eq!(slug("Opening remarks: welcome!", 40, "item"), "opening-remarks-welcome");
        assert_eq!(slug("a very long title that goes on", 12, "item"), "a-very-long");
        assert_eq!(slug("Supercalifragilistic", 5, "item"), "super");
        assert_eq!(slug("…", 10, "item"), "item");
    }

    #[test]
    fn the_same_name_is_the_same_person() {
        let mut roster = Roster::default();
        let anna = Speaker { name: "Anna Petrova".into(), affiliation: None };
        let anna_again = Speaker { name: "anna petrova".into(), affiliation: Some("OSCE".into()) };
        let other = Speaker { name: "Anna  Petrova!".into(), affiliation: None };
        assert_eq!(roster.id_of(&anna), "anna-petrova");
        assert_eq!(roster.id_of(&anna_again), "anna-petrova");
        assert_eq!(roster.id_of(&other), "anna-petrova-2");
        let people = roster.into_participants();
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].affiliation.as_deref(), Some("OSCE"));
        assert_eq!(people[0].role, "speaker");
    }
}
