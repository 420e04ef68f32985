//! Where sessions live: the data folder, this device's id, and the session folders in it.

use std::path::{Path, PathBuf};

use super::disk::Disk;
use super::error::StoreError;

/// The data folder: `--data-dir`, else `CONVENE_DATA_DIR` (both handled by the CLI), else
/// the platform's user data folder (e.g. ~/.local/share/convene).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "convene", "convene").map(|p| p.data_dir().to_path_buf())
}

pub fn sessions_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("sessions")
}

/// This device's id, made once and kept in the data folder: host name plus a random part,
/// so journal file names say which laptop wrote them.
pub fn device_id(disk: &dyn Disk, data_dir: &Path) -> Result<String, StoreError> {
    let path = data_dir.join("device-id");
    if let Ok(bytes) = disk.read(&path) {
        let id = String::from_utf8_lossy(&bytes).trim().to_string();
        if is_safe_id(&id) {
            return Ok(id);
        }
    }
    super::disk::create_dir_durable(disk, data_dir).map_err(|e| StoreError::write(data_dir, &e))?;
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    let host = slug(&host, 20);
    let random = uuid::Uuid::new_v4().simple().to_string();
    let id = format!("{}-{}", if host.is_empty() { "device" } else { &host }, &random[..8]);
    super::snapshot::write_atomic(disk, data_dir, "device-id", id.as_bytes())
        .map_err(|e| StoreError::write(&path, &e))?;
    Ok(id)
}

fn is_safe_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Lowercase ASCII letters and digits joined by single dashes, at most `max` long.
pub fn slug(text: &str, max: usize) -> String {
    // Cyrillic (and any other script) in Latin letters, so a Russian agenda's sessions are
    // named after it and can be typed ("programma-kruglogo-stola").
    let text = any_ascii::any_ascii(text);
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= max {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The folder name of a new session: date, the agenda's name, a short random part.
pub fn new_session_name(date: jiff::civil::Date, agenda_name: &str) -> String {
    let name = slug(agenda_name, 40);
    let random = uuid::Uuid::new_v4().simple().to_string();
    format!("{date}-{}-{}", if name.is_empty() { "session" } else { &name }, &random[..4])
}

/// Finds a session folder from what the user typed: a path, a folder name, or a unique
/// part of a folder name.
pub fn resolve_session(data_dir: &Path, wanted: &str, lang: crate::i18n::Lang) -> Result<PathBuf, String> {
    let as_path = Path::new(wanted);
    if as_path.is_dir() && as_path.join("..").exists() && looks_like_session(as_path) {
        return Ok(as_path.to_path_buf());
    }
    let root = sessions_dir(data_dir);
    let names = list_session_names(&root);
    if names.iter().any(|n| n == wanted) {
        return Ok(root.join(wanted));
    }
    // What was typed may be in the agenda's own script: "программа" finds
    // "…-programma-kruglogo-stola-…".
    let latin = slug(wanted, usize::MAX);
    let matches: Vec<&String> =
        names.iter().filter(|n| n.contains(wanted) || (!latin.is_empty() && n.contains(&latin))).collect();
    match matches.as_slice() {
        [one] => Ok(root.join(one)),
        [] => Err(crate::t!(
            lang,
            "msg-no-session-matches",
            wanted = wanted,
            root = root.display().to_string(),
            command = "convene sessions"
        )),
        many => Err(crate::t!(
            lang,
            "msg-session-ambiguous",
            wanted = wanted,
            n = many.len(),
            names = many.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        )),
    }
}

fn looks_like_session(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.flatten().any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            super::journal::device_of(&name).is_some() || name == super::snapshot::FILE_NAME
        })
    })
}

/// Names of the session folders under `root`, sorted (oldest date first).
pub fn list_session_names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Dushanbe Roundtable 2009!", 40), "dushanbe-roundtable-2009");
        // Other scripts in Latin letters, so the name can be typed.
        assert_eq!(slug("Программа круглого стола", 40), "programma-kruglogo-stola");
        assert_eq!(slug("…", 40), "");
        assert_eq!(slug("a  b", 40), "a-b");
    }

    #[test]
    fn a_session_is_found_by_a_part_of_its_name_in_the_agenda_s_script() {
        let data = tempfile::tempdir().unwrap();
        let root = sessions_dir(data.path());
        let name = new_session_name(jiff::civil::date(2026, 11, 29), "Программа круглого стола");
        assert!(name.starts_with("2026-11-29-programma-kruglogo-stola-"), "{name}");
        std::fs::create_dir_all(root.join(&name)).unwrap();
        std::fs::create_dir_all(root.join("2026-11-29-coffee-break-ab12")).unwrap();
        assert_eq!(
            resolve_session(data.path(), "программа", crate::i18n::Lang::En).unwrap(),
            root.join(&name)
        );
        assert_eq!(
            resolve_session(data.path(), "Круглого Стола", crate::i18n::Lang::En).unwrap(),
            root.join(&name)
        );
        assert!(resolve_session(data.path(), "Кофе", crate::i18n::Lang::En).is_err());
    }
}
