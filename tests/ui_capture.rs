//! The capture pane and review list on TestBackend, through the real runtime: Cyrillic,
//! Tajik and wide (CJK) text, multi-line notes, saved marks, and full-screen capture.

use convene::session::Event;
use convene::testing::Harness;

/// The plenary discussion running at 11:15, with notes in three scripts; the last one
/// could not be saved (the disk is full); a note is half typed.
fn multilingual() -> Harness {
    let mut h = Harness::roundtable("2009-04-28T06:15:00Z");
    h.record(Event::ItemStarted { item: "d1-plenary-questions".into() });
    // `c` focuses the capture pane; it stays there after each Enter.
    h.press(&["c"]);
    for text in [
        "Полиция должна применять минимальную силу",
        "r: @ngo Ҳамкории милиса ва ҷомеаи шаҳрвандӣ зарур аст — ӣ ӯ ҳ қ ғ ҷ",
        "qt: 信任是双向的 — trust is a two-way flow",
    ] {
        h.paste(text).press(&["Enter"]);
    }
    h.disk.fail_writes(Some(std::io::ErrorKind::StorageFull));
    h.paste("ref: Закон о милиции, статья 15\nLaw on the Militia, Article 15").press(&["Enter"]);
    h.paste("Қайди нотамом: ҳуқуқ");
    h.wait(6 * 60);
    h
}

#[test]
fn capture_pane_with_cyrillic_tajik_and_wide_text() {
    let mut h = multilingual();
    let text = h.screen(120, 40);
    assert!(text.contains("Полиция должна применять"), "{text}");
    assert!(text.contains("ӣ ӯ ҳ қ ғ"), "{text}");
    assert!(text.contains("… "), "the last note is not on disk yet: {text}");
    insta::assert_snapshot!(text);
}

#[test]
fn capture_pane_80x24() {
    let mut h = multilingual();
    insta::assert_snapshot!(h.screen(80, 24));
}

#[test]
fn full_screen_capture() {
    let mut h = multilingual();
    h.press(&["Ctrl-f"]);
    insta::assert_snapshot!(h.screen(100, 30));
}

#[test]
fn review_list_of_the_whole_session() {
    let mut h = multilingual();
    h.press(&["Esc", "r", "Tab", "k", "X"]);
    insta::assert_snapshot!(h.screen(120, 40));
}
