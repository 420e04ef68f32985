//! The day's summary overlay (`D`, and by itself when a day ends): the day's title and
//! how it ran in words, then, one under the other, the timeline of planned against as run
//! ([`super::timeline`]), the drift through the day ([`super::drift_chart`]), the
//! speaking balance of the day (the live panel's bars, [`super::balance_bars`]), the
//! points captured by kind, and what is still open. All from
//! [`crate::session::day_summary`], which the draft's picture reads too.
//!
//! The sections are drawn into a page as tall as they need, and the screen shows the
//! window of it the operator has scrolled to, so nothing is squeezed out on a small
//! terminal. From 120 columns the balance and the kinds stand side by side.

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, Block, Clear, Paragraph, Widget, Wrap};

use super::text::fit_words;
use super::theme::Theme;
use super::{balance_bars, drift_chart, timeline};
use crate::app::App;
use crate::i18n::Lang;
use crate::session::Session;
use crate::session::balance::{self, Share};
use crate::session::day_summary::{DaySummary, day_summary};
use crate::t;
use crate::timing;

/// From this width of the page the balance and the kinds go side by side.
const SIDE_BY_SIDE: u16 = 116;

pub(super) fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    session: &Session,
    now: Timestamp,
    theme: Theme,
) {
    frame.render_widget(Clear, area);
    let lang = app.lang();
    let day = app.summary.map_or(0, |v| v.day).min(session.agenda.days.len().saturating_sub(1));
    let sources = crate::export::review_pack::Sources::new(session);
    let summary = day_summary(session, day, now, |e| sources.waits_for_check(e));
    let title = fit_words(&title(session, day, lang), usize::from(area.width.saturating_sub(4)));
    let block = Block::bordered().title(Line::styled(format!(" {title} "), theme.title()));
    let inner = block.inner(area);
    if inner.height < 2 || inner.width < 10 {
        frame.render_widget(block, area);
        return;
    }
    // How the day ran stays in sight, above the part that scrolls.
    let (said, style) = state(&summary, session, lang, theme);
    let state_row = Rect { height: 1, ..inner };
    frame.render_widget(
        Paragraph::new(Line::styled(fit_words(&said, usize::from(inner.width)), style)),
        state_row,
    );
    let window = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
    let page = page(&summary, session, inner.width, lang, theme);
    let most = page.area.height.saturating_sub(window.height);
    let scroll = app.summary.map_or(0, |v| v.scroll).min(most);
    copy(&page, scroll, frame.buffer_mut(), window);
    // The keys along the bottom edge, and whether there is more below.
    let more = (scroll < most).then(|| format!(" {} ", t!(lang, "summary-more")));
    let more_w = more.as_ref().map_or(0, |m| m.chars().count());
    let keys = fit_words(&t!(lang, "summary-keys"), usize::from(area.width).saturating_sub(6 + more_w));
    let mut block = block.title_bottom(Line::styled(format!(" {keys} "), theme.dim()));
    if let Some(more) = more {
        block = block.title_bottom(Line::styled(more, theme.title()).right_aligned());
    }
    frame.render_widget(block, area);
}

/// "Day 1 · Tuesday 28 April 2009 — summary".
pub(super) fn title(session: &Session, day: usize, lang: Lang) -> String {
    let date = session.agenda.days.get(day).map(|d| d.date.date());
    let date = date.map_or_else(String::new, |date| {
        let weekday =
            crate::i18n::tr(lang, &format!("cli-weekday-{}", date.weekday().to_monday_one_offset()), &[]);
        t!(lang, "cli-date-with-weekday", weekday = weekday, date = crate::i18n::date_long(lang, date))
    });
    t!(lang, "summary-title", day = day + 1, date = date)
}

/// "12 min late", "5 min early", "on time".
fn drift_words(minutes: i64, lang: Lang) -> String {
    match minutes {
        m if m > 0 => t!(lang, "summary-late", time = drift_chart::stretch(m, lang)),
        m if m < 0 => t!(lang, "summary-early", time = drift_chart::stretch(m, lang)),
        _ => t!(lang, "summary-on-time"),
    }
}

/// How the day ran, in words: not started, running (and how late so far), between items,
/// or ended (and how late).
pub(super) fn state(summary: &DaySummary, session: &Session, lang: Lang, theme: Theme) -> (String, Style) {
    let running = summary.items.iter().any(|i| i.running);
    let started = summary.items.iter().any(|i| i.actual.is_some());
    let drift = summary.last_drift();
    let late_style = |m: i64| if m > 0 { theme.late() } else { theme.title() };
    if !started {
        return (t!(lang, "summary-state-not-started"), theme.dim());
    }
    let over = !running
        && (timing::day_over(session) == Some(summary.day)
            || session.finished_at.is_some()
            || session.items.iter().any(|r| r.day > summary.day && r.started_at.is_some())
            || summary.items.iter().all(|i| i.actual.is_some() || i.skipped));
    match (over, running, drift) {
        (true, _, Some(m)) => (t!(lang, "summary-state-ended", drift = drift_words(m, lang)), late_style(m)),
        (true, _, None) => (t!(lang, "summary-state-ended-plain"), theme.title()),
        (false, true, Some(m)) => {
            (t!(lang, "summary-state-running", drift = drift_words(m, lang)), late_style(m))
        }
        (false, true, None) => (t!(lang, "summary-state-running-plain"), theme.title()),
        (false, false, Some(m)) => {
            (t!(lang, "summary-state-under-way", drift = drift_words(m, lang)), late_style(m))
        }
        (false, false, None) => (t!(lang, "summary-state-under-way-plain"), theme.title()),
    }
}

/// Draws a section into its place on the page.
type Draw<'a> = Box<dyn Fn(&mut Buffer, Rect) + 'a>;

/// One section of the page: its rows at the page's width, and how it draws itself.
struct Section<'a> {
    rows: u16,
    draw: Draw<'a>,
}

/// "Timeline ──────": a section's heading, ruled to the edge so it reads as one without
/// colour.
fn heading(buf: &mut Buffer, area: Rect, text: &str, theme: Theme) {
    let text = fit_words(text, usize::from(area.width.saturating_sub(2)));
    let used = text.chars().count() + 1;
    let rule = "─".repeat(usize::from(area.width).saturating_sub(used));
    Paragraph::new(Line::from(vec![
        Span::styled(format!("{text} "), theme.title()),
        Span::styled(rule, theme.dim()),
    ]))
    .render(Rect { height: 1, ..area }, buf);
}

/// A section under `head`, whose body takes `rows` rows and is drawn by `body`.
fn titled<'a>(head: String, rows: u16, theme: Theme, body: impl Fn(&mut Buffer, Rect) + 'a) -> Section<'a> {
    Section {
        rows: rows.saturating_add(1),
        draw: Box::new(move |buf, area| {
            heading(buf, area, &head, theme);
            let rest = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
            body(buf, rest);
        }),
    }
}

/// Lines wrapped at the section's width, as a section's body.
fn lines_body<'a>(lines: Vec<Line<'a>>, width: u16) -> (u16, impl Fn(&mut Buffer, Rect) + 'a) {
    let rows = super::text::rows(&lines, width);
    (rows, move |buf: &mut Buffer, area: Rect| {
        Paragraph::new(lines.clone()).wrap(Wrap { trim: false }).render(area, buf)
    })
}

fn timeline_section<'a>(summary: &'a DaySummary, width: u16, lang: Lang, theme: Theme) -> Section<'a> {
    let rows = timeline::rows(summary, width, lang);
    titled(t!(lang, "summary-timeline"), rows, theme, move |buf, area| {
        timeline::render(buf, area, summary, lang, theme)
    })
}

fn drift_section<'a>(summary: &'a DaySummary, width: u16, lang: Lang, theme: Theme) -> Section<'a> {
    let rows = drift_chart::rows(summary, width, lang);
    titled(t!(lang, "summary-drift-title"), rows, theme, move |buf, area| {
        drift_chart::render(buf, area, summary, lang, theme)
    })
}

fn balance_section<'a>(
    summary: &'a DaySummary,
    session: &Session,
    width: u16,
    lang: Lang,
    theme: Theme,
) -> Section<'a> {
    let b = &summary.balance;
    let head = if b.total > 0 {
        format!(
            "{} · {}",
            t!(lang, "summary-balance-title"),
            t!(lang, "balance-heard", time = balance_bars::heard(b.total, lang))
        )
    } else {
        t!(lang, "summary-balance-title")
    };
    // Whoever has the floor now, when it is on this day.
    let speaking = timing::open_turn(session)
        .filter(|turn| {
            session.item_index(&turn.item).and_then(|i| session.items.get(i)).map(|r| r.day)
                == Some(summary.day)
        })
        .map(|turn| Share {
            group: balance::group_of(session, &turn.speaker),
            seconds: 0,
            turns: 0,
            percent: 0,
        });
    let mut under = Vec::new();
    if b.shares.is_empty() {
        under.push(Line::styled(t!(lang, "summary-nobody-heard"), theme.dim()));
    }
    if !b.silent.is_empty() {
        let groups: Vec<String> = b.silent.iter().map(|g| crate::safe_text::line(g).into_owned()).collect();
        under.push(Line::styled(t!(lang, "summary-not-heard", groups = groups.join(", ")), theme.text()));
    }
    let (under_rows, under_draw) = lines_body(under, width);
    let bars = balance_bars::rows(b);
    titled(head, bars + under_rows, theme, move |buf, area| {
        let bars_at = Rect { height: bars.min(area.height), ..area };
        balance_bars::render(buf, bars_at, b, speaking.as_ref(), lang, theme);
        let rest = Rect { y: area.y + bars_at.height, height: area.height - bars_at.height, ..area };
        under_draw(buf, rest);
    })
}

fn kinds_section<'a>(summary: &'a DaySummary, width: u16, lang: Lang, theme: Theme) -> Section<'a> {
    let total: usize = summary.kinds.iter().map(|(_, n)| n).sum();
    let head = t!(lang, "summary-kinds-title", n = total);
    if summary.kinds.is_empty() {
        let (rows, draw) = lines_body(vec![Line::styled(t!(lang, "summary-kinds-none"), theme.dim())], width);
        return titled(head, rows, theme, draw);
    }
    let rows = u16::try_from(summary.kinds.len()).unwrap_or(u16::MAX);
    // A full row is every point of the day: each bar is its kind's share.
    let all = total as u64;
    // The kind's full name where it fits: "recommendation (presenters)" and "(participants)"
    // differ at their end.
    let label_room = usize::from(width / 2).max(8);
    titled(head, rows, theme, move |buf, area| {
        let bars: Vec<Bar> = summary
            .kinds
            .iter()
            .map(|&(kind, n)| {
                let name = fit_words(&crate::capture::kind_label_in(lang, kind), label_room);
                Bar::default()
                    .value(n as u64)
                    .label(Line::from(name))
                    .text_value(n.to_string())
                    .style(theme.accent())
                    .value_style(theme.text().add_modifier(ratatui::style::Modifier::REVERSED))
            })
            .collect();
        balance_bars::rows_of_bars(&bars, all.max(1)).render(area, buf);
    })
}

fn open_section<'a>(summary: &'a DaySummary, width: u16, lang: Lang, theme: Theme) -> Section<'a> {
    let mut lines = Vec::new();
    if summary.contested.is_empty() && summary.unchecked == 0 {
        lines.push(Line::styled(t!(lang, "summary-nothing-open"), theme.dim()));
    }
    if !summary.contested.is_empty() {
        lines.push(Line::styled(t!(lang, "summary-contested", n = summary.contested.len()), theme.late()));
        let room = usize::from(width).saturating_sub(4);
        for point in &summary.contested {
            let text = fit_words(&crate::safe_text::line(&point.text), room);
            lines.push(Line::from(vec![Span::styled("  ✗ ", theme.late()), Span::raw(text)]));
        }
    }
    if summary.unchecked > 0 {
        lines.push(Line::styled(t!(lang, "summary-unchecked", n = summary.unchecked), theme.text()));
    }
    let (rows, draw) = lines_body(lines, width);
    titled(t!(lang, "summary-open-title"), rows, theme, draw)
}

/// The whole summary below the state line, drawn into a page `width` wide and as tall as
/// it needs.
fn page(summary: &DaySummary, session: &Session, width: u16, lang: Lang, theme: Theme) -> Buffer {
    let half = width.saturating_sub(2) / 2;
    let side_by_side = width >= SIDE_BY_SIDE;
    let mut bands: Vec<Vec<Section>> = vec![
        vec![timeline_section(summary, width, lang, theme)],
        vec![drift_section(summary, width, lang, theme)],
    ];
    if side_by_side {
        bands.push(vec![
            balance_section(summary, session, half, lang, theme),
            kinds_section(summary, half, lang, theme),
        ]);
    } else {
        bands.push(vec![balance_section(summary, session, width, lang, theme)]);
        bands.push(vec![kinds_section(summary, width, lang, theme)]);
    }
    bands.push(vec![open_section(summary, width, lang, theme)]);
    // A blank row above each band.
    let height: u16 = bands
        .iter()
        .map(|b| b.iter().map(|s| s.rows).max().unwrap_or(0).saturating_add(1))
        .fold(0u16, u16::saturating_add);
    let mut page = Buffer::empty(Rect::new(0, 0, width, height));
    let mut y = 0u16;
    for band in &bands {
        y = y.saturating_add(1);
        let rows = band.iter().map(|s| s.rows).max().unwrap_or(0);
        let widths = if band.len() == 2 { [half, width - half - 2] } else { [width, 0] };
        let mut x = 0u16;
        for (section, w) in band.iter().zip(widths) {
            (section.draw)(&mut page, Rect::new(x, y, w, section.rows.min(height - y)));
            x += w + 2;
        }
        y = y.saturating_add(rows);
    }
    page
}

/// Copies the rows of `page` from `scroll` on into `window`.
fn copy(page: &Buffer, scroll: u16, buf: &mut Buffer, window: Rect) {
    for dy in 0..window.height {
        let Some(py) = scroll.checked_add(dy).filter(|py| *py < page.area.height) else { break };
        for dx in 0..window.width.min(page.area.width) {
            if let (Some(from), Some(to)) =
                (page.cell((dx, py)), buf.cell_mut((window.x + dx, window.y + dy)))
            {
                *to = from.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::EntryKind;
    use crate::session::replay_2009;

    fn screen(buf: &Buffer) -> String {
        let a = buf.area;
        (a.top()..a.bottom())
            .map(|y| (a.left()..a.right()).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect()
    }

    fn draw(session: &Session, lang: &str, width: u16, height: u16, scroll: u16) -> String {
        let settings = crate::app::Settings {
            language: Some(lang.into()),
            color: false,
            ..crate::app::Settings::default()
        };
        let mut app = App::new(settings, session);
        app.summary = Some(crate::app::SummaryView { day: 0, scroll });
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
        let now = session.last_change_at;
        terminal.draw(|frame| render(frame, frame.area(), &app, session, now, Theme::plain())).unwrap();
        screen(terminal.backend().buffer())
    }

    #[test]
    fn the_replayed_first_day_scrolls_through_every_section() {
        let session = replay_2009::two_days_session();
        for (width, height) in [(60, 16), (80, 24), (120, 40), (160, 60)] {
            let mut seen = String::new();
            let top = draw(&session, "en", width, height, 0);
            assert!(top.contains("Day 1 · Tuesday 28 April 2009 — summary"), "{top}");
            assert!(top.contains("Ended"), "{top}");
            for scroll in 0..200 {
                let s = draw(&session, "en", width, height, scroll);
                seen.push_str(&s);
                if !s.contains(&t!(Lang::En, "summary-more")) {
                    break;
                }
            }
            for heading in
                ["summary-timeline", "summary-drift-title", "summary-balance-title", "summary-open-title"]
            {
                assert!(seen.contains(&t!(Lang::En, heading)), "{heading} at {width}x{height}");
            }
            let kinds = t!(Lang::En, "summary-kinds-title", n = 0);
            assert!(seen.contains(kinds.split(' ').next().unwrap()), "kinds at {width}x{height}");
            assert!(seen.contains("Registration") || seen.contains("09:00"), "{seen}");
        }
    }

    #[test]
    fn the_figures_on_screen_are_the_summarys() {
        let session = replay_2009::two_days_session();
        let now = session.last_change_at;
        let sources = crate::export::review_pack::Sources::new(&session);
        let s = day_summary(&session, 0, now, |e| sources.waits_for_check(e));
        let page = page(&s, &session, 120, Lang::En, Theme::plain());
        let text = screen(&page);
        let presentations = s.count(EntryKind::PresentationPoint);
        let label = crate::capture::kind_label_in(Lang::En, EntryKind::PresentationPoint);
        let row = text.lines().find(|l| l.contains(&label)).unwrap();
        assert!(row.contains(&format!(" {presentations}")), "{row}");
        assert!(text.contains(&t!(Lang::En, "summary-unchecked", n = s.unchecked)), "{text}");
        if let Some(first) = s.balance.shares.first() {
            assert!(text.contains(&format!("{} %", first.percent)), "{text}");
        }
        assert_eq!(
            s.contested.is_empty(),
            !text.contains(&t!(Lang::En, "summary-contested", n = s.contested.len()))
        );
    }

    #[test]
    fn scrolled_past_the_end_it_stops_at_the_last_row() {
        let session = replay_2009::two_days_session();
        let last = draw(&session, "en", 80, 24, u16::MAX);
        assert!(!last.contains(&t!(Lang::En, "summary-more")), "{last}");
        assert!(last.contains(&t!(Lang::En, "summary-open-title")), "{last}");
        assert_eq!(last, draw(&session, "en", 80, 24, 500));
    }

    #[test]
    fn in_russian_every_word_is_russian() {
        let session = replay_2009::two_days_session();
        let top = draw(&session, "ru", 80, 24, 0);
        assert!(top.contains("День 1 · вторник, 28 апреля 2009 г."), "{top}");
        assert!(top.contains(&t!(Lang::Ru, "summary-more")), "{top}");
        // Latin words come from the agenda (titles, the roster's groups) or the notes
        // (a contested point quoted), never from convene.
        let agenda = include_str!("../../agendas/dushanbe-roundtable-2009.json");
        let notes: String = session.entries.iter().map(|e| format!("{} ", e.text)).collect();
        for (width, height) in [(60, 16), (80, 24), (120, 40)] {
            for scroll in (0..80).step_by(usize::from(height / 2)) {
                let screen = draw(&session, "ru", width, height, scroll);
                let english: Vec<&str> = screen
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| w.len() >= 2 && *w != "Esc" && !agenda.contains(*w) && !notes.contains(*w))
                    .collect();
                assert!(english.is_empty(), "{english:?} at {width}x{height}:\n{screen}");
            }
        }
    }

    #[test]
    fn the_state_in_words() {
        let session = replay_2009::two_days_session();
        let s = day_summary(&session, 0, session.last_change_at, |_| false);
        // The replay's first day: its wrap-up ended at 16:42, planned to 16:45.
        assert_eq!(s.last_drift(), Some(-3));
        assert_eq!(state(&s, &session, Lang::En, Theme::plain()).0, "Ended 3 min early");
        assert_eq!(state(&s, &session, Lang::Ru, Theme::plain()).0, "Закончился: раньше плана на 3 мин");
        assert_eq!(drift_words(75, Lang::En), "1 h 15 min late");
        assert_eq!(drift_words(0, Lang::En), "on time");
    }
}
