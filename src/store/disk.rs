//! The few disk operations the store needs, behind a trait so that tests can run the
//! store on a simulated disk that crashes at any operation (`store::sim::SimDisk`, with the `testing` feature).

use std::fmt::Debug;
use std::fs::{self, DirBuilder, File, OpenOptions, Permissions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Files are private to the user, whatever the umask says.
pub const FILE_MODE: u32 = 0o600;
pub const DIR_MODE: u32 = 0o700;

pub trait Disk: Send + Sync + Debug {
    /// Creates a folder and its parents, each 0700.
    fn create_dir(&self, path: &Path) -> io::Result<()>;
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// A file to read as a stream (minutes.json, parsed without holding its bytes).
    fn open_read(&self, path: &Path) -> io::Result<Box<dyn Read + Send>> {
        Ok(Box::new(io::Cursor::new(self.read(path)?)))
    }
    /// The bytes of a file from `offset` on (a journal past what a snapshot holds).
    fn read_from(&self, path: &Path, offset: u64) -> io::Result<Vec<u8>> {
        let all = self.read(path)?;
        Ok(all.get(usize::try_from(offset).unwrap_or(usize::MAX)..).unwrap_or_default().to_vec())
    }
    /// File names in a folder.
    fn list(&self, dir: &Path) -> io::Result<Vec<String>>;
    fn exists(&self, path: &Path) -> bool;
    /// Opens a file for appending, creating it 0600.
    fn open_append(&self, path: &Path) -> io::Result<Box<dyn AppendFile>>;
    /// Creates or truncates a file 0600, writes it whole, and fsyncs it.
    fn write_synced(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Makes creations and renames in a folder durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Removes a file; only ever used on our own unfinished temp files.
    fn remove_file(&self, path: &Path) -> io::Result<()>;
}

/// A file open for appending.
pub trait AppendFile: Send + Debug {
    fn append(&mut self, bytes: &[u8]) -> io::Result<()>;
    /// Makes everything appended so far durable (fdatasync).
    fn sync(&mut self) -> io::Result<()>;
    /// Cuts the file back, to undo a half-written record.
    fn truncate(&mut self, len: u64) -> io::Result<()>;
    /// Whether `path` still names this file and the file is `len` bytes long: false when
    /// someone else appended to it or it was replaced (a second writer, a sync tool).
    fn is_still(&self, path: &Path, len: u64) -> io::Result<bool>;
}

/// Creates `path` and whatever of its parents is missing, and makes each new folder's
/// name durable (an fsync of the folder that holds it): a session folder created just
/// before a power cut must still be there, with the journal fsync'd inside it.
pub fn create_dir_durable(disk: &dyn Disk, path: &Path) -> io::Result<()> {
    let missing: Vec<&Path> = path.ancestors().take_while(|p| !disk.exists(p)).collect();
    disk.create_dir(path)?;
    for dir in missing.iter().rev() {
        if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
            disk.sync_dir(parent)?;
        }
    }
    Ok(())
}

/// The real file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct OsDisk;

impl Disk for OsDisk {
    fn create_dir(&self, path: &Path) -> io::Result<()> {
        let missing: Vec<_> = path.ancestors().take_while(|p| !p.exists()).collect();
        DirBuilder::new().recursive(true).mode(DIR_MODE).create(path)?;
        // The umask may have taken bits away; set exactly 0700 on what we created.
        for dir in missing {
            fs::set_permissions(dir, Permissions::from_mode(DIR_MODE))?;
        }
        Ok(())
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        File::open(path)?.read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    fn open_read(&self, path: &Path) -> io::Result<Box<dyn Read + Send>> {
        Ok(Box::new(io::BufReader::with_capacity(256 * 1024, File::open(path)?)))
    }

    fn read_from(&self, path: &Path, offset: u64) -> io::Result<Vec<u8>> {
        use std::io::{Seek, SeekFrom};
        let mut file = File::open(path)?;
        file.seek(SeekFrom::Start(offset))?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(dir)? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        Ok(names)
    }

    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }

    fn open_append(&self, path: &Path) -> io::Result<Box<dyn AppendFile>> {
        let file = OpenOptions::new().create(true).append(true).mode(FILE_MODE).open(path)?;
        file.set_permissions(Permissions::from_mode(FILE_MODE))?;
        Ok(Box::new(OsAppend(file)))
    }

    fn write_synced(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file =
            OpenOptions::new().create(true).write(true).truncate(true).mode(FILE_MODE).open(path)?;
        file.set_permissions(Permissions::from_mode(FILE_MODE))?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }
}

#[derive(Debug)]
struct OsAppend(File);

impl AppendFile for OsAppend {
    fn is_still(&self, path: &Path, len: u64) -> io::Result<bool> {
        use std::os::unix::fs::MetadataExt;
        let open = self.0.metadata()?;
        let named = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        Ok(open.dev() == named.dev() && open.ino() == named.ino() && open.len() == len)
    }

    fn append(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }

    fn sync(&mut self) -> io::Result<()> {
        self.0.sync_data()
    }

    fn truncate(&mut self, len: u64) -> io::Result<()> {
        // O_APPEND writes go to the new end after this.
        self.0.set_len(len)?;
        self.0.sync_data()
    }
}
