//! Which languages the projector speaks, and how it says a thing in two of them: the
//! room's language alone, or a pair side by side (`projector_languages`), with the
//! agenda's own text said once.

use crate::agenda::Agenda;
use crate::app::Settings;
use crate::i18n::{Lang, tr_with};

/// The languages the projector speaks: the room's, and maybe a second beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Langs {
    pub first: Lang,
    pub second: Option<Lang>,
}

/// The projector's languages for `agenda`: one language when the room's is chosen
/// (`room_language`, `--room-language`); else the first two convene speaks of the
/// `projector_languages` setting, or when it names none of them of the agenda's
/// `event.projector_languages` (one of them: that one alone); else the room's language
/// alone (see [`Settings::room_lang`]).
pub fn languages(settings: &Settings, agenda: &Agenda) -> Langs {
    let room = settings.room_lang(agenda);
    if settings.room_language.as_deref().and_then(Lang::from_code).is_some() {
        return Langs { first: room, second: None };
    }
    let known = |codes: &[String]| {
        let mut langs: Vec<Lang> = Vec::new();
        for lang in codes.iter().filter_map(|code| Lang::from_code(code)) {
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        langs
    };
    // A setting of languages convene does not speak is no setting.
    let mut langs = known(&settings.projector_languages);
    if langs.is_empty() {
        langs = known(&agenda.event.projector_languages);
    }
    match langs[..] {
        [first, second, ..] => Langs { first, second: Some(second) },
        [first] => Langs { first, second: None },
        [] => Langs { first: room, second: None },
    }
}

impl Langs {
    /// What `say` says in each language: once when both say the same (Tajik's missing
    /// words are Russian's), else the first's and the second's joined by " · ".
    pub(super) fn say(self, say: impl Fn(Lang) -> String) -> String {
        let first = say(self.first);
        match self.second.map(say) {
            Some(second) if second != first => format!("{first} · {second}"),
            _ => first,
        }
    }

    /// Message `id` with `args`, ending with the agenda's `text` (a title, a prompt) as
    /// argument `name`: "Далее в 10:05 · Next at 10:05: Key questions", each language's
    /// words and the text once. A language whose message does not end with the text says
    /// it whole.
    pub(super) fn say_with(self, id: &str, args: &[(&str, &str)], name: &str, text: &str) -> String {
        let whole = |lang: Lang| {
            let mut all = args.to_vec();
            all.push((name, text));
            tr_with(lang, id, &all)
        };
        let Some(second) = self.second else { return whole(self.first) };
        let (a, b) = (whole(self.first), whole(second));
        let label = |said: &str| {
            said.strip_suffix(text).map(|head| head.trim_end().trim_end_matches(':').trim_end().to_string())
        };
        match (label(&a), label(&b)) {
            _ if a == b => a,
            (Some(la), Some(lb)) if !text.is_empty() => {
                let labels = if la == lb { la } else { format!("{la} · {lb}") };
                format!("{labels}: {text}")
            }
            _ => format!("{a} · {b}"),
        }
    }
}
