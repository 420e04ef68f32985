//! Issue 14: a follower window (`convene follow`) on a live session, and a writer that sees
//! other laptops' notes, driven through the real runtime with an injected clock. The file
//! watcher is the loop's; here the harness says when it would have rung.

use std::collections::BTreeMap;
use std::path::Path;

use convene::app::View;
use convene::store::disk::Disk;
use convene::store::journal;
use convene::testing::{DEVICE, Harness, SESSION_DIR, parse};

const START: &str = "2009-04-28T09:00:00+05:00";

/// Every file in the session folder, with its bytes.
fn files(h: &Harness) -> BTreeMap<String, Vec<u8>> {
    let dir = Path::new(SESSION_DIR);
    h.disk.list(dir).unwrap().into_iter().map(|n| (n.clone(), h.disk.read(&dir.join(&n)).unwrap())).collect()
}

fn writer() -> Harness {
    let mut w = Harness::roundtable(START);
    w.press(&["Space"]).wait(5);
    w
}

#[test]
fn a_note_typed_in_the_writer_reaches_the_follower_a_moment_after_the_file_changes() {
    let mut w = writer();
    let mut f = Harness::follow(w.disk.clone(), View::Operator, w.now());
    assert!(f.screen(120, 36).contains("FOLLOWING, read-only"));
    w.press(&["c"]).type_text("Доверие строится годами").press(&["Enter"]);
    f.set_now(w.now());
    let shown = |f: &mut Harness| format!("{}", f.drawn(120, 36).backend());
    assert!(!shown(&mut f).contains("Доверие"), "nothing is read before the watcher rings");
    f.files_changed();
    // A burst of changes is read once it settles: not at once, within 200 ms.
    assert!(!shown(&mut f).contains("Доверие"));
    f.wait_ms(50);
    // On the terminal the program keeps drawing on, not only on a fresh one.
    assert!(shown(&mut f).contains("Доверие строится годами"));
    let screen = f.screen(120, 36);
    assert!(screen.contains("Доверие строится годами"), "{screen}");
    assert!(screen.contains(&format!("writers: {DEVICE} (clock) just now")), "{screen}");
    assert_eq!(f.session().entries.len(), 1);
    insta::assert_snapshot!("follower_operator_120x36", screen);
}

#[test]
fn the_follower_shows_the_room_the_writers_clock_and_says_when_the_writer_went_quiet() {
    let mut w = writer();
    let mut f = Harness::follow(w.disk.clone(), View::Projector, w.now());
    let screen = f.screen(100, 30);
    assert!(screen.contains("Opening"), "{screen}");
    assert!(!screen.contains("FOLLOWING"), "the room sees no operator line");
    // The writer moves to the next item: the projector follows.
    w.press(&["n"]);
    f.set_now(w.now()).files_changed().wait_ms(50);
    let title = &w.session().agenda.days[0].items[1].title;
    assert!(f.screen(100, 30).contains(title.as_str()), "{}", f.screen(100, 30));
    // Nothing arrives for five minutes: the facilitator is told, on the projector's last line.
    f.wait(4 * 60);
    assert!(!f.screen(100, 30).contains("no news"));
    f.wait(61);
    let screen = f.screen(100, 30);
    assert!(screen.lines().last().unwrap().contains(&format!("no news from {DEVICE} for 5 min")), "{screen}");
    insta::assert_snapshot!("follower_projector_stale_100x30", screen);
    // News again: the line goes.
    w.set_now(f.now()).press(&["c"]).type_text("Back").press(&["Enter"]);
    f.files_changed().wait_ms(50);
    assert!(!f.screen(100, 30).contains("no news"));
}

#[test]
fn the_follower_changes_nothing_and_writes_nothing() {
    let mut w = writer();
    w.press(&["c"]).type_text("A note").press(&["Enter", "Esc"]);
    let before = files(&w);
    let mut f = Harness::follow(w.disk.clone(), View::Operator, w.now());
    // Every key a writer would use to change something: none does here.
    f.press(&["Space", "n", "+", "c", "a", "X", "e", "E", "m", "f", "Q", "G", "u", "Enter"]);
    f.type_text("typed text").paste("pasted text");
    f.press(&["r", "Enter", "d", "t", "x", "J", "Esc", "v", "?", "Esc"]);
    // An idle follower sleeps until the next visible second: at most 2 wake-ups a second.
    let wakes = f.wakes;
    f.wait(120);
    assert!(f.wakes - wakes <= 240, "{} wake-ups in 120 s", f.wakes - wakes);
    f.stop();
    assert_eq!(f.session(), w.session(), "the follower's minutes changed");
    assert_eq!(f.key_mode(), convene::app::keymap::KeyMode::Run);
    let finished = f.finish(&[]);
    assert!(finished.rescue.is_none());
    assert_eq!(files(&w), before, "the follower wrote into the session folder");
}

#[test]
fn the_follower_keeps_going_when_the_writer_is_killed_and_comes_back() {
    let mut w = writer();
    w.press(&["c"]).type_text("Before the crash").press(&["Enter"]);
    let mut f = Harness::follow(w.disk.clone(), View::Operator, w.now());
    // kill -9 halfway through writing a record: the journal ends in half a line.
    let path = Path::new(SESSION_DIR).join(journal::file_name(DEVICE));
    let mut bytes = w.disk.read(&path).unwrap();
    let whole = bytes.len();
    bytes.extend_from_slice(b"{\"crc32\":\"0000");
    w.disk.overwrite(&path, &bytes);
    f.set_now(w.now()).files_changed().wait_ms(50);
    assert!(!f.complained(), "half a record is a write in progress: {}", f.status());
    // The writer comes back: recovery cuts the torn tail (a shorter file) and goes on.
    let at = w.now();
    drop(w);
    let mut w = Harness::reopen(f.disk.clone(), at);
    assert_eq!(w.disk.read(&path).unwrap().len(), whole);
    w.press(&["c"]).type_text("After the restart").press(&["Enter"]);
    f.set_now(w.now()).files_changed().wait_ms(50);
    let texts: Vec<_> = f.session().entries.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, ["Before the crash", "After the restart"]);
    assert_eq!(f.session(), w.session());
}

#[test]
fn a_writer_sees_a_second_laptops_notes_and_lists_it_with_the_age_of_its_news() {
    let mut a = writer();
    a.press(&["c"]).type_text("From the facilitator").press(&["Enter"]);
    let mut b = Harness::join(a.disk.clone(), "rapporteur-2", a.now());
    b.press(&["c"]).type_text("From the second laptop").press(&["Enter"]);
    a.set_now(b.now()).files_changed().wait_ms(50);
    let texts: Vec<_> = a.session().entries.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, ["From the facilitator", "From the second laptop"]);
    let screen = a.screen(120, 36);
    assert!(screen.contains("other laptops: rapporteur-2 just now"), "{screen}");
    a.wait(3 * 60 + 1);
    assert!(a.screen(120, 36).contains("rapporteur-2 3 min ago"));
    // b already knew a from the folder when it opened.
    assert!(b.screen(120, 36).contains(&format!("other laptops: {DEVICE}")));
    b.set_now(a.now()).files_changed().wait_ms(50);
    assert_eq!(a.session().entries, b.session().entries);
}

#[test]
fn a_single_laptop_session_shows_no_devices_line() {
    let mut w = writer();
    let screen = w.screen(120, 36);
    assert!(!screen.contains("other laptops"), "{screen}");
    let _ = parse(START);
}

#[test]
fn a_second_laptop_captures_but_the_clock_is_the_facilitators_until_taken_over() {
    let mut a = writer();
    let mut b = Harness::join(a.disk.clone(), "rapporteur-2", a.now());
    let running = a.session().timer.current.clone();
    b.press(&["n"]);
    assert!(
        b.complained() && b.status().contains(&format!("The clock is held by {DEVICE}")),
        "{}",
        b.status()
    );
    assert_eq!(b.session().timer.current, running, "nothing recorded");
    assert!(b.screen(120, 36).contains(&format!("{DEVICE} (clock)")));
    b.press(&["c"]).type_text("A note from the second laptop").press(&["Enter", "Esc"]);
    assert_eq!(b.session().entries.len(), 1, "any laptop captures");
    // The facilitator's laptop dies: the second laptop takes the clock over.
    b.press(&["T"]);
    assert!(b.app().confirm.is_some());
    b.press(&["y"]).press(&["n"]);
    assert_ne!(b.session().timer.current, running, "the clock moved on the second laptop");
    a.set_now(b.now()).files_changed().wait_ms(50);
    assert_eq!(a.session().clock_holder.as_deref(), Some("rapporteur-2"));
    assert_eq!(a.session().timer.current, b.session().timer.current);
    a.press(&["n"]);
    assert!(a.status().contains("The clock is held by rapporteur-2"), "{}", a.status());
    assert!(a.screen(120, 36).contains("rapporteur-2 (clock)"));
}

#[test]
fn a_note_reworded_on_two_laptops_at_once_ends_the_same_on_both_and_is_marked_for_the_drafter() {
    let mut a = writer();
    a.press(&["c"]).type_text("Original wording").press(&["Enter", "Esc"]);
    let id = a.session().entries[0].id;
    let mut b = Harness::join(a.disk.clone(), "rapporteur-2", a.now());
    // Neither has seen the other's change when making its own.
    a.wait(5).record(convene::session::Event::EntryEdited { entry: id, text: "a's wording".into() });
    b.set_now(a.now())
        .wait(1)
        .record(convene::session::Event::EntryEdited { entry: id, text: "b's wording".into() });
    a.set_now(b.now()).files_changed().wait_ms(50);
    b.files_changed().wait_ms(50);
    assert_eq!(a.session().entries, b.session().entries, "the laptops disagree");
    assert_eq!(a.session().entries[0].text, "b's wording", "the later change wins");
    a.press(&["r"]);
    let screen = a.screen(120, 36);
    assert!(screen.contains("[edited on two laptops: check]"), "{screen}");
}
