//! Issue 14 with a real sync tool: two Syncthing instances on 127.0.0.1 (own homes, own
//! ports, no discovery, no relays) share a session folder between two "laptops". Each
//! laptop's convene writes its own journal in its own copy of the folder; Syncthing
//! carries the files (temp file and rename); both end with the same minutes, and neither
//! journal was changed by anyone but its writer. Skipped, saying so, where Syncthing is not
//! installed (`.ci/run` installs it when it can).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use convene::session::testkit::{roundtable, roundtable_morning};
use convene::session::{EntryKind, Event};
use convene::store::disk::{Disk, OsDisk};
use convene::store::{SessionStore, journal};
use jiff::SignedDuration;

fn syncthing_installed() -> bool {
    Command::new("syncthing").arg("--version").output().is_ok_and(|o| o.status.success())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One Syncthing instance, killed when dropped.
struct Instance {
    home: PathBuf,
    id: String,
    gui: u16,
    listen: u16,
    child: Option<Child>,
}

impl Instance {
    fn generate(home: PathBuf) -> Instance {
        let out = Command::new("syncthing")
            .args(["generate", "--no-default-folder", "--skip-port-probing"])
            .arg(format!("--home={}", home.display()))
            .output()
            .unwrap();
        assert!(out.status.success(), "syncthing generate: {}", String::from_utf8_lossy(&out.stderr));
        let out = Command::new("syncthing")
            .args(["serve", "--device-id"])
            .arg(format!("--home={}", home.display()))
            .output()
            .unwrap();
        let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
        assert_eq!(id.len(), 63, "a device id: {id:?}");
        Instance { home, id, gui: free_port(), listen: free_port(), child: None }
    }

    /// Local only, and sharing `folder` (as "convene") with `peer`.
    fn configure(&self, folder: &Path, peer: &Instance) {
        let path = self.home.join("config.xml");
        let mut xml = std::fs::read_to_string(&path).unwrap();
        for (from, to) in [
            (
                "<listenAddress>default</listenAddress>".to_string(),
                format!("<listenAddress>tcp://127.0.0.1:{}</listenAddress>", self.listen),
            ),
            (
                "<address>127.0.0.1:8384</address>".to_string(),
                format!("<address>127.0.0.1:{}</address>", self.gui),
            ),
            ("<globalAnnounceEnabled>true".to_string(), "<globalAnnounceEnabled>false".to_string()),
            ("<localAnnounceEnabled>true".to_string(), "<localAnnounceEnabled>false".to_string()),
            ("<relaysEnabled>true".to_string(), "<relaysEnabled>false".to_string()),
            ("<natEnabled>true".to_string(), "<natEnabled>false".to_string()),
            ("<startBrowser>true".to_string(), "<startBrowser>false".to_string()),
            ("<autoUpgradeIntervalH>12".to_string(), "<autoUpgradeIntervalH>0".to_string()),
            ("<urAccepted>0".to_string(), "<urAccepted>-1".to_string()),
        ] {
            assert!(xml.contains(&from), "config.xml has no {from}");
            xml = xml.replacen(&from, &to, 1);
        }
        let shared = format!(
            r#"
    <folder id="convene" label="convene" path="{path}" type="sendreceive" rescanIntervalS="60" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <device id="{me}" introducedBy=""></device>
        <device id="{peer}" introducedBy=""></device>
    </folder>
    <device id="{peer}" name="peer" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>tcp://127.0.0.1:{port}</address>
    </device>"#,
            path = folder.display(),
            me = self.id,
            peer = peer.id,
            port = peer.listen
        );
        // Right after the opening <configuration …> tag.
        let at = xml.find("<configuration").and_then(|c| xml[c..].find('>').map(|i| c + i + 1)).unwrap();
        xml.insert_str(at, &shared);
        std::fs::write(&path, xml).unwrap();
        // Syncthing wants its marker in a folder it shares.
        std::fs::create_dir_all(folder.join(".stfolder")).unwrap();
    }

    fn start(&mut self) {
        let child = Command::new("syncthing")
            .args(["serve", "--no-browser", "--no-restart"])
            .arg(format!("--home={}", self.home.display()))
            .arg(format!("--logfile={}", self.home.join("log").display()))
            .env("STNOUPGRADE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
    }

    /// The last lines of its log, to say why something did not arrive.
    fn log(&self) -> String {
        let log = std::fs::read_to_string(self.home.join("log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().filter(|l| !l.contains("migration")).collect();
        lines[lines.len().saturating_sub(25)..].join("\n")
    }

    /// Asks the instance to look at the folder now (rather than wait for its watcher).
    fn scan(&self) {
        let key = std::fs::read_to_string(self.home.join("config.xml")).unwrap();
        let key =
            key.split("<apikey>").nth(1).and_then(|k| k.split('<').next()).unwrap_or_default().to_string();
        if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.gui)) {
            let request = format!(
                "POST /rest/db/scan?folder=convene HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: {key}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            let _ = s.write_all(request.as_bytes());
            let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = s.read_to_end(&mut Vec::new());
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Waits (up to two minutes) until `done`, asking both instances to scan now and then.
fn settle(what: &str, instances: [&Instance; 2], done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut last_scan = Instant::now();
    while !done() {
        assert!(
            Instant::now() < deadline,
            "Syncthing did not carry {what} within two minutes\n--- a's log:\n{}\n--- b's log:\n{}",
            instances[0].log(),
            instances[1].log()
        );
        if last_scan.elapsed() > Duration::from_secs(3) {
            instances.iter().for_each(|i| i.scan());
            last_scan = Instant::now();
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn note(who: &str, n: usize) -> Event {
    Event::EntryCaptured {
        entry: uuid::Uuid::new_v4(),
        kind: EntryKind::DiscussionPoint,
        text: format!("{who}: пункт {n}"),
        attribution: Default::default(),
        item: Some("d1-plenary-questions".into()),
        group: None,
        attached_to: None,
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    matches!((std::fs::read(a), std::fs::read(b)), (Ok(x), Ok(y)) if x == y)
}

#[test]
fn two_laptops_synced_by_real_syncthing_end_with_the_same_minutes() {
    if !syncthing_installed() {
        eprintln!(
            "SKIPPED: syncthing is not installed (apt-get install syncthing); the test with real Syncthing did not run"
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (fa, fb) = (tmp.path().join("a/sessions/s"), tmp.path().join("b/sessions/s"));
    std::fs::create_dir_all(&fb).unwrap();
    let disk = || -> Arc<dyn Disk> { Arc::new(OsDisk) };
    let at = |s: i64| roundtable_morning().checked_add(SignedDuration::from_secs(s)).unwrap();
    let mut a = SessionStore::create(disk(), &fa, "laptop-a", &roundtable(), None, at(0), None).unwrap();
    a.record(Event::ItemStarted { item: "d1-plenary-questions".into() }, at(1)).unwrap();

    let mut sa = Instance::generate(tmp.path().join("home-a"));
    let mut sb = Instance::generate(tmp.path().join("home-b"));
    sa.configure(&fa, &sb);
    sb.configure(&fb, &sa);
    sa.start();
    sb.start();
    let (ja, jb) = (journal::file_name("laptop-a"), journal::file_name("laptop-b"));
    settle("the session to the second laptop", [&sa, &sb], || same_file(&fa.join(&ja), &fb.join(&ja)));

    // The second laptop joins and both capture.
    let (mut b, _) = SessionStore::open(disk(), &fb, "laptop-b", at(2), None).unwrap();
    for n in 0..5 {
        a.record(note("a", n), at(10 + 2 * n as i64)).unwrap();
        b.record(note("b", n), at(11 + 2 * n as i64)).unwrap();
    }
    settle("both journals both ways", [&sa, &sb], || {
        same_file(&fa.join(&ja), &fb.join(&ja)) && same_file(&fa.join(&jb), &fb.join(&jb))
    });
    a.refresh(at(30)).unwrap();
    b.refresh(at(30)).unwrap();
    assert_eq!(a.session().entries.len(), 10);
    let minutes = |s: &SessionStore| {
        let mut v = serde_json::to_value(s.session()).unwrap();
        v.as_object_mut().unwrap().remove("checksum");
        v
    };
    assert_eq!(minutes(&a), minutes(&b), "the two laptops' minutes differ");
    // Each journal is byte for byte what its own laptop wrote, in both folders.
    let written_a = std::fs::read(fa.join(&ja)).unwrap();
    assert_eq!(journal::scan(&written_a, "laptop-a").records.len(), 7);
    assert!(same_file(&fa.join(&jb), &fb.join(&jb)));
    // Syncthing's own files are neither journals nor damage.
    let report = convene::store::recovery::recover(&OsDisk, &fb, None, at(40)).unwrap().report;
    assert!(report.is_clean(), "{report}");
}
