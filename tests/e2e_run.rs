//! The real binary in a real terminal (tmux), as a facilitator uses it: start the first
//! item, see the countdown move, kill the process with SIGKILL, start again an hour later,
//! and find the same item still running with the right time on it.
//!
//! The clock is pinned with CONVENE_NOW (the program then advances it by the real
//! monotonic clock), so "an hour later" is exact; the test waits for the screen, never
//! for a fixed time.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn new(name: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(std::env::var_os("CI").is_none(), "tmux is required in CI (.ci/run installs it)");
            eprintln!("tmux not installed: skipping the end-to-end test");
            return None;
        }
        Some(Tmux { socket: format!("convene-e2e-{name}-{}", std::process::id()) })
    }

    fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("-f")
            .arg("/dev/null")
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Starts convene in a 120x36 pane with the given clock, data and config folders.
    fn start(&self, session: &str, now: &str, home: &Path) {
        let command = format!(
            "exec env CONVENE_NOW={now} CONVENE_DATA_DIR={data} XDG_CONFIG_HOME={config} {bin} run agendas/dushanbe-roundtable-2009.json",
            data = home.join("data").display(),
            config = home.join("config").display(),
            bin = env!("CARGO_BIN_EXE_convene"),
        );
        self.cmd(&[
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            "120",
            "-y",
            "36",
            "-c",
            env!("CARGO_MANIFEST_DIR"),
            &command,
        ]);
    }

    fn screen(&self, session: &str) -> String {
        self.cmd(&["capture-pane", "-p", "-t", session])
    }

    fn keys(&self, session: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", session];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    /// Waits (up to 15 s) until the screen satisfies `ok`, and returns it.
    fn wait_for(&self, session: &str, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen(session);
            if ok(&screen) {
                return screen;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}; the screen was:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn pane_pid(&self, session: &str) -> i32 {
        self.cmd(&["list-panes", "-t", session, "-F", "#{pane_pid}"]).trim().parse().unwrap()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}

/// The "MM:SS left" (or "+MM:SS over") text of the running item.
fn countdown_text(screen: &str) -> Option<String> {
    let line = screen.lines().find(|l| l.contains(" left · ") || l.contains(" over · "))?;
    let at = line.find(" left · ").or_else(|| line.find(" over · "))?;
    line[..at].split_whitespace().last().map(str::to_string)
}

fn seconds(text: &str) -> i64 {
    let (sign, body) = match text.strip_prefix('+') {
        Some(rest) => (-1, rest),
        None => (1, text),
    };
    let parts: Vec<i64> = body.split(':').map(|p| p.parse().unwrap()).collect();
    sign * parts.iter().fold(0, |acc, p| acc * 60 + p)
}

#[test]
fn timer_survives_kill_9_and_resumes_an_hour_later() {
    let Some(tmux) = Tmux::new("run") else { return };
    let home = tempfile::tempdir().unwrap();

    // 09:00 in Dushanbe on the first day of the roundtable.
    tmux.start("first", "2009-04-28T04:00:00Z", home.path());
    tmux.wait_for("first", "the run screen", |s| {
        s.contains("Registration and coffee") && s.contains("start/pause")
    });
    tmux.keys("first", &["Space"]);
    let screen = tmux.wait_for("first", "the countdown", |s| countdown_text(s).is_some());
    let before = countdown_text(&screen).unwrap();
    assert!(screen.contains("● ON TIME"), "{screen}");
    assert!(seconds(&before) > 29 * 60 && seconds(&before) <= 30 * 60, "{before}");
    let screen =
        tmux.wait_for("first", "the countdown to move", |s| countdown_text(s).is_some_and(|t| t != before));
    let moved = countdown_text(&screen).unwrap();
    assert!(seconds(&moved) < seconds(&before), "{before} -> {moved}");

    // Kill -9: no chance to save anything at exit.
    let pid = tmux.pane_pid("first");
    assert!(Command::new("kill").arg("-9").arg(pid.to_string()).status().unwrap().success());
    tmux.wait_for("first", "the pane to close", |s| s.is_empty());

    // An hour later: the launcher offers to resume, and the item has run for an hour.
    tmux.start("second", "2009-04-28T05:00:00Z", home.path());
    tmux.wait_for("second", "the resume offer", |s| s.contains("Resume"));
    tmux.keys("second", &["Enter"]);
    let screen = tmux.wait_for("second", "the resumed countdown", |s| countdown_text(s).is_some());
    let after = countdown_text(&screen).unwrap();
    assert!(screen.contains("■ OVERTIME"), "{screen}");
    assert!(screen.contains("Registration and coffee"), "{screen}");
    // 30 minutes planned, an hour (plus the seconds this test took) on the clock.
    let over = -seconds(&after);
    assert!((30 * 60..30 * 60 + 60).contains(&over), "expected about +30:00 over, got {after}");
    let row = screen.lines().find(|l| l.contains("▶")).unwrap_or_default();
    assert!(row.contains("Registration and coffee"), "the same item is the running one: {row}");

    tmux.keys("second", &["q"]);
    tmux.wait_for("second", "quit", |s| s.is_empty() || s.contains("Session saved"));
}
