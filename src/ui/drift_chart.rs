//! The drift through the day on the summary screen: how late the day ran against its
//! plan each time an item ended, as a line on ratatui's `Chart` (minutes late up, time of
//! day along, both axes labelled), under one line that says it in words ("Drift: +12 min
//! at 16:42 (most: +15 min after Case study)"). With fewer than two points there is no
//! line to draw: the words alone.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::timeline::clock;
use crate::i18n::Lang;
use crate::session::day_summary::{DaySummary, Drift, ItemLine};
use crate::t;

/// "+12", "−5", "0": minutes late (minus: early).
pub fn signed(minutes: i64) -> String {
    match minutes {
        m if m > 0 => format!("+{m}"),
        m if m < 0 => format!("−{}", -m),
        _ => "0".to_string(),
    }
}

/// "12 min", "4 h 10 min": a stretch of `minutes` (its size; the sign is the caller's).
pub fn stretch(minutes: i64, lang: Lang) -> String {
    let m = minutes.abs();
    if m >= 60 {
        t!(lang, "summary-hours", h = m / 60, n = format!("{:02}", m % 60))
    } else {
        t!(lang, "summary-minutes", n = m)
    }
}

/// "+12 min", "−4 h 10 min", "0 min".
fn signed_stretch(minutes: i64, lang: Lang) -> String {
    let sign = match minutes {
        m if m > 0 => "+",
        m if m < 0 => "−",
        _ => "",
    };
    format!("{sign}{}", stretch(minutes, lang))
}

/// Each drift point with the item whose end it was: the items that ended, in order, are
/// the ones the points were taken at.
fn with_items(summary: &DaySummary) -> impl Iterator<Item = (&Drift, &ItemLine)> {
    let ended = summary.items.iter().filter(|i| i.actual.is_some() && !i.running);
    summary.drift.iter().zip(ended)
}

/// The drift in words: where it stands at the last item that ended, and where it was
/// most, when that was elsewhere.
pub fn in_words(summary: &DaySummary, lang: Lang) -> String {
    let Some(last) = summary.drift.last() else {
        return t!(lang, "summary-drift-none");
    };
    let now = t!(lang, "summary-drift", drift = signed_stretch(last.minutes, lang), time = clock(last.at));
    let most = with_items(summary).max_by_key(|(d, _)| (d.minutes, std::cmp::Reverse(d.at)));
    match most {
        Some((d, item)) if d.minutes > last.minutes && d.minutes > 0 => {
            let title = super::text::fit_words(&crate::safe_text::line(&item.title), 40);
            let most = t!(lang, "summary-drift-most", drift = signed_stretch(d.minutes, lang), title = title);
            format!("{now} ({most})")
        }
        _ => now,
    }
}

/// Rows of the chart itself, when there is one, with the caption that names its axes.
fn chart_rows(width: u16) -> u16 {
    if width >= 100 { 11 } else { 9 }
}

/// Whether there is a line to draw.
fn has_chart(summary: &DaySummary) -> bool {
    summary.drift.len() >= 2
}

/// Rows the section takes at `width`: the words, then the chart if any.
pub fn rows(summary: &DaySummary, width: u16, lang: Lang) -> u16 {
    let words = super::text::rows(&[Line::raw(in_words(summary, lang))], width);
    words + if has_chart(summary) { chart_rows(width) } else { 0 }
}

/// The y axis's bounds: from the earliest (or 0) to the latest (or 0), widened to whole
/// five minutes and to an even number of them, so the label halfway up is a whole five
/// too (the chart spaces its labels evenly); a day that ran early as well as late gets an
/// axis even about 0, so that label is the plan's.
fn y_bounds(drift: &[Drift]) -> (i64, i64) {
    let lo = drift.iter().map(|d| d.minutes).min().unwrap_or(0).min(0);
    let hi = drift.iter().map(|d| d.minutes).max().unwrap_or(0).max(0);
    let (lo, hi) = (lo.div_euclid(5) * 5, (hi + 4).div_euclid(5) * 5);
    if lo < 0 {
        // Early and late: the axis is even about the plan, so its middle label is 0 and
        // the plan's line sits on it.
        let most = (-lo).max(hi).max(5);
        return (-most, most);
    }
    let hi = if hi == lo { hi + 10 } else { hi + (hi - lo) % 10 };
    (lo, hi)
}

pub fn render(buf: &mut Buffer, area: Rect, summary: &DaySummary, lang: Lang, theme: Theme) {
    let words = Line::from(vec![Span::styled(in_words(summary, lang), theme.text())]);
    let words_h = super::text::rows(std::slice::from_ref(&words), area.width).min(area.height);
    Paragraph::new(words).wrap(Wrap { trim: true }).render(Rect { height: words_h, ..area }, buf);
    if !has_chart(summary) || area.height <= words_h {
        return;
    }
    // The axes named on a row of their own: a title on the chart would sit on the line.
    let caption = Line::from(vec![
        Span::styled(format!("↑ {}", t!(lang, "summary-drift-y")), theme.dim()),
        Span::styled(format!("  → {}", t!(lang, "summary-drift-x")), theme.dim()),
    ]);
    Paragraph::new(caption).render(Rect { y: area.y + words_h, height: 1, ..area }, buf);
    let top = words_h + 1;
    let at = Rect { y: area.y + top, height: area.height.saturating_sub(top), ..area };
    let (from, to) = summary.span();
    let points: Vec<(f64, f64)> = summary.drift.iter().map(|d| (f64::from(d.at), d.minutes as f64)).collect();
    let (lo, hi) = y_bounds(&summary.drift);
    let zero = [(f64::from(from), 0.0), (f64::from(to), 0.0)];
    let line = |data| Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).data(data);
    let mut datasets = vec![
        line(&points).style(theme.accent()),
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(theme.accent())
            .data(&points),
    ];
    // The plan's own line, where the day ran early as well as late.
    if lo < 0 {
        datasets.insert(0, line(&zero).style(theme.dim()));
    }
    // The chart spaces its labels evenly: these are where they stand.
    let x_axis = Axis::default()
        .bounds([f64::from(from), f64::from(to)])
        .labels([clock(from), clock((from + to) / 2), clock(to)])
        .style(theme.dim());
    let y_axis = Axis::default()
        .bounds([lo as f64, hi as f64])
        .labels([signed(lo), signed((lo + hi) / 2), signed(hi)])
        .style(theme.dim());
    Chart::new(datasets).x_axis(x_axis).y_axis(y_axis).legend_position(None).render(at, buf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::balance::Balance;

    fn ended(title: &str, planned: (i32, i32), actual: (i32, i32)) -> ItemLine {
        ItemLine {
            index: 0,
            title: title.into(),
            planned,
            actual: Some(actual),
            running: false,
            skipped: false,
            over_minutes: Some(i64::from((actual.1 - actual.0) - (planned.1 - planned.0))),
        }
    }

    fn summary(items: Vec<ItemLine>) -> DaySummary {
        let drift = items
            .iter()
            .filter_map(|i| i.actual.map(|a| Drift { at: a.1, minutes: i64::from(a.1 - i.planned.1) }));
        DaySummary {
            day: 0,
            drift: drift.collect(),
            items,
            balance: Balance::default(),
            kinds: vec![],
            contested: vec![],
            unchecked: 0,
        }
    }

    #[test]
    fn the_drift_in_words_says_where_it_stands_and_where_it_was_most() {
        let s = summary(vec![
            ended("Opening", (540, 600), (540, 615)),
            ended("Case study", (600, 660), (615, 680)),
            ended("Wrap-up", (660, 720), (680, 732)),
        ]);
        assert_eq!(in_words(&s, Lang::En), "Drift: +12 min at 12:12 (most: +20 min after Case study)");
        let caught_up = summary(vec![ended("Opening", (540, 600), (540, 595))]);
        assert_eq!(in_words(&caught_up, Lang::En), "Drift: −5 min at 09:55");
        let hours = summary(vec![ended("Opening", (540, 600), (540, 665))]);
        assert_eq!(in_words(&hours, Lang::En), "Drift: +1 h 05 min at 11:05");
        assert_eq!(in_words(&hours, Lang::Ru), "Сдвиг: +1 ч 05 мин в 11:05");
        assert_eq!(in_words(&summary(vec![]), Lang::En), t!(Lang::En, "summary-drift-none"));
        assert_eq!(y_bounds(&s.drift), (0, 20));
        assert_eq!(y_bounds(&caught_up.drift), (-5, 5));
        assert_eq!(y_bounds(&[Drift { at: 0, minutes: 12 }]), (0, 20));
        assert_eq!(y_bounds(&[Drift { at: 0, minutes: 3 }, Drift { at: 1, minutes: -3 }]), (-5, 5));
        assert_eq!(y_bounds(&[]), (0, 10));
        // Early and late: even about the plan, so the middle label is 0.
        assert_eq!(y_bounds(&[Drift { at: 0, minutes: 15 }, Drift { at: 1, minutes: -3 }]), (-15, 15));
    }

    #[test]
    fn a_chart_with_labelled_axes_and_none_for_one_point() {
        let s =
            summary(vec![ended("Opening", (540, 600), (540, 615)), ended("Talk", (600, 660), (615, 680))]);
        let width = 60;
        let height = rows(&s, width, Lang::En);
        assert_eq!(height, 1 + 9);
        let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
        render(&mut buf, Rect::new(0, 0, width, height), &s, Lang::En, Theme::plain());
        let text: String = (0..height)
            .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect();
        for label in ["09:00", "10:15", "11:30", "+20", "+10", "0", &t!(Lang::En, "summary-drift-y")] {
            assert!(text.contains(label), "{label} in\n{text}");
        }
        assert!(text.chars().any(|c| ('\u{2800}'..='\u{28ff}').contains(&c)), "a line in\n{text}");
        let one = summary(vec![ended("Opening", (540, 600), (540, 615))]);
        assert_eq!(rows(&one, width, Lang::En), 1, "the words alone");
    }
}
