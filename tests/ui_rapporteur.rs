//! The rapporteur's screens through the real runtime, checked by what a person sees: the
//! note just saved whole above the editor at every size, a cursor that never vanishes,
//! the state of the note being typed (kind, who, attribution) following what is typed,
//! the review list saying which item each entry belongs to, merged entries, and the
//! working groups after someone moves.

use convene::audience::{self, Audience};
use convene::session::{Attribution, Event};
use convene::testing::Harness;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

const SIZES: [(u16, u16); 3] = [(140, 45), (80, 24), (120, 36)];

/// The plenary discussion of the roundtable, running at 11:15.
fn plenary() -> Harness {
    let mut h = Harness::roundtable("2009-04-28T06:15:00Z");
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    h
}

/// A roster person as the operator's screens name them.
fn operator_name(h: &Harness, id: &str) -> String {
    let who = Attribution { participant: Some(id.into()), ..Attribution::default() };
    audience::source(&h.session().agenda, &who, Audience::Operator).expect("a roster person")
}

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// --- Reading a drawn screen ----------------------------------------------------------------

/// A rectangle of the screen: columns `x0..x1`, rows `y0..y1`.
#[derive(Debug, Clone, Copy)]
struct Region {
    x0: u16,
    x1: u16,
    y0: u16,
    y1: u16,
}

fn symbol(buf: &Buffer, x: u16, y: u16) -> &str {
    buf.cell((x, y)).map_or("", |c| c.symbol())
}

/// Row `y` of `region` as text.
fn row_text(buf: &Buffer, region: Region, y: u16) -> String {
    (region.x0..region.x1).map(|x| symbol(buf, x, y)).collect()
}

/// The rows of `region` as text, whitespace normalised (wrapped words join again).
fn region_text(buf: &Buffer, region: Region) -> String {
    let rows: Vec<String> = (region.y0..region.y1).map(|y| row_text(buf, region, y)).collect();
    normalised(&rows.join(" "))
}

fn is_box(s: &str) -> bool {
    matches!(s, "│" | "┌" | "└" | "┐" | "┘")
}

/// The inside of the bordered box whose top border starts with `title` (e.g. "┌ Entries").
fn boxed(buf: &Buffer, title: &str) -> Option<Region> {
    let area = buf.area;
    for y in 0..area.height {
        for x in 0..area.width {
            let here: String = (x..area.width).map(|c| symbol(buf, c, y)).collect();
            if !here.starts_with(title) {
                continue;
            }
            let right = (x + 1..area.width).find(|&c| symbol(buf, c, y) == "┐")?;
            let bottom = (y + 1..area.height).find(|&r| symbol(buf, x, r) == "└")?;
            return Some(Region { x0: x + 1, x1: right, y0: y + 1, y1: bottom });
        }
    }
    None
}

/// The capture pane, split where the rule with the note's state begins.
#[derive(Debug)]
struct Pane {
    /// The entries: the rows above the rule.
    list: Region,
    /// The rule with the note's state and the editor under it.
    below: Region,
}

/// Finds the capture pane: a bordered box titled Capture, or on a small screen the
/// borderless rows around its rule ("── " at the start of a row).
fn capture_pane(buf: &Buffer) -> Pane {
    let area = buf.area;
    let framed = boxed(buf, "┌ Capture").or_else(|| boxed(buf, "┌ Editing"));
    let outer = framed.unwrap_or(Region { x0: 0, x1: area.width, y0: 1, y1: area.height });
    let rule = (outer.y0..outer.y1)
        .find(|&y| row_text(buf, outer, y).starts_with("──"))
        .unwrap_or_else(|| panic!("no state rule in the capture pane:\n{}", screen(buf)));
    let (top, bottom) = match framed {
        Some(r) => (r.y0, r.y1),
        None => {
            // Borderless: up to the box above and down to the box below.
            let top = (outer.y0..rule).rev().find(|&y| is_box(symbol(buf, 0, y))).map_or(outer.y0, |y| y + 1);
            let bottom = (rule..area.height).find(|&y| is_box(symbol(buf, 0, y))).unwrap_or(area.height);
            (top, bottom)
        }
    };
    Pane { list: Region { y0: top, y1: rule, ..outer }, below: Region { y0: rule, y1: bottom, ..outer } }
}

fn screen(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| row_text(buf, Region { x0: 0, x1: buf.area.width, y0: 0, y1: buf.area.height }, y))
        .collect::<Vec<_>>()
        .join("\n")
}

fn buffer(h: &mut Harness, (w, hgt): (u16, u16)) -> Buffer {
    h.terminal(w, hgt).backend().buffer().clone()
}

// --- 1. The note just saved ------------------------------------------------------------------

/// Notes as a rapporteur takes them during a plenary discussion: three scripts, short and
/// long, some with a prefix, some over several lines ("\n" is Alt-Enter).
const NOTES: [&str; 33] = [
    "Police must use minimum force.",
    "Agreed.",
    "Полиция должна применять минимальную силу при задержании подозреваемых, и это правило должно быть закреплено в законе.",
    "@mia-1 The counter-extremism department now trains district officers twice a year.",
    "Ҳамкории милиса ва ҷомеаи шаҳрвандӣ зарур аст.",
    "r: More joint seminars with prosecutors and judges on the use of force in arrests.",
    "Question from the floor: who decides when a group is banned as extremist?\nAnswer: the Supreme Court, on the Prosecutor General's request.",
    "Доверие между милицией и населением в районах низкое.",
    "q: How are complaints against officers investigated, and by whom?",
    "The Law on the Militia, Article 15, allows firearms only as a last resort.",
    "@ngo-yc Young people are recruited online and in prisons; NGOs can reach them earlier than the police.",
    "Ok.",
    "Ба ҷавонон бояд имконияти кор ва таҳсил дода шавад, вагарна онҳо ба гурӯҳҳои ифротӣ мераванд.",
    "c: Human rights and security are not opposites.",
    "f: Follow-up visit to the MIA Academy in autumn.",
    "Examples from the UK:\n- neighbourhood police teams\n- independent complaints commission",
    "Нужна стратегия профилактики, а не только уголовное преследование.",
    "Several participants stressed that religious practice alone is not a sign of extremism and must not be treated as one.",
    "@odihr-2 Training manuals exist in Russian; a Tajik translation is planned.",
    "qt: \"Trust is built in the village, not in the ministry.\"",
    "Discussion of the 2008 amendments to the criminal code.",
    "Вопрос: кто отвечает за реабилитацию осуждённых?",
    "d: Lists of banned organisations are not published, so citizens cannot know what is forbidden.",
    "Ҳуқуқи инсон",
    "Prosecutors said detention beyond 72 hours without a judge is now rare.\nNGOs disagreed.\nNo figures were given by either side.",
    "rp: Presenters asked for a national referral mechanism.",
    "Coordination between the MIA and the SCNS remains weak at district level.",
    "Милиция готова к совместным патрулям с представителями махалли.",
    "Short break in the discussion while the interpreters changed.",
    "@mia-3 In my district the community council meets the police every month.",
    "The chair summed up: more training, more transparency, more dialogue.",
    "Ҷамъбаст: ҳамкорӣ бояд идома ёбад.",
    "End of the plenary discussion.",
];

/// Types `note` as a person does: Alt-Enter between lines, Enter to save.
fn type_note(h: &mut Harness, note: &str) {
    for (i, line) in note.split('\n').enumerate() {
        if i > 0 {
            h.press(&["Alt-Enter"]);
        }
        h.type_text(line);
    }
    h.press(&["Enter"]);
}

/// The newest entry, whole and marked saved, is the last thing above the rule.
fn assert_newest_shown_whole(h: &mut Harness, size: (u16, u16)) {
    let newest = h.session().entries.last().expect("a saved entry").clone();
    let buf = buffer(h, size);
    let pane = capture_pane(&buf);
    let shown = region_text(&buf, pane.list);
    let last_mark = shown.rfind("✓ ").max(shown.rfind("… "));
    let Some(at) = last_mark else {
        panic!("no entry above the editor at {size:?}:\n{}", screen(&buf));
    };
    let tail = &shown[at..];
    let body = normalised(&newest.text);
    assert!(
        tail.starts_with("✓ 11:") && tail.contains(&body),
        "at {size:?} the note just saved is not shown whole with its ✓ just above the editor:\n\
         wanted {body:?}\nlast entry shown {tail:?}\n{}",
        screen(&buf)
    );
}

#[test]
fn every_note_just_saved_shows_whole_with_its_mark_above_the_editor() {
    let mut h = plenary();
    h.press(&["c"]);
    for note in NOTES {
        type_note(&mut h, note);
        assert!(!h.complained(), "{note:?}: {}", h.status());
        for size in SIZES {
            assert_newest_shown_whole(&mut h, size);
        }
        h.wait(25);
    }
    assert_eq!(h.session().entries.len(), NOTES.len());
}

#[test]
fn the_note_just_saved_shows_while_the_next_one_is_typed() {
    let mut h = plenary();
    h.press(&["c"]);
    type_note(&mut h, "Полиция должна применять минимальную силу.");
    h.type_text("A second note, half typed while the next speaker talks");
    for size in SIZES {
        assert_newest_shown_whole(&mut h, size);
    }
}

// --- 2. The cursor -------------------------------------------------------------------------

/// Cells drawn reversed (the editor's cursor) in the rule and editor rows of the pane.
fn cursor_cells(buf: &Buffer, pane: &Pane) -> usize {
    let r = pane.below;
    (r.y0..r.y1)
        .flat_map(|y| (r.x0..r.x1).map(move |x| (x, y)))
        .filter(|&(x, y)| buf.cell((x, y)).is_some_and(|c| c.modifier.contains(Modifier::REVERSED)))
        .count()
}

#[test]
fn the_cursor_shows_after_a_line_that_fills_the_editor() {
    for size in [(120, 36), (80, 24), (140, 45)] {
        let mut h = plenary();
        h.press(&["c"]);
        let buf = buffer(&mut h, size);
        let below = capture_pane(&buf).below;
        let width = usize::from(below.x1 - below.x0);
        // Around the editor's width, with and without spaces (a word wrap and a glyph wrap).
        for n in width.saturating_sub(3)..=width + 2 {
            for text in ["x".repeat(n), "ab ".repeat(n).chars().take(n).collect::<String>()] {
                h.type_text(&text);
                let buf = buffer(&mut h, size);
                let pane = capture_pane(&buf);
                assert_eq!(
                    cursor_cells(&buf, &pane),
                    1,
                    "at {size:?}, a line of {n} characters in a pane {width} wide: one cursor\n{}",
                    screen(&buf)
                );
                while !h.app().capture.is_empty() {
                    h.press(&["Backspace"]);
                }
            }
        }
    }
}

// --- 3. The state of the note being typed ----------------------------------------------------

/// The rule and editor rows of the capture pane at `size`, whitespace normalised.
fn state_text(h: &mut Harness, size: (u16, u16)) -> String {
    let buf = buffer(h, size);
    let pane = capture_pane(&buf);
    region_text(&buf, pane.below)
}

fn assert_state(h: &mut Harness, wanted: &str) {
    for size in [(80, 24), (120, 36)] {
        let shown = state_text(h, size);
        assert!(shown.contains(wanted), "at {size:?} wanted {wanted:?} in full, the pane says {shown:?}");
    }
}

#[test]
fn the_state_of_the_note_follows_typed_prefixes_keys_and_the_floor() {
    let mut h = plenary();
    h.press(&["c"]);
    assert_state(&mut h, "── discussion · not for attribution");

    // A typed prefix changes what is shown as it is typed.
    h.type_text("r: @ngo ~ More joint seminars");
    assert_state(&mut h, "── recommendation (participants) · by NGO (group) · not for attribution");
    h.press(&["Enter"]);
    assert_state(&mut h, "── discussion · not for attribution");

    // Whoever has the floor, in full, with their role as the operator's screen names them.
    let mia = operator_name(&h, "mia-1");
    let floor = Attribution { participant: Some("mia-1".into()), ..Attribution::default() };
    h.record(Event::FloorGiven { speaker: floor, item: "d1-plenary-questions".into() });
    assert_state(&mut h, &format!("── discussion · by {mia}, has the floor · not for attribution"));

    // Keys change the kind and the rule...
    h.press(&["Ctrl-t", "Ctrl-n"]);
    assert_state(
        &mut h,
        &format!("── recommendation (participants) · by {mia}, has the floor · on the record"),
    );
    // ...and a typed prefix wins over the keys and over the floor.
    let ngo = operator_name(&h, "ngo-yc");
    h.type_text("f: @ngo-yc ~ Joint focus groups");
    assert_state(&mut h, &format!("── follow-up · by {ngo} · not for attribution"));
    assert!(!state_text(&mut h, (120, 36)).contains(&mia), "the floor no longer decides");
    h.press(&["Enter"]);
    let saved = h.session().entries.last().cloned().expect("saved");
    assert_eq!(saved.attribution.participant.as_deref(), Some("ngo-yc"), "the screen said what was saved");
    assert_eq!(saved.kind, convene::session::EntryKind::FollowUp);
    assert!(saved.attribution.not_for_attribution);
}

#[test]
fn an_entry_being_edited_shows_its_own_kind_and_authors() {
    let mut h = plenary();
    h.press(&["c"])
        .type_text("q: @mia-1 Who investigates complaints?")
        .press(&["Enter", "Esc", "r", "Enter"]);
    let mia = operator_name(&h, "mia-1");
    assert_state(&mut h, &format!("question · by {mia} · not for attribution"));
    // At every size the pane says an entry is being edited: in its title when framed, in
    // the rule when too short for a frame.
    for size in [(80, 24), (120, 36), (100, 16)] {
        let screen = h.screen(size.0, size.1);
        assert!(screen.contains("Editing an entry"), "at {size:?}: {screen}");
    }
}

// --- 4. Which item an entry belongs to ---------------------------------------------------------

/// The review list's rows, as text.
fn review_rows(h: &mut Harness, size: (u16, u16)) -> Vec<String> {
    let buf = buffer(h, size);
    let list = boxed(&buf, "┌ Entries").unwrap_or_else(|| panic!("no review list:\n{}", screen(&buf)));
    (list.y0..list.y1).map(|y| row_text(&buf, list, y).trim_end().to_string()).collect()
}

/// The heading rows of the list (an item's title), each with the row after it.
fn headings(rows: &[String]) -> Vec<(String, String)> {
    rows.iter()
        .enumerate()
        .filter(|(_, r)| r.starts_with("▸ "))
        .map(|(i, r)| (r.clone(), rows.get(i + 1).cloned().unwrap_or_default()))
        .collect()
}

#[test]
fn the_whole_session_and_a_search_show_which_item_each_entry_belongs_to() {
    let mut h = plenary();
    h.press(&["c"]);
    type_note(&mut h, "Доверие между милицией и населением");
    type_note(&mut h, "Trust takes time");
    h.press(&["F6"]); // lunch
    type_note(&mut h, "Lunch talk about trust and the police");
    h.press(&["Esc", "r", "Tab"]);
    for size in [(120, 36), (80, 24), (140, 45)] {
        let rows = review_rows(&mut h, size);
        let found = headings(&rows);
        let titles: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(found.len(), 2, "one heading per item, when the item changes: {rows:#?}");
        assert!(titles.first().is_some_and(|t| t.contains("Questions and discussion")), "{rows:#?}");
        assert!(titles.get(1).is_some_and(|t| t.contains("Lunch")), "{rows:#?}");
        assert!(found.iter().all(|(_, next)| next.starts_with("✓ ")), "an entry under each: {rows:#?}");
    }
    // A search across items says where each match was said.
    h.answer("/", "trust");
    let rows = review_rows(&mut h, (120, 36));
    let found = headings(&rows);
    assert_eq!(found.len(), 2, "{rows:#?}");
    assert!(
        found
            .first()
            .is_some_and(|(t, n)| t.contains("Questions and discussion") && n.contains("Trust takes time"))
    );
    assert!(found.get(1).is_some_and(|(t, n)| t.contains("Lunch") && n.contains("Lunch talk")));
}

// --- 5. Merged entries ---------------------------------------------------------------------

#[test]
fn a_merged_entry_shows_its_text_once_and_every_author() {
    let mut h = plenary();
    h.press(&["c"]);
    type_note(&mut h, "@mia-1 More joint training for police and prosecutors");
    type_note(&mut h, "@ngo-yc More joint training for police and prosecutors");
    h.press(&["Esc", "r", "J"]);
    let both = format!("{} and {}", operator_name(&h, "mia-1"), operator_name(&h, "ngo-yc"));
    for size in [(120, 36), (80, 24)] {
        let buf = buffer(&mut h, size);
        let list = boxed(&buf, "┌ Entries").expect("the review list");
        let shown = region_text(&buf, list);
        assert_eq!(shown.matches("More joint training").count(), 1, "the text once at {size:?}: {shown:?}");
        assert!(shown.contains(&format!("prosecutors — {both}")), "both authors at {size:?}: {shown:?}");
        let pane = region_text(&buf, capture_pane(&buf).list);
        assert_eq!(pane.matches("More joint training").count(), 1, "once in the pane too: {pane:?}");
        assert!(pane.contains(&both), "{pane:?}");
    }
}

// --- 6. Working groups ---------------------------------------------------------------------

/// Each group's block of the groups panel (its heading and the rows up to the next
/// group), whitespace normalised.
fn group_blocks(h: &mut Harness) -> Vec<String> {
    let buf = buffer(h, (120, 36));
    let panel =
        boxed(&buf, "┌ Working groups").unwrap_or_else(|| panic!("no groups panel:\n{}", screen(&buf)));
    let rows: Vec<String> = (panel.y0..panel.y1).map(|y| row_text(&buf, panel, y)).collect();
    let mut blocks: Vec<String> = Vec::new();
    for row in rows.iter().take_while(|r| !r.starts_with("Case study")) {
        if row.starts_with("Group ") {
            blocks.push(String::new());
        }
        if let Some(b) = blocks.last_mut() {
            b.push(' ');
            b.push_str(row);
        }
    }
    blocks.iter().map(|b| normalised(b)).collect()
}

#[test]
fn a_moved_rapporteur_shows_under_the_new_group_and_group_a_names_its_new_one() {
    let mut h = Harness::roundtable("2009-04-28T08:30:00Z");
    h.record(Event::ItemStarted { item: "d1-case-study".into() });
    let mia = operator_name(&h, "mia-1");
    let before = group_blocks(&mut h);
    assert!(
        before.first().is_some_and(|a| a.starts_with(&format!("Group A · Main hall · rapporteur {mia}")))
    );

    h.answer("G", "@mia-1 B");
    let after = group_blocks(&mut h);
    assert_eq!(after.len(), 3, "{after:#?}");
    let (a, b) = (&after[0], &after[1]);
    assert!(!a.contains("mia-1"), "mia-1 left group A entirely: {a:?}");
    let new = h
        .session()
        .groups
        .iter()
        .find(|g| g.item == "d1-case-study" && g.group.name == "Group A")
        .and_then(|g| g.group.rapporteur.clone())
        .expect("group A has a rapporteur again");
    let new = audience::person(&h.session().agenda, &new, Audience::Operator);
    assert!(a.starts_with(&format!("Group A · Main hall · rapporteur {new}")), "{a:?}");
    assert!(b.starts_with("Group B") && b.contains("mia-1"), "mia-1 is in group B: {b:?}");
}
