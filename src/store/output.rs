//! Files convene writes for people (minutes, exports): streamed into a temp file beside the
//! destination and renamed when whole (atomically), never over an existing file unless
//! asked, never over anything but an ordinary file (a device, a pipe or a folder is
//! refused, `--force` or not), with a message that says what to do when the place is not
//! writable.

use std::fs::{File, OpenOptions, Permissions};
use std::io::{self, Write};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::disk::FILE_MODE;
use super::snapshot::temp_name;

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

/// Writes `bytes` to `path` as [`write_new_with`] does.
pub fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), OutputError> {
    write_new_with(path, force, |file| file.write_all(bytes))
}

/// Writes what `write` puts into the file it is handed to `path`, atomically: into a temp
/// file beside it, fsync'd, then renamed over, so a reader sees the old file or the whole
/// new one and a failed write leaves nothing behind. `write` streams: nothing needs to be
/// whole in memory. Refuses to replace an existing file unless `force` (also when one
/// appears while writing), and anything that is not an ordinary file (a device such as
/// /dev/null, a named pipe, a socket, a folder) always. A symbolic link to an ordinary
/// file is written through: the file it points to is replaced and the link stays.
pub fn write_new_with(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), OutputError> {
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
    let failed = |e: io::Error| OutputError::Write { path: path.to_path_buf(), reason: e.to_string() };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| OutputError::NotAFile(path.to_path_buf()))?
        .to_string_lossy()
        .into_owned();
    let mut temp = Temp::write(&dir, &name, write).map_err(failed)?;
    let landed = if force { temp.replace(path) } else { temp.land_new(path) };
    match landed {
        Ok(()) => sync_dir(&dir).map_err(failed),
        Err(Landing::Taken) => Err(OutputError::Exists(path.to_path_buf())),
        Err(Landing::Failed(e)) => Err(failed(e)),
    }
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
    write_beside_with(dir, base, ext, |file| file.write_all(bytes))
}

/// As [`write_beside`], streaming what `write` writes (see [`write_new_with`]). The file
/// is written once, then given the first free name; a name taken meanwhile is skipped.
pub fn write_beside_with(
    dir: &Path,
    base: &str,
    ext: &str,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<PathBuf, OutputError> {
    let first = format!("{base}.{ext}");
    let failed =
        |path: &Path, e: io::Error| OutputError::Write { path: path.to_path_buf(), reason: e.to_string() };
    let mut temp = Temp::write(dir, &first, write).map_err(|e| failed(&dir.join(&first), e))?;
    for n in 1..1000 {
        let name = if n == 1 { first.clone() } else { format!("{base}-{n}.{ext}") };
        let path = dir.join(&name);
        // Anything there, even a link to nothing, keeps its name.
        if std::fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        match temp.land_new(&path) {
            Ok(()) => return sync_dir(dir).map(|()| path.clone()).map_err(|e| failed(&path, e)),
            Err(Landing::Taken) => continue,
            Err(Landing::Failed(e)) => return Err(failed(&path, e)),
        }
    }
    Err(OutputError::Full(dir.to_path_buf()))
}

/// Why a finished temp file did not take its name.
enum Landing {
    /// Something has that name (and is left alone).
    Taken,
    Failed(io::Error),
}

/// A file being written beside its destination under a temp name (which recovery knows to
/// ignore), removed unless it lands.
struct Temp {
    path: PathBuf,
    landed: bool,
}

impl Temp {
    /// Creates the temp file (0600), lets `write` fill it, and fsyncs it.
    fn write(dir: &Path, name: &str, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<Temp> {
        let path = dir.join(temp_name(name));
        let mut file =
            OpenOptions::new().create(true).write(true).truncate(true).mode(FILE_MODE).open(&path)?;
        // Ours from here on: removed if anything below fails.
        let temp = Temp { path, landed: false };
        file.set_permissions(Permissions::from_mode(FILE_MODE))?;
        write(&mut file)?;
        file.sync_all()?;
        Ok(temp)
    }

    /// Renames over whatever `dest` is (`--force`).
    fn replace(&mut self, dest: &Path) -> Result<(), Landing> {
        std::fs::rename(&self.path, dest).map_err(Landing::Failed)?;
        self.landed = true;
        Ok(())
    }

    /// Renames to `dest` only if nothing has that name, in one step where the file system
    /// can (renameat2 with RENAME_NOREPLACE): a file that appeared while this one was
    /// written is never replaced.
    fn land_new(&mut self, dest: &Path) -> Result<(), Landing> {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, &self.path, CWD, dest, RenameFlags::NOREPLACE) {
            Ok(()) => {
                self.landed = true;
                Ok(())
            }
            Err(Errno::EXIST) => Err(Landing::Taken),
            // A file system that cannot (some network and FAT mounts): look, then rename.
            Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => {
                if std::fs::symlink_metadata(dest).is_ok() {
                    return Err(Landing::Taken);
                }
                self.replace(dest)
            }
            Err(e) => Err(Landing::Failed(e.into())),
        }
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.landed {
            // Our own unfinished temp file: nothing anyone could want from it.
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Makes the rename durable.
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
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

    #[test]
    fn a_failed_write_leaves_nothing_behind() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("draft.docx");
        let err = write_new_with(&path, false, |file| {
            file.write_all(b"half")?;
            Err(io::Error::other("the disk is full"))
        })
        .unwrap_err();
        assert!(
            err.to_string().contains("cannot write") && err.to_string().contains("the disk is full"),
            "{err}"
        );
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0, "no temp file, no draft");
    }

    #[test]
    fn a_file_that_appears_while_writing_is_not_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("draft.md");
        let err = write_new_with(&path, false, |file| {
            std::fs::write(&path, "theirs")?;
            file.write_all(b"ours")
        })
        .unwrap_err();
        assert!(matches!(err, OutputError::Exists(_)), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "theirs");
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1, "the temp file is gone");

        // Beside the session: the next free name instead.
        let first = tmp.path().join("report-internal.md");
        let written = write_beside_with(tmp.path(), "report-internal", "md", |file| {
            std::fs::write(&first, "theirs")?;
            file.write_all(b"ours")
        })
        .unwrap();
        assert_eq!(written, tmp.path().join("report-internal-2.md"));
        assert_eq!(std::fs::read_to_string(&first).unwrap(), "theirs");
        assert_eq!(std::fs::read_to_string(&written).unwrap(), "ours");
        let mode = std::fs::metadata(&written).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
