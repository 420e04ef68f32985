//! User settings (bell, colours, default warning thresholds), as read from settings.toml.
//! Parsing is here; finding and reading the file is the runtime's job.

use serde::{Deserialize, Serialize};

use crate::timing::Warnings;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Ring the terminal bell when the countdown changes stage.
    pub bell: bool,
    /// Use colours (also switched off by the NO_COLOR environment variable).
    pub color: bool,
    /// Default wrap-up threshold: share of the item left, in percent.
    pub wrap_up_percent: u8,
    /// Default wrap-up threshold: never fewer minutes left than this.
    pub wrap_up_min_minutes: u32,
    /// Default final stage: the last this-many minutes.
    pub final_minutes: u32,
    /// The projector's language ("ru", "tg", "en"), when not the agenda's first language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_language: Option<String>,
    /// The operator's language: screens, help, messages and the command line ("ru", "en",
    /// "tg"). Unset: the system's locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Languages the projector shows side by side (["ru", "tg"]), over the agenda's
    /// `projector_languages`; empty: one language, the room's.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub projector_languages: Vec<String>,
    /// For screen-reader users: no box drawing, no big digits, plain lines at fixed places,
    /// stage changes announced as a line of text (also `--plain`).
    pub plain: bool,
    /// Black and white with bold and reversed text instead of colours, for washed-out
    /// projectors and low vision.
    pub high_contrast: bool,
}

impl Default for Settings {
    fn default() -> Self {
        let w = Warnings::default();
        Settings {
            bell: true,
            color: true,
            wrap_up_percent: w.wrap_up_percent,
            wrap_up_min_minutes: w.wrap_up_min_minutes,
            final_minutes: w.final_minutes,
            room_language: None,
            language: None,
            projector_languages: Vec::new(),
            plain: false,
            high_contrast: false,
        }
    }
}

/// What the command line says over the settings file for one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// `--room-language`.
    pub room_language: Option<String>,
    /// `--plain`.
    pub plain: bool,
    /// `--high-contrast`.
    pub high_contrast: bool,
}

impl Overrides {
    pub fn apply(&self, settings: &mut Settings) {
        if self.room_language.is_some() {
            settings.room_language = self.room_language.clone();
        }
        settings.plain |= self.plain;
        settings.high_contrast |= self.high_contrast;
    }
}

impl Settings {
    pub fn warnings(&self) -> Warnings {
        Warnings {
            wrap_up_percent: self.wrap_up_percent.min(100),
            wrap_up_min_minutes: self.wrap_up_min_minutes,
            final_minutes: self.final_minutes,
        }
    }

    /// The room's language for `session`'s projector: this setting (or `--room-language`),
    /// else the agenda's first language convene speaks, else English.
    pub fn room_lang(&self, agenda: &crate::agenda::Agenda) -> crate::i18n::Lang {
        use crate::i18n::Lang;
        self.room_language
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_else(|| Lang::first_of(&agenda.event.languages))
    }

    /// The operator's language: the `language` setting (which the runtime fills from the
    /// system's locale when the file has none), else English.
    pub fn interface_lang(&self) -> crate::i18n::Lang {
        self.language.as_deref().and_then(crate::i18n::Lang::from_code).unwrap_or(crate::i18n::Lang::En)
    }

    /// Parses settings.toml; the error says what is wrong, for a message on screen.
    pub fn parse(text: &str) -> Result<Settings, String> {
        toml::from_str(text).map_err(|e| e.to_string().trim().replace('\n', " "))
    }

    /// The file written when there is none yet, documenting every setting, its comments
    /// in `lang` (the keys are the keys).
    pub fn template(lang: crate::i18n::Lang) -> String {
        let d = Settings::default();
        // Each comment line of a message as a TOML comment.
        let say = |id: &str| -> String {
            crate::i18n::tr(lang, id, &[]).lines().map(|l| format!("# {l}\n")).collect()
        };
        let flag = |b: bool| if b { "true" } else { "false" };
        [
            say("cli-settings-head"),
            say("cli-settings-bell"),
            format!("bell = {}\n", d.bell),
            say("cli-settings-color"),
            format!("color = {}\n", d.color),
            say("cli-settings-wrap-up-percent"),
            format!("wrap_up_percent = {}\n", d.wrap_up_percent),
            say("cli-settings-wrap-up-min"),
            format!("wrap_up_min_minutes = {}\n", d.wrap_up_min_minutes),
            say("cli-settings-final"),
            format!("final_minutes = {}\n", d.final_minutes),
            say("cli-settings-room-language"),
            "# room_language = \"ru\"\n".to_string(),
            say("cli-settings-language"),
            "# language = \"ru\"\n".to_string(),
            say("cli-settings-projector-languages"),
            "# projector_languages = [\"ru\", \"tg\"]\n".to_string(),
            say("cli-settings-plain"),
            format!("plain = {}\n", flag(d.plain)),
            say("cli-settings-high-contrast"),
            format!("high_contrast = {}\n", flag(d.high_contrast)),
        ]
        .concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_parses_to_the_defaults() {
        for lang in crate::i18n::Lang::ALL {
            let template = Settings::template(lang);
            assert_eq!(Settings::parse(&template).unwrap(), Settings::default(), "{template}");
            // Every setting is documented, if only as a commented example.
            for key in [
                "bell",
                "color",
                "room_language",
                "language",
                "projector_languages",
                "plain",
                "high_contrast",
            ] {
                assert!(
                    template.contains(&format!("\n{key} = ")) || template.contains(&format!("# {key} = ")),
                    "{key}"
                );
            }
        }
        assert!(Settings::template(crate::i18n::Lang::Ru).contains("# Настройки convene."));
    }

    #[test]
    fn partial_and_broken_files() {
        let s = Settings::parse("bell = false\n").unwrap();
        assert!(!s.bell && s.color);
        let err = Settings::parse("bel = false\n").unwrap_err();
        assert!(err.contains("unknown field") && err.contains("bel"), "{err}");
        assert!(Settings::parse("bell = \"yes\"").is_err());
    }
}
