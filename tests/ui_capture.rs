//! The capture pane and review list on TestBackend: Cyrillic, Tajik and wide (CJK) text,
//! multi-line notes, saved marks, and full-screen capture.

mod common;

use common::app::Harness;
use convene::app::Action;

/// The plenary discussion running at 11:15; the screen is looked at six minutes later.
struct H(Harness);

impl H {
    fn new() -> H {
        H(Harness::new("2009-04-28T06:15:00Z", "d1-plenary-questions"))
    }

    fn act(&mut self, action: Action, durable: bool) {
        if durable { self.0.act(0, action) } else { self.0.act_unsaved(0, action) }
    }

    fn note(&mut self, text: &str, durable: bool) {
        self.act(Action::FocusCapture, true);
        self.act(Action::Paste(text.into()), true);
        self.act(Action::CaptureCommit, durable);
    }

    fn draw(&self, w: u16, h: u16) -> String {
        self.0.draw_after(w, h, 6 * 60)
    }
}

fn multilingual() -> H {
    let mut h = H::new();
    h.note("Полиция должна применять минимальную силу", true);
    h.note("r: @ngo Ҳамкории милиса ва ҷомеаи шаҳрвандӣ зарур аст — ӣ ӯ ҳ қ ғ ҷ", true);
    h.note("qt: 信任是双向的 — trust is a two-way flow", true);
    h.note("ref: Закон о милиции, статья 15\nLaw on the Militia, Article 15", false);
    h.act(Action::FocusCapture, true);
    h.act(Action::Paste("Қайди нотамом: ҳуқуқ".into()), true);
    h
}

#[test]
fn capture_pane_with_cyrillic_tajik_and_wide_text() {
    let h = multilingual();
    let t = h.draw(120, 40);
    let text = t.clone();
    assert!(text.contains("Полиция должна применять"), "{text}");
    assert!(text.contains("ӣ ӯ ҳ қ ғ"), "{text}");
    assert!(text.contains("… "), "the last note is not on disk yet: {text}");
    insta::assert_snapshot!(t);
}

#[test]
fn capture_pane_80x24() {
    let h = multilingual();
    insta::assert_snapshot!(h.draw(80, 24));
}

#[test]
fn full_screen_capture() {
    let mut h = multilingual();
    h.act(Action::CaptureFullScreen, true);
    insta::assert_snapshot!(h.draw(100, 30));
}

#[test]
fn review_list_of_the_whole_session() {
    let mut h = multilingual();
    h.act(Action::FocusTimer, true);
    h.act(Action::FocusReview, true);
    h.act(Action::ReviewScope, true);
    h.act(Action::ReviewUp, true);
    h.act(Action::ReviewMark(convene::session::Mark::Contested), true);
    insta::assert_snapshot!(h.draw(120, 40));
}
