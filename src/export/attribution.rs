//! How a point says who made it, in each part of the report and each profile: after the
//! point in parentheses, as a lead-in, in a footnote, or not at all. The choice comes from
//! the command line, then the agenda's `report.attribution`, then convene's defaults (the
//! public profile's recommendation lists carry no attribution, as in the reference
//! report). Also where the attribution goes in the text: before the list punctuation the
//! point was typed with ("…police operation (NGO representative);").

use crate::agenda::Agenda;
use crate::agenda::report::{AttributionStyle, ReportPart};
use crate::i18n::{Lang, tr, tr_with};
use crate::session::EntryKind;

use super::privacy::Profile;

/// Attribution styles given on the command line (`--attribution [PART=]STYLE`): they win
/// over the agenda's for the parts they name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttributionChoice {
    all: Option<AttributionStyle>,
    parts: [Option<AttributionStyle>; ReportPart::ALL.len()],
}

impl AttributionChoice {
    /// Sets `style` for `part`, or for every part when `part` is None.
    pub fn set(&mut self, part: Option<ReportPart>, style: AttributionStyle) {
        match part {
            Some(p) => {
                if let Some(slot) = self.parts.get_mut(p.index()) {
                    *slot = Some(style);
                }
            }
            None => {
                self.all = Some(style);
                self.parts = [None; ReportPart::ALL.len()];
            }
        }
    }

    /// The style for `part` in a draft of `profile` from `agenda`.
    pub fn style(&self, agenda: &Agenda, profile: Profile, part: ReportPart) -> AttributionStyle {
        if let Some(s) = self.parts.get(part.index()).copied().flatten().or(self.all) {
            return s;
        }
        let rules = agenda.report.as_ref().map(|r| match profile {
            Profile::Internal => &r.attribution.internal,
            Profile::Public => &r.attribution.public,
        });
        if let Some(s) = rules.and_then(|r| r.for_part(part)) {
            return s;
        }
        match (profile, part) {
            (Profile::Public, ReportPart::Recommendations) => AttributionStyle::None,
            _ => AttributionStyle::After,
        }
    }
}

/// `--attribution` as typed: "none", "recommendations=none", "working-groups=footnote".
pub fn parse_choice(text: &str) -> Result<(Option<ReportPart>, AttributionStyle), String> {
    use clap::ValueEnum;
    let (part, style) = match text.split_once('=') {
        Some((p, s)) => (Some(p.trim()), s.trim()),
        None => (None, text.trim()),
    };
    let style = AttributionStyle::from_str(&style.replace('_', "-"), true).map_err(|_| {
        let styles: Vec<String> = AttributionStyle::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_string()))
            .collect();
        format!("'{style}': a style is one of {}", styles.join(", "))
    })?;
    let part = match part {
        Some(p) => Some(ReportPart::from_str(&p.replace('_', "-"), true).map_err(|_| {
            let parts: Vec<String> = ReportPart::value_variants()
                .iter()
                .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_string()))
                .collect();
            format!("'{p}': a part is one of {}", parts.join(", "))
        })?),
        None => None,
    };
    Ok((part, style))
}

/// The list punctuation a point was typed with, split off so the attribution and the
/// footnote markers go before it: ("…operation", "; and"). None when the text ends
/// otherwise (a question mark, a closing quote, an abbreviation's full stop).
pub fn split_ending(text: &str) -> Option<(&str, &str)> {
    const LINKS: [&str; 6] = ["; and", "; or", "; и", "; или", ", and", ", и"];
    let trimmed = text.trim_end();
    for link in LINKS {
        if let Some(body) = trimmed.strip_suffix(link) {
            return Some((body, &trimmed[body.len()..]));
        }
    }
    let last = trimmed.chars().last()?;
    if !matches!(last, ';' | ',' | ':' | '.') {
        return None;
    }
    let body = &trimmed[..trimmed.len() - last.len_utf8()];
    // "…", "etc.", "e.g.", "U.S.": a full stop that belongs to the last word stays with it.
    let word = body.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let abbreviation = last == '.'
        && (body.ends_with('.')
            || word.contains('.')
            || word.chars().count() == 1
            || ["etc", "al", "т.д", "т.п", "др"].contains(&word.to_lowercase().as_str()));
    if body.is_empty() || abbreviation {
        return None;
    }
    Some((body, &trimmed[body.len()..]))
}

/// "An NGO representative recommended:", "Представитель НПО:": who made a point, before it.
pub fn lead_in(who: &str, kind: EntryKind, internal: bool, lang: Lang) -> String {
    // In the internal draft the source ends "; not for attribution": a lead-in keeps that
    // said, in brackets, so the sentence still reads.
    let nfa = format!("; {}", tr(lang, "report-not-for-attribution", &[]));
    let who = match who.strip_suffix(&nfa) {
        Some(person) if internal => format!("{person} ({})", tr(lang, "report-not-for-attribution", &[])),
        Some(person) => person.to_string(),
        None => who.to_string(),
    };
    let who = if lang == Lang::En { with_article(&who) } else { capitalised(&who) };
    let verb = match kind {
        EntryKind::PresentationPoint => "presented",
        EntryKind::RecommendationParticipants | EntryKind::RecommendationPresenters => "recommended",
        EntryKind::FollowUp => "proposed",
        EntryKind::Question => "asked",
        EntryKind::Conclusion => "concluded",
        EntryKind::DiscussionPoint | EntryKind::Quote | EntryKind::Reference => "said",
    };
    tr_with(lang, &format!("report-lead-in-{verb}"), &[("who", &who)])
}

/// The attribution as a footnote's text: "NGO representative."
pub fn as_footnote(who: &str) -> String {
    let mut text = capitalised(who);
    if !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// `text` with its first letter in capitals ("NGO representative" stays as it is).
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "A police expert", "An NGO representative", "An expert", "NGO representatives": the
/// article an English sentence needs before a role, by how its first word is said (an
/// acronym by its letters), none before a plural or a role that has its own.
fn with_article(who: &str) -> String {
    let first = who.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    // The role itself, before its affiliation or a bracket: "representatives" is plural,
    // "Head of Business" and "Police Affairs officer" are not read as such by their ends.
    let role = who.split([',', '(']).next().unwrap_or(who).trim_end();
    let plural = role.ends_with('s') && !role.ends_with("ss");
    if ["a", "an", "the", "one", "some", "several"].contains(&lower.as_str()) || plural {
        return capitalised(who);
    }
    let acronym = first.chars().count() > 1 && first.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    let vowel_sound = match first.chars().next() {
        Some(c) if acronym => "AEFHILMNORSX".contains(c),
        Some(c) => "aeiouAEIOU".contains(c) && !lower.starts_with("uni") && !lower.starts_with("eu"),
        None => false,
    };
    let article = if vowel_sound { "An" } else { "A" };
    // The role keeps its own capitals ("A Senior officer" reads as a title; lower the first
    // letter only when the word is not an acronym or a name-like capitalised role).
    let role = if acronym { who.to_string() } else { lowered_first(who) };
    format!("{article} {role}")
}

fn lowered_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The part of the report a point of `kind` belongs to, outside General Conclusions'
/// lists and a working group's output.
pub fn part_of(kind: EntryKind, presented: bool) -> ReportPart {
    match kind {
        _ if presented => ReportPart::Presentations,
        EntryKind::Conclusion => ReportPart::Conclusions,
        _ => ReportPart::Discussions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_punctuation_is_split_off_but_an_abbreviation_keeps_its_stop() {
        assert_eq!(split_ending("minimum force; and"), Some(("minimum force", "; and")));
        assert_eq!(split_ending("the police;"), Some(("the police", ";")));
        assert_eq!(split_ending("Education is crucial."), Some(("Education is crucial", ".")));
        assert_eq!(split_ending("Is it the right term?"), None);
        assert_eq!(split_ending("\"Prevention is better than cure.\""), None);
        assert_eq!(split_ending("other practices etc."), None);
        assert_eq!(split_ending("as in the U.S."), None);
        assert_eq!(split_ending("and so on..."), None);
        assert_eq!(split_ending("."), None);
    }

    #[test]
    fn english_lead_ins_have_the_article_the_role_needs() {
        let en = |who: &str| lead_in(who, EntryKind::RecommendationParticipants, false, Lang::En);
        assert_eq!(en("NGO representative"), "An NGO representative recommended:");
        assert_eq!(en("Police expert"), "A police expert recommended:");
        assert_eq!(en("an expert"), "An expert recommended:");
        assert_eq!(en("law enforcement representatives"), "Law enforcement representatives recommended:");
        assert_eq!(
            en("international organisation representative"),
            "An international organisation representative recommended:"
        );
        let internal = lead_in(
            "Prosecutor, Prosecutor General's Office; not for attribution",
            EntryKind::Question,
            true,
            Lang::En,
        );
        assert_eq!(internal, "A prosecutor, Prosecutor General's Office (not for attribution) asked:");
    }

    #[test]
    fn the_command_line_wins_then_the_agenda_then_the_defaults() {
        let mut agenda = crate::session::testkit::roundtable();
        agenda.report = None;
        let cli = AttributionChoice::default();
        assert_eq!(cli.style(&agenda, Profile::Public, ReportPart::Recommendations), AttributionStyle::None);
        assert_eq!(cli.style(&agenda, Profile::Public, ReportPart::Discussions), AttributionStyle::After);
        assert_eq!(
            cli.style(&agenda, Profile::Internal, ReportPart::Recommendations),
            AttributionStyle::After
        );
        let mut settings = crate::agenda::report::ReportSettings::default();
        settings.attribution.public.default = Some(AttributionStyle::Footnote);
        agenda.report = Some(settings);
        assert_eq!(cli.style(&agenda, Profile::Public, ReportPart::Discussions), AttributionStyle::Footnote);
        let mut cli = AttributionChoice::default();
        cli.set(Some(ReportPart::Discussions), AttributionStyle::LeadIn);
        assert_eq!(cli.style(&agenda, Profile::Public, ReportPart::Discussions), AttributionStyle::LeadIn);
        assert_eq!(
            cli.style(&agenda, Profile::Public, ReportPart::Presentations),
            AttributionStyle::Footnote
        );
        assert_eq!(
            parse_choice("working_groups=none"),
            Ok((Some(ReportPart::WorkingGroups), AttributionStyle::None))
        );
        assert_eq!(parse_choice("lead-in"), Ok((None, AttributionStyle::LeadIn)));
        assert!(parse_choice("everywhere=none").unwrap_err().contains("a part is one of"));
    }
}
