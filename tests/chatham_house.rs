//! The Chatham House Rule in the languages the events run in: a roster of Russian, Tajik,
//! Kyrgyz and English names, each mentioned in notes in all six Russian cases, in Latin
//! letters, in capitals, with initials, and with affiliations in running text. The public
//! export refuses every one, and with --redact carries none of them, in Markdown, in every
//! XML part of the DOCX, and in JSON. Then the false alarms: how many ordinary Russian
//! words and words of the seed report the matcher takes for a participant.

use std::io::Read;

use convene::agenda::{Agenda, Participant};
use convene::export::{self, Format, Options, Profile};
use convene::privacy::Matcher;
use convene::session::testkit::{Scribe, roundtable};
use convene::session::{EntryKind, Session};

/// How a surname or given name declines: its stem and the endings of the six cases
/// (nominative, genitive, dative, accusative, instrumental, prepositional).
#[derive(Clone, Copy)]
enum Declension {
    /// Назаров, Каримов, Токтогулов, Сатыбалдиев
    MasculineOv,
    /// Садыкова, Қодирова
    FeminineOva,
    /// Вишневский
    MasculineSky,
    /// Вишневская
    FeminineSkaya,
    /// Рустам, Айбек (hard consonant)
    MasculineGiven,
    /// Зарина, Фируза
    FeminineGiven,
    /// Раҳимзода, Öztürk, O'Connell: not declined in these notes
    Fixed,
}

fn cases(word: &str, d: Declension) -> Vec<String> {
    let cut = |n: usize| word.chars().take(word.chars().count() - n).collect::<String>();
    let with = |stem: String, endings: &[&str]| endings.iter().map(|e| format!("{stem}{e}")).collect();
    match d {
        Declension::MasculineOv => with(word.to_string(), &["", "а", "у", "а", "ым", "е"]),
        Declension::FeminineOva => with(cut(1), &["а", "ой", "ой", "у", "ой", "ой"]),
        Declension::MasculineSky => with(cut(2), &["ий", "ого", "ому", "ого", "им", "ом"]),
        Declension::FeminineSkaya => with(cut(2), &["ая", "ой", "ой", "ую", "ой", "ой"]),
        Declension::MasculineGiven => with(word.to_string(), &["", "а", "у", "а", "ом", "е"]),
        Declension::FeminineGiven => with(cut(1), &["а", "ы", "е", "у", "ой", "е"]),
        Declension::Fixed => vec![word.to_string(); 6],
    }
}

/// A Latin spelling of a Cyrillic word, as a rapporteur typing in English would write it
/// (BGN/PCGN: Yelena, Bakhtiyor, Abdullayev; not the program's own transliteration).
fn latin(word: &str) -> String {
    let mut out = String::new();
    let mut after_vowel = true;
    for c in word.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        // BGN/PCGN: е at the start or after a vowel is "ye" (Yelena, Abdullayev), ё "yo".
        let iotated = match lower {
            'е' if after_vowel => Some("ye"),
            'ё' => Some("yo"),
            _ => None,
        };
        after_vowel = "аеёиоуыэюяӣӯ".contains(lower);
        let t = match (iotated, lower) {
            (Some(t), _) => t,
            (None, lower) => match lower {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' | 'ғ' => "g",
                'д' => "d",
                'е' | 'ё' => "e",
                'ж' => "zh",
                'з' => "z",
                'и' | 'ӣ' => "i",
                'й' => "y",
                'к' | 'қ' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'у' | 'ӯ' => "u",
                'ф' => "f",
                'х' | 'ҳ' => "kh",
                'ц' => "ts",
                'ч' => "ch",
                'ҷ' => "j",
                'ш' => "sh",
                'щ' => "shch",
                'ы' => "y",
                'э' => "e",
                'ю' => "yu",
                'я' => "ya",
                'ъ' | 'ь' => "",
                _ => {
                    out.push(c);
                    continue;
                }
            },
        };
        if c.is_uppercase() {
            let mut cs = t.chars();
            if let Some(f) = cs.next() {
                out.extend(f.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(t);
        }
    }
    out
}

struct Person {
    id: String,
    given: (&'static str, Declension),
    surname: (&'static str, Declension),
    affiliation: &'static str,
}

fn people() -> Vec<Person> {
    use Declension::*;
    let rows: &[(&str, Declension, &str, Declension, &str)] = &[
        ("Рустам", MasculineGiven, "Назаров", MasculineOv, "Академия МВД"),
        (
            "Айбек",
            MasculineGiven,
            "Осмонов",
            MasculineOv,
            "Государственный комитет национальной безопасности",
        ),
        ("Гульнара", FeminineGiven, "Садыкова", FeminineOva, "Youth and Civilization"),
        ("Зарина", FeminineGiven, "Қодирова", FeminineOva, "Бюро по правам человека"),
        ("Фируза", FeminineGiven, "Саидова", FeminineOva, "Генеральная прокуратура"),
        ("Бахтиёр", MasculineGiven, "Рахимов", MasculineOv, "Academy of the Ministry of Internal Affairs"),
        ("Нигора", FeminineGiven, "Юсупова", FeminineOva, "Лига женщин-юристов"),
        ("Дилшод", MasculineGiven, "Каримов", MasculineOv, "Ассоциация молодых юристов"),
        ("Малика", FeminineGiven, "Шарипова", FeminineOva, "Центр стратегических исследований"),
        ("Анвар", MasculineGiven, "Исмоилов", MasculineOv, "Отдел внутренних дел Хуҷанда"),
        ("Парвиз", MasculineGiven, "Давлатов", MasculineOv, "Комитет по делам религии"),
        ("Гулнора", FeminineGiven, "Ахмедова", FeminineOva, "Таджикский национальный университет"),
        ("Сергей", Fixed, "Вишневский", MasculineSky, "Московский институт права"),
        ("Ольга", FeminineGiven, "Вишневская", FeminineSkaya, "Фонд гражданских инициатив"),
        ("Алексей", Fixed, "Петров", MasculineOv, "Следственный комитет"),
        ("Елена", FeminineGiven, "Смирнова", FeminineOva, "Институт философии"),
        ("Дмитрий", Fixed, "Кузнецов", MasculineOv, "Управление по борьбе с терроризмом"),
        ("Наталья", FeminineGiven, "Попова", FeminineOva, "Общественный совет"),
        ("Игорь", Fixed, "Соколов", MasculineOv, "Пограничная служба"),
        ("Татьяна", FeminineGiven, "Лебедева", FeminineOva, "Детский фонд"),
        ("Андрей", Fixed, "Новиков", MasculineOv, "Военная академия"),
        ("Мария", FeminineGiven, "Морозова", FeminineOva, "Медиацентр"),
        ("Тимур", MasculineGiven, "Бекмуратов", MasculineOv, "Министерство юстиции"),
        ("Жанна", FeminineGiven, "Абдылдаева", FeminineOva, "Омбудсмен Кыргызстана"),
        ("Нурлан", MasculineGiven, "Токтогулов", MasculineOv, "Academy of the State Border Service"),
        ("Айгуль", Fixed, "Жумабаева", FeminineOva, "Союз журналистов"),
        ("Бакыт", MasculineGiven, "Сатыбалдиев", MasculineOv, "Высшая школа милиции"),
        ("Чолпон", Fixed, "Мамытова", FeminineOva, "Центр толерантности"),
        ("Азамат", MasculineGiven, "Эргешов", MasculineOv, "Молодёжный парламент"),
        ("Сайфулло", Fixed, "Раҳимзода", Fixed, "Комитет по делам молодёжи"),
        ("Шоира", FeminineGiven, "Ҳайдарзода", Fixed, "Исламский университет"),
        ("Ҷамшед", MasculineGiven, "Қурбонов", MasculineOv, "Агентство по контролю за наркотиками"),
        ("Мунира", FeminineGiven, "Ғафурова", FeminineOva, "Женский кризисный центр"),
        ("Шерзод", MasculineGiven, "Маҳмадалиев", MasculineOv, "Радио Озоди"),
        ("Фарход", MasculineGiven, "Назриев", MasculineOv, "Ассоциация имамов"),
        ("Sean", Fixed, "O'Connell", Fixed, "Police Service of Northern Ireland"),
        ("Mehmet", Fixed, "Öztürk", Fixed, "Turkish National Police Academy"),
        ("Anna", Fixed, "Müller", Fixed, "Hanns Seidel Foundation"),
        ("Emily", Fixed, "Clarke", Fixed, "King's College Department of War Studies"),
        ("Hamish", Fixed, "Macdonald", Fixed, "Scottish Institute for Policing Research"),
        ("Ingrid", Fixed, "Lindqvist", Fixed, "Folke Bernadotte Academy"),
        ("Pieter", Fixed, "Vandenberghe", Fixed, "Belgian Federal Police"),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, &(g, gd, s, sd, a))| Person {
            id: format!("p-{i}"),
            given: (g, gd),
            surname: (s, sd),
            affiliation: a,
        })
        .collect()
}

fn agenda(people: &[Person]) -> Agenda {
    let mut agenda = roundtable();
    agenda.event.chatham_house = true;
    // Every affiliation here is a participant's, none an institution the report may name.
    agenda.event.public_names.clear();
    agenda.participants = people
        .iter()
        .enumerate()
        .map(|(i, p)| Participant {
            id: p.id.clone(),
            name: Some(format!("{} {}", p.given.0, p.surname.0)),
            role: format!("Participant {}", i % 5),
            affiliation: Some(p.affiliation.to_string()),
            stakeholder: Some(["law enforcement", "NGO", "expert"][i % 3].into()),
            organiser: false,
        })
        .collect();
    agenda
}

/// Every way the notes mention `p`: six cases of the surname alone and of the full name,
/// in Cyrillic and Latin letters, in capitals, with initials, and the affiliation.
fn mentions(p: &Person) -> Vec<String> {
    let surnames = cases(p.surname.0, p.surname.1);
    let givens = cases(p.given.0, p.given.1);
    let mut out = Vec::new();
    for (s, g) in surnames.iter().zip(&givens) {
        out.push(s.clone());
        out.push(format!("{g} {s}"));
        out.push(latin(s));
        out.push(format!("{} {}", latin(g), latin(s)));
        out.push(s.to_uppercase());
        out.push(format!("{} {g}", s.to_uppercase()));
    }
    let initial = |w: &str| w.chars().next().map(|c| c.to_string()).unwrap_or_default();
    out.push(format!("{}. {}", initial(p.given.0), p.surname.0));
    out.push(format!("{}. {}", initial(&latin(p.given.0)), latin(p.surname.0)));
    out.push(p.affiliation.to_string());
    out
}

fn session(agenda: &Agenda, notes: &[String]) -> Session {
    let mut scribe = Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut s = Session::start(&scribe.start(agenda)).unwrap();
    s.apply(&scribe.record(convene::session::Event::ItemStarted { item: "d1-plenary-questions".into() }));
    for text in notes {
        scribe.advance(5);
        let (_, r) = scribe.capture(EntryKind::DiscussionPoint, text, Some("d1-plenary-questions"));
        s.apply(&r);
    }
    s
}

/// The text of every XML part of a DOCX.
fn docx_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        if part.name().ends_with(".xml") || part.name().ends_with(".rels") {
            part.read_to_string(&mut all).unwrap();
        }
    }
    all
}

#[test]
fn no_name_survives_the_public_export_in_any_form() {
    let people = people();
    assert!(people.len() >= 40);
    let agenda = agenda(&people);
    let mut notes = Vec::new();
    let mut planted = 0;
    for p in &people {
        for m in mentions(p) {
            notes.push(format!("Как отметил {m}, доверие строится годами; see also {m}."));
            planted += 1;
        }
    }
    notes.push("Доверие между полицией и обществом строится годами.".into());
    let s = session(&agenda, &notes);

    // Without --redact: refused, every planted note listed.
    let err = export::render(
        &s,
        Format::Markdown,
        Options {
            profile: Profile::Public,
            redact: false,
            lang: None,
            allow_placeholders: true,
            ..Options::default()
        },
    )
    .unwrap_err();
    let export::ExportError::NamesInText(leaks) = &err else { panic!("{err}") };
    let places: std::collections::BTreeSet<String> = leaks.iter().map(|l| l.place.to_string()).collect();
    let misses = planted - places.len();
    println!("planted mentions: {planted}; refused: {}; missed: {misses}", places.len());
    assert_eq!(misses, 0, "every note that names someone is listed");

    // With --redact: nothing of any name or affiliation in any format.
    let redact = Options {
        profile: Profile::Public,
        redact: true,
        lang: None,
        allow_placeholders: true,
        ..Options::default()
    };
    let outputs = [
        ("Markdown", String::from_utf8(export::render(&s, Format::Markdown, redact).unwrap()).unwrap()),
        ("DOCX", docx_text(&export::render(&s, Format::Docx, redact).unwrap())),
        ("JSON", String::from_utf8(export::render(&s, Format::Json, redact).unwrap()).unwrap()),
    ];
    let mut survived = Vec::new();
    for (format, text) in &outputs {
        let lower = text.to_lowercase();
        // Markdown and XML escape apostrophes differently; compare without them.
        let bare: String = lower.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
        for p in &people {
            for m in mentions(p) {
                let m = m.to_lowercase().replace(['\'', '’'], "");
                if bare.contains(&m) {
                    survived.push(format!("{format}: {m}"));
                }
            }
        }
        assert!(text.contains("[a participant]") || text.contains("\\[a participant\\]"), "{format} redacts");
        assert!(text.contains("доверие строится годами"), "{format} keeps the rest of the note");
    }
    assert!(survived.is_empty(), "{} mentions survive redaction: {survived:#?}", survived.len());
}

#[test]
fn false_alarms_on_ordinary_words_stay_under_one_percent() {
    let people = people();
    let matcher = Matcher::new(&agenda(&people));
    let common: Vec<&str> = include_str!("data/ru-common-2000.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    assert!(common.len() >= 2000);
    let report = include_str!("data/roundtable-report-2009.md");
    let report_words: Vec<&str> = report
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut alarms = Vec::new();
    for w in common.iter().chain(&report_words) {
        if !matcher.find(w).is_empty() {
            alarms.push(*w);
        }
    }
    let total = common.len() + report_words.len();
    let rate = alarms.len() as f64 * 100.0 / total as f64;
    println!("false alarms: {} of {total} words ({rate:.2} %): {alarms:?}", alarms.len());
    assert!(rate < 1.0, "{rate:.2} % of ordinary words taken for participants: {alarms:?}");
}

/// The roster of the projector tests: two Lecturers (a shared role) and one Head of the
/// Political Unit (a role that names its holder), all with names.
fn projector_roster() -> Agenda {
    let mut agenda = roundtable();
    agenda.event.chatham_house = true;
    let person = |id: &str, name: &str, role: &str, stakeholder: &str| Participant {
        id: id.into(),
        name: Some(name.into()),
        role: role.into(),
        affiliation: Some("Ministry of Internal Affairs Academy".into()),
        stakeholder: Some(stakeholder.into()),
        organiser: false,
    };
    agenda.participants = vec![
        person("lec-1", "Рустам Назаров", "Lecturer", "law enforcement"),
        person("lec-2", "Зарина Қодирова", "Lecturer", "law enforcement"),
        person("head-1", "Sean O'Connell", "Head of the Political Unit", "international organisation"),
    ];
    agenda
}

/// The projector at 80x24 with `speaker` on the floor during the plenary discussion.
fn projector_with(speaker: &str) -> String {
    let mut h = convene::testing::Harness::new(&projector_roster(), "2009-04-28T06:15:00Z".parse().unwrap());
    h.record(convene::session::Event::ItemStarted { item: "d1-plenary-questions".into() });
    h.press(&["Q"]).type_text(&format!("@{speaker}")).press(&["Enter", "f", "v"]);
    h.wait(5);
    h.screen(80, 24)
}

#[test]
fn the_projector_shows_a_shared_role_but_never_a_role_that_names_its_holder() {
    let shared = projector_with("lec-2");
    assert!(shared.contains("Speaking: Lecturer"), "{shared}");
    insta::assert_snapshot!("projector_shared_role", shared);
    let unique = projector_with("head-1");
    assert!(!unique.contains("Political Unit"), "{unique}");
    assert!(unique.contains("Speaking: international organisation representative"), "{unique}");
    insta::assert_snapshot!("projector_unique_role", unique);
    for screen in [&shared, &unique] {
        for secret in ["Назаров", "Қодирова", "O'Connell", "Academy", "lec-", "head-1"] {
            assert!(!screen.contains(secret), "the projector shows {secret}: {screen}");
        }
    }
}

#[test]
fn a_note_that_names_someone_is_marked_while_typed_and_in_the_lists() {
    let mut h = convene::testing::Harness::new(&projector_roster(), "2009-04-28T06:15:00Z".parse().unwrap());
    h.record(convene::session::Event::ItemStarted { item: "d1-plenary-questions".into() });
    h.press(&["c"]).type_text("Согласна с Назаровым");
    let typing = h.screen(120, 36);
    // The mark wraps with the rule it ends: both halves are there.
    assert!(typing.contains("⚠ names a") && typing.contains("refused in the public draft"), "{typing}");
    h.press(&["Enter"]).type_text("Доверие строится годами").press(&["Enter"]);
    let pane = h.screen(120, 36);
    assert_eq!(pane.matches("⚠ names a").count(), 1, "only the note that names someone: {pane}");
    h.press(&["Esc", "r"]);
    let review = h.screen(120, 36);
    assert!(review.contains("⚠ names a"), "the review list marks it too: {review}");

    // Without the Chatham House Rule nothing is marked.
    let mut open = projector_roster();
    open.event.chatham_house = false;
    let mut h = convene::testing::Harness::new(&open, "2009-04-28T06:15:00Z".parse().unwrap());
    h.record(convene::session::Event::ItemStarted { item: "d1-plenary-questions".into() });
    h.press(&["c"]).type_text("Согласна с Назаровым");
    assert!(!h.screen(120, 36).contains("⚠ names a"));
}

#[test]
fn names_in_agenda_titles_materials_and_typed_roles_are_refused_too() {
    let mut json = serde_json::to_value(projector_roster()).unwrap();
    json["days"][0]["items"][2]["title"] = "Presentation by Рустам Назаров".into();
    let mut agenda = convene::agenda::parse_str("titled.json", &json.to_string()).unwrap();
    agenda.event.materials.push("Slides of Зарина Қодирова".into());
    let mut scribe = Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut s = Session::start(&scribe.start(&agenda)).unwrap();
    s.apply(&scribe.record(convene::session::Event::ItemStarted { item: "d1-plenary-questions".into() }));
    s.apply(&scribe.record(convene::session::Event::EntryCaptured {
        entry: uuid::Uuid::from_u128(7),
        kind: EntryKind::DiscussionPoint,
        text: "Trust is built slowly".into(),
        attribution: convene::session::Attribution {
            role: Some("O'Connell's deputy".into()),
            ..Default::default()
        },
        item: Some("d1-plenary-questions".into()),
        group: None,
        attached_to: None,
    }));
    let err = export::render(
        &s,
        Format::Markdown,
        Options {
            profile: Profile::Public,
            redact: false,
            lang: None,
            allow_placeholders: true,
            ..Options::default()
        },
    )
    .unwrap_err();
    let message = err.to_string();
    for place in ["agenda: an annex table", "agenda: materials", "entry …"] {
        assert!(message.contains(place), "{place} is listed: {message}");
    }
    let redacted = String::from_utf8(
        export::render(
            &s,
            Format::Markdown,
            Options {
                profile: Profile::Public,
                redact: true,
                lang: None,
                allow_placeholders: true,
                ..Options::default()
            },
        )
        .unwrap(),
    )
    .unwrap();
    for secret in ["Назаров", "Қодирова", "O'Connell", "O’Connell"] {
        assert!(!redacted.contains(secret), "{secret} survives: {redacted}");
    }
}
