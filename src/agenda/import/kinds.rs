//! An imported item's kind: read from a kind column (English or Russian names), or
//! guessed from the title when there is none, so a facilitator's own spreadsheet needs
//! no extra column.

use crate::agenda::ItemKind;

/// Every kind, in the order the agenda format lists them (for messages).
pub(super) const ALL: [ItemKind; 9] = crate::agenda::ITEM_KINDS;

/// Names other than the agenda format's own (`working_groups`), after [`normal`]: the
/// words a facilitator writes in a kind column.
const NAMES: [(&str, ItemKind); 32] = [
    ("working groups", ItemKind::WorkingGroups),
    ("working group", ItemKind::WorkingGroups),
    ("group work", ItemKind::WorkingGroups),
    ("report back", ItemKind::ReportBack),
    ("reportback", ItemKind::ReportBack),
    ("coffee break", ItemKind::Break),
    ("lunch", ItemKind::Break),
    ("открытие", ItemKind::Opening),
    ("приветствие", ItemKind::Opening),
    ("презентация", ItemKind::Presentation),
    ("доклад", ItemKind::Presentation),
    ("выступление", ItemKind::Presentation),
    ("панель", ItemKind::Panel),
    ("панельная дискуссия", ItemKind::Panel),
    ("обсуждение", ItemKind::Discussion),
    ("дискуссия", ItemKind::Discussion),
    ("рабочие группы", ItemKind::WorkingGroups),
    ("работа в группах", ItemKind::WorkingGroups),
    ("отчет групп", ItemKind::ReportBack),
    ("отчеты групп", ItemKind::ReportBack),
    ("доклады групп", ItemKind::ReportBack),
    ("перерыв", ItemKind::Break),
    ("кофе брейк", ItemKind::Break),
    ("кофе пауза", ItemKind::Break),
    ("обед", ItemKind::Break),
    ("закрытие", ItemKind::Closing),
    ("другое", ItemKind::Other),
    ("прочее", ItemKind::Other),
    ("report", ItemKind::ReportBack),
    ("coffee", ItemKind::Break),
    ("welcome", ItemKind::Opening),
    ("talk", ItemKind::Presentation),
];

/// The kind a kind cell names, or what to write instead.
pub(super) fn parse(cell: &str) -> Result<ItemKind, super::LineProblem> {
    let wanted = normal(cell);
    ALL.iter()
        .find(|k| normal(k.as_str()) == wanted)
        .copied()
        .or_else(|| NAMES.iter().find(|(name, _)| *name == wanted).map(|(_, k)| *k))
        .ok_or_else(|| super::LineProblem::NotKind(cell.trim().to_string()))
}

/// Lower case, "ё" as "е", and underscores, hyphens and runs of spaces as one space:
/// "Working_Groups", "кофе-брейк" and "Отчёт групп" are written many ways.
fn normal(s: &str) -> String {
    let s: String = s
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ё' => 'е',
            '_' | '-' | '–' => ' ',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The kind a title suggests; with none of the words below, a presentation when someone
/// speaks and "other" otherwise. Checked in this order because titles combine them:
/// "Coffee break" before anything, "Report back from the working groups" is a report-back
/// and "Panel discussion" a panel.
pub(super) fn guess(title: &str, has_speakers: bool) -> ItemKind {
    let title = normal(title);
    let words: Vec<&str> =
        title.split(|c: char| !c.is_alphanumeric() && c != '&').filter(|w| !w.is_empty()).collect();
    // A word that is `stem` or starts with it: Russian words change their endings.
    let stem = |stem: &str| words.iter().any(|w| w.starts_with(stem));
    let word = |whole: &str| words.contains(&whole);
    let phrase = |p: &str| title.contains(p);
    if ["coffee", "lunch", "перерыв", "обед", "кофе"].iter().any(|s| stem(s))
        || ["break", "tea", "dinner", "ужин"].iter().any(|w| word(w))
    {
        ItemKind::Break
    } else if ["report back", "reporting back", "report out", "reports from"].iter().any(|p| phrase(p))
        || ["отчет", "отчёт"].iter().any(|s| stem(s))
        || (stem("доклад") && stem("групп"))
    {
        ItemKind::ReportBack
    } else if ["working group", "group work", "breakout"].iter().any(|p| phrase(p))
        || ((stem("рабоч") || stem("работ")) && stem("групп"))
    {
        ItemKind::WorkingGroups
    } else if ["opening", "welcome", "открыт", "приветств", "вступительн"].iter().any(|s| stem(s))
    {
        ItemKind::Opening
    } else if ["closing", "закрыт", "заключительн"].iter().any(|s| stem(s)) {
        ItemKind::Closing
    } else if ["panel", "панел"].iter().any(|s| stem(s)) {
        ItemKind::Panel
    } else if ["discussion", "debate", "обсужд", "дискусс"].iter().any(|s| stem(s)) || word("q&a")
    {
        ItemKind::Discussion
    } else if has_speakers {
        ItemKind::Presentation
    } else {
        ItemKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_a_kind_column() {
        assert_eq!(parse("working_groups"), Ok(ItemKind::WorkingGroups));
        assert_eq!(parse(" Working groups "), Ok(ItemKind::WorkingGroups));
        assert_eq!(parse("Report-back"), Ok(ItemKind::ReportBack));
        assert_eq!(parse("BREAK"), Ok(ItemKind::Break));
        assert_eq!(parse("Кофе-брейк"), Ok(ItemKind::Break));
        assert_eq!(parse("Отчёт групп"), Ok(ItemKind::ReportBack));
        assert_eq!(parse("доклад"), Ok(ItemKind::Presentation));
        assert_eq!(parse("Рабочие группы"), Ok(ItemKind::WorkingGroups));
        let err = parse("lecture").unwrap_err().to_string();
        assert!(
            err.contains("\"lecture\" is not a kind") && err.contains("working_groups, report_back"),
            "{err}"
        );
    }

    #[test]
    fn guesses_from_titles() {
        let g = |t: &str| guess(t, false);
        assert_eq!(g("Coffee break"), ItemKind::Break);
        assert_eq!(g("Lunch"), ItemKind::Break);
        assert_eq!(g("Кофе-брейк"), ItemKind::Break);
        assert_eq!(g("Перерыв на обед"), ItemKind::Break);
        assert_eq!(g("Opening remarks"), ItemKind::Opening);
        assert_eq!(g("Welcome and introductions"), ItemKind::Opening);
        assert_eq!(g("Открытие семинара"), ItemKind::Opening);
        assert_eq!(g("Приветственное слово"), ItemKind::Opening);
        assert_eq!(g("Closing remarks"), ItemKind::Closing);
        assert_eq!(g("Закрытие"), ItemKind::Closing);
        assert_eq!(g("Case study in working groups"), ItemKind::WorkingGroups);
        assert_eq!(g("Работа в рабочих группах"), ItemKind::WorkingGroups);
        assert_eq!(g("Report back from the groups"), ItemKind::ReportBack);
        assert_eq!(g("Отчёты рабочих групп"), ItemKind::ReportBack);
        assert_eq!(g("Panel discussion"), ItemKind::Panel);
        assert_eq!(g("Open discussion"), ItemKind::Discussion);
        assert_eq!(g("Обсуждение"), ItemKind::Discussion);
        assert_eq!(g("Registration"), ItemKind::Other);
        assert_eq!(guess("Human rights in counter-terrorism", true), ItemKind::Presentation);
        // Words that only look alike.
        assert_eq!(g("Breakfast with the press"), ItemKind::Other);
        assert_eq!(g("Разбор случаев"), ItemKind::Other);
    }
}
