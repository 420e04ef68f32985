//! How the draft says who made a point (issue 17): after the point before its list
//! punctuation, as a lead-in, as a footnote, or not at all, per profile and per part of the
//! report, from the agenda's report block or the command line; quotes in quotation marks,
//! questions after their own line; the skeleton of what nobody captured, and the public
//! draft refused while it is left; heading qualifiers.

use convene::agenda::Agenda;
use convene::agenda::report::{AttributionStyle, ReportPart, ReportSettings};
use convene::export::attribution::AttributionChoice;
use convene::export::{self, ExportError, Format, Options, Profile};
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{Attribution, EntryKind, Event, Session};

fn by(who: &str) -> Attribution {
    Attribution { participant: Some(who.into()), not_for_attribution: true, ..Attribution::default() }
}

fn note(n: u128, kind: EntryKind, text: &str, who: Attribution, item: &str) -> Event {
    Event::EntryCaptured {
        entry: uuid::Uuid::from_u128(n),
        kind,
        text: text.into(),
        attribution: who,
        item: Some(item.into()),
        group: None,
        attached_to: None,
    }
}

/// A morning of the roundtable: a presentation, a discussion with a question, a quote and
/// a reference, and a recommendation in General Conclusions.
fn session(agenda: &Agenda) -> Session {
    use EntryKind::*;
    let events = vec![
        Event::ItemStarted { item: "d1-key-questions".into() },
        note(
            1,
            PresentationPoint,
            "Security and human rights are complementary.",
            by("odihr-2"),
            "d1-key-questions",
        ),
        Event::ItemStarted { item: "d1-plenary-questions".into() },
        note(
            2,
            DiscussionPoint,
            "Police must always use minimum force;",
            by("ngo-2"),
            "d1-plenary-questions",
        ),
        Event::EntryCaptured {
            entry: uuid::Uuid::from_u128(3),
            kind: Reference,
            text: "Law on the Militia, Article 15.".into(),
            attribution: Attribution::default(),
            item: Some("d1-plenary-questions".into()),
            group: None,
            attached_to: Some(uuid::Uuid::from_u128(2)),
        },
        note(4, Question, "Is \"religious extremism\" the right term?", by("mia-1"), "d1-plenary-questions"),
        note(5, Quote, "Prevention is better than cure.", by("pros-1"), "d1-plenary-questions"),
        note(6, DiscussionPoint, "Trust is built locally; and", by("ngo-3"), "d1-plenary-questions"),
        Event::ItemStarted { item: "d2-conclusions".into() },
        note(7, RecommendationParticipants, "More joint seminars.", by("pros-1"), "d2-conclusions"),
    ];
    let mut scribe = Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut s = Session::start(&scribe.start(agenda)).unwrap();
    for event in events {
        scribe.advance(60);
        s.apply(&scribe.record(event));
    }
    s
}

fn draft(s: &Session, profile: Profile, choice: AttributionChoice) -> String {
    let options = Options { profile, allow_placeholders: true, attribution: choice, ..Options::default() };
    String::from_utf8(export::render(s, Format::Markdown, options).unwrap()).unwrap()
}

fn choice(part: Option<ReportPart>, style: AttributionStyle) -> AttributionChoice {
    let mut c = AttributionChoice::default();
    c.set(part, style);
    c
}

fn has(md: &str, line: &str) {
    assert!(md.lines().any(|l| l == line), "no line {line:?} in:\n{md}");
}

#[test]
fn after_the_point_the_source_goes_before_the_list_punctuation_and_after_the_footnote() {
    let s = session(&roundtable());
    let md = draft(&s, Profile::Internal, AttributionChoice::default());
    has(
        &md,
        "- Police must always use minimum force[^1] (NGO legal analyst, Tajik human rights NGO; not for attribution);",
    );
    has(
        &md,
        "- Trust is built locally (NGO programme coordinator, Tajik human rights NGO; not for attribution); and",
    );
    let public = draft(&s, Profile::Public, AttributionChoice::default());
    has(&public, "- Police must always use minimum force[^1] (NGO representative);");
}

#[test]
fn the_public_recommendation_lists_name_no_source_unless_asked() {
    let s = session(&roundtable());
    let public = draft(&s, Profile::Public, AttributionChoice::default());
    has(&public, "1. More joint seminars.");
    let internal = draft(&s, Profile::Internal, AttributionChoice::default());
    has(&internal, "1. More joint seminars (Prosecutor, Prosecutor General's Office; not for attribution).");
    let asked =
        draft(&s, Profile::Public, choice(Some(ReportPart::Recommendations), AttributionStyle::After));
    has(&asked, "1. More joint seminars (Prosecutor).");
}

#[test]
fn a_lead_in_says_who_before_the_point_with_the_verb_of_its_kind() {
    let s = session(&roundtable());
    let public = draft(&s, Profile::Public, choice(None, AttributionStyle::LeadIn));
    has(&public, "- An NGO representative said: Police must always use minimum force[^1];");
    has(&public, "- A law enforcement representative asked: Is \"religious extremism\" the right term?");
    has(&public, "1. A prosecutor recommended: More joint seminars.");
    let internal =
        draft(&s, Profile::Internal, choice(Some(ReportPart::Discussions), AttributionStyle::LeadIn));
    has(
        &internal,
        "- An NGO legal analyst, Tajik human rights NGO (not for attribution) said: Police must always use minimum force[^1];",
    );
    // Only the part asked for changed.
    has(&internal, "1. More joint seminars (Prosecutor, Prosecutor General's Office; not for attribution).");
}

#[test]
fn a_footnote_attribution_is_a_footnote_after_the_points_own() {
    let s = session(&roundtable());
    let public =
        draft(&s, Profile::Public, choice(Some(ReportPart::Discussions), AttributionStyle::Footnote));
    has(&public, "- Police must always use minimum force[^1][^2];");
    has(&public, "[^1]: Law on the Militia, Article 15.");
    has(&public, "[^2]: NGO representative.");
}

#[test]
fn none_says_nothing_of_the_source() {
    let s = session(&roundtable());
    let public = draft(&s, Profile::Public, choice(None, AttributionStyle::None));
    has(&public, "- Police must always use minimum force[^1];");
    has(&public, "- Trust is built locally; and");
}

#[test]
fn the_agendas_report_block_sets_the_styles_and_the_command_line_wins() {
    let mut agenda = roundtable();
    let mut report = agenda.report.clone().unwrap_or_default();
    report.attribution.public.discussions = Some(AttributionStyle::None);
    report.attribution.public.recommendations = Some(AttributionStyle::After);
    agenda.report = Some(report);
    let s = session(&agenda);
    let public = draft(&s, Profile::Public, AttributionChoice::default());
    has(&public, "- Police must always use minimum force[^1];");
    has(&public, "1. More joint seminars (Prosecutor).");
    let overridden =
        draft(&s, Profile::Public, choice(Some(ReportPart::Discussions), AttributionStyle::After));
    has(&overridden, "- Police must always use minimum force[^1] (NGO representative);");
}

#[test]
fn quotes_read_as_quotes_and_questions_follow_their_own_line() {
    let s = session(&roundtable());
    let md = draft(&s, Profile::Public, AttributionChoice::default());
    has(&md, "- “Prevention is better than cure.” (Prosecutor)");
    let questions = md.find("Questions raised:").expect("a line for the questions");
    let question = md.find("- Is \"religious extremism\" the right term?").unwrap();
    let point = md.find("- Police must always use minimum force").unwrap();
    assert!(point < questions && questions < question, "{md}");
    let options = Options {
        profile: Profile::Public,
        allow_placeholders: true,
        lang: Some(convene::i18n::Lang::Ru),
        ..Options::default()
    };
    let ru = String::from_utf8(export::render(&s, Format::Markdown, options).unwrap()).unwrap();
    assert!(ru.contains("«Prevention is better than cure.»"), "{ru}");
}

#[test]
fn what_nobody_captured_keeps_its_skeleton_and_holds_back_the_public_draft() {
    let s = session(&roundtable());
    let internal = draft(&s, Profile::Internal, AttributionChoice::default());
    // Day 2's sessions were never run: their items are there to write from.
    let session2 = internal.find("## Session 2").expect("the skeleton of Session 2");
    let rest = &internal[session2..];
    assert!(
        rest.contains("**The UN approach to violent extremism.** Speakers: Human rights adviser, UN OHCHR.")
    );
    assert!(rest.contains("**\\[to be written\\]**"));
    // The opening had nothing captured and has nothing for a report to say.
    assert!(!internal.contains("## Opening"), "{internal}");

    let refused =
        export::render(&s, Format::Markdown, Options { profile: Profile::Public, ..Options::default() });
    let Err(ExportError::Placeholders(places)) = refused else {
        panic!("the public draft went out with placeholders")
    };
    assert!(
        places.iter().any(|p| p == "Session 2 › Presentations › The UN approach to violent extremism."),
        "{places:?}"
    );
    let message = ExportError::Placeholders(places.clone()).to_string();
    assert!(message.contains("--allow-placeholders"), "{message}");
    // The internal draft is the drafter's: always written.
    assert!(export::render(&s, Format::Docx, Options::default()).is_ok());
}

#[test]
fn a_qualifier_follows_the_reports_own_heading() {
    let mut agenda = roundtable();
    let mut report = ReportSettings::default();
    report.qualifiers.recommendations_participants = Some("at the roundtable".into());
    agenda.report = Some(report);
    let md = draft(&session(&agenda), Profile::Internal, AttributionChoice::default());
    has(&md, "### Recommendations made by participants at the roundtable");
}
