//! The draft's pictures (issue 19): a scripted first day with known turns and known
//! times, drawn as the draft draws it; each SVG read to its end as XML, its bars counted
//! by their kind and its words compared with what the script says they must be (worked
//! out here from the script, not from the code that draws them), in English and Russian,
//! in both profiles. Then `convene export` as a drafter runs it: the Markdown links
//! exactly the SVG files written beside it, and says why when there is nowhere to write
//! them.

mod common;

use std::path::Path;

use quick_xml::events::Event as Xml;
use quick_xml::reader::Reader;

use convene::export::pictures::{BALANCE_BAR, HATCH_GROUND, OUTLINE, SOLID, TIMELINE_BAR};
use convene::export::{self, Options, Profile};
use convene::i18n::Lang;
use convene::session::testkit::Scribe;
use convene::session::{Attribution, Event, Session};

/// The roundtable sample with names on part of its roster (the public draft must show
/// none of them), and its opening item titled with what XML must escape and a terminal
/// escape sequence.
fn agenda() -> convene::agenda::Agenda {
    let text = include_str!("../agendas/dushanbe-roundtable-2009.json")
        .replace(r#""title": "Opening remarks and introductions""#, r#""title": "A <&> \"B\" \u001b[2Jtalk""#)
        .replace(r#"{ "id": "mia-1","#, r#"{ "id": "mia-1", "name": "Rustam Nazarov","#)
        .replace(r#"{ "id": "ngo-2","#, r#"{ "id": "ngo-2", "name": "Zarina Saidova","#)
        .replace(r#"{ "id": "odihr-2","#, r#"{ "id": "odihr-2", "name": "Sean O'Connell","#);
    convene::agenda::parse_str("roundtable.json", &text).unwrap()
}

/// Who speaks in the script, for how long (seconds): 1,000 seconds in all.
const TURNS: [(Option<&str>, i64); 4] =
    [(Some("mia-1"), 600), (Some("odihr-2"), 300), (Some("ngo-2"), 90), (None, 10)];

/// Day 1 from 09:00 in Dushanbe: registration and opening on time, the key questions
/// seven minutes over (10:00–11:07), the coffee break skipped, the plenary questions
/// started at 11:07 and still running after the four turns of [`TURNS`]; nothing after.
fn scripted_day() -> Session {
    let mut s = Scribe::new("dev", "2009-04-28T04:00:00Z".parse().unwrap());
    let mut session = Session::start(&s.start(&agenda())).unwrap();
    let mut apply = |s: &mut Scribe, event: Event| session.apply(&s.record(event));
    for (item, minutes) in [("d1-registration", 30), ("d1-opening", 30), ("d1-key-questions", 67)] {
        apply(&mut s, Event::ItemStarted { item: item.into() });
        s.advance(minutes * 60);
        apply(&mut s, Event::ItemEnded { item: item.into() });
    }
    apply(&mut s, Event::ItemSkipped { item: "d1-coffee".into() });
    apply(&mut s, Event::ItemStarted { item: "d1-plenary-questions".into() });
    for (who, seconds) in TURNS {
        let speaker = match who {
            Some(id) => Attribution { participant: Some(id.into()), ..Attribution::default() },
            // A journalist nobody put in a stakeholder group.
            None => Attribution { role: Some("journalist".into()), ..Attribution::default() },
        };
        apply(&mut s, Event::FloorGiven { speaker, item: "d1-plenary-questions".into() });
        s.advance(seconds);
        apply(&mut s, Event::FloorEnded);
    }
    session
}

fn figures(session: &Session, profile: Profile, lang: Lang) -> Vec<(String, String, String)> {
    let options = Options { profile, lang: Some(lang), allow_placeholders: true, ..Options::default() };
    common::docx::figures_of(&export::prepare(session, options).unwrap_or_else(|e| panic!("{e}")))
}

fn figure(session: &Session, profile: Profile, lang: Lang, name: &str) -> (String, String) {
    let all = figures(session, profile, lang);
    let (_, caption, svg) =
        all.into_iter().find(|(n, _, _)| n == name).unwrap_or_else(|| panic!("no {name}"));
    (caption, svg)
}

/// A rectangle of an SVG: position, size, fill and stroke.
#[derive(Debug, Clone)]
struct Rect {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    fill: String,
    stroke: String,
}

/// An SVG read to its end as XML (a reader error fails the test): its rectangles and the
/// words of its texts, each with its x.
fn read(svg: &str) -> (Vec<Rect>, Vec<(String, f64)>) {
    let mut reader = Reader::from_str(svg);
    let (mut rects, mut texts) = (Vec::new(), Vec::new());
    let mut text: Option<(String, f64)> = None;
    loop {
        match reader.read_event().unwrap_or_else(|e| panic!("not XML: {e}\n{svg}")) {
            Xml::Eof => break,
            Xml::Start(e) | Xml::Empty(e) => {
                let attr = |key: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key.as_bytes())
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                        .unwrap_or_default()
                };
                let number = |key: &str| attr(key).parse::<f64>().unwrap_or(f64::NAN);
                match e.name().as_ref() {
                    b"rect" => rects.push(Rect {
                        x: number("x"),
                        y: number("y"),
                        width: number("width"),
                        height: number("height"),
                        fill: attr("fill"),
                        stroke: attr("stroke"),
                    }),
                    b"text" => text = Some((String::new(), number("x"))),
                    _ => {}
                }
            }
            Xml::Text(t) => {
                if let Some((words, _)) = &mut text {
                    words.push_str(&t.decode().unwrap());
                }
            }
            Xml::GeneralRef(r) => {
                if let Some((words, _)) = &mut text {
                    let name = r.decode().unwrap();
                    words.push_str(match name.as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("entity {other}"),
                    });
                }
            }
            Xml::End(e) if e.name().as_ref() == b"text" => {
                if let Some((words, x)) = text.take() {
                    texts.push((words.trim().to_string(), x));
                }
            }
            _ => {}
        }
    }
    (rects, texts)
}

fn words(texts: &[(String, f64)]) -> Vec<&str> {
    texts.iter().map(|(w, _)| w.as_str()).collect()
}

/// Bars of `height` filled with `fill` (an outline has fill "none"), top to bottom.
fn bars<'a>(rects: &'a [Rect], height: u32, fill: &str) -> Vec<&'a Rect> {
    let mut out: Vec<&Rect> =
        rects.iter().filter(|r| r.height == f64::from(height) && r.fill == fill).collect();
    out.sort_by(|a, b| a.y.total_cmp(&b.y));
    out
}

/// "10,2" in Russian, "10.2" in English: minutes of `seconds` with one decimal.
fn minutes(seconds: i64, lang: Lang) -> String {
    let m = format!("{:.1}", seconds as f64 / 60.0);
    if lang == Lang::En { m } else { m.replace('.', ",") }
}

#[test]
fn the_balance_has_a_bar_per_group_under_its_share_in_words() {
    let session = scripted_day();
    let total: i64 = TURNS.iter().map(|(_, s)| s).sum();
    for lang in [Lang::En, Lang::Ru] {
        let (min, not_recorded, not_heard) = match lang {
            Lang::En => ("min", "not recorded", "Not heard: expert"),
            _ => ("мин", "не указана", "Не выступали: expert"),
        };
        // Group, seconds, whole percent: 600, 300, 90 and 10 of 1,000 seconds.
        let expected = [
            ("law enforcement", 600, 60),
            ("international organisation", 300, 30),
            ("NGO", 90, 9),
            (not_recorded, 10, 1),
        ];
        let labels: Vec<String> = expected
            .iter()
            .map(|(group, seconds, percent)| {
                format!("{group} {percent} % · {} {min}", minutes(*seconds, lang))
            })
            .collect();
        assert_eq!(labels[2], format!("NGO 9 % · {} {min}", minutes(90, lang)));
        for profile in [Profile::Internal, Profile::Public] {
            let (caption, svg) = figure(&session, profile, lang, "speaking-balance");
            assert!(caption.contains(&minutes(total, lang)), "{caption}");
            let (rects, texts) = read(&svg);
            let shown = words(&texts);
            let title = if lang == Lang::En {
                "Speaking time by stakeholder group"
            } else {
                "Время выступлений по группам участников"
            };
            assert_eq!(shown[0], title, "{lang:?} {profile:?}");
            assert_eq!(&shown[1..5], labels.iter().map(String::as_str).collect::<Vec<_>>(), "{lang:?}");
            assert_eq!(shown[5], not_heard, "the roster's one group never heard");
            assert_eq!(shown.len(), 6, "{shown:?}");
            // One solid bar per group, in the order of the words, each its share of the
            // track drawn behind it.
            let solid = bars(&rects, BALANCE_BAR, SOLID);
            let tracks = bars(&rects, BALANCE_BAR, "none");
            assert_eq!((solid.len(), tracks.len()), (4, 4), "{svg}");
            for ((bar, track), (_, seconds, _)) in solid.iter().zip(&tracks).zip(expected) {
                assert_eq!((bar.x, bar.y), (track.x, track.y));
                let want = track.width * seconds as f64 / total as f64;
                assert!((bar.width - want).abs() <= 2.0, "{bar:?} for {seconds} s of {track:?}");
            }
            // By stakeholder group only: no one on the roster is named, in either profile.
            for p in &agenda().participants {
                for who in
                    [p.name.as_deref(), Some(p.role.as_str()), Some(p.id.as_str())].into_iter().flatten()
                {
                    assert!(!svg.contains(who) && !caption.contains(who), "{who} in {profile:?} {svg}");
                }
            }
            assert!(!svg.contains("journalist"), "{svg}");
        }
    }
}

#[test]
fn the_timeline_has_each_item_planned_and_as_run_with_the_overrun_in_words() {
    let session = scripted_day();
    let names: Vec<String> =
        figures(&session, Profile::Internal, Lang::En).into_iter().map(|f| f.0).collect();
    assert_eq!(names, ["timeline-day-1", "speaking-balance"], "day 2 never ran: no picture of it");
    let day_one = agenda().days[0].items.len();
    for lang in [Lang::En, Lang::Ru] {
        let (title, over, skipped, running, not_run) = match lang {
            Lang::En => ("Day 1: planned and as run", "+7 min", "skipped", "running", "not run"),
            _ => ("День 1: по плану и фактически", "+7 мин", "пропущен", "идёт", "не проводился"),
        };
        let (caption, svg) = figure(&session, Profile::Internal, lang, "timeline-day-1");
        let date = if lang == Lang::En { "28 April 2009" } else { "28 апреля 2009 г." };
        assert!(caption.contains(date), "{caption}");
        let (rects, texts) = read(&svg);
        let shown = words(&texts);
        assert_eq!(shown[0], title);
        // Every item of the day has its row: its title, its planned bar (an outline).
        assert_eq!(
            bars(&rects, TIMELINE_BAR, "none").iter().filter(|r| r.stroke == OUTLINE).count(),
            day_one
        );
        for title in ["Registration and coffee", "A <&> \"B\" talk", "Coffee break", "Wrap-up of day one"] {
            assert!(shown.contains(&title), "{title} in {shown:?}");
        }
        // Four items ran (one still runs): a solid bar each; one overran: hatched beyond.
        let ran = bars(&rects, TIMELINE_BAR, SOLID);
        assert_eq!(ran.len(), 4, "{svg}");
        let hatched = bars(&rects, TIMELINE_BAR, HATCH_GROUND);
        assert_eq!(hatched.len(), 1);
        assert_eq!(hatched[0].y, ran[2].y, "the key questions' overrun on their row");
        assert_eq!(hatched[0].x, ran[2].x + ran[2].width, "right after the hour planned");
        assert!(texts.iter().any(|(w, x)| w == over && *x > hatched[0].x), "{shown:?}");
        assert_eq!(shown.iter().filter(|w| **w == skipped).count(), 1);
        assert_eq!(shown.iter().filter(|w| **w == running).count(), 1);
        assert_eq!(shown.iter().filter(|w| **w == not_run).count(), day_one - 5, "{shown:?}");
        // The axis in the venue's time: the key questions began on the 10:00 tick, the
        // day at 09:00.
        let tick = |t: &str| texts.iter().find(|(w, _)| w == t).map(|(_, x)| *x).unwrap();
        assert_eq!(ran[0].x, tick("09:00"));
        assert_eq!(ran[2].x, tick("10:00"));
        // Told apart in black and white: outline, solid and hatching each in the legend.
        let legend: Vec<&str> = shown[shown.len() - 3..].to_vec();
        let expected = match lang {
            Lang::En => ["Planned", "As run", "Overrun"],
            _ => ["По плану", "Фактически", "Сверх плана"],
        };
        assert_eq!(legend, expected);
    }
}

#[test]
fn every_picture_of_the_replayed_roundtable_reads_as_xml() {
    let session = convene::session::replay_2009::two_days_session();
    for lang in [Lang::En, Lang::Ru, Lang::Tg] {
        let all = figures(&session, Profile::Public, lang);
        let names: Vec<&str> = all.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["timeline-day-1", "timeline-day-2", "speaking-balance"], "{lang:?}");
        for (name, caption, svg) in &all {
            let (rects, texts) = read(svg);
            assert!(!rects.is_empty() && texts.len() > 3, "{name}");
            assert!(!caption.is_empty() && !caption.contains("pictures-"), "{name}: {caption}");
            for (w, _) in &texts {
                assert!(!w.contains("pictures-") && !w.contains('{'), "{lang:?} {name}: {w}");
            }
        }
    }
}

/// The files a Markdown draft links as images, in order.
fn linked(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| l.starts_with("!["))
        .map(|l| l.rsplit_once("](").unwrap().1.trim_end_matches(')').to_string())
        .collect()
}

fn svgs_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".svg"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_markdown_links_exactly_the_pictures_written_beside_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::cli::recorded(tmp.path());
    let (code, out, err) = common::cli::convene(Some(tmp.path()), &["export", "dushanbe"]);
    assert_eq!(code, 0, "{err}");
    let md = std::fs::read_to_string(out.trim()).unwrap();
    let first = [
        "report-internal-speaking-balance.svg",
        "report-internal-timeline-day-1.svg",
        "report-internal-timeline-day-2.svg",
    ];
    let mut links = linked(&md);
    assert_eq!(links, [first[1], first[2], first[0]], "timelines in the as-run annex, then the balance");
    links.sort();
    assert_eq!(links, svgs_in(&dir));
    for name in &links {
        read(&std::fs::read_to_string(dir.join(name)).unwrap());
    }
    assert!(md.contains("![Day 1, 28 April 2009: each agenda item as planned"), "{md}");

    // Again: a second draft beside the first, with pictures of its own; none replaced.
    let before = std::fs::read(dir.join(first[0])).unwrap();
    let (_, out, _) = common::cli::convene(Some(tmp.path()), &["export", "dushanbe"]);
    assert!(out.trim().ends_with("report-internal-2.md"), "{out}");
    let second = linked(&std::fs::read_to_string(out.trim()).unwrap());
    assert_eq!(second[0], "report-internal-timeline-day-1-2.svg");
    assert!(second.iter().all(|n| dir.join(n).exists()));
    assert_eq!(svgs_in(&dir).len(), 6);
    assert_eq!(std::fs::read(dir.join(first[0])).unwrap(), before);

    // Word and JSON carry their pictures themselves: no file beside them.
    for format in ["docx", "json"] {
        let (code, _, err) =
            common::cli::convene(Some(tmp.path()), &["export", "dushanbe", "--format", format]);
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(svgs_in(&dir).len(), 6);
}

#[test]
fn a_draft_named_with_dash_o_has_its_pictures_named_after_it() {
    let tmp = tempfile::tempdir().unwrap();
    common::cli::recorded(tmp.path());
    let out = tmp.path().join("drafts");
    std::fs::create_dir(&out).unwrap();
    let file = out.join("my draft.md");
    let arg = file.to_str().unwrap();
    let (code, _, err) = common::cli::convene(Some(tmp.path()), &["export", "dushanbe", "-o", arg]);
    assert_eq!(code, 0, "{err}");
    let md = std::fs::read_to_string(&file).unwrap();
    let links = linked(&md);
    assert_eq!(
        links,
        ["<my draft-timeline-day-1.svg>", "<my draft-timeline-day-2.svg>", "<my draft-speaking-balance.svg>"],
        "a name with a space in angle brackets"
    );
    let mut names: Vec<String> = links.iter().map(|l| l.trim_matches(['<', '>']).to_string()).collect();
    names.sort();
    assert_eq!(names, svgs_in(&out));

    // A picture in the way: refused without --force, before anything is written.
    let picture = out.join("again-speaking-balance.svg");
    std::fs::write(&picture, "mine").unwrap();
    let again = out.join("again.md");
    let (code, _, err) =
        common::cli::convene(Some(tmp.path()), &["export", "dushanbe", "-o", again.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("again-speaking-balance.svg already exists") && err.contains("--force"), "{err}");
    assert!(!again.exists() && !out.join("again-timeline-day-1.svg").exists());
    assert_eq!(std::fs::read_to_string(&picture).unwrap(), "mine");
    let (code, _, err) = common::cli::convene(
        Some(tmp.path()),
        &["export", "dushanbe", "-o", again.to_str().unwrap(), "--force"],
    );
    assert_eq!(code, 0, "{err}");
    read(&std::fs::read_to_string(&picture).unwrap());

    // pandoc finds every picture the Markdown links (SKIP without it).
    if !installed("pandoc") {
        return;
    }
    let html = std::process::Command::new("pandoc")
        .current_dir(&out)
        .args(["-f", "markdown", "-t", "html", "my draft.md"])
        .output()
        .unwrap();
    assert!(html.status.success(), "{}", String::from_utf8_lossy(&html.stderr));
    let html = String::from_utf8_lossy(&html.stdout);
    // Each a figure with its caption, its image the file beside the draft.
    assert_eq!(html.matches("<figure").count(), 3, "{html}");
    assert!(html.contains("<figcaption") && html.contains("Speaking time by stakeholder group"), "{html}");
    let sources: Vec<&str> = html.split("<img src=\"").skip(1).filter_map(|s| s.split('"').next()).collect();
    assert_eq!(sources.len(), 3, "{html}");
    for source in sources {
        let file = source.replace("%20", " ");
        assert!(out.join(&file).exists(), "{source}");
    }
}

#[test]
fn on_standard_output_the_markdown_names_its_pictures_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = common::cli::recorded(tmp.path());
    let (code, md, err) = common::cli::convene(Some(tmp.path()), &["export", "dushanbe", "-o", "-"]);
    assert_eq!(code, 0, "{err}");
    assert!(linked(&md).is_empty() && !md.contains(".svg"), "{md}");
    assert!(md.contains("\n*Day 1, 28 April 2009: each agenda item as planned"), "{md}");
    assert!(err.contains("3 pictures were not written") && err.contains("-o FILE"), "{err}");
    assert!(svgs_in(&dir).is_empty() && svgs_in(tmp.path()).is_empty());
    // Word carries them inside: nothing to say.
    let word = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["export", "dushanbe", "--format", "docx", "-o", "-"])
        .env("CONVENE_DATA_DIR", tmp.path())
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap();
    assert!(word.status.success());
    assert!(!String::from_utf8_lossy(&word.stderr).contains("not written"));
}

fn installed(program: &str) -> bool {
    let ok = std::process::Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success());
    if !ok {
        println!("SKIP: {program} is not installed: the pictures were not read back by it");
        eprintln!("SKIP: {program} is not installed: the pictures were not read back by it");
    }
    ok
}

/// The run screen's `e`: the draft beside the session, its pictures beside it, linked.
#[test]
fn the_run_screen_writes_the_pictures_beside_its_draft() {
    let mut h = convene::testing::Harness::roundtable("2009-04-28T03:55:00Z");
    h.wait_until("2009-04-28T04:00:00Z");
    h.press(&["Space"]);
    h.wait_until("2009-04-28T04:20:00Z");
    h.press(&["e"]);
    assert!(h.status().contains("Draft written"), "{}", h.status());
    let dir = Path::new(convene::testing::SESSION_DIR);
    let names = h.disk.names_in(dir);
    for name in ["report-internal.md", "report-internal.docx", "report-internal-timeline-day-1.svg"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    let md = String::from_utf8(h.disk.contents(&dir.join("report-internal.md")).unwrap()).unwrap();
    assert_eq!(linked(&md), ["report-internal-timeline-day-1.svg"], "no one spoke: no balance");
    let svg = h.disk.contents(&dir.join("report-internal-timeline-day-1.svg")).unwrap();
    let (_, texts) = read(&String::from_utf8(svg).unwrap());
    assert!(words(&texts).contains(&"running"), "the registration still runs: {texts:?}");
}
