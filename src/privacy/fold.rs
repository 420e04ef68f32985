//! Words folded to a spelling-blind key, so that one name matches however it was typed:
//! in Cyrillic or Latin letters (any of the common transliterations), in any case, with or
//! without accents, with any apostrophe or none, and ё written as е.
//!
//! The key is ASCII: Cyrillic goes through `any_ascii`, after the Tajik and Kyrgyz letters
//! that it spells differently from how those names are written in Latin letters; then the
//! spellings that transliteration schemes disagree on are made one (й/ы/y/i, х/kh/h, x/ks,
//! ж/дж/zh/dzh/j, ц/ts/c, қ/q/k, ғ/gh/g, double letters). A Latin "j" stays ж/дж, as
//! Central Asian names are written (Jamshed); "Ajbek" for Айбек is not caught.

use any_ascii::any_ascii_char;
use unicode_normalization::UnicodeNormalization;

/// Characters that join a word without being part of its key: apostrophes of every kind.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´' | 'ʻ' | '′')
}

/// Whether `c` can be part of a word (letters, digits, combining marks, apostrophes).
pub fn is_word_char(c: char) -> bool {
    is_letter_or_digit(c) || is_apostrophe(c) || is_mark(c)
}

/// `char::is_alphanumeric`, with the Cyrillic letters answered first: the general lookup
/// is slow outside ASCII, and every character of every Russian note goes through here.
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'Ѐ'..='ҁ' | 'Ҋ'..='ӿ') || (!c.is_ascii() && c.is_alphanumeric())
}

/// Combining accents, and the invisible characters Word and the web leave inside words
/// (soft hyphen, zero-width spaces and joiners, BOM): part of a word, not of its key.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// The keys a roster's name part is looked for under: its [`key`], and the key of how it
/// is spelt in the other script where the two disagree on е and ё. A Latin "ye"/"yo"
/// (Yelena, Bakhtiyor, Abdullayev) is a Cyrillic е/ё, and a Cyrillic е/ё at the start of a
/// word or after a vowel (Елена, Бахтиёр, Абдуллаев) is written "ye"/"yo" in Latin.
pub fn spellings(word: &str) -> Vec<String> {
    let mut out = vec![key(word)];
    let lower = word.to_lowercase();
    let other = if is_cyrillic(word) {
        let mut iotated = String::new();
        let mut after_vowel = true;
        for c in lower.chars() {
            match c {
                'ё' => iotated.push_str("йо"),
                'е' if after_vowel => iotated.push_str("йе"),
                _ => iotated.push(c),
            }
            after_vowel = "аеёиоуыэюяӣӯ".contains(c);
        }
        key(&iotated)
    } else {
        key(&lower.replace("yo", "e").replace("ye", "e"))
    };
    if !out.contains(&other) {
        out.push(other);
    }
    out
}

/// Whether `word` is written (mostly) in Cyrillic letters.
pub fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

/// The spelling-blind key of one word.
pub fn key(word: &str) -> String {
    let mut ascii = String::with_capacity(word.len());
    if word.is_ascii() {
        // Most words of an English note: nothing to compose or transliterate.
        ascii.extend(word.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()));
        return fold_spellings(&ascii);
    }
    for c in word.nfc().flat_map(char::to_lowercase) {
        if is_apostrophe(c) || is_mark(c) {
            continue;
        }
        match c {
            // Tajik and Kyrgyz letters as their names are written in Latin letters.
            'ё' => ascii.push('e'),
            'ӣ' | 'й' | 'ы' => ascii.push('i'),
            'ӯ' | 'ү' => ascii.push('u'),
            'ҳ' | 'х' => ascii.push('h'),
            'қ' => ascii.push('k'),
            'ғ' => ascii.push('g'),
            'ҷ' | 'ж' => ascii.push('j'),
            'ө' => ascii.push('o'),
            'ң' => ascii.push_str("ng"),
            'ц' => ascii.push('c'),
            'ъ' | 'ь' => {}
            _ => ascii.push_str(any_ascii_char(c)),
        }
    }
    fold_spellings(&ascii.to_ascii_lowercase())
}

/// Makes one the spellings that transliteration schemes disagree on (see the module doc).
fn fold_spellings(ascii: &str) -> String {
    let mut out = String::with_capacity(ascii.len());
    let bytes = ascii.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = ascii.get(i..).unwrap_or("");
        let (to, skip) = if rest.starts_with("dzh") {
            ("j", 3)
        } else if rest.starts_with("kh") {
            ("h", 2)
        } else if rest.starts_with("zh") || rest.starts_with("dj") {
            ("j", 2)
        } else if rest.starts_with("ts") || rest.starts_with("tz") {
            ("c", 2)
        } else if rest.starts_with('x') {
            ("ks", 1)
        } else if rest.starts_with('q') {
            ("k", 1)
        } else if rest.starts_with("gh") {
            ("g", 2)
        } else if rest.starts_with('y') {
            ("i", 1)
        } else if rest.starts_with('w') {
            ("v", 1)
        } else {
            (rest.get(..1).unwrap_or(""), 1)
        };
        i += skip;
        if !to.is_empty() && !to.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        // Doubled letters are one (Zarrina, Hasan/Hassan).
        if to.len() == 1 && out.ends_with(to) {
            continue;
        }
        out.push_str(to);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn one_key_however_a_name_is_written() {
        for (a, b) in [
            ("Назаров", "Nazarov"),
            ("НАЗАРОВ", "nazarov"),
            ("Айбек", "Aibek"),
            ("Айбек", "Aybek"),
            ("Öztürk", "Ozturk"),
            ("O’Connell", "OConnell"),
            ("O'Connell", "O’Connell"),
            ("Қодирова", "Kodirova"),
            ("Ҳасанов", "Khasanov"),
            ("Ҳасанов", "Hasanov"),
            ("Жанна", "Zhanna"),
            ("Джамшед", "Jamshed"),
            ("Ҷамшед", "Jamshed"),
            ("Фёдор", "Федор"),
            ("Саидова", "Saidova"),
            ("Цой", "Tsoi"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        assert_ne!(key("Назаров"), key("Назарбаев"));
    }
}
