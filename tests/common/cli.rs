//! Runs the real convene binary as a person would from the project folder.

use std::path::{Path, PathBuf};
use std::process::Command;

/// `convene ARGS` from the project folder, with `data` as the data folder when given:
/// exit code, standard output, standard error.
pub fn convene(data: Option<&Path>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_convene"));
    // English whatever the machine's locale: the tests that want Russian ask for it.
    // and no settings file of the machine's user (its `language` would win).
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LC_ALL", "C.UTF-8")
        .env("XDG_CONFIG_HOME", Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-settings"));
    if let Some(data) = data {
        cmd.env("CONVENE_DATA_DIR", data);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The one session folder under `home`/data.
pub fn session_dir(home: &Path) -> PathBuf {
    let root = home.join("data").join("sessions");
    std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).next().unwrap()
}

/// The minutes JSON of the one session under `home`/data, read with `convene minutes`.
pub fn minutes(home: &Path) -> serde_json::Value {
    let dir = session_dir(home);
    let (code, out, err) = convene(Some(&home.join("data")), &["minutes", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

/// A recorded session of the scripted roundtable in `data`/sessions; returns its folder.
pub fn recorded(data: &Path) -> PathBuf {
    use convene::store::journal;
    let dir = data.join("sessions").join("2009-04-28-dushanbe-roundtable-2009-ab12");
    std::fs::create_dir_all(&dir).unwrap();
    let records = convene::session::testkit::scripted_roundtable();
    let lines: String = records.iter().map(|r| journal::encode(r).unwrap()).collect();
    std::fs::write(dir.join(journal::file_name(&records[0].device)), lines).unwrap();
    dir
}
