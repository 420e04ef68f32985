//! The words convene itself shows, from Fluent resources bundled in the binary (convene
//! works offline): English, Russian, and a partial Tajik that falls back to Russian, then
//! English. Never a message id on screen: English is complete (a test holds it to that).
//!
//! Pure: no IO (the resources are compiled in), no terminal.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language convene speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ru,
    Tg,
}

/// Every shipped language's resources, by file: (language, file name, text).
pub const RESOURCES: &[(Lang, &str, &str)] = &[
    (Lang::En, "projector.ftl", include_str!("../../locales/en/projector.ftl")),
    (Lang::Ru, "projector.ftl", include_str!("../../locales/ru/projector.ftl")),
    (Lang::Tg, "projector.ftl", include_str!("../../locales/tg/projector.ftl")),
    (Lang::En, "report.ftl", include_str!("../../locales/en/report.ftl")),
    (Lang::Ru, "report.ftl", include_str!("../../locales/ru/report.ftl")),
    (Lang::Tg, "report.ftl", include_str!("../../locales/tg/report.ftl")),
    (Lang::En, "annex.ftl", include_str!("../../locales/en/annex.ftl")),
    (Lang::Ru, "annex.ftl", include_str!("../../locales/ru/annex.ftl")),
    (Lang::En, "pictures.ftl", include_str!("../../locales/en/pictures.ftl")),
    (Lang::Ru, "pictures.ftl", include_str!("../../locales/ru/pictures.ftl")),
    (Lang::En, "summary.ftl", include_str!("../../locales/en/summary.ftl")),
    (Lang::Ru, "summary.ftl", include_str!("../../locales/ru/summary.ftl")),
    (Lang::En, "balance.ftl", include_str!("../../locales/en/balance.ftl")),
    (Lang::Ru, "balance.ftl", include_str!("../../locales/ru/balance.ftl")),
    (Lang::En, "keys.ftl", include_str!("../../locales/en/keys.ftl")),
    (Lang::Ru, "keys.ftl", include_str!("../../locales/ru/keys.ftl")),
    (Lang::En, "messages.ftl", include_str!("../../locales/en/messages.ftl")),
    (Lang::Ru, "messages.ftl", include_str!("../../locales/ru/messages.ftl")),
    (Lang::En, "screens.ftl", include_str!("../../locales/en/screens.ftl")),
    (Lang::Ru, "screens.ftl", include_str!("../../locales/ru/screens.ftl")),
    (Lang::En, "cli.ftl", include_str!("../../locales/en/cli.ftl")),
    (Lang::Ru, "cli.ftl", include_str!("../../locales/ru/cli.ftl")),
    (Lang::En, "starter.ftl", include_str!("../../locales/en/starter.ftl")),
    (Lang::Ru, "starter.ftl", include_str!("../../locales/ru/starter.ftl")),
];

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Tg];

    /// "ru", "ru-RU", "RU", "tg", "tj", "en-GB" …; None for a language convene does not
    /// speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "tg" | "tj" => Some(Lang::Tg),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Tg => "tg",
        }
    }

    /// The first of `codes` convene speaks (an agenda's `languages`), else English.
    pub fn first_of<'a>(codes: impl IntoIterator<Item = &'a String>) -> Lang {
        codes.into_iter().find_map(|c| Lang::from_code(c)).unwrap_or(Lang::En)
    }

    /// Where a message missing in this language is looked up next.
    fn chain(self) -> &'static [Lang] {
        match self {
            Lang::En => &[Lang::En],
            Lang::Ru => &[Lang::Ru, Lang::En],
            Lang::Tg => &[Lang::Tg, Lang::Ru, Lang::En],
        }
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<(Lang, FluentBundle<FluentResource>)>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                let id = lang.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No bidirectional isolation marks around arguments: terminals show them as
                // gaps, and convene's own text-safety takes them out of everything anyway.
                bundle.set_use_isolating(false);
                for (of, _, text) in RESOURCES.iter().filter(|(of, _, _)| *of == lang) {
                    debug_assert_eq!(*of, lang);
                    // A broken resource is caught by the tests; what parsed is still used.
                    let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
                    let _ = bundle.add_resource(resource);
                }
                (lang, bundle)
            })
            .collect()
    });
    // Every language has its bundle; the first is English, a safe answer regardless.
    all.iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| all.first())
        .map(|(_, b)| b)
        .unwrap_or_else(|| unreachable!("the bundles are built for every language"))
}

/// Whether message `id` is there for `lang` (in it or along its fallback chain).
pub fn has(lang: Lang, id: &str) -> bool {
    lang.chain().iter().any(|&l| bundle(l).get_message(id).is_some_and(|m| m.value().is_some()))
}

/// Message `id` in `lang` (or the next language of its chain that has it), with `args`.
pub fn tr(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        a
    });
    for &l in lang.chain() {
        let bundle = bundle(l);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors).into_owned();
        }
    }
    // Only a missing English message gets here, which a test rules out.
    id.to_string()
}

/// A message in `lang`: `t!(lang, "id")` or `t!(lang, "id", name = value, n = 3)`, where
/// each value is text or a number (numbers choose the plural form).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr) => {
        $crate::i18n::tr($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::arg($value))),+])
    };
}

/// What a message argument may be: text or a number.
pub trait Arg {
    fn arg(self) -> FluentValue<'static>;
}

impl Arg for &str {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl Arg for String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl Arg for std::borrow::Cow<'_, str> {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.into_owned())
    }
}

impl Arg for &&str {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl Arg for &String {
    fn arg(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

macro_rules! number_arg {
    ($($ty:ty),*) => {$(
        impl Arg for $ty {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl Arg for &$ty {
            fn arg(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_arg!(i64, i32, u64, u32, u16, u8, usize, f64);

/// `tr` with text arguments only.
pub fn tr_with(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, FluentValue)> = args.iter().map(|(k, v)| (*k, FluentValue::from(*v))).collect();
    tr(lang, id, &args)
}

/// "28 April 2009" / "28 апреля 2009 г.".
pub fn date_long(lang: Lang, date: jiff::civil::Date) -> String {
    let month = tr(lang, &format!("month-of-{}", date.month()), &[]);
    let (day, year) = (date.day().to_string(), date.year().to_string());
    tr_with(lang, "date-long", &[("day", &day), ("month", &month), ("year", &year)])
}

/// "Thu 3 Dec" / "чт 3 дек": jiff gives the numbers, the resources the names.
pub fn date_short(lang: Lang, date: jiff::civil::Date) -> String {
    let weekday = tr(lang, &format!("weekday-{}", date.weekday().to_monday_one_offset()), &[]);
    let month = tr(lang, &format!("month-{}", date.month()), &[]);
    let day = date.day().to_string();
    tr_with(lang, "date-short", &[("weekday", &weekday), ("day", &day), ("month", &month)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_code() {
        assert_eq!(Lang::from_code("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("tj"), Some(Lang::Tg));
        assert_eq!(Lang::from_code("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        let codes = vec!["de".to_string(), "ru".to_string(), "en".to_string()];
        assert_eq!(Lang::first_of(&codes), Lang::Ru);
        assert_eq!(Lang::first_of(&Vec::new()), Lang::En);
    }

    #[test]
    fn plurals_the_fluent_way() {
        let n = |lang, n: i64| tr(lang, "minutes", &[("n", FluentValue::from(n))]);
        assert_eq!(n(Lang::Ru, 1), "1 минута");
        assert_eq!(n(Lang::Ru, 2), "2 минуты");
        assert_eq!(n(Lang::Ru, 5), "5 минут");
        assert_eq!(n(Lang::Ru, 21), "21 минута");
        assert_eq!(n(Lang::Ru, 11), "11 минут");
        assert_eq!(n(Lang::En, 1), "1 minute");
        assert_eq!(n(Lang::En, 2), "2 minutes");
    }

    #[test]
    fn dates_in_the_language() {
        let date = jiff::civil::date(2026, 12, 3);
        assert_eq!(date_short(Lang::En, date), "Thu 3 Dec");
        assert_eq!(date_short(Lang::Ru, date), "чт, 3 декабря");
        // Tajik falls back to Russian where it has no word yet, never to a message id.
        assert_eq!(date_short(Lang::Tg, date), "чт, 3 декабря");
        assert_eq!(date_long(Lang::Ru, date), "3 декабря 2026 г.");
    }

    #[test]
    fn a_missing_message_falls_back_along_the_chain() {
        assert_eq!(tr(Lang::Tg, "starting-soon", &[]), "Ба наздикӣ оғоз мешавад");
        assert_eq!(tr(Lang::Tg, "paused", &[]), "ПАУЗА");
        assert_eq!(tr(Lang::Ru, "paused", &[]), "ПАУЗА");
    }
}
