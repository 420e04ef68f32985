//! Section titles with a meaning of their own: the one place that knows them, in every
//! language the events use.

/// Titles of the report section where the room's conclusions, recommendations and
/// follow-up are gathered (English, Russian, Tajik), compared without case and with ё as е.
pub const CONCLUSIONS_TITLES: &[&str] = &["General Conclusions", "Общие выводы", "Хулосаҳои умумӣ"];

/// Whether an agenda section is the conclusions section: its points default to
/// conclusions on the run screen, and the draft gathers them under one heading.
pub fn is_conclusions(section: &str) -> bool {
    let wanted = fold(section);
    CONCLUSIONS_TITLES.iter().any(|t| fold(t) == wanted)
}

fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('ё', "е")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conclusions_section_in_each_language() {
        assert!(is_conclusions("General Conclusions"));
        assert!(is_conclusions("general  conclusions "));
        assert!(is_conclusions("Общие выводы"));
        assert!(is_conclusions("ОБЩИЕ ВЫВОДЫ"));
        assert!(is_conclusions("Хулосаҳои умумӣ"));
        assert!(!is_conclusions("Conclusions of Session 1"));
        assert!(!is_conclusions("Выводы рабочей группы"));
    }
}
