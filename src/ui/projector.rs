//! The room's view: big countdown, the item's title, the current prompt, the next item and
//! the facilitator's message. Never captured notes, never names.

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::countdown;
use super::text::{current_prompt, hhmm, item, rows};
use super::theme::Theme;
use crate::agenda::ItemKind;
use crate::app::App;
use crate::session::Session;
use crate::timing::{self, DayProjection, Status};

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// The speaker as the room may see them (see [`crate::audience`]): never a name.
fn public_speaker(session: &Session, who: &crate::session::Attribution) -> String {
    crate::audience::source(&session.agenda, who, crate::audience::Audience::Projector)
        .unwrap_or_else(|| "a participant".into())
}

pub fn render(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    session: &Session,
    day: &DayProjection,
    now: Timestamp,
) {
    let theme = Theme { color: app.settings.color };
    let current = session.current_index();
    let mut top: Vec<Line> = Vec::new();
    let mut bottom: Vec<Line> = Vec::new();
    let (big_text, big_style) = match current {
        Some(c) => {
            let cd = timing::countdown(session, c, now, app.settings.warnings());
            let it = item(session, c);
            let (text, style) = cd
                .as_ref()
                .map_or((String::new(), theme.title()), |cd| (cd.display(), theme.stage(cd.stage)));
            if let Some(cd) = &cd {
                let pause = if cd.running { "" } else { "  ‖ PAUSED" };
                top.push(Line::styled(
                    format!(" {} {}{pause} ", cd.stage.symbol(), cd.stage.label()),
                    theme.stage(cd.stage),
                ));
            }
            if let Some(turn) = timing::open_turn(session)
                && let Some(clock) = timing::turn_clock(session, now)
            {
                bottom.push(Line::styled(
                    format!("Speaking: {} · {}", public_speaker(session, &turn.speaker), clock.display()),
                    theme.stage(clock.stage),
                ));
            }
            if let Some(it) = it {
                bottom.push(Line::styled(it.title.clone(), theme.title()));
                if let Some(slot) = timing::open_slot(session, now) {
                    bottom.push(Line::styled(
                        format!("Reporting now: {} · {}", slot.group, slot.display()),
                        theme.stage(slot.stage),
                    ));
                }
                if it.kind == ItemKind::WorkingGroups {
                    // The brief and every prompt shown so far, for the groups to take along.
                    if let Some(case) = &it.case_study {
                        bottom.push(Line::raw(""));
                        bottom.push(Line::raw(case.clone()));
                    }
                    let run = &session.items[c].item;
                    let mut shown: Vec<usize> = session
                        .prompts_revealed
                        .iter()
                        .filter(|p| &p.item == run && p.group.is_none())
                        .map(|p| p.index)
                        .collect();
                    shown.sort_unstable();
                    for i in shown {
                        if let Some(p) = it.prompts.get(i) {
                            bottom.push(Line::styled(format!("Q{}: {p}", i + 1), theme.accent()));
                        }
                    }
                    let rooms: Vec<String> = timing::groups_of(session, c)
                        .iter()
                        .map(|g| match &g.group.room {
                            Some(room) => format!("{} → {room}", g.group.name),
                            None => g.group.name.clone(),
                        })
                        .collect();
                    if !rooms.is_empty() {
                        bottom.push(Line::styled(rooms.join("   "), theme.dim()));
                    }
                } else if matches!(it.kind, ItemKind::Discussion | ItemKind::Panel)
                    && let Some((i, prompt)) = current_prompt(session, c)
                {
                    bottom.push(Line::raw(""));
                    bottom.push(Line::styled(format!("Q{}: {prompt}", i + 1), theme.accent()));
                }
            }
            (text, style)
        }
        None => {
            top.push(Line::styled("Starting soon", theme.title()));
            (hhmm(session, now), theme.title())
        }
    };
    if let Some(message) = &session.message {
        bottom.push(Line::raw(""));
        bottom.push(Line::styled(
            format!(" {message} "),
            theme.stage(timing::Stage::WrapUp).patch(theme.selected()),
        ));
    }

    let next = day.items.iter().find(|p| p.status == Status::Upcoming && Some(p.index) != current);
    if let Some(n) = next
        && let Some(it) = item(session, n.index)
    {
        bottom.push(Line::raw(""));
        bottom.push(Line::styled(format!("Next at {}: {}", hhmm(session, n.start), it.title), theme.dim()));
    }
    let width = area.width.saturating_sub(4);
    let top_h = rows(&top, width);
    // A working-groups item carries its brief and prompts: give them more of the screen.
    let share =
        if current.and_then(|c| session.agenda_item(c)).is_some_and(|i| i.kind == ItemKind::WorkingGroups) {
            2
        } else {
            3
        };
    let bottom_h = rows(&bottom, width).min(area.height / share);
    // Digits as big as fit, up to 8 rows; the whole block is centred vertically.
    let clock_h = area.height.saturating_sub(top_h + bottom_h + 2).min(8);
    let used = top_h + 1 + clock_h + 1 + bottom_h;
    let [_, top_area, _, clock_area, _, bottom_area, _] = Layout::vertical([
        Constraint::Length(area.height.saturating_sub(used) / 2),
        Constraint::Length(top_h),
        Constraint::Length(1),
        Constraint::Length(clock_h),
        Constraint::Length(1),
        Constraint::Length(bottom_h),
        Constraint::Min(0),
    ])
    .areas(area);
    let pad = |r: Rect| Rect { x: r.x + 2, width: r.width.saturating_sub(4), ..r };
    frame.render_widget(Paragraph::new(top).alignment(Alignment::Center), pad(top_area));
    countdown::render(frame, pad(clock_area), &big_text, big_style, 8);
    frame.render_widget(
        Paragraph::new(bottom).alignment(Alignment::Center).wrap(Wrap { trim: true }),
        pad(bottom_area),
    );
}
