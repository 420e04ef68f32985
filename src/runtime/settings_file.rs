//! Finding and reading settings.toml in the user's config folder. A missing file gets a
//! commented template; a broken one gives defaults and a message, never a crash.

use std::path::PathBuf;

use crate::app::Settings;

pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "convene", "convene").map(|p| p.config_dir().join("settings.toml"))
}

/// The settings, and a message for the screen when something was wrong with the file.
pub fn load() -> (Settings, Option<String>) {
    let mut settings = Settings::default();
    let mut note = None;
    if let Some(path) = path() {
        match std::fs::read_to_string(&path) {
            Ok(text) => match Settings::parse(&text) {
                Ok(s) => settings = s,
                Err(e) => {
                    note =
                        Some(format!("{} is broken ({e}); using defaults until it is fixed", path.display()))
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // Best effort: a template documents the settings; failing to write it is harmless.
                let _ = write_template(&path);
            }
            Err(e) => note = Some(format!("cannot read {} ({e}); using defaults", path.display())),
        }
    }
    // An unknown language would be ignored without a word: said, as a broken file is.
    if let Some(code) = settings.room_language.clone().filter(|c| crate::i18n::Lang::from_code(c).is_none()) {
        settings.room_language = None;
        note = Some(format!(
            "room_language = \"{code}\" in the settings is not a language convene speaks (en, ru, tg); the projector follows the agenda's language"
        ));
    }
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        settings.color = false;
    }
    (settings, note)
}

fn write_template(path: &std::path::Path) -> std::io::Result<()> {
    let dir = path.parent().ok_or(std::io::ErrorKind::NotFound)?;
    crate::store::disk::Disk::create_dir(&crate::store::disk::OsDisk, dir)?;
    crate::store::snapshot::write_atomic(
        &crate::store::disk::OsDisk,
        dir,
        "settings.toml",
        Settings::template().as_bytes(),
    )
}
