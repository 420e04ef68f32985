//! Files convene writes for people (minutes, exports): atomically, never over an existing
//! file unless asked, never over anything but an ordinary file (a device, a pipe or a
//! folder is refused, `--force` or not), with a message that says what to do when the
//! place is not writable.

use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use super::disk::OsDisk;
use super::snapshot::write_atomic;

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{0} already exists; choose another name or add --force to replace it")]
    Exists(PathBuf),
    #[error("{0} is not a file name")]
    NotAFile(PathBuf),
    #[error(
        "{path} is {what}, not an ordinary file: convene writes reports and minutes only to ordinary files, even with --force. Nothing was written. {advice}"
    )]
    NotRegular { path: PathBuf, what: &'static str, advice: String },
    #[error("cannot write {path}: {reason}; check that the folder exists and that you may write there")]
    Write { path: PathBuf, reason: String },
    #[error("{0} holds 999 exports of this kind already; name the file with -o FILE")]
    Full(PathBuf),
}

/// Writes `bytes` to `path` atomically; refuses to replace an existing file unless `force`,
/// and anything that is not an ordinary file (a device such as /dev/null, a named pipe, a
/// socket, a folder) always. A symbolic link to an ordinary file is written through: the
/// file it points to is replaced and the link stays.
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), OutputError> {
    let path = match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => return Err(not_regular(path, &meta)),
        Ok(_) if !force => return Err(OutputError::Exists(path.to_path_buf())),
        // Through a link to the file it names, so the link keeps working.
        Ok(_) if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) => {
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        Ok(_) => path.to_path_buf(),
        // Nothing there yet (or nothing that can be looked at: the write says why).
        Err(_) => path.to_path_buf(),
    };
    let path = path.as_path();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| OutputError::NotAFile(path.to_path_buf()))?
        .to_string_lossy()
        .into_owned();
    write_atomic(&OsDisk, &dir, &name, bytes)
        .map_err(|e| OutputError::Write { path: path.to_path_buf(), reason: e.to_string() })
}

fn not_regular(path: &Path, meta: &std::fs::Metadata) -> OutputError {
    let t = meta.file_type();
    let what = if t.is_dir() {
        "a folder"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else {
        "something else"
    };
    let advice = if t.is_dir() {
        format!("Name a file inside it, e.g. -o {}", path.join("report.md").display())
    } else {
        "Give the name of a file to write, e.g. -o report.md (`convene minutes` without -o prints to standard output)".to_string()
    };
    OutputError::NotRegular { path: path.to_path_buf(), what, advice }
}

/// Writes into `dir` as BASE.EXT, or BASE-2.EXT, BASE-3.EXT … rather than replace an
/// earlier file; returns the path written.
pub fn write_beside(dir: &Path, base: &str, ext: &str, bytes: &[u8]) -> Result<PathBuf, OutputError> {
    for n in 1..1000 {
        let name = if n == 1 { format!("{base}.{ext}") } else { format!("{base}-{n}.{ext}") };
        let path = dir.join(&name);
        if !path.exists() {
            write_new(&path, bytes, false)?;
            return Ok(path);
        }
    }
    Err(OutputError::Full(dir.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_pipes_and_folders_are_refused_even_with_force() {
        for force in [false, true] {
            let err = write_new(Path::new("/dev/null"), b"x", force).unwrap_err();
            assert!(matches!(err, OutputError::NotRegular { what: "a device", .. }), "{err}");
            assert!(err.to_string().contains("/dev/null is a device, not an ordinary file"), "{err}");
        }
        let tmp = tempfile::tempdir().unwrap();
        let err = write_new(tmp.path(), b"x", true).unwrap_err();
        assert!(err.to_string().contains("is a folder") && err.to_string().contains("report.md"), "{err}");
    }

    #[test]
    fn a_link_to_a_file_is_written_through() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("draft.md");
        std::fs::write(&target, "old").unwrap();
        let link = tmp.path().join("link.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(matches!(write_new(&link, b"new", false), Err(OutputError::Exists(_))));
        write_new(&link, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink(), "the link stays");
    }
}
