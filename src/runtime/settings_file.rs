//! Finding and reading settings.toml in the user's config folder. A missing file gets a
//! commented template; a broken one gives defaults and a message, never a crash.

use std::path::PathBuf;

use crate::app::Settings;
use crate::i18n::Lang;
use crate::t;

pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "convene", "convene").map(|p| p.config_dir().join("settings.toml"))
}

/// What was wrong with the settings file, said once the operator's language is known.
enum Trouble {
    Broken(String),
    Unreadable(String),
    RoomLanguage(String),
    Language(String),
}

/// The settings, and a message for the screen when something was wrong with the file (in
/// the operator's language).
pub fn load() -> (Settings, Option<String>) {
    let mut settings = Settings::default();
    let mut trouble = None;
    let shown = path().map(|p| p.display().to_string()).unwrap_or_default();
    if let Some(path) = path() {
        match std::fs::read_to_string(&path) {
            Ok(text) => match Settings::parse(&text) {
                Ok(s) => settings = s,
                Err(e) => trouble = Some(Trouble::Broken(e)),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Best effort: a template documents the settings; failing to write it is harmless.
                let _ = write_template(&path, system_lang().unwrap_or(Lang::En));
            }
            Err(e) => trouble = Some(Trouble::Unreadable(e.to_string())),
        }
    }
    // An unknown language would be ignored without a word: said, as a broken file is.
    if let Some(code) = settings.room_language.clone().filter(|c| Lang::from_code(c).is_none()) {
        settings.room_language = None;
        trouble = Some(Trouble::RoomLanguage(code));
    }
    if let Some(code) = settings.language.clone().filter(|c| Lang::from_code(c).is_none()) {
        settings.language = None;
        trouble = Some(Trouble::Language(code));
    }
    if settings.language.is_none() {
        settings.language = system_lang().map(|l| l.code().to_string());
    }
    let lang = settings.interface_lang();
    let note = trouble.map(|trouble| match trouble {
        Trouble::Broken(e) => t!(lang, "cli-settings-broken", file = &shown, error = e),
        Trouble::Unreadable(e) => t!(lang, "cli-settings-unreadable", file = &shown, error = e),
        Trouble::RoomLanguage(code) => t!(lang, "cli-settings-room-language-unknown", code = code),
        Trouble::Language(code) => t!(lang, "cli-settings-language-unknown", code = code),
    });
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        settings.color = false;
    }
    (settings, note)
}

/// The operator's language from the locale variables, in the order POSIX gives them
/// precedence: the first one set decides ("C" and "POSIX" mean English).
pub fn system_lang() -> Option<crate::i18n::Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
        .and_then(|value| crate::i18n::Lang::from_code(&value))
}

/// The operator's language for what convene prints outside the screen: the `language`
/// setting, else the system's locale, else English. Reads the settings file without
/// writing one.
pub fn interface_lang() -> crate::i18n::Lang {
    let set = path()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|text| Settings::parse(&text).ok())
        .and_then(|s| s.language.as_deref().and_then(crate::i18n::Lang::from_code));
    set.or_else(system_lang).unwrap_or(crate::i18n::Lang::En)
}

fn write_template(path: &std::path::Path, lang: Lang) -> std::io::Result<()> {
    let dir = path.parent().ok_or(std::io::ErrorKind::NotFound)?;
    crate::store::disk::Disk::create_dir(&crate::store::disk::OsDisk, dir)?;
    crate::store::snapshot::write_atomic(
        &crate::store::disk::OsDisk,
        dir,
        "settings.toml",
        Settings::template(lang).as_bytes(),
    )
}
