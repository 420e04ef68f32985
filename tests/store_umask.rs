//! Files 0600 and folders 0700 whatever the umask. In a test binary of its own, because
//! the umask is shared by every thread of a process.

use std::os::unix::fs::PermissionsExt;

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::store;
use convene::store::disk::OsDisk;
use convene::store::draft::{Checkpointer, Draft};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn files_are_0600_and_folders_0700_under_umask_000() {
    // SAFETY: umask only swaps the process's file mode mask; nothing else runs here.
    unsafe { libc::umask(0o000) };
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut store = store::create_session(&data, &roundtable(), None, roundtable_morning()).unwrap();
    store.write_snapshot().unwrap();
    let dir = store.dir().to_path_buf();
    let device = store.device().to_string();
    Checkpointer::default()
        .save(
            &OsDisk,
            &dir,
            &device,
            &Draft { text: "ӯ".into(), item: None, before_seq: None },
            roundtable_morning(),
        )
        .unwrap();

    for folder in [data.clone(), data.join("sessions"), dir.clone()] {
        assert_eq!(mode(&folder), 0o700, "{}", folder.display());
    }
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    assert!(files.len() >= 4, "{files:?}");
    for file in files.iter().chain([&data.join("device-id")]) {
        assert_eq!(mode(file), 0o600, "{}", file.display());
    }
}
