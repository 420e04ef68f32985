//! Small formatting helpers shared by the screens.

use jiff::Timestamp;
use ratatui::style::Style;

use crate::agenda::{Item, ItemKind};
use crate::i18n::Lang;
use crate::session::Session;
use crate::timing::Stage;

/// "14:05" in the venue's time zone. From the zone's offset at `t`, not a formatted civil
/// date: the Now panel says several times a second what time it is, every second.
pub fn hhmm(session: &Session, t: Timestamp) -> String {
    hhmm_in(session.agenda.event.time_zone.zone(), t)
}

fn hhmm_in(tz: &jiff::tz::TimeZone, t: Timestamp) -> String {
    let of_day = (t.as_second() + i64::from(tz.to_offset(t).seconds())).rem_euclid(86_400);
    format!("{:02}:{:02}", of_day / 3600, of_day % 3600 / 60)
}

/// Rows `lines` take when drawn wrapped to `width`: measured with the same word wrapping
/// that draws them (a count by characters is short whenever a word moves to the next row,
/// and the newest note then hides under the editor). Each line wraps on its own, so a line
/// that plainly fits is one row without running the wrapper (most lines, every second).
pub fn rows(lines: &[ratatui::text::Line], width: u16) -> u16 {
    wrapped_rows(lines, width, false)
}

/// As [`rows`], for lines wrapped with their leading blanks trimmed (the projector's).
pub fn rows_trimmed(lines: &[ratatui::text::Line], width: u16) -> u16 {
    wrapped_rows(lines, width, true)
}

fn wrapped_rows(lines: &[ratatui::text::Line], width: u16, trim: bool) -> u16 {
    let width = width.max(1);
    let total: usize = lines
        .iter()
        .map(|line| match plain_width(line) {
            Some(w) if w <= usize::from(width) => 1,
            _ => ratatui::widgets::Paragraph::new(line.clone())
                .wrap(ratatui::widgets::Wrap { trim })
                .line_count(width),
        })
        .sum();
    u16::try_from(total).unwrap_or(u16::MAX)
}

/// Writes `text` (whose characters are one-column graphemes: see [`plain_width`]) into
/// the row of `area` in `style`, as `Buffer::set_stringn` would, without segmenting it.
pub fn set_plain(buf: &mut ratatui::buffer::Buffer, area: ratatui::layout::Rect, text: &str, style: Style) {
    for (c, x) in text.chars().zip(area.left()..area.right()) {
        if let Some(cell) = buf.cell_mut((x, area.y)) {
            cell.set_char(c).set_style(style);
        }
    }
}

/// Draws `lines` one to a row from the top of `area`, each cut at the right edge, as a
/// paragraph without wrapping draws them; a plain line (see [`plain_width`]) character by
/// character, without segmenting it into graphemes (a whole frame's list is mostly such
/// lines), anything else by the paragraph itself.
pub fn draw_lines(
    buf: &mut ratatui::buffer::Buffer,
    area: ratatui::layout::Rect,
    lines: &[ratatui::text::Line],
) {
    use ratatui::widgets::{Paragraph, Widget};
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        let row = ratatui::layout::Rect { y, height: 1, ..area };
        let left = line.alignment.is_none_or(|a| a == ratatui::layout::Alignment::Left);
        if left && plain_width(line).is_some() {
            let mut x = row.x;
            for span in &line.spans {
                let width =
                    u16::try_from(span.content.chars().count()).unwrap_or(u16::MAX).min(row.right() - x);
                set_plain(
                    buf,
                    ratatui::layout::Rect { x, width, ..row },
                    &span.content,
                    line.style.patch(span.style),
                );
                x += width;
            }
        } else {
            Paragraph::new(line.clone()).render(row, buf);
        }
    }
}

/// The columns `line` takes when each of its characters is a one-column grapheme of its
/// own (Latin, Cyrillic, Greek, punctuation, arrows, box drawing, shapes): then the sum is
/// what the wrapper counts, and drawn as is, where it fits, it looks as the wrapper draws
/// it. None for anything else (marks, joiners, wide or emoji characters, controls), which
/// is measured by the wrapper itself.
pub fn plain_width(line: &ratatui::text::Line) -> Option<usize> {
    use unicode_width::UnicodeWidthChar;
    let simple = |c: char| {
        matches!(c, ' '..='~' | '\u{a0}'..='\u{24f}' | '\u{370}'..='\u{52f}' | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205e}' | '\u{2190}'..='\u{25ff}')
            && c.width() == Some(1)
    };
    line.spans.iter().try_fold(0usize, |sum, span| {
        let mut n = 0usize;
        for c in span.content.chars() {
            if !simple(c) {
                return None;
            }
            n += 1;
        }
        Some(sum + n)
    })
}

/// "09:30" of a planned (civil) time.
pub fn hhmm_civil(t: jiff::civil::DateTime) -> String {
    t.strftime("%H:%M").to_string()
}

/// The agenda item behind `session.items[index]`.
pub fn item(session: &Session, index: usize) -> Option<&Item> {
    session.agenda_item(index)
}

/// An item's speakers as the facilitator knows them (see [`crate::audience`]).
pub fn speakers(session: &Session, item: &Item) -> String {
    item.speakers
        .iter()
        .map(|s| crate::audience::person(&session.agenda, s, crate::audience::Audience::Operator))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "+10", "−5", or "" for whole minutes of difference.
pub fn signed_minutes(seconds: i64) -> String {
    let m = (seconds as f64 / 60.0).round() as i64;
    match m {
        0 => String::new(),
        m if m > 0 => format!("+{m}"),
        m => format!("−{}", -m),
    }
}

/// The prompt the room sees for item `index`: the last one revealed, else the first.
pub fn current_prompt(session: &Session, index: usize) -> Option<(usize, String)> {
    let item = item(session, index)?;
    let run = session.items.get(index)?;
    let revealed = session
        .prompts_revealed
        .iter()
        .filter(|p| p.item == run.item && p.group.is_none())
        .map(|p| p.index)
        .next_back();
    let i = revealed.unwrap_or(0);
    item.prompts.get(i).map(|p| (i, p.clone()))
}

/// `text` cut to `width` columns at a word boundary, with "…" when cut (a title is
/// never cut mid-word).
pub fn fit_words(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_string();
    }
    // Columns, not characters: a CJK title takes two per character.
    let cut = head_by_width(text, width.saturating_sub(1));
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(i) if i > 0 => cut.get(..i).unwrap_or(&cut).trim_end().to_string(),
        _ => cut,
    };
    format!("{at_word}…")
}

/// `text` in rows of at most `width` columns, broken between words (a word wider than a
/// row is broken where the row ends), so a caller can indent the rows after the first.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        loop {
            let gap = usize::from(!row.is_empty());
            if row.width() + gap + word.width() <= width {
                if gap == 1 {
                    row.push(' ');
                }
                row.push_str(&word);
                break;
            }
            if !row.is_empty() {
                rows.push(std::mem::take(&mut row));
                continue;
            }
            // Alone on its row and still too wide: as much as fits, the rest on the next.
            let head = head_by_width(&word, width);
            let head = if head.is_empty() { word.chars().take(1).collect() } else { head };
            word = word.get(head.len()..).unwrap_or_default().to_string();
            rows.push(head);
            if word.is_empty() {
                break;
            }
        }
    }
    if !row.is_empty() || rows.is_empty() {
        rows.push(row);
    }
    rows
}

/// The start of `text` that fits in `columns` terminal columns.
pub fn head_by_width(text: &str, columns: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut used = 0usize;
    text.chars()
        .take_while(|c| {
            used += c.width().unwrap_or(0);
            used <= columns
        })
        .collect()
}

/// " ▲ WRAP UP" after a clock that is past its normal stage, "" before: overtime and the
/// last call say so in symbol and words, not by colour alone.
pub fn stage_words(lang: Lang, stage: Stage, label: &str) -> String {
    if stage == Stage::Normal {
        String::new()
    } else {
        format!(" {} {}", stage.symbol(), stage_label(lang, stage, label))
    }
}

/// A clock's stage in the operator's words; `label` is the clock's own word for it (see
/// [`crate::timing::Ladder::label`]), which tells the final stretches apart.
pub fn stage_label(lang: Lang, stage: Stage, label: &str) -> String {
    match stage {
        Stage::Normal => crate::t!(lang, "screen-stage-on-time"),
        Stage::WrapUp => crate::t!(lang, "screen-stage-wrap-up"),
        Stage::Final if label == "LAST CALL" => crate::t!(lang, "screen-stage-last-call"),
        Stage::Final if label == "LAST MINUTES" => crate::t!(lang, "screen-stage-last-minutes"),
        Stage::Final => crate::t!(lang, "screen-stage-last-minute"),
        Stage::Overtime => crate::t!(lang, "screen-stage-overtime"),
    }
}

/// "01:12 of 03:00" (a speaker's or a slot's clock) in the operator's words, and whether
/// its digits sit where the clock's own text has them (see [`super::hands`], which moves
/// them from one second to the next by their place in that text).
pub fn clock_of(lang: Lang, display: &str) -> (String, bool) {
    let of = format!(" {} ", crate::t!(lang, "screen-clock-of"));
    let shown = display.replace(" of ", &of);
    let same_places = shown.chars().count() == display.len();
    (shown, same_places)
}

/// An agenda item's kind in words ("working groups").
pub fn item_kind(lang: Lang, kind: ItemKind) -> String {
    match kind {
        ItemKind::Opening => crate::t!(lang, "screen-item-kind-opening"),
        ItemKind::Presentation => crate::t!(lang, "screen-item-kind-presentation"),
        ItemKind::Panel => crate::t!(lang, "screen-item-kind-panel"),
        ItemKind::Discussion => crate::t!(lang, "screen-item-kind-discussion"),
        ItemKind::WorkingGroups => crate::t!(lang, "screen-item-kind-working-groups"),
        ItemKind::ReportBack => crate::t!(lang, "screen-item-kind-report-back"),
        ItemKind::Break => crate::t!(lang, "screen-item-kind-break"),
        ItemKind::Closing => crate::t!(lang, "screen-item-kind-closing"),
        ItemKind::Other => crate::t!(lang, "screen-item-kind-other"),
    }
}

/// "12 min behind", "5 min ahead", "on time", "3 h 11 min behind": how the day goes (an
/// hour or more in hours, as a rehearsal the day before runs).
pub fn drift(lang: Lang, day: &crate::timing::DayProjection) -> String {
    match day.drift_minutes() {
        0 => crate::t!(lang, "screen-drift-on-time"),
        m if m >= 60 => crate::t!(lang, "screen-drift-behind-hours", h = m / 60, n = m % 60),
        m if m > 0 => crate::t!(lang, "screen-drift-behind", n = m),
        m if m <= -60 => crate::t!(lang, "screen-drift-ahead-hours", h = -m / 60, n = -m % 60),
        m => crate::t!(lang, "screen-drift-ahead", n = -m),
    }
}

/// "Wed 29 Apr" of `t` in the venue's time zone.
pub fn date(lang: Lang, session: &Session, t: Timestamp) -> String {
    let tz = session.agenda.event.time_zone.time_zone();
    crate::i18n::date_short(lang, t.to_zoned_datetime(tz).date())
}

/// "Wed 29 Apr 09:00" of `t` in the venue's time zone.
pub fn date_and_time(lang: Lang, session: &Session, t: Timestamp) -> String {
    let date = date(lang, session, t);
    crate::t!(lang, "screen-date-time", date = date, time = hhmm(session, t))
}

/// `text` padded with spaces to `width` characters, with at least one space after it
/// (column heads and labels whose length depends on the language).
pub fn pad(text: &str, width: usize) -> String {
    let len = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(len).max(1)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_wrap_between_words_and_a_long_one_where_the_row_ends() {
        use super::wrap_words;
        assert_eq!(wrap_words("Train police in human rights", 12), ["Train police", "in human", "rights"]);
        assert_eq!(wrap_words("Хуҷанд-Истаравшан-Панҷакент", 10), ["Хуҷанд-Ист", "аравшан-Па", "нҷакент"]);
        assert_eq!(wrap_words("", 10), [""]);
        assert_eq!(wrap_words("ab", 0), ["a", "b"]);
    }

    #[test]
    fn hhmm_is_the_clock_on_the_wall_through_a_change_of_summer_time() {
        for zone in ["Europe/Vienna", "Asia/Dushanbe", "Asia/Kathmandu", "America/St_Johns"] {
            let tz = jiff::tz::TimeZone::get(zone).unwrap();
            // Around the spring and autumn changes of 2026, every 7 minutes and 13 seconds.
            for start in ["2026-03-28T12:00:00Z", "2026-10-24T12:00:00Z"] {
                let mut t: jiff::Timestamp = start.parse().unwrap();
                for _ in 0..400 {
                    let wall = t.to_zoned_datetime(tz.clone()).strftime("%H:%M").to_string();
                    assert_eq!(super::hhmm_in(&tz, t), wall, "{zone} at {t}");
                    t = t.checked_add(jiff::SignedDuration::from_secs(433)).unwrap();
                }
            }
        }
    }

    #[test]
    fn english_words_are_the_clocks_and_kinds_own() {
        use crate::i18n::Lang;
        use crate::timing::{Ladder, Stage, Warnings};
        let item = Warnings::default();
        let labels = [
            (Stage::Normal, Stage::Normal.label()),
            (Stage::WrapUp, Stage::WrapUp.label()),
            (Stage::Final, item.ladder(60_000 * 30).label(Stage::Final)),
            (Stage::Final, Warnings { final_minutes: 2, ..item }.ladder(60_000 * 30).label(Stage::Final)),
            (Stage::Final, Ladder::turn(180_000).label(Stage::Final)),
            (Stage::Overtime, Stage::Overtime.label()),
        ];
        for (stage, label) in labels {
            assert_eq!(super::stage_label(Lang::En, stage, label), label);
        }
        assert_eq!(super::stage_label(Lang::Ru, Stage::Final, "LAST CALL"), "ПОСЛЕДНИЕ СЕКУНДЫ");
        for kind in crate::agenda::ITEM_KINDS {
            assert_eq!(super::item_kind(Lang::En, kind), kind.label());
            assert_ne!(super::item_kind(Lang::Ru, kind), kind.label(), "{kind:?} in Russian");
        }
    }

    #[test]
    fn a_clock_and_its_limit_keep_their_digits_in_place() {
        use crate::i18n::Lang;
        assert_eq!(super::clock_of(Lang::En, "01:12 of 03:00"), ("01:12 of 03:00".to_string(), true));
        assert_eq!(super::clock_of(Lang::Ru, "01:12 of 03:00"), ("01:12 из 03:00".to_string(), true));
        assert_eq!(super::pad("plan", 7), "plan   ");
        assert_eq!(super::pad("факт/прогноз", 7), "факт/прогноз ", "one space at least");
    }

    use super::{fit_words, rows};
    use ratatui::text::{Line, Span};
    use ratatui::widgets::{Paragraph, Wrap};

    #[test]
    fn rows_counts_as_the_wrapper_does() {
        let lines: Vec<Line> = vec![
            Line::raw(""),
            Line::raw("Registration and coffee"),
            Line::from(vec![
                Span::raw(" ● ON TIME "),
                Span::raw("  "),
                Span::raw("25:00 left"),
                Span::raw(" · running"),
            ]),
            Line::raw("Next 09:30  Opening remarks and introductions (30 min, opening)"),
            Line::raw("Круглый стол — «доверие» ‖ ▲ WRAP UP   "),
            Line::raw("信任是双向的 and a family 👨‍👩‍👧 with ❤️ and e\u{301}"),
            Line::raw("   leading and trailing spaces   "),
            Line::raw("averyveryverylongwordthatcannotbreakanywhereatall"),
        ];
        for width in 1..70 {
            for line in &lines {
                let wrapper = Paragraph::new(line.clone()).wrap(Wrap { trim: false }).line_count(width);
                assert_eq!(
                    usize::from(rows(std::slice::from_ref(line), width)),
                    wrapper,
                    "{line:?} at {width}"
                );
            }
            let all = Paragraph::new(lines.clone()).wrap(Wrap { trim: false }).line_count(width);
            assert_eq!(usize::from(rows(&lines, width)), all, "all lines at {width}");
        }
    }

    #[test]
    fn titles_are_cut_between_words() {
        assert_eq!(fit_words("Roundtable on community policing", 40), "Roundtable on community policing");
        assert_eq!(fit_words("Roundtable on community policing", 20), "Roundtable on…");
        assert_eq!(fit_words("Круглый стол", 8), "Круглый…");
        assert_eq!(fit_words("abcdefghij", 5), "abcd…");
        assert_eq!(fit_words("信任是双向的", 7), "信任是…", "wide characters take two columns");
    }
}
