//! The day's timeline on the summary screen: one row per item, planned against as run on
//! one time axis. Each row is split in half: the plan on the top half (`▀`), the item as
//! run on the bottom half (`▄`), both where they overlap (`█`), and the minutes beyond the
//! planned length shaded (`▓`), so the shape alone tells them apart, in black and white
//! too; the row ends with the overrun in words ("+7 min", "skipped", "running").

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::text::fit_words;
use super::theme::Theme;
use crate::i18n::Lang;
use crate::session::day_summary::{DaySummary, ItemLine};
use crate::t;

/// The plan alone.
pub const PLANNED: char = '▀';
/// As run alone.
pub const RAN: char = '▄';
/// Planned and run.
pub const BOTH: char = '█';
/// Run beyond the planned length.
pub const OVER: char = '▓';
/// The item running now.
pub const RUNNING: char = '▶';
/// A tick of the axis where a row has no bar.
const GRID: char = '┊';

/// A time axis: minutes after midnight from `from` to `to` over `width` columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeAxis {
    pub from: i32,
    pub to: i32,
    pub width: u16,
}

impl TimeAxis {
    pub fn new((from, to): (i32, i32), width: u16) -> TimeAxis {
        TimeAxis { from, to: to.max(from + 1), width }
    }

    /// The column (from the axis's left) where minute `m` falls, rounded to the nearest
    /// edge between cells: 0 at `from`, `width` at `to`.
    pub fn col(&self, m: i32) -> u16 {
        let len = i64::from(self.to - self.from);
        let at = i64::from(m.clamp(self.from, self.to) - self.from);
        let w = i64::from(self.width);
        u16::try_from((at * w + len / 2) / len).unwrap_or(self.width)
    }

    /// The columns a stretch from `start` to `end` takes: at least one when it lies on
    /// the axis at all, so a five-minute break on a long day still shows.
    pub fn cells(&self, start: i32, end: i32) -> std::ops::Range<u16> {
        if end < start || end < self.from || start > self.to || self.width == 0 {
            return 0..0;
        }
        let a = self.col(start).min(self.width - 1);
        a..self.col(end).max(a + 1)
    }

    /// Minutes between two labelled ticks: the shortest of half an hour, one, two, three
    /// or four hours that leaves room for each "09:00" and a gap.
    pub fn step(&self) -> i32 {
        let len = (self.to - self.from).max(1);
        [30, 60, 120, 180, 240, 360]
            .into_iter()
            .find(|s| i64::from(*s) * i64::from(self.width) / i64::from(len) >= 6)
            .unwrap_or(len)
    }

    /// The labelled ticks: from the first whole hour (half hour, when that is the step)
    /// on, a step apart.
    pub fn ticks(&self) -> Vec<i32> {
        let step = self.step();
        let round = step.min(60);
        let first = (self.from + round - 1).div_euclid(round) * round;
        (0..).map(|i| first + i * step).take_while(|m| *m <= self.to).collect()
    }
}

/// "09:30" of minutes after midnight (past midnight it turns round).
pub fn clock(m: i32) -> String {
    format!("{:02}:{:02}", m.div_euclid(60).rem_euclid(24), m.rem_euclid(60))
}

/// What a row says at its end, in words, and in which style.
pub(super) fn words(item: &ItemLine, lang: Lang, theme: Theme) -> (String, Style) {
    let over = over_so_far(item);
    match over {
        _ if item.skipped => (t!(lang, "summary-row-skipped"), theme.dim()),
        Some(m) if item.running && m > 0 => (t!(lang, "summary-row-running-over", n = m), theme.late()),
        _ if item.running => (t!(lang, "summary-row-running"), theme.accent()),
        Some(m) if m > 0 => (t!(lang, "summary-row-over", n = m), theme.late()),
        Some(m) if m < 0 => (t!(lang, "summary-row-early", n = -m), theme.early()),
        Some(_) => (t!(lang, "summary-row-on-time"), theme.dim()),
        None => (String::new(), theme.dim()),
    }
}

/// Minutes beyond the plan: as recorded once it ended, as it stands while it runs.
fn over_so_far(item: &ItemLine) -> Option<i64> {
    if item.running {
        let (from, until) = item.actual?;
        return Some(i64::from((until - from) - (item.planned.1 - item.planned.0)));
    }
    item.over_minutes
}

/// Columns of the words at the rows' ends: the longest, and a space before it.
fn words_width(summary: &DaySummary, lang: Lang) -> u16 {
    let longest =
        summary.items.iter().map(|i| words(i, lang, Theme::plain()).0.chars().count()).max().unwrap_or(0);
    u16::try_from(longest + 1).unwrap_or(u16::MAX)
}

/// How a row of `width` columns is cut: the label, the axis, the words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    label: u16,
    axis: TimeAxis,
    words: u16,
}

fn columns(summary: &DaySummary, width: u16, lang: Lang) -> Columns {
    // Room for the last tick's label at the axis's end too.
    let words = words_width(summary, lang).max(6).min(width / 3);
    let label = (width * 3 / 10).clamp(12, 32).min(width / 3);
    // A space between the label and the axis.
    let axis = width.saturating_sub(label + 1 + words);
    Columns { label, axis: TimeAxis::new(summary.span(), axis), words }
}

/// The legend under the rows: each shape and what it means (the overrun's and the running
/// item's where there is one).
fn legend(summary: &DaySummary, lang: Lang, theme: Theme) -> Line<'static> {
    let over = summary.items.iter().any(|i| i.actual.is_some() && over_so_far(i).is_some_and(|m| m > 0));
    let running = summary.items.iter().any(|i| i.running);
    let parts = [
        (PLANNED, "summary-legend-planned", theme.dim(), true),
        (RAN, "summary-legend-ran", theme.accent(), true),
        (BOTH, "summary-legend-both", theme.accent(), true),
        (OVER, "summary-legend-over", theme.late(), over),
        (RUNNING, "summary-legend-running", theme.accent(), running),
    ];
    let shown = parts.into_iter().filter(|p| p.3).map(|(symbol, id, style, _)| (symbol, id, style));
    let mut spans = Vec::new();
    for (i, (symbol, id, style)) in shown.enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(symbol.to_string(), style));
        spans.push(Span::styled(format!(" {}", crate::i18n::tr(lang, id, &[])), theme.dim()));
    }
    Line::from(spans)
}

/// Rows the timeline takes at `width`: the axis's two, one per item, the legend.
pub fn rows(summary: &DaySummary, width: u16, lang: Lang) -> u16 {
    let items = u16::try_from(summary.items.len()).unwrap_or(u16::MAX);
    2u16.saturating_add(items)
        .saturating_add(super::text::rows(&[legend(summary, lang, Theme::plain())], width))
}

/// Draws the timeline into `area` (as tall as [`rows`] says).
pub fn render(buf: &mut Buffer, area: Rect, summary: &DaySummary, lang: Lang, theme: Theme) {
    let cols = columns(summary, area.width, lang);
    let axis_x = area.x + cols.label + 1;
    let set = |buf: &mut Buffer, x: u16, y: u16, c: char, style: Style| {
        if x < area.right() && y < area.bottom() {
            buf[(x, y)].set_char(c).set_style(style);
        }
    };
    // The axis: the times over their ticks.
    let ticks = cols.axis.ticks();
    let mut free_from = axis_x;
    for &m in &ticks {
        let at = axis_x + cols.axis.col(m);
        let label = clock(m);
        // The axis's rows have nothing under the words' column: the last label may run
        // on into it.
        let x = at.min(area.right().saturating_sub(5));
        if x >= free_from && x + 5 <= area.right() {
            buf.set_string(x, area.y, &label, theme.dim());
            free_from = x + 6;
        }
    }
    for x in 0..cols.axis.width {
        set(buf, axis_x + x, area.y + 1, '─', theme.dim());
    }
    let tick_cols: Vec<u16> = ticks.iter().map(|&m| cols.axis.col(m)).collect();
    for &c in &tick_cols {
        set(buf, axis_x + c, area.y + 1, '┬', theme.dim());
    }
    for (row, item) in summary.items.iter().enumerate() {
        let Some(y) = u16::try_from(row).ok().and_then(|r| area.y.checked_add(2 + r)) else { break };
        if y >= area.bottom() {
            break;
        }
        // The label: the item running now marked, its planned start, its title.
        let marker = if item.running { RUNNING } else { ' ' };
        let title = crate::safe_text::line(&item.title);
        let room = usize::from(cols.label).saturating_sub(8);
        let label = format!("{marker}{} {}", clock(item.planned.0), fit_words(&title, room));
        let label_style = if item.running { theme.title() } else { theme.text() };
        buf.set_stringn(area.x, y, &label, usize::from(cols.label), label_style);
        // The bars: cell by cell, which halves are filled.
        let planned = cols.axis.cells(item.planned.0, item.planned.1);
        let actual = item.actual.map_or(0..0, |(a, b)| cols.axis.cells(a, b));
        let over = match (item.actual, over_so_far(item)) {
            (Some((_, until)), Some(m)) if m > 0 => cols.axis.cells(until - m as i32, until),
            _ => 0..0,
        };
        for c in 0..cols.axis.width {
            let (p, a) = (planned.contains(&c), actual.contains(&c));
            let (symbol, style) = match (p, a) {
                _ if a && over.contains(&c) => (OVER, theme.late()),
                (true, true) => (BOTH, theme.accent()),
                (false, true) => (RAN, theme.accent()),
                (true, false) => (PLANNED, theme.dim()),
                (false, false) if tick_cols.contains(&c) => (GRID, theme.dim()),
                (false, false) => continue,
            };
            set(buf, axis_x + c, y, symbol, style);
        }
        let (said, style) = words(item, lang, theme);
        let x = axis_x + cols.axis.width + 1;
        if x < area.right() {
            buf.set_stringn(x, y, &said, usize::from(area.right() - x), style);
        }
    }
    let legend_y = area.y.saturating_add(2).saturating_add(u16::try_from(summary.items.len()).unwrap_or(0));
    if legend_y < area.bottom() {
        let at = Rect { y: legend_y, height: area.bottom() - legend_y, ..area };
        Paragraph::new(legend(summary, lang, theme)).wrap(Wrap { trim: true }).render(at, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::balance::Balance;

    fn line(title: &str, planned: (i32, i32), actual: Option<(i32, i32)>, over: Option<i64>) -> ItemLine {
        ItemLine {
            index: 0,
            title: title.into(),
            planned,
            actual,
            running: false,
            skipped: false,
            over_minutes: over,
        }
    }

    fn summary(items: Vec<ItemLine>) -> DaySummary {
        DaySummary {
            day: 0,
            items,
            drift: vec![],
            balance: Balance::default(),
            kinds: vec![],
            contested: vec![],
            unchecked: 0,
        }
    }

    fn row(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
    }

    #[test]
    fn the_axis_maps_nine_to_ten_onto_its_columns() {
        let axis = TimeAxis::new((9 * 60, 10 * 60), 60);
        assert_eq!(axis.col(9 * 60), 0);
        assert_eq!(axis.col(9 * 60 + 30), 30);
        assert_eq!(axis.col(10 * 60), 60);
        assert_eq!(axis.col(8 * 60), 0, "before the axis: its start");
        assert_eq!(axis.cells(9 * 60 + 15, 9 * 60 + 45), 15..45);
        assert_eq!(axis.cells(9 * 60 + 10, 9 * 60 + 10), 10..11, "no length: still one cell");
        assert_eq!(axis.cells(11 * 60, 12 * 60), 0..0, "off the axis");
        // Twice the span on the same columns: two minutes a column.
        let day = TimeAxis::new((9 * 60, 11 * 60), 60);
        assert_eq!(day.cells(10 * 60, 10 * 60 + 30), 30..45);
        assert_eq!(day.step(), 30);
        assert_eq!(day.ticks(), [540, 570, 600, 630, 660]);
        // A long day on a narrow axis: ticks far enough apart for their labels.
        let narrow = TimeAxis::new((8 * 60 + 30, 18 * 60), 30);
        assert_eq!(narrow.step(), 120);
        assert_eq!(narrow.ticks(), [540, 660, 780, 900, 1020]);
        assert_eq!(clock(25 * 60 + 5), "01:05");
    }

    #[test]
    fn an_overrun_row_says_by_how_much_and_shades_the_minutes_over() {
        // 09:00–10:00 planned, run 09:00–10:07: seven minutes over.
        let s = summary(vec![
            line("Opening", (540, 600), Some((540, 607)), Some(7)),
            ItemLine { skipped: true, ..line("Coffee", (600, 630), None, None) },
        ]);
        let width = 80;
        let height = rows(&s, width, Lang::En);
        assert_eq!(height, 2 + 2 + 1);
        let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
        render(&mut buf, Rect::new(0, 0, width, height), &s, Lang::En, Theme::plain());
        let first = row(&buf, 2);
        assert!(first.starts_with(" 09:00 Opening"), "{first}");
        assert!(first.trim_end().ends_with("+7 min"), "{first}");
        assert!(first.contains(OVER), "the overrun is shaded: {first}");
        assert!(first.contains(BOTH), "{first}");
        let second = row(&buf, 3);
        assert!(second.trim_end().ends_with("skipped"), "{second}");
        assert!(second.contains(PLANNED) && !second.contains(RAN) && !second.contains(BOTH), "{second}");
        assert!(row(&buf, 0).contains("09:00") && row(&buf, 0).contains("10:00"), "{}", row(&buf, 0));
        assert!(row(&buf, 4).contains("planned"), "the legend: {}", row(&buf, 4));
        // The overrun sits at the end of the bar, the shaded cells where it ran over.
        let cols = columns(&s, width, Lang::En);
        let x0 = cols.label + 1;
        let over: Vec<u16> = (0..width).filter(|&x| buf[(x, 2)].symbol() == OVER.to_string()).collect();
        assert_eq!(over.first().copied(), Some(x0 + cols.axis.col(600)));
        assert_eq!(over.last().copied(), Some(x0 + cols.axis.col(607) - 1));
    }

    #[test]
    fn the_running_item_is_marked_and_says_so() {
        let running = ItemLine { running: true, ..line("Plenary", (600, 660), Some((605, 640)), None) };
        let late = ItemLine { running: true, ..line("Plenary", (600, 660), Some((605, 675)), None) };
        for (item, said) in [(running, "running"), (late, "running, +10 min")] {
            let s = summary(vec![item]);
            let mut buf = Buffer::empty(Rect::new(0, 0, 60, 4));
            render(&mut buf, Rect::new(0, 0, 60, 4), &s, Lang::En, Theme::plain());
            let r = row(&buf, 2);
            assert!(r.starts_with("▶10:00 Plenary"), "{r}");
            assert!(r.trim_end().ends_with(said), "{r}");
        }
        let s = summary(vec![ItemLine {
            running: true,
            ..line("Пленарное", (600, 660), Some((605, 640)), None)
        }]);
        let mut buf = Buffer::empty(Rect::new(0, 0, 60, 4));
        render(&mut buf, Rect::new(0, 0, 60, 4), &s, Lang::Ru, Theme::plain());
        assert!(row(&buf, 2).trim_end().ends_with(&t!(Lang::Ru, "summary-row-running")), "{}", row(&buf, 2));
    }
}
