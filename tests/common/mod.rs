//! Drives the real convene binary in a real terminal (tmux) for the end-to-end tests.

#![allow(dead_code)]

pub mod cli;
pub mod docx;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

pub struct Tmux {
    socket: String,
}

impl Tmux {
    pub fn new(name: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(std::env::var_os("CI").is_none(), "tmux is required in CI (.ci/run installs it)");
            eprintln!("tmux not installed: skipping the end-to-end test");
            return None;
        }
        Some(Tmux { socket: format!("convene-e2e-{name}-{}", std::process::id()) })
    }

    pub fn cmd(&self, args: &[&str]) -> String {
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

    /// Starts `convene ARGS` in a 120x36 pane with the given clock, data and config folders.
    pub fn start_with(&self, session: &str, now: &str, home: &Path, args: &str) {
        let command = format!(
            "exec env LC_ALL=C.UTF-8 CONVENE_NOW={now} CONVENE_DATA_DIR={data} XDG_CONFIG_HOME={config} {bin} {args}",
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

    /// Starts `convene run` on the roundtable sample.
    pub fn start(&self, session: &str, now: &str, home: &Path) {
        self.start_with(session, now, home, "run agendas/dushanbe-roundtable-2009.json");
    }

    /// Types text literally (any script), without pressing Enter.
    pub fn type_text(&self, session: &str, text: &str) {
        self.cmd(&["send-keys", "-t", session, "-l", text]);
    }

    /// Kills the program in the pane with SIGKILL and waits until the pane is gone.
    pub fn kill_9(&self, session: &str) {
        let pid = self.pane_pid(session);
        assert!(Command::new("kill").arg("-9").arg(pid.to_string()).status().unwrap().success());
        self.wait_for(session, "the pane to close", |s| s.is_empty());
    }

    pub fn screen(&self, session: &str) -> String {
        self.cmd(&["capture-pane", "-p", "-t", session])
    }

    pub fn keys(&self, session: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", session];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    /// Waits (up to 15 s) until the screen satisfies `ok`, and returns it.
    pub fn wait_for(&self, session: &str, what: &str, ok: impl Fn(&str) -> bool) -> String {
        wait_until(what, || {
            let screen = self.screen(session);
            ok(&screen).then_some(screen.clone()).ok_or(screen)
        })
    }

    pub fn pane_pid(&self, session: &str) -> i32 {
        self.cmd(&["list-panes", "-t", session, "-F", "#{pane_pid}"]).trim().parse().unwrap()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}

/// Polls `check` (up to 15 s) until it gives a value; on time-out shows its last report.
pub fn wait_until<T>(what: &str, mut check: impl FnMut() -> Result<T, String>) -> T {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        match check() {
            Ok(value) => return value,
            Err(last) => {
                assert!(Instant::now() < deadline, "timed out waiting for {what}; last seen:\n{last}");
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}
