//! Finding the people of the roster in free text: their names in any grammatical case,
//! script, letter case or spelling, with initials; their affiliations as phrases; and
//! their roster ids. One [`Matcher`] per agenda, built once and used for every text.
//!
//! What is caught, and what is not, is listed in docs/privacy.md.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use rust_stemmers::{Algorithm, Stemmer};

use super::fold::{is_apostrophe, is_cyrillic, is_letter_or_digit, is_word_char, key, spellings};
use crate::agenda::Agenda;

/// What a mention points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// A participant's name (the roster id).
    Person(String),
    /// A participant's affiliation (the roster id of one who has it).
    Institution(String),
    /// A roster id typed as such.
    RosterId(String),
}

impl Target {
    /// The roster id behind the mention.
    pub fn participant(&self) -> &str {
        match self {
            Target::Person(id) | Target::Institution(id) | Target::RosterId(id) => id,
        }
    }

    /// What a redacted mention reads as.
    pub fn placeholder(&self) -> &'static str {
        match self {
            Target::Person(_) | Target::RosterId(_) => "[a participant]",
            Target::Institution(_) => "[an institution]",
        }
    }
}

/// One mention: a byte range of the text and whom it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub target: Target,
}

/// Russian and Tajik case endings, as [`key`] spells them: what may follow a name's stem
/// ("Назаров-ым", "Садыков-ой", "Айбек-ом", "Зарин-у") or an institution's head word.
const ENDINGS: &[&str] = &[
    "", "a", "u", "i", "e", "o", "om", "em", "im", "oi", "ei", "iu", "ia", "ih", "imi", "ogo", "ego", "omu",
    "emu", "uiu", "aia", "ami", "ah", "am", "ov", "ev", "ie", "oe", "s", "es",
    // Tajik: the object marker -ро, the plural -ҳо/-он, "and" -у/-ву, the possessives.
    "ro", "ho", "on", "vu", "at", "ash",
];

/// What a name may have beyond a word's Snowball stem: the stem of "кузнец" is not the
/// surname Кузнецов, nor "назари" (Tajik "view") Назаров.
const STEM_TAILS: &[&str] = &["", "a", "ia", "i", "ii", "ai", "e", "o", "u"];

/// Name parts shorter than this are not looked for alone (too many ordinary words).
const MIN_PART: usize = 3;

struct Person {
    id: String,
    parts: Vec<Part>,
}

/// One word of a name: its key, and the script it is written in on the roster.
struct Part {
    /// Its [`spellings`]: the key first.
    keys: Vec<String>,
    cyrillic: bool,
}

/// A name part is looked for in the other script only from this many letters: "Саид"
/// would otherwise be every English "said".
const MIN_CROSS_SCRIPT: usize = 5;

struct Phrase {
    words: Vec<String>,
    id: String,
}

pub struct Matcher {
    people: Vec<Person>,
    affiliations: Vec<Phrase>,
    ids: HashSet<String>,
    longest_id: usize,
    stemmer: Stemmer,
    /// People by the first letters of each of their name parts, and affiliations by those
    /// of their first word: a word of a note is only compared with what could match it
    /// (every form of a word shares them), so a long roster costs little more per word.
    people_by_head: HashMap<String, Vec<usize>>,
    affiliations_by_head: HashMap<String, Vec<usize>>,
    /// Words already seen: their key and stem (see [`Matcher::fold`]), up to
    /// [`WORD_CACHE`] of them.
    words: Mutex<HashMap<String, Folded>>,
}

/// A word's key, and the key of its Snowball stem when it is Cyrillic and could be
/// someone's (stemming is the dear part).
type Folded = (String, Option<String>);

const WORD_CACHE: usize = 100_000;

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("people", &self.people.len())
            .field("affiliations", &self.affiliations.len())
            .field("ids", &self.ids.len())
            .finish()
    }
}

/// The first letters every form of a word shares (its case endings come later).
fn head(key: &str) -> &str {
    key.get(..MIN_PART).unwrap_or(key)
}

/// A word of the text with its place and key.
struct Token<'a> {
    start: usize,
    end: usize,
    key: String,
    /// The word as typed (for the Snowball stemmer, which reads Cyrillic).
    raw: &'a str,
    /// A single letter followed by a full stop ("Z."): an initial.
    initial: bool,
    /// The Snowball stem's key, for a Cyrillic word (worked out once per word).
    stem: Option<String>,
}

impl Matcher {
    /// The matcher for `agenda`'s roster. Phrases the agenda allows (`public_names`, the
    /// organisers, and the organisers' affiliations) are not looked for.
    pub fn new(agenda: &Agenda) -> Matcher {
        let allowed: Vec<Vec<String>> = agenda
            .event
            .public_names
            .iter()
            .chain(&agenda.event.organisers)
            .map(String::as_str)
            .chain(
                agenda.participants.iter().filter(|p| p.organiser).filter_map(|p| p.affiliation.as_deref()),
            )
            .map(words)
            .collect();
        let mut people = Vec::new();
        let mut affiliations = Vec::new();
        for p in &agenda.participants {
            if let Some(name) = p.name.as_deref() {
                let parts: Vec<Part> = tokens(name)
                    .into_iter()
                    .filter(|t| t.key.len() >= MIN_PART)
                    .map(|t| Part { cyrillic: is_cyrillic(t.raw), keys: spellings(t.raw) })
                    .collect();
                if !parts.is_empty() {
                    people.push(Person { id: p.id.clone(), parts });
                }
            }
            if let Some(a) = p.affiliation.as_deref() {
                // "London Metropolitan Police (retired)": what is in brackets is a remark.
                let bare = a.split('(').next().unwrap_or(a);
                let phrase = words(bare);
                if !phrase.is_empty() && !allowed.contains(&phrase) {
                    affiliations.push(Phrase { words: phrase, id: p.id.clone() });
                }
            }
        }
        // Longest first, so "State Committee on National Security" wins over "Security".
        affiliations.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        let ids: HashSet<String> = agenda.participants.iter().map(|p| p.id.to_lowercase()).collect();
        let longest_id = ids.iter().map(String::len).max().unwrap_or(0);
        let mut people_by_head: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, person) in people.iter().enumerate() {
            for k in person.parts.iter().flat_map(|p| &p.keys) {
                let list = people_by_head.entry(head(k).to_string()).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        let mut affiliations_by_head: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, phrase) in affiliations.iter().enumerate() {
            if let Some(first) = phrase.words.first() {
                affiliations_by_head.entry(head(first).to_string()).or_default().push(i);
            }
        }
        Matcher {
            people,
            affiliations,
            ids,
            longest_id,
            stemmer: Stemmer::create(Algorithm::Russian),
            people_by_head,
            affiliations_by_head,
            words: Mutex::new(HashMap::new()),
        }
    }

    /// Every mention in `text`, in order, none overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        // Notes repeat their words: each distinct word is folded (and, when it could be
        // someone's, stemmed) once per matcher.
        let mut cache = self.words.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if cache.len() > WORD_CACHE {
            cache.clear();
        }
        let tokens = tokens_with(text, &mut |w| match cache.get(w) {
            Some(known) => known.clone(),
            None => {
                let folded = self.fold(w);
                cache.insert(w.to_string(), folded.clone());
                folded
            }
        });
        drop(cache);
        let mut found: Vec<Mention> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if let Some((len, id)) = self.affiliation_at(&tokens, i)
                && let (Some(first), Some(last)) = (tokens.get(i), tokens.get(i + len - 1))
            {
                found.push(Mention { start: first.start, end: last.end, target: Target::Institution(id) });
                i += len;
                continue;
            }
            if let Some((len, id)) = self.name_at(text, &tokens, i)
                && let (Some(first), Some(last)) = (tokens.get(i), tokens.get(i + len - 1))
            {
                // An initial's full stop belongs to the mention.
                let end = if last.initial { last.end + 1 } else { last.end };
                found.push(Mention { start: first.start, end, target: Target::Person(id) });
                i += len;
                continue;
            }
            i += 1;
        }
        found.extend(self.roster_ids(text));
        found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        // An id inside a name or phrase already found is the same mention.
        let mut out: Vec<Mention> = Vec::new();
        for m in found {
            if out.last().is_none_or(|l| m.start >= l.end) {
                out.push(m);
            }
        }
        out
    }

    /// The key of `word`, and of its stem when it is worth one.
    fn fold(&self, word: &str) -> Folded {
        let k = key(word);
        let near = |index: &HashMap<String, Vec<usize>>| index.contains_key(head(&k));
        let stem = (k.len() > MIN_PART
            && (near(&self.people_by_head) || near(&self.affiliations_by_head))
            && is_cyrillic(word))
        .then(|| key(&self.stemmer.stem(&word.to_lowercase())));
        (k, stem)
    }

    /// Whether `text` names anyone.
    pub fn names_someone(&self, text: &str) -> bool {
        !self.find(text).is_empty()
    }

    /// `text` with every mention replaced by what it reads as in public.
    pub fn redact(&self, text: &str) -> String {
        self.redact_in(text, crate::i18n::Lang::En)
    }

    /// [`Matcher::redact`], with the placeholders in the report's language ("[участник]").
    pub fn redact_in(&self, text: &str, lang: crate::i18n::Lang) -> String {
        let mut out = text.to_string();
        for m in self.find(text).into_iter().rev() {
            if out.is_char_boundary(m.start) && out.is_char_boundary(m.end) && m.end <= out.len() {
                let placeholder = match m.target {
                    Target::Institution(_) => crate::i18n::tr(lang, "report-redacted-institution", &[]),
                    _ => crate::i18n::tr(lang, "report-redacted-participant", &[]),
                };
                out.replace_range(m.start..m.end, &placeholder);
            }
        }
        out
    }

    /// A run of a participant's name parts and initials starting at token `i`: how many
    /// tokens, and whose. The parts must stand together (only spaces, commas of a
    /// "Surname, Name" or brackets between them).
    fn name_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(usize, String)> {
        let first = tokens.get(i)?;
        let candidates: Vec<&Person> = if first.initial {
            self.people
                .iter()
                .filter(|p| p.parts.iter().any(|part| part.keys.iter().any(|k| initial_of(first, k))))
                .collect()
        } else {
            let near = self.people_by_head.get(head(&first.key)).map_or(&[][..], Vec::as_slice);
            near.iter()
                .filter_map(|&i| self.people.get(i))
                .filter(|p| p.parts.iter().any(|part| self.is_part(first, part)))
                .collect()
        };
        let mut best: Option<(usize, String)> = None;
        for person in candidates {
            let mut len = 1;
            let mut named = !first.initial;
            while let (Some(prev), Some(next)) = (tokens.get(i + len - 1), tokens.get(i + len)) {
                let gap = text.get(prev.end..next.start).unwrap_or("");
                if !joins(gap, prev.initial) {
                    break;
                }
                if next.initial && person.parts.iter().any(|p| p.keys.iter().any(|k| initial_of(next, k))) {
                    len += 1;
                } else if person.parts.iter().any(|p| self.is_part(next, p)) {
                    named = true;
                    len += 1;
                } else {
                    break;
                }
            }
            // Initials alone name nobody; trailing initials after the name are kept.
            if named && best.as_ref().is_none_or(|(l, _)| len > *l) {
                best = Some((len, person.id.clone()));
            }
        }
        best
    }

    /// An affiliation phrase starting at token `i`: how many tokens, and whose.
    fn affiliation_at(&self, tokens: &[Token], i: usize) -> Option<(usize, String)> {
        let first = tokens.get(i)?;
        let near = self.affiliations_by_head.get(head(&first.key))?;
        near.iter().filter_map(|&p| self.affiliations.get(p)).find_map(|phrase| {
            let n = phrase.words.len();
            let all = phrase.words.iter().enumerate().all(|(j, w)| {
                tokens
                    .get(i + j)
                    .is_some_and(|t| if w.len() > MIN_PART { self.same_word(t, w) } else { t.key == *w })
            });
            all.then(|| (n, phrase.id.clone()))
        })
    }

    /// Whether token `t` is the name part `part`, in any case ending and, for a part long
    /// enough, in either script.
    fn is_part(&self, t: &Token, part: &Part) -> bool {
        let cross = is_cyrillic(t.raw) != part.cyrillic;
        // A short Latin name is often an English word too (Said, Vera, Rose, Will): in
        // Latin letters it counts only written as a name, with a capital.
        let capital = t.raw.chars().next().is_some_and(char::is_uppercase);
        part.keys.iter().any(|k| {
            let short = k.len() < MIN_CROSS_SCRIPT;
            (!cross || !short) && (!short || part.cyrillic || capital) && self.same_word(t, k)
        })
    }

    /// Whether token `t` is the word whose key is `word`, in any case ending.
    fn same_word(&self, t: &Token, word: &str) -> bool {
        if t.key == word {
            return true;
        }
        // Case endings are Russian and Tajik: on a Latin word they make "very" and "were"
        // forms of Vera, so there they count only on names of five letters or more.
        if (is_cyrillic(t.raw) || word.len() >= MIN_CROSS_SCRIPT) && inflected(&t.key, word) {
            return true;
        }
        if !is_cyrillic(t.raw) {
            // An English possessive ("Smith's", the apostrophe gone).
            return t.key.strip_prefix(word) == Some("s");
        }
        // The Snowball stemmer, for the Cyrillic forms the endings above do not cover.
        if let Some(stem) = t.stem.as_ref().filter(|_| word.len() > MIN_PART) {
            return stem.len() > MIN_PART
                && (stem == word
                    || word.strip_prefix(stem.as_str()).is_some_and(|rest| STEM_TAILS.contains(&rest)));
        }
        false
    }

    /// Roster ids typed in the text ("mia-1", "@ngo-yc"), as whole words in any case.
    fn roster_ids(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut start = None;
        let id_char = |c: char| is_letter_or_digit(c) || c == '-' || c == '_';
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            match (start, id_char(c) && i < text.len()) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    let word = text.get(s..i).unwrap_or("");
                    // A word longer than every id is none of them (no allocation for it).
                    if word.len() <= self.longest_id {
                        let word = word.to_lowercase();
                        if self.ids.contains(&word) {
                            out.push(Mention { start: s, end: i, target: Target::RosterId(word) });
                        }
                    }
                    start = None;
                }
                _ => {}
            }
        }
        out
    }
}

/// Keys of the words of `text`.
fn words(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.key).filter(|k| !k.is_empty()).collect()
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    tokens_with(text, &mut |w| (key(w), None))
}

/// The words of `text`, each folded by `fold`.
fn tokens_with<'a>(text: &'a str, fold: &mut dyn FnMut(&str) -> Folded) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, is_word_char(c) && i < text.len()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let raw = text.get(s..i).unwrap_or("").trim_matches(is_apostrophe);
                let mut chars = raw.chars();
                let initial =
                    c == '.' && chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
                let (k, stem) = fold(raw);
                if !k.is_empty() {
                    out.push(Token { start: s, end: i, key: k, raw, initial, stem });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `t` ("Z.") is the initial of the name part `part`.
fn initial_of(t: &Token, part: &str) -> bool {
    t.initial && part.get(..1).is_some_and(|c| t.key.starts_with(c))
}

/// Whether what lies between two words lets them be one name: spaces, and a comma, a
/// bracket or (after an initial) its full stop.
fn joins(gap: &str, after_initial: bool) -> bool {
    let gap = if after_initial { gap.strip_prefix('.').unwrap_or(gap) } else { gap };
    gap.chars().all(|c| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        && gap.chars().filter(|c| *c == ',').count() <= 1
}

/// Whether `t` is the name part `n` with a case ending: "nazarovim" for "nazarov",
/// "sadikovoi" for "sadikova", "zarinu" for "zarina", "vishnevskogo" for "vishnevskii".
fn inflected(t: &str, n: &str) -> bool {
    let mut bases = vec![n];
    for tail in ["a", "ia", "i", "e", "o", "u", "ii", "ai", "oi", "ie"] {
        if let Some(b) = n.strip_suffix(tail) {
            bases.push(b);
        }
    }
    bases
        .into_iter()
        .any(|b| b.len() >= MIN_PART && t.strip_prefix(b).is_some_and(|rest| ENDINGS.contains(&rest)))
}
