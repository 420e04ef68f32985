//! The working groups beside a working-groups or report-back item: each group with its
//! room, rapporteur and members, the case study, and the prompts (revealed ones marked).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::text::fit_words;
use super::theme::Theme;
use crate::audience::{self, Audience};
use crate::i18n::Lang;
use crate::session::Session;
use crate::t;
use crate::timing::groups_of;

pub fn render(frame: &mut Frame, area: Rect, session: &Session, wg: usize, lang: Lang, theme: Theme) {
    let item = session.agenda_item(wg);
    // The border cannot wrap: a long title is cut between words, never mid-word.
    let room = usize::from(area.width).saturating_sub(4);
    let heading = t!(lang, "screen-groups");
    let title = item.map_or(heading.clone(), |i| format!("{heading} · {}", i.title));
    let title = format!(" {} ", fit_words(&title, room));
    let block = Block::bordered().title(Line::styled(title, theme.title()));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let mut lines: Vec<Line> = Vec::new();
    let groups = groups_of(session, wg);
    if groups.is_empty() {
        lines.push(Line::styled(t!(lang, "screen-groups-none"), theme.dim()));
    }
    for g in &groups {
        let mut head = vec![Span::styled(g.group.name.clone(), theme.title())];
        if let Some(room) = &g.group.room {
            head.push(Span::raw(format!(" · {room}")));
        }
        if let Some(r) = &g.group.rapporteur {
            let who = audience::person(&session.agenda, r, Audience::Operator);
            head.push(Span::styled(
                format!(" · {}", t!(lang, "screen-groups-rapporteur", who = who)),
                theme.dim(),
            ));
        }
        match &g.report_back {
            Some(slot) if slot.ended_at.is_none() => head
                .push(Span::styled(format!("  ▶ {}", t!(lang, "screen-groups-reporting")), theme.accent())),
            Some(_) => {
                head.push(Span::styled(format!("  ✓ {}", t!(lang, "screen-groups-reported")), theme.dim()))
            }
            None => {}
        }
        lines.push(Line::from(head));
        let members: Vec<String> = g
            .group
            .members
            .iter()
            .map(|m| {
                let p = session.agenda.participant(m);
                let tag = p.and_then(|p| p.stakeholder.clone()).unwrap_or_default();
                format!("{m} ({tag})")
            })
            .collect();
        lines.push(Line::raw(format!("  {}", members.join(", "))));
    }
    if let Some(item) = item {
        if let Some(case) = &item.case_study {
            lines.push(Line::raw(""));
            lines.push(Line::styled(t!(lang, "screen-groups-case-study"), theme.title()));
            lines.push(Line::raw(case.clone()));
        }
        if !item.prompts.is_empty() {
            lines.push(Line::raw(""));
            let run = session.items.get(wg).map(|r| r.item.as_str());
            let shown: Vec<usize> = session
                .prompts_revealed
                .iter()
                .filter(|p| Some(p.item.as_str()) == run && p.group.is_none())
                .map(|p| p.index)
                .collect();
            lines.push(Line::styled(
                t!(lang, "screen-groups-prompts", shown = shown.len(), total = item.prompts.len()),
                theme.title(),
            ));
            for (i, p) in item.prompts.iter().enumerate() {
                let mark = if shown.contains(&i) { "✓" } else { " " };
                lines.push(Line::raw(format!(
                    "{mark} {}",
                    t!(lang, "screen-groups-prompt", n = i + 1, prompt = p)
                )));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
