//! The day's summary in words, for the plain screen (`--plain`): one fact a line, in the
//! order the drawn summary shows them ([`super::day_summary`]), so a screen reader reads
//! the timeline, the drift, the balance, the points and what is open without a chart.

use jiff::Timestamp;
use ratatui::text::Line;

use super::theme::Theme;
use super::timeline::clock;
use super::{balance_bars, day_summary, drift_chart, timeline};
use crate::app::App;
use crate::session::Session;
use crate::session::day_summary::day_summary;
use crate::t;

/// Every line of the summary of the day `app` shows.
pub(super) fn lines(app: &App, session: &Session, now: Timestamp) -> Vec<Line<'static>> {
    let lang = app.lang();
    let theme = Theme::plain();
    let day = app.summary.map_or(0, |v| v.day).min(session.agenda.days.len().saturating_sub(1));
    let sources = crate::export::review_pack::Sources::new(session);
    let summary = day_summary(session, day, now, |e| sources.waits_for_check(e));
    let mut out =
        vec![day_summary::title(session, day, lang), day_summary::state(&summary, session, lang, theme).0];
    out.push(t!(lang, "summary-timeline"));
    for item in &summary.items {
        let mut line = format!(
            "{}–{} {}",
            clock(item.planned.0),
            clock(item.planned.1),
            crate::safe_text::line(&item.title)
        );
        if let Some((from, to)) = item.actual {
            line.push_str(&format!(" · {} {}–{}", t!(lang, "summary-legend-ran"), clock(from), clock(to)));
        }
        let (said, _) = timeline::words(item, lang, theme);
        if !said.is_empty() {
            line.push_str(&format!(" · {said}"));
        }
        out.push(line);
    }
    out.push(drift_chart::in_words(&summary, lang));
    let b = &summary.balance;
    let heard = t!(lang, "balance-heard", time = balance_bars::heard(b.total, lang));
    out.push(if b.shares.is_empty() {
        format!("{}: {}", t!(lang, "summary-balance-title"), t!(lang, "summary-nobody-heard"))
    } else {
        format!("{} · {heard} — {}", t!(lang, "summary-balance-title"), balance_bars::in_words(b, lang))
    });
    if !b.silent.is_empty() {
        let groups: Vec<String> = b.silent.iter().map(|g| crate::safe_text::line(g).into_owned()).collect();
        out.push(t!(lang, "summary-not-heard", groups = groups.join(", ")));
    }
    let total: usize = summary.kinds.iter().map(|(_, n)| n).sum();
    let kinds: Vec<String> = summary
        .kinds
        .iter()
        .map(|&(kind, n)| format!("{} {n}", crate::capture::kind_label_in(lang, kind)))
        .collect();
    out.push(match kinds.is_empty() {
        true => t!(lang, "summary-kinds-none"),
        false => format!("{} — {}", t!(lang, "summary-kinds-title", n = total), kinds.join(" · ")),
    });
    out.push(t!(lang, "summary-open-title"));
    if summary.contested.is_empty() && summary.unchecked == 0 {
        out.push(t!(lang, "summary-nothing-open"));
    }
    if !summary.contested.is_empty() {
        out.push(t!(lang, "summary-contested", n = summary.contested.len()));
        out.extend(summary.contested.iter().map(|p| format!("✗ {}", crate::safe_text::line(&p.text))));
    }
    if summary.unchecked > 0 {
        out.push(t!(lang, "summary-unchecked", n = summary.unchecked));
    }
    out.into_iter().map(Line::raw).collect()
}
