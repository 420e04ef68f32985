//! An idle second redraws only the part of the screen that ticks (the "Now" panel, the
//! capture strip, the projector's wall) on the terminal the runtime keeps drawing on. After
//! any mix of idle seconds, whole frames (keys, a new minute), resizes and views, what
//! that terminal shows must be a fresh whole frame, cell for cell.

use convene::session::Event;
use convene::testing::Harness;

/// 09:00 in Dushanbe on day one of the roundtable.
fn nine() -> Harness {
    Harness::roundtable("2009-04-28T04:00:00Z")
}

/// Wide (list beside the panel), stacked, and the smallest the run screen takes.
const SIZES: [(u16, u16); 4] = [(120, 40), (80, 24), (160, 48), (60, 16)];

#[test]
fn running_item_through_minutes_and_stages() {
    let mut h = nine();
    h.press(&["Space"]);
    h.idle_seconds_are_whole_frames("running", &SIZES, 70);
    // Into the last minutes (the stage changes colour and words) and past the end.
    h.wait(26 * 60);
    h.idle_seconds_are_whole_frames("running late", &[(120, 40)], 130);
}

#[test]
fn paused_with_a_speaker_on_the_floor() {
    let mut h = nine();
    h.press(&["Space", "Q"]).type_text("@ngo-yc").press(&["Enter", "f", "Space"]);
    assert!(!h.session().timer.running, "the item is paused");
    h.idle_seconds_are_whole_frames("paused, speaker on the floor", &SIZES, 70);
}

#[test]
fn projector_running_and_with_a_speaker() {
    let mut h = nine();
    h.press(&["Space", "v"]);
    h.idle_seconds_are_whole_frames("projector", &[(120, 40), (80, 24), (40, 12), (160, 48)], 65);
    h.press(&["Q"]).type_text("@ngo-yc").press(&["Enter", "f"]);
    h.idle_seconds_are_whole_frames("projector, speaker", &[(120, 40)], 65);
}

#[test]
fn capture_open_and_full_screen() {
    let mut h = nine();
    h.press(&["Space", "c"]).type_text("Police must use minimum force");
    h.idle_seconds_are_whole_frames("capture", &[(120, 40), (80, 24)], 40);
    h.press(&["Ctrl-f"]);
    h.idle_seconds_are_whole_frames("full-screen capture", &[(120, 40), (80, 24)], 40);
}

#[test]
fn keys_and_events_between_idle_seconds() {
    let mut h = nine();
    h.press(&["Space"]);
    for i in 0..120 {
        match i % 17 {
            3 => {
                h.press(&["Down"]);
            }
            7 => {
                h.record(Event::MessageSet { text: Some(format!("Message {i}")) });
            }
            11 => {
                h.press(&["?"]);
            }
            12 => {
                h.press(&["Esc"]);
            }
            _ => {}
        }
        let full = h.full_frame(120, 40);
        let drawn = h.drawn(120, 40);
        assert_eq!(drawn.backend().buffer(), full.backend().buffer(), "second {i}");
        h.wait(1);
    }
}

/// The panel between items (what Space starts, when the next item is due) and on the
/// day's last item (when day two starts), late enough that a re-plan is proposed: the
/// lines an idle second keeps from its whole frame must be the ones a whole frame draws.
#[test]
fn between_items_late_and_on_the_days_last_item() {
    let mut h = nine();
    h.press(&["Space"]);
    h.wait(40 * 60 + 17);
    h.record(Event::ItemEnded { item: "d1-registration".into() });
    h.idle_seconds_are_whole_frames("between items, late", &[(120, 40), (80, 24)], 70);
    h.record(Event::ItemStarted { item: "d1-wrap-up".into() });
    h.wait(7);
    h.idle_seconds_are_whole_frames("the day's last item", &[(120, 40)], 70);
    h.press(&["v"]);
    h.idle_seconds_are_whole_frames("the day's last item on the projector", &[(120, 40)], 70);
}

/// A group reporting back: its slot's clock ticks beside the item's countdown, on the run
/// screen and on the projector, and on into the slot's last minutes and past its end.
#[test]
fn a_group_reporting_back() {
    let mut h = Harness::roundtable("2009-04-28T08:30:00Z");
    h.record(Event::ItemStarted { item: "d1-case-study".into() });
    h.wait(90 * 60).press(&["n"]); // tea
    h.wait(15 * 60).press(&["n"]); // report-back
    h.wait(60).press(&["g"]);
    assert!(h.screen(120, 40).contains("Reporting: Group A"), "{}", h.screen(120, 40));
    h.idle_seconds_are_whole_frames("reporting back", &[(120, 40), (80, 24)], 70);
    h.press(&["v"]);
    h.idle_seconds_are_whole_frames("reporting back, projector", &[(120, 40)], 70);
    h.press(&["v"]);
    h.wait(19 * 60);
    h.idle_seconds_are_whole_frames("reporting back, the slot's end", &[(120, 40)], 180);
}
