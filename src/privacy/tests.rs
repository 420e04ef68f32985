//! The matcher against the forms the trials found leaking, and properties over names.

use proptest::prelude::*;

use super::{Matcher, Target};
use crate::agenda::{Agenda, Participant};
use crate::session::testkit::roundtable;

fn roster(people: &[(&str, &str, Option<&str>)]) -> Agenda {
    let mut agenda = roundtable();
    // The sample's institutions that may be named are not these tests' business.
    agenda.event.public_names.clear();
    agenda.participants = people
        .iter()
        .map(|(id, name, affiliation)| Participant {
            id: (*id).into(),
            name: Some((*name).into()),
            role: "participant".into(),
            affiliation: affiliation.map(str::to_string),
            stakeholder: None,
            organiser: false,
        })
        .collect();
    agenda
}

fn dushanbe() -> Agenda {
    roster(&[
        ("p-osmonov", "Айбек Осмонов", None),
        ("p-sadykova", "Садыкова", None),
        ("p-nazarov", "Рустам Назаров", Some("MIA Academy")),
        ("p-kodirova", "Зарина Қодирова", Some("State Committee on National Security")),
        ("p-saidova", "Firuza Saidova", Some("Youth and Civilization")),
        ("p-oconnell", "Sean O'Connell", None),
        ("p-ozturk", "Mehmet Öztürk", None),
        ("mia-1", "Bakhtiyor Rahimov", None),
    ])
}

fn who(m: &Matcher, text: &str) -> Vec<String> {
    m.find(text).into_iter().map(|x| x.target.participant().to_string()).collect()
}

#[test]
fn names_in_every_case_are_found() {
    let m = Matcher::new(&dushanbe());
    let text = "Согласна с Айбеком; Осмонова тоже поддержали; Садыковой предложено подготовить текст";
    assert_eq!(who(&m, text), ["p-osmonov", "p-osmonov", "p-sadykova"]);
    assert_eq!(
        who(&m, "как сказал Рустамом Назаровым"),
        ["p-nazarov"],
        "one mention: the two parts stand together"
    );
    for form in ["Назаров", "Назарова", "Назарову", "Назаровым", "Назарове", "о Назарове"]
    {
        assert_eq!(who(&m, form), ["p-nazarov"], "{form}");
    }
    for form in ["Қодирова", "Кодировой", "Кодирову", "КОДИРОВА", "Зарину", "Зариной"]
    {
        assert_eq!(who(&m, form), ["p-kodirova"], "{form}");
    }
}

#[test]
fn scripts_capitals_accents_and_apostrophes_do_not_hide_a_name() {
    let m = Matcher::new(&dushanbe());
    for (text, id) in [
        ("Nazarov said so", "p-nazarov"),
        ("NAZAROV", "p-nazarov"),
        ("Назаров", "p-nazarov"),
        ("Саидова (Фируза)", "p-saidova"),
        ("Saidova (Firuza)", "p-saidova"),
        ("O’Connell", "p-oconnell"),
        ("OConnell", "p-oconnell"),
        ("Mehmet Ozturk", "p-ozturk"),
        ("Kodirova", "p-kodirova"),
    ] {
        assert_eq!(who(&m, text), [id], "{text}");
    }
}

#[test]
fn redaction_replaces_the_whole_mention() {
    let m = Matcher::new(&dushanbe());
    assert_eq!(m.redact("КОДИРОВА Зарина выступила"), "[a participant] выступила");
    assert_eq!(m.redact("Зарина Қодирова и Z. Kodirova"), "[a participant] и [a participant]");
    assert_eq!(m.redact("Mehmet Ozturk agreed"), "[a participant] agreed");
    assert_eq!(m.redact("as mia-1 and @p-nazarov said"), "as [a participant] and @[a participant] said");
}

#[test]
fn affiliations_and_roster_ids_are_found() {
    let m = Matcher::new(&dushanbe());
    let found =
        m.find("Youth and Civilization and the MIA Academy; the State Committee on National Security");
    let targets: Vec<Target> = found.into_iter().map(|x| x.target).collect();
    assert_eq!(
        targets,
        [
            Target::Institution("p-saidova".into()),
            Target::Institution("p-nazarov".into()),
            Target::Institution("p-kodirova".into())
        ]
    );
    assert_eq!(m.redact("the MIA Academy trains"), "the [an institution] trains");
    assert_eq!(who(&m, "MIA-1 agreed"), ["mia-1"]);
}

#[test]
fn allowed_names_and_organisers_are_kept() {
    let mut agenda = dushanbe();
    agenda.event.public_names = vec!["MIA Academy".into()];
    let m = Matcher::new(&agenda);
    assert!(m.find("the MIA Academy trains").is_empty());
}

#[test]
fn ordinary_words_are_not_names() {
    let m = Matcher::new(&dushanbe());
    for text in [
        "Назаровский район",
        "Полиция должна применять минимальную силу",
        "доверие между полицией и обществом",
        "Youth work and civil society",
        "The academy of sciences",
        "Зарплата и закон",
    ] {
        assert!(m.find(text).is_empty(), "{text}: {:?}", m.find(text));
    }
}

#[test]
fn iotated_vowels_tajik_endings_and_invisible_characters() {
    let agenda = roster(&[
        ("p-bakhtiyor", "Бахтиёр Абдуллаев", None),
        ("p-yelena", "Елена Кузнецова", None),
        ("p-yevgeniy", "Yevgeniy Artyomov", None),
        ("p-zarina", "Зарина Назарова", None),
    ]);
    let m = Matcher::new(&agenda);
    for (text, id) in [
        ("Bakhtiyor", "p-bakhtiyor"),
        ("Abdullayev", "p-bakhtiyor"),
        ("Yelena", "p-yelena"),
        ("Евгений", "p-yevgeniy"),
        ("Артёмов", "p-yevgeniy"),
        ("Заринаро", "p-zarina"),
        ("Назароваро", "p-zarina"),
        ("Абдуллаевҳо", "p-bakhtiyor"),
        ("Наза\u{AD}рова", "p-zarina"),
        ("Наза\u{200B}рова", "p-zarina"),
    ] {
        assert_eq!(who(&m, text), [id], "{text}");
    }
}

#[test]
fn a_surnames_root_and_english_words_are_not_names() {
    let agenda = roster(&[
        ("p-1", "Дилшод Назаров", None),
        ("p-2", "Игорь Кузнецов", None),
        ("p-3", "Vera Tim", None),
        ("p-4", "Said Soko", None),
    ]);
    let m = Matcher::new(&agenda);
    for text in [
        "ба назари ман",
        "кузнец и сокол",
        "it was very good",
        "they were there",
        "time and times",
        "he said",
    ] {
        assert!(m.find(text).is_empty(), "{text}: {:?}", m.find(text));
    }
    assert_eq!(who(&m, "Vera's point"), ["p-3"]);
    assert_eq!(who(&m, "as Said put it"), ["p-4"], "a short Latin name counts with its capital");
}

/// Surnames in -ов/-ова and the Russian case forms of each.
fn forms(stem: &str, feminine: bool) -> Vec<String> {
    let endings: &[&str] = if feminine {
        &["а", "ой", "у", "ою", "ы"]
    } else {
        &["", "а", "у", "ым", "е", "ы", "ых"]
    };
    endings.iter().map(|e| format!("{stem}{e}")).collect()
}

proptest! {
    #[test]
    fn any_surname_in_any_case_inside_any_note_is_found(
        stem in "[БВГДКЛМНПРСТФХ][аеиоу][бвгдклмнпрст][аеиоу][бвгдклмнрст]ов",
        feminine in any::<bool>(),
        which in 0usize..5,
        before in "[а-я ]{0,30}",
        after in "[а-я ]{0,30}",
        upper in any::<bool>(),
    ) {
        let name = if feminine { format!("{stem}а") } else { stem.clone() };
        let agenda = roster(&[("x-1", &format!("Анна {name}"), None)]);
        let m = Matcher::new(&agenda);
        let all = forms(&stem, feminine);
        let form = all.get(which % all.len()).cloned().unwrap_or_default();
        let form = if upper { form.to_uppercase() } else { form };
        let text = format!("{before} {form} {after}");
        prop_assert!(m.find(&text).iter().any(|x| x.target == Target::Person("x-1".into())), "{text}");
        prop_assert!(!m.redact(&text).to_lowercase().contains(&stem.to_lowercase()), "{text}");
    }
}
