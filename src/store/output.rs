//! Files convene writes for people (minutes, exports): atomically, never over an existing
//! file unless asked, with a message that says what to do when the place is not writable.

use std::path::{Path, PathBuf};

use super::disk::OsDisk;
use super::snapshot::write_atomic;

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{0} already exists; choose another name or add --force to replace it")]
    Exists(PathBuf),
    #[error("{0} is not a file name")]
    NotAFile(PathBuf),
    #[error("cannot write {path}: {reason}; check that the folder exists and that you may write there")]
    Write { path: PathBuf, reason: String },
    #[error("{0} holds 999 exports of this kind already; name the file with -o FILE")]
    Full(PathBuf),
}

/// Writes `bytes` to `path` atomically; refuses to replace an existing file unless `force`.
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), OutputError> {
    if path.exists() && !force {
        return Err(OutputError::Exists(path.to_path_buf()));
    }
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
