//! The facilitator's panel for the running item: big countdown, stage, title, speakers,
//! the next item, the day's drift and the re-plan proposal.

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::countdown;
use super::text::{hhmm, item, rows, speakers};
use super::theme::Theme;
use crate::app::App;
use crate::session::Session;
use crate::timing::{self, DayProjection, Status};

pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
) {
    let theme = Theme { color: app.settings.color };
    let block = Block::bordered().title(Line::styled(" Now ", theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let current = session.current_index();
    let mut info: Vec<Line> = Vec::new();
    // Less urgent lines go last, so a small terminal cuts them first.
    let mut details: Vec<Line> = Vec::new();
    let mut big = None;
    match current {
        Some(c) => {
            let cd = timing::countdown(session, c, now, app.settings.warnings());
            let it = item(session, c);
            if let Some(cd) = &cd {
                let state = if cd.running { "running" } else { "‖ PAUSED" };
                let left = if cd.remaining_ms >= 0 { "left" } else { "over" };
                // The time in plain text too: for small terminals, screen readers and tests.
                info.push(Line::from(vec![
                    Span::styled(
                        format!(" {} {} ", cd.stage.symbol(), cd.stage.label()),
                        theme.stage(cd.stage),
                    ),
                    Span::raw("  "),
                    // Styled like the digits above, so a second's redraw needs no style
                    // change in between (fewer bytes to the terminal).
                    Span::styled(format!("{} {left}", cd.display()), theme.stage(cd.stage)),
                    Span::raw(format!(" · {state}")),
                ]));
                big = Some((cd.display(), theme.stage(cd.stage)));
            }
            if let Some(it) = it {
                info.push(Line::styled(it.title.clone(), theme.title()));
                let mut facts = vec![it.kind.label().to_string()];
                facts.extend(it.section.clone());
                let who = speakers(session, it);
                if !who.is_empty() {
                    facts.push(format!("Speakers: {who}"));
                }
                details.push(Line::styled(facts.join(" · "), theme.dim()));
            }
            if let Some(p) = day.items.iter().find(|p| p.index == c) {
                let run = &session.items[c];
                let planned_end = hhmm(session, to_ts(session, run.planned_end));
                let ends = match run.ends_at {
                    Some(at) => format!("ends at {} (set)", hhmm(session, at)),
                    None => format!("ends {} (planned {planned_end})", hhmm(session, p.end)),
                };
                info.push(Line::styled(format!("Started {} · {ends}", hhmm(session, p.start)), theme.dim()));
            }
            if let Some(slot) = timing::open_slot(session, now) {
                info.push(Line::from(vec![
                    Span::styled("Reporting: ", theme.dim()),
                    Span::styled(slot.group.clone(), theme.title()),
                    Span::raw(" · "),
                    Span::styled(
                        format!("{} {}", slot.display(), slot.stage.label()),
                        theme.stage(slot.stage),
                    ),
                    Span::styled("  (g: next group)", theme.dim()),
                ]));
            }
            if let Some(turn) = timing::open_turn(session)
                && let Some(clock) = timing::turn_clock(session, now)
            {
                let mut spans = vec![
                    Span::styled("Floor: ", theme.dim()),
                    Span::styled(speaker_label(session, &turn.speaker), theme.title()),
                    Span::raw(" · "),
                    Span::styled(clock.display(), theme.stage(clock.stage)),
                ];
                if clock.limit_ms.is_some() && clock.stage != timing::Stage::Normal {
                    spans.push(Span::styled(
                        format!(" {} {}", clock.stage.symbol(), clock.stage.label()),
                        theme.stage(clock.stage),
                    ));
                }
                info.push(Line::from(spans));
            }
            if !session.queue.is_empty() {
                let waiting: Vec<String> = session
                    .queue
                    .iter()
                    .enumerate()
                    .map(|(i, q)| format!("{}. {}", i + 1, speaker_label(session, &q.speaker)))
                    .collect();
                info.push(Line::from(vec![
                    Span::styled("Queue: ", theme.dim()),
                    Span::raw(waiting.join("  ")),
                ]));
            }
        }
        None => {
            info.push(Line::styled("No item running", theme.title()));
            if let Some(it) = item(session, app.selected) {
                info.push(Line::raw(format!("Space starts the selected item: {}", it.title)));
                // Show the length it would count down from, dimmed: ready, not running.
                let minutes = session.items[app.selected].allotted_seconds() / 60;
                big = Some((format!("{:02}:00", minutes), theme.dim()));
            }
        }
    }

    let mut day_line = format!(
        "Day: {} · ends {} (planned {}",
        day.drift_text(),
        hhmm(session, day.projected_end),
        hhmm(session, day.planned_end)
    );
    if let Some(hard) = day.hard_end {
        day_line.push_str(&format!(" · room closes {}", hhmm(session, hard)));
    }
    day_line.push(')');
    let day_style = if day.hard_end.is_some_and(|h| day.projected_end > h) || day.drift_minutes() > 0 {
        theme.late()
    } else {
        theme.early()
    };
    info.push(Line::styled(day_line, day_style));
    let next = day.items.iter().find(|p| p.status == Status::Upcoming && Some(p.index) != current);
    if let Some(n) = next
        && let Some(it) = item(session, n.index)
    {
        let minutes = session.items[n.index].allotted_seconds() / 60;
        info.push(Line::from(vec![
            Span::styled("Next ", theme.dim()),
            Span::raw(format!(
                "{}  {} ({minutes} min, {})",
                hhmm(session, n.start),
                it.title,
                it.kind.label()
            )),
        ]));
    }
    if let Some(proposal) = timing::replan_proposal(session, day) {
        let cuts: Vec<String> = proposal
            .cuts
            .iter()
            .map(|(i, from, to)| {
                let title = item(session, *i).map_or("?".to_string(), |it| short(&it.title, 24));
                format!("{title} {from}→{to}")
            })
            .collect();
        let mut text = if cuts.is_empty() {
            "To end on time: nothing left to shorten".to_string()
        } else {
            format!("To end on time, shorten: {} — press a to accept", cuts.join(", "))
        };
        if proposal.still_over_minutes > 0 {
            text.push_str(&format!(" (still {} min over)", proposal.still_over_minutes));
        }
        info.push(Line::styled(text, theme.accent()));
    }
    if let Some(message) = &session.message {
        info.push(Line::from(vec![
            Span::styled("Message: ", theme.dim()),
            Span::styled(message.clone(), theme.title()),
        ]));
    }
    info.extend(details);

    // The countdown comes first: 8 rows of big digits when there is room, else 4, else
    // one line; the text gets what is left and the spare room goes below it.
    let wanted = rows(&info, inner.width);
    // Half-height digits (4 rows) are plenty on the facilitator's own screen, and cost
    // half the bytes per second of full-size ones; the projector view has the big ones.
    let clock_rows = if inner.height >= 12 { 4 } else { 1 };
    let info_height = wanted.min(inner.height.saturating_sub(clock_rows + 1));
    let [clock_area, _, info_area, _] = Layout::vertical([
        Constraint::Length(clock_rows),
        Constraint::Length(u16::from(clock_rows > 0)),
        Constraint::Length(info_height),
        Constraint::Min(0),
    ])
    .areas(inner);
    if let Some((text, style)) = big {
        countdown::render(frame, clock_area, &text, style, 4);
    }
    frame.render_widget(Paragraph::new(info).wrap(Wrap { trim: false }), info_area);
}

/// A speaker as the facilitator knows them (see [`crate::audience`]).
pub fn speaker_label(session: &Session, who: &crate::session::Attribution) -> String {
    crate::audience::source(&session.agenda, who, crate::audience::Audience::Operator).unwrap_or_default()
}

fn to_ts(session: &Session, civil: jiff::civil::DateTime) -> Timestamp {
    let tz = session.agenda.event.time_zone.time_zone();
    civil.to_zoned_datetime(tz).map(|z| z.timestamp()).unwrap_or_default()
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}
