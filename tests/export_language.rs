//! The draft follows the report's language (`convene export --lang`, by default the
//! agenda's first language): its headings and fixed phrases as the reference report's
//! Russian edition would have them, the agenda's "Общие выводы" section as the one
//! conclusions heading, dates with Russian month names. The agenda's own titles stay as
//! written.

mod common;

use common::docx::docx_paragraphs;
use convene::export::{self, Format, Options, Profile};
use convene::i18n::Lang;
use convene::session::Session;
use convene::testing::Harness;

/// The Russian workshop: a point in the opening, a recommendation and a follow-up in
/// the closing discussion (section "Общие выводы"), a speaker on the floor.
fn workshop() -> Session {
    // 09:00 in Dushanbe on the workshop's day.
    let mut h = Harness::sample("community-policing-workshop.json", "2026-03-12T04:00:00Z");
    h.press(&["Space", "c"]).type_text("Участковые знают жителей по именам").press(&["Enter", "Esc"]);
    h.wait(60);
    h.record(convene::session::Event::ItemStarted { item: "actions".into() });
    h.press(&["Q"]).type_text("@uch-1").press(&["Enter", "f"]);
    h.wait(90);
    h.press(&["F", "c"]).type_text("r: Проводить ежемесячные встречи в махалле").press(&["Enter"]);
    h.type_text("f: Подготовить план совместных действий к маю").press(&["Enter", "Esc"]);
    h.wait(30);
    // The room did not agree on the recommendation: the drafter is told, in the report's
    // language.
    let entry = h.session().live_entries().find(|e| e.text.contains("ежемесячные")).map(|e| e.id).unwrap();
    h.record(convene::session::Event::EntryMarked { entry, mark: convene::session::Mark::Contested });
    h.session().clone()
}

fn markdown(s: &Session, profile: Profile, lang: Option<Lang>) -> String {
    String::from_utf8(
        export::render(
            s,
            Format::Markdown,
            Options { profile, redact: false, lang, allow_placeholders: true, ..Options::default() },
        )
        .unwrap(),
    )
    .unwrap()
}

#[test]
fn a_russian_agenda_gets_a_russian_draft() {
    let s = workshop();
    let md = markdown(&s, Profile::Public, None);
    for heading in [
        "## Открытие",
        "## Общие выводы",
        "### Рекомендации участников",
        "### Возможные последующие мероприятия",
        "## Приложение 1. Программа: по плану и фактически",
        "## Приложение 2. Время выступлений по группам участников",
    ] {
        assert!(md.lines().any(|l| l == heading), "{heading} missing:\n{md}");
    }
    // One conclusions heading, never the English one beside the agenda's own.
    assert_eq!(md.matches("Общие выводы").count(), 1, "{md}");
    assert!(!md.contains("General Conclusions"), "{md}");
    assert!(md.contains("**12 марта 2026 г.**"), "{md}");
    assert!(md.contains("Черновик, подготовленный convene"), "{md}");
    assert!(md.contains("оспаривается: проверьте перед публикацией"), "{md}");
    assert!(md.contains("Проводить ежемесячные встречи в махалле"), "{md}");
    // No English word convene wrote: every Latin word left is the agenda's own (its
    // organisers, its English approach text, a stakeholder group written in English).
    let agenda = include_str!("../agendas/community-policing-workshop.json");
    let english: Vec<&str> = md
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !agenda.contains(*w) && *w != "convene")
        .collect();
    assert!(english.is_empty(), "English convene wrote in the Russian draft: {english:?}\n{md}");
    insta::assert_snapshot!("workshop_public_ru", md);
}

#[test]
fn the_report_language_can_be_chosen_and_the_word_file_follows_it() {
    let s = workshop();
    let md = markdown(&s, Profile::Internal, Some(Lang::En));
    assert!(md.lines().any(|l| l == "## General Conclusions"), "{md}");
    assert!(md.lines().any(|l| l == "### Recommendations made by participants"), "{md}");
    assert!(md.contains("**12 March 2026**"), "{md}");
    // The agenda's titles stay as written.
    assert!(md.contains("## Открытие"), "{md}");

    let docx = export::render(
        &s,
        Format::Docx,
        Options {
            profile: Profile::Internal,
            redact: false,
            lang: None,
            allow_placeholders: true,
            ..Options::default()
        },
    )
    .unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    for words in ["Общие выводы", "Рекомендации участников", "Приложение 1", "Черновик", "12 марта 2026 г."]
    {
        assert!(xml.contains(words), "{words} not in the Word file");
    }
    assert!(!xml.contains("General Conclusions") && !xml.contains("Annex"));
    // Word checks the spelling of a Russian draft in Russian.
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(styles.contains(r#"<w:lang w:val="ru-RU""#), "{styles}");
}

#[test]
fn convenes_own_russian_words_are_never_taken_for_a_participants_name() {
    // A participant named Доля, like the speaking-time annex's share column.
    let text = include_str!("../agendas/community-policing-workshop.json");
    let mut agenda = convene::agenda::parse_str("sample", text).unwrap();
    agenda.participants.push(convene::agenda::Participant {
        id: "dolya".into(),
        name: Some("Иван Доля".into()),
        role: "Участковый инспектор".into(),
        affiliation: None,
        stakeholder: Some("law enforcement".into()),
        organiser: false,
    });
    let mut h = Harness::new(&agenda, "2026-03-12T04:00:00Z".parse().unwrap());
    h.press(&["Space", "Q"]).type_text("@uch-1").press(&["Enter", "f"]);
    h.wait(60);
    h.press(&["F"]);
    let md = markdown(h.session(), Profile::Public, None);
    assert!(md.contains("| Группа участников | Выступлений | Время, мин | Доля |"), "{md}");
    assert!(md.contains("| law enforcement | 1 | 1,0 | 100 % |"), "{md}");
}

#[test]
fn an_agenda_section_named_as_a_report_section_is_that_section_in_any_language() {
    // The opening is filed under "Справочная информация": the agenda's background and
    // the notes taken there share the report's one background heading.
    let text = include_str!("../agendas/community-policing-workshop.json")
        .replace(r#""section": "Открытие""#, r#""section": "Справочная информация""#);
    let agenda = convene::agenda::parse_str("sample", &text).unwrap();
    let mut h = Harness::new(&agenda, "2026-03-12T04:00:00Z".parse().unwrap());
    h.press(&["Space", "c"]).type_text("Участковые знают жителей по именам").press(&["Enter", "Esc"]);
    let s = h.session().clone();
    for (lang, heading) in [(Lang::Ru, "## Справочная информация"), (Lang::En, "## Background")]
    {
        let md = markdown(&s, Profile::Internal, Some(lang));
        assert_eq!(md.lines().filter(|l| *l == heading).count(), 1, "{md}");
        assert!(!md.lines().any(|l| l == "## Справочная информация" && lang == Lang::En), "{md}");
        // The note is under that heading, before the next section.
        let at = md.find(heading).unwrap();
        let next = md[at + heading.len()..].find("\n## ").map_or(md.len(), |p| at + heading.len() + p);
        assert!(md[at..next].contains("Участковые знают жителей по именам"), "{md}");
    }
}

#[test]
fn the_russian_word_draft_golden() {
    let s = workshop();
    for profile in [Profile::Public, Profile::Internal] {
        let docx = export::render(
            &s,
            Format::Docx,
            Options { profile, redact: false, lang: None, allow_placeholders: true, ..Options::default() },
        )
        .unwrap();
        let paragraphs = docx_paragraphs(docx);
        assert!(paragraphs.contains("[Heading2] Общие выводы"), "{paragraphs}");
        insta::assert_snapshot!(format!("workshop_docx_{}_ru", profile.as_str()), paragraphs);
    }
}
